// The five seeds entered as data through the router (minutes, decisions, a post-meeting update, a
// report), exported to Word, and read back with mammoth: every line of each seed is in the document,
// in order. List markers and paragraph numbers are left out of the comparison because in Word they
// are numbering, not text. Run on our own seeds-like fixtures always, and on the published examples
// in ../shared/seeds only where they are beside the checkout (tests/fixtures/seeds.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting } from '../../shared/domain';
import type { RichDoc, RichNode } from '../../shared/richText';
import type { Core } from '../../electron/core';
import { readDocx } from './docx';
import { seedPrefixes, seedSets } from '../fixtures/seeds';
import { nameCouncil, ok, tempCore } from './helpers';

const chrome = new Set(['Agenda item', 'Minutes:', 'Supporting documents:']);
const bullet = /^\s*[·Ø\uF0B7•]\s*/;
const numbered = /^\s*(\(\d+\)|\d+\.)\s+/;
const lettered = /^-\s+[a-z]\)\s+/;

/** A seed's lines: page furniture ("Supporting documents:") and blank lines gone. */
function linesOf(raw: string): string[] {
  return raw
    .replace(/Supporting documents:\s*$/, '')
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').trimEnd())
    .filter((line) => line.trim() !== '' && !chrome.has(line.trim()));
}

/** What must be in the document: each line without its list marker or number, in order. */
const expected = (lines: string[]) =>
  lines.map((line) =>
    normalise(line.replace(lettered, '').replace(/^-\s+/, '').replace(bullet, '').replace(numbered, '')),
  );
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const para = (text: string): RichNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text: text.trim() }],
});
const list = (type: 'bulletList' | 'orderedList', items: string[]): RichNode => ({
  type,
  content: items.map((text) => ({ type: 'listItem', content: [para(text)] })),
});

/** Narrative lines as rich text: bullets and numbered lines become real lists. */
function richText(lines: string[]): RichDoc {
  const content: RichNode[] = [];
  for (const line of lines) {
    const kind = bullet.test(line) ? 'bulletList' : numbered.test(line) ? 'orderedList' : null;
    const text = line.replace(bullet, '').replace(numbered, '');
    const last = content.at(-1);
    if (kind && last?.type === kind) last.content!.push({ type: 'listItem', content: [para(text)] });
    else if (kind) content.push(list(kind, [text]));
    else content.push(para(line));
  }
  return { type: 'doc', content };
}

async function meetingFor(core: Core, committeeName: string, date = '2021-03-15') {
  const committee = await ok<Committee>(core, 'committees.create', {
    name: committeeName,
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  return ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date,
    startTime: '14:00',
  });
}

