// The decisions register through the router on a real file: every decision newest first, its
// filters, the public edition that keeps exempt decisions to their publishable wording, and the
// register saved as Word (read back) and as CSV (parsed back as RFC 4180).
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { DecisionRegister } from '../../shared/decisionRegister';
import type { Decision } from '../../shared/decisions';
import { convertWithLibreOffice, readDocx, sofficeInstalled } from './docx';
import { doc, fullMeeting } from './exportFixture';
import { expectInOrder } from './exported';
import { ok, SLOW, tempCore } from './helpers';
import { cabinet, p } from './searchSetup';

/** The full meeting (2021, with an exempt item), and a later Cabinet with awkward decisions. */
async function record(core: Core) {
  const f = await fullMeeting(core);
  const later = await cabinet(core, '2024-06-13', 'Cabinet');
  const leisure = await later.item('Leisure centre contract');
  const decide = async (
    itemId: string,
    keyword: Decision['keyword'],
    clauses: string[],
    extra: Partial<Pick<Decision, 'publicWording' | 'preamble' | 'qualifier'>> = {},
  ) => {
    const decision = await ok<Decision>(core, 'decisions.create', { itemId, keyword });
    return ok<Decision>(core, 'decisions.update', {
      id: decision.id,
      baseVersion: 1,
      ...extra,
      clauses: clauses.map((text) => ({ groupHeading: '', doc: doc(p(text)) })),
    });
  };
  await decide(leisure.id, 'RECOMMENDED', [
    '=HYPERLINK("http://example.com","Click") be ignored',
    'The café’s £2,000 grant, "as agreed", be paid',
  ]);
  await decide(leisure.id, 'AGREED', ['@SUM(A1) and +1 and -1 be noted']);
  const privateItem = await later.item('Staffing matter', '', true);
  await decide(privateItem.id, 'RESOLVED', ['Mr Quigley-Barnes be dismissed with notice']);
  return { f, later, leisure, privateItem };
}

const list = (core: Core, input: object = {}) => ok<DecisionRegister>(core, 'decisionRegister.list', input);
const built = async (core: Core, input: object) => {
  const { base64, fileName } = await ok<{ base64: string; fileName: string }>(
    core,
    'decisionRegister.build',
    input,
  );
  return { bytes: new Uint8Array(Buffer.from(base64, 'base64')), fileName };
};