/** Seeds 000–003: a minuted item with its decision (and, in 003, an update after the meeting). */
async function enterMinutes(core: Core, lines: string[], raw: string): Promise<string> {
  const meeting = await meetingFor(core, 'Scrutiny Board');
  const decisionAt = lines.findIndex((line) => /^(RESOLVED|AGREED|RECOMMENDED)\b/.test(line));
  const [title, ...purposeAndMinutes] = lines.slice(0, decisionAt);
  // The purpose is what comes before the first line of the minutes proper (the seeds' "Minutes:").
  const purposeText = raw.replace(/\u00a0/g, ' ').split('Minutes:')[0]!;
  const purposeLines = purposeAndMinutes.filter((line) => purposeText.includes(line));
  const minutesLines = purposeAndMinutes.slice(purposeLines.length);
  const item = await ok<AgendaItem>(core, 'items.create', {
    meetingId: meeting.id,
    title: title!.trim(),
    purpose: purposeLines.join('\n'),
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  await ok(core, 'minutes.save', { itemId: item.id, baseVersion: 0, doc: richText(minutesLines) });

  const [, keyword, rest] = /^(RESOLVED|AGREED|RECOMMENDED)\s*(.*)$/.exec(lines[decisionAt]!)!;
  const qualifier = /^\((.*)\):?$/.exec(rest!)?.[1] ?? '';
  const afterKeyword = qualifier ? '' : rest!.replace(/:$/, '');
  const after = lines.slice(decisionAt + 1);
  const lastClause = after.findLastIndex((line) => numbered.test(line));
  const clauses: { groupHeading: string; doc: RichDoc }[] = [];
  let heading = '';
  for (const line of after.slice(0, lastClause + 1)) {
    if (numbered.test(line)) {
      clauses.push({
        groupHeading: heading,
        doc: { type: 'doc', content: [para(line.replace(numbered, ''))] },
      });
      heading = '';
    } else heading = line.trim();
  }
  // One unnumbered clause: "RESOLVED That the contents of the report … be noted."
  if (clauses.length === 0)
    clauses.push({ groupHeading: '', doc: { type: 'doc', content: [para(afterKeyword)] } });
  const decision = await ok<Decision>(core, 'decisions.create', {
    itemId: item.id,
    keyword,
    qualifier,
    preamble: clauses.length > 1 || lastClause >= 0 ? afterKeyword : '',
    clauseStyle: /^\s*\(/.test(after[lastClause] ?? '') ? '(1)' : '1.',
  });
  await ok(core, 'decisions.update', { id: decision.id, baseVersion: 1, clauses });
  const [updateHeading, ...update] = after.slice(lastClause + 1);
  if (updateHeading) {
    await ok(core, 'updates.create', { itemId: item.id, heading: updateHeading, doc: richText(update) });
  }
  return meeting.id;
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Seed 004: an item's report, its paragraphs numbered by Word, then contact points and papers. */
async function enterReport(core: Core, lines: string[]): Promise<{ meetingId: string; itemId: string }> {
  const [titleBlock, title, ...body] = lines;
  // The title block is the committee and the date of the meeting: "… SCRUTINY PANEL 15 MARCH 2021".
  const [, committeeName, day, month, year] = /^(.*?)\s+(\d{1,2}) ([A-Z]+) (\d{4})$/.exec(titleBlock!)!;
  const monthNumber = months.indexOf(month!.toLowerCase()) + 1;
  const meeting = await meetingFor(
    core,
    committeeName!.replace(/\b([A-Z])([A-Z]+)\b/g, (_, a: string, b: string) => a + b.toLowerCase()),
    `${year}-${String(monthNumber).padStart(2, '0')}-${day!.padStart(2, '0')}`,
  );
  const item = await ok<AgendaItem>(core, 'items.create', {
    meetingId: meeting.id,
    title: title!,
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  const contactAt = body.indexOf('Contact Points');
  const papersAt = body.indexOf('Background Papers');
  const content: RichNode[] = [];
  for (const line of body.slice(0, contactAt)) {
    const last = content.at(-1);
    if (numbered.test(line)) content.push(para(line.replace(numbered, '')));
    else if (lettered.test(line) || /^-\s+/.test(line)) {
      const kind = lettered.test(line) ? 'orderedList' : 'bulletList';
      const text = line.replace(lettered, '').replace(/^-\s+/, '');
      if (last?.type === kind) last.content!.push({ type: 'listItem', content: [para(text)] });
      else content.push(list(kind, [text]));
    } else if (/^[a-z]/.test(line) && last?.type === 'paragraph') {
      // A paragraph carried over a page break in the published text ("…recommendations to / terminate…").
      last.content![0]!.text += ` ${line}`;
    } else content.push({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: line }] });
  }
  await ok(core, 'reports.save', {
    itemId: item.id,
    baseVersion: 0,
    doc: { type: 'doc', content },
    contactPoints: body.slice(contactAt + 1, papersAt).join('\n'),
    backgroundPapers: body.slice(papersAt + 1).join('\n'),
  });
  return { meetingId: meeting.id, itemId: item.id };
}

for (const set of seedSets) {
  describe.skipIf(!set.present)(set.suite(`${set.label}, entered as data and exported to Word`), () => {
    it('finds the five seeds', () => expect(set.files).toHaveLength(5));

    for (const prefix of seedPrefixes) {
      const name = set.present ? path.basename(set.file(prefix)) : prefix;
      it(`${name}: every line of the seed is in the document, in order`, async () => {
        const core = tempCore();
        await nameCouncil(core);
        const raw = set.text(prefix);
        const lines = linesOf(raw);
        const isReport = !lines.includes('Minutes:') && !raw.includes('Minutes:');
        const request = isReport
          ? { ...(await enterReport(core, lines)), kind: 'report', edition: 'public' }
          : { meetingId: await enterMinutes(core, lines, raw), kind: 'minutes', edition: 'public' };
        const { base64 } = await ok<{ base64: string }>(core, 'exports.build', request);
        const { text } = await readDocx(Buffer.from(base64, 'base64'));
        const exported = normalise(text);
        let from = 0;
        for (const line of expected(lines)) {
          const at = exported.indexOf(line, from);
          expect(at, `“${line}” (after position ${from})`).toBeGreaterThanOrEqual(0);
          from = at + line.length;
        }
      });
    }
  });
}