/** RFC 4180, read back strictly: every field quoted, quotes doubled, records ended by CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let at = 0;
  while (at < text.length) {
    const row: string[] = [];
    for (;;) {
      expect(text[at]).toBe('"');
      let value = '';
      at += 1;
      for (;;) {
        const close = text.indexOf('"', at);
        value += text.slice(at, close);
        at = close + 1;
        if (text[at] === '"') {
          value += '"';
          at += 1;
        } else break;
      }
      row.push(value);
      if (text[at] === ',') at += 1;
      else {
        expect(text.slice(at, at + 2)).toBe('\r\n');
        at += 2;
        break;
      }
    }
    rows.push(row);
  }
  return rows;
}

describe('the decisions register', () => {
  it('lists every decision newest first, as the minutes word it, with minute number and vote', async () => {
    const core = tempCore();
    const { f, leisure, privateItem } = await record(core);
    const register = await list(core, { edition: 'confidential' });
    expect(register.total).toBe(6);
    expect(register.entries.map((entry) => [entry.date, entry.keyword, entry.itemTitle])).toEqual([
      ['2024-06-13', 'RECOMMENDED', 'Leisure centre contract'],
      ['2024-06-13', 'AGREED', 'Leisure centre contract'],
      ['2024-06-13', 'RESOLVED', 'Staffing matter'],
      ['2021-03-15', 'RESOLVED', 'Update on People and Communities Strategy'],
      ['2021-03-15', 'AGREED', 'Update on People and Communities Strategy'],
      ['2021-03-15', 'RESOLVED', 'Award of the Home Care Contract'],
    ]);
    expect(register.entries[0]).toMatchObject({
      itemId: leisure.id,
      committee: 'Cabinet',
      minuteNumber: '1/24',
      wording:
        '(1) =HYPERLINK("http://example.com","Click") be ignored\n(2) The café’s £2,000 grant, "as agreed", be paid',
      exemptParagraph: null,
      withheld: false,
    });
    expect(register.entries[2]).toMatchObject({ itemId: privateItem.id, exemptParagraph: 3 });
    expect(register.entries[3]).toMatchObject({
      meetingId: f.meeting.id,
      committee: 'Adult Care and Well Being Overview and Scrutiny Panel',
      minuteNumber: '1',
      qualifier: 'unanimously',
      wording:
        'that\nStrategy\n(1) The update on the Strategy be noted.\n(2) The Panel be kept updated on the workstreams.\nScrutiny\n(3) Any further scrutiny be agreed at the next meeting.',
      vote: 'Carried: 3 for, 0 against, 0 abstentions',
    });
    // One clause is not numbered.
    expect(register.entries[4]!.wording).toBe('That a letter of thanks be sent to all providers.');
    expect((await list(core, { edition: 'confidential', limit: 2 })).entries).toHaveLength(2);
  });

  it('filters by committee, keyword, dates and words (stems, phrases and item titles)', async () => {
    const core = tempCore();
    const { f, later } = await record(core);
    const items = async (input: object) =>
      (await list(core, { edition: 'confidential', ...input })).entries.map(
        (entry) => `${entry.keyword} ${entry.date}`,
      );
    expect(await items({ committeeIds: [f.committee.id] })).toEqual([
      'RESOLVED 2021-03-15',
      'AGREED 2021-03-15',
      'RESOLVED 2021-03-15',
    ]);
    expect(await items({ committeeIds: [f.committee.id, later.committee.id] })).toHaveLength(6);
    expect(await items({ keywords: ['AGREED'] })).toEqual(['AGREED 2024-06-13', 'AGREED 2021-03-15']);
    expect(await items({ keywords: ['AGREED', 'RECOMMENDED'] })).toHaveLength(3);
    expect(await items({ from: '2022-01-01' })).toHaveLength(3);
    expect(await items({ to: '2021-03-15' })).toHaveLength(3);
    expect(await items({ from: '2021-03-16', to: '2024-06-12' })).toEqual([]);
    expect(await items({ text: 'letters' })).toEqual(['AGREED 2021-03-15']);
    expect(await items({ text: '"further scrutiny"' })).toEqual(['RESOLVED 2021-03-15']);
    // The item's title: every decision on the leisure centre.
    expect(await items({ text: 'leisure' })).toEqual(['RECOMMENDED 2024-06-13', 'AGREED 2024-06-13']);
    expect(await items({ text: 'grant', keywords: ['AGREED'] })).toEqual([]);

    const refused = await core.router.call('decisionRegister.list', { text: '-leisure' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(refused.ok || refused.error.message).toMatch(/^Add a word to look for/);
    for (const [input, message] of [
      [{ keywords: ['DECIDED'] }, /Each keyword is one of: RESOLVED, AGREED, RECOMMENDED/],
      [{ from: '2024-13-01' }, /“from” date is not a real calendar date/],
      [{ from: '2024-06-01', to: '2024-01-01' }, /after the “to” date/],
      [{ edition: 'secret' }, /public or confidential/],
      [{ limit: 5000 }, /at most 2000/],
    ] as const) {
      const result = await core.router.call('decisionRegister.list', input);
      expect(result.ok || result.error.message, JSON.stringify(input)).toMatch(message);
    }
  });

  it('in its public edition gives an exempt item only its publishable wording, and never finds its secrets', async () => {
    const core = tempCore();
    const { f } = await record(core);
    const register = await list(core);
    expect(register.edition).toBe('public');
    // The staffing matter has no publishable wording: the public register has nothing of it.
    expect(register.entries.map((entry) => entry.itemTitle)).not.toContain('Staffing matter');
    const award = register.entries.find((entry) => entry.itemId === f.exemptItem.id)!;
    expect(award).toMatchObject({
      itemTitle: 'Award of the Home Care Contract',
      wording: 'RESOLVED that the contract be awarded as set out in the exempt report.',
      qualifier: '',
      preamble: '',
      clauses: [],
      vote: '',
      withheld: true,
      exemptParagraph: 3,
    });
    const everything = JSON.stringify(register);
    for (const secret of [...Object.values(f.secrets), 'Quigley-Barnes', 'The Director be authorised']) {
      expect(everything).not.toContain(secret);
    }
    expect((await list(core, { text: 'Zephyrcare' })).entries).toEqual([]);
    expect((await list(core, { text: 'Quigley' })).entries).toEqual([]);
    expect((await list(core, { text: '"exempt report"' })).entries).toMatchObject([{ withheld: true }]);
    expect((await list(core, { text: 'Zephyrcare', edition: 'confidential' })).entries).toMatchObject([
      { itemId: f.exemptItem.id, withheld: false },
    ]);
  });

  it('is saved as Word in the house style, public or confidential, and read back', SLOW, async () => {
    const core = tempCore();
    const { f } = await record(core);
    const { bytes, fileName } = await built(core, { format: 'docx', keywords: ['RESOLVED', 'AGREED'] });
    expect(fileName).toMatch(/^Decisions register \d{4}-\d{2}-\d{2} \(public\)\.docx$/);
    const word = await readDocx(bytes);
    expectInOrder(word.text, [
      'Decisions register',
      'All committees; RESOLVED or AGREED',
      '4 decisions, newest meeting first.',
      'Decisions on exempt items are given only in the wording approved for publication',
      'Cabinet, Thursday 13 June 2024',
      '1/24. Leisure centre contract',
      'AGREED @SUM(A1) and +1 and -1 be noted',
      'Adult Care and Well Being Overview and Scrutiny Panel, Monday 15 March 2021',
      'Update on People and Communities Strategy',
      'RESOLVED (unanimously) that:',
      'Strategy',
      'The update on the Strategy be noted.',
      'Carried: 3 for, 0 against, 0 abstentions.',
      'AGREED That a letter of thanks be sent to all providers.',
      'Award of the Home Care Contract',
      'Exempt item (paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972): the decision as published.',
      'RESOLVED that the contract be awarded as set out in the exempt report.',
    ]);
    // Real headings and real clause numbering, not typed numbers.
    expect(word.html).toMatch(/<h1>Cabinet, Thursday 13 June 2024<\/h1>/);
    expect(word.html).toMatch(/<ol><li>The update on the Strategy be noted\.<\/li>/);
    expect(word.text).not.toContain('(1) The update');
    const xml = [...word.parts.values()].join('\n');
    for (const secret of [...Object.values(f.secrets), 'Quigley-Barnes']) expect(xml).not.toContain(secret);
    expect(xml).not.toContain('NOT FOR PUBLICATION');
    if (sofficeInstalled) {
      // A real Word-format reader lays it out, numbering the clauses as the house style does.
      const laidOut = convertWithLibreOffice(bytes);
      expect(laidOut.pages).toBeGreaterThanOrEqual(1);
      expectInOrder(laidOut.text, ['Decisions register', '(1)', 'The update on the Strategy be noted.']);
    }

    const confidential = await built(core, {
      format: 'docx',
      edition: 'confidential',
      committeeIds: [f.committee.id],
    });
    expect(confidential.fileName).toMatch(
      /^Adult Care and Well Being Overview and Scrutiny Panel decisions register \d{4}-\d{2}-\d{2} \(confidential\)\.docx$/,
    );
    const secretWord = await readDocx(confidential.bytes);
    expect([...secretWord.parts.values()].join('\n')).toContain('NOT FOR PUBLICATION');
    expectInOrder(secretWord.text, [
      'Award of the Home Care Contract',
      'Exempt: not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A',
      // As the minutes word it (shared/document/decisions.ts qualifierText): a phrase saying how it
      // was carried reads on after the keyword, unbracketed.
      'RESOLVED by a majority after a secret ballot:',
      f.secrets.groupHeading,
      f.secrets.clause,
    ]);
  });

  it('is saved as CSV: RFC 4180, UTF-8 with a byte-order mark, and no cell Excel would run as a formula', async () => {
    const core = tempCore();
    const { f } = await record(core);
    const { bytes, fileName } = await built(core, { format: 'csv', edition: 'confidential' });
    expect(fileName).toMatch(/^Decisions register \d{4}-\d{2}-\d{2} \(confidential\)\.csv$/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3));
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'Date',
      'Committee',
      'Minute',
      'Item',
      'Keyword',
      'Qualifier',
      'Decision',
      'Vote',
      'Exempt',
    ]);
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => row.length === 9)).toBe(true);
    expect(rows[1]).toEqual([
      '2024-06-13',
      'Cabinet',
      '1/24',
      'Leisure centre contract',
      'RECOMMENDED',
      '',
      '(1) =HYPERLINK("http://example.com","Click") be ignored\n(2) The café’s £2,000 grant, "as agreed", be paid',
      '',
      '',
    ]);
    expect(rows[2]![6]).toBe("'@SUM(A1) and +1 and -1 be noted");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[3]![8]).toBe(
      'Exempt: not for publication (paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972)',
    );

    const open = parseCsv(new TextDecoder().decode((await built(core, { format: 'csv' })).bytes.slice(3)));
    expect(open).toHaveLength(6);
    expect(JSON.stringify(open)).not.toContain('Zephyrcare');
    expect(JSON.stringify(open)).not.toContain('Quigley');
    expect(open.find((row) => row[3] === 'Award of the Home Care Contract')).toEqual([
      '2021-03-15',
      'Adult Care and Well Being Overview and Scrutiny Panel',
      '2',
      'Award of the Home Care Contract',
      'RESOLVED',
      '',
      'RESOLVED that the contract be awarded as set out in the exempt report.',
      '',
      'Exempt: publishable wording only (paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972)',
    ]);
    expect(f.exemptItem.exempt).toBe(true);
  });
});
