// Word exports read back as Word would see them: the XML (styles, numbering, properties, language),
// mammoth's text, and LibreOffice's own layout. And the proof that a public document holds nothing
// of an exempt item but its title, the exclusion resolution and the wording marked publishable.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/domain';
import type { HouseStyle } from '../../shared/houseStyle';
import type { Core } from '../../electron/core';
import { convertWithLibreOffice, readDocx, sofficeInstalled, xmlEscaped, type ReadDocx } from './docx';
import { fullMeeting } from './exportFixture';
import { ok, SLOW, tempCore } from './helpers';

async function exported(
  core: Core,
  input: { meetingId: string; kind: 'minutes' | 'agenda' | 'report'; edition: string; itemId?: string },
) {
  const { base64, fileName } = await ok<{ base64: string; fileName: string }>(core, 'exports.build', input);
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  return { bytes, fileName, doc: await readDocx(bytes) };
}

/** Each string appears in the text, each after the one before. */
function expectInOrder(text: string, sentences: string[]) {
  let from = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, from);
    expect(at, `“${sentence}” after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + sentence.length;
  }
}

const allXml = (doc: ReadDocx) => [...doc.parts.values()].join('\n');

describe('minutes in Word', () => {
  it('use real heading styles, real numbering, a title, en-GB and header rows, and hold every sentence in order', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const { doc, fileName } = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'confidential',
    });
    expect(fileName).toBe(
      'Adult Care and Well Being Overview and Scrutiny Panel 2021-03-15 minutes (confidential).docx',
    );
    const body = doc.parts.get('word/document.xml')!;
    const styles = doc.parts.get('word/styles.xml')!;
    const numbering = doc.parts.get('word/numbering.xml')!;
    const core_ = doc.parts.get('docProps/core.xml')!;

    // Headings are Word's own heading styles, and mammoth reads them as headings.
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Quote']) {
      expect(body).toContain(`<w:pStyle w:val="${style}"/>`);
      expect(styles).toContain(`w:styleId="${style}"`);
    }
    expect(doc.html).toContain('<h1>Attendance</h1>');
    expect(doc.html).toContain('<h2>1. Update on People and Communities Strategy</h2>');
    expect(doc.html).toContain('<h3>Person Centred Approach</h3>');
    // Lists and clauses are Word numbering: bullets, "1." and "(1)" levels, used by numbered paragraphs.
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('<w:lvlText w:val="(%1)"/>');
    expect(numbering).toContain('<w:lvlText w:val="%1."/>');
    expect(body.match(/<w:numPr>/g)!.length).toBeGreaterThanOrEqual(10);
    expect(doc.html).toMatch(
      /<ul><li>One front door for residents<ul><li>A strong digital offer<\/li><\/ul><\/li>/,
    );
    expect(doc.html).toContain('<ol><li>Information gathering</li><li>Planning</li></ol>');
    // …and no list paragraph starts with a typed marker.
    expect(body).not.toMatch(
      /<\/w:numPr><\/w:pPr><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>\s*(\(\d+\)|•|·|\d+\.)\s/,
    );
    // Title, author and language.
    expect(core_).toContain(
      '<dc:title>Adult Care and Well Being Overview and Scrutiny Panel: minutes, Monday 15 March 2021</dc:title>',
    );
    expect(core_).toContain('<dc:creator>Anytown Borough Council</dc:creator>');
    expect(styles).toContain('<w:lang w:val="en-GB"/>');
    // Tables (the recorded vote, the actions) have a header row.
    expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(3); // the recorded vote and two items' actions
    // The bell character typed into the minutes is gone; the XML is valid (no control characters).
    // eslint-disable-next-line no-control-regex -- looking for exactly these
    expect(allXml(doc)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(body).toContain('Members were ');
    expect(body).toContain('&amp; its workstreams &lt;three pillars&gt;');
    // Page N of M, and the draft marking, on every page (the default header and footer).
    const footer = [...doc.parts].find(([name]) => name.startsWith('word/footer'))![1];
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(footer).toContain('Page ');
    const header = [...doc.parts].find(([name]) => name.startsWith('word/header'))![1];
    expect(header).toContain('DRAFT — subject to approval');
    expect(header).toContain('NOT FOR PUBLICATION');
    expect(header).toContain(
      'By virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972',
    );

    expectInOrder(doc.text, [
      'Anytown Borough Council',
      'Adult Care and Well Being Overview and Scrutiny Panel',
      'Minutes of the meeting held at County Hall, Worcester on Monday 15 March 2021 at 2.00 pm',
      'Present: Councillor Harriet Okafor (Chair), Councillor Dennis Wright (Vice-Chair), Councillors Ann Lowe and Priya Shah.',
      'Apologies for absence were received from Councillor Tom Bell.',
      'Councillor Ann Lowe attended as a substitute for Councillor Tom Bell.',
      'Officers in attendance: Emma James (Overview and Scrutiny Officer).',
      'Councillor Priya Shah declared an other registrable interest in minute 1 (Update on People and Communities Strategy) as a trustee of a local carers’ charity, and remained in the room.',
      '1. Update on People and Communities Strategy',
      'The Panel received an update on the Strategy & its workstreams <three pillars>.',
      'Person Centred Approach',
      'One front door for residents',
      'A strong digital offer',
      'Building on community assets',
      'Information gathering',
      'Planning',
      'We are very grateful to the staff working in community services.',
      'Members were pleased with progress.',
      'The following were in attendance:',
      'Emma James, Overview and Scrutiny Officer',
      'Moved by Councillor Harriet Okafor and seconded by Councillor Dennis Wright.',
      'RESOLVED (unanimously) that:',
      'Strategy',
      'The update on the Strategy be noted.',
      'The Panel be kept updated on the workstreams.',
      'Scrutiny',
      'Any further scrutiny be agreed at the next meeting.',
      'A recorded vote was taken:',
      'Councillor Priya Shah',
      'For 3, against 0, abstentions 0. The motion was carried.',
      'AGREED That a letter of thanks be sent to all providers.',
      'Actions',
      'Send the letter of thanks',
      'Thursday 1 April 2021',
      'Information update after the meeting',
      'The uplift for domiciliary care rates was confirmed.',
      'RESOLVED that, under Section 100A(4) of the Local Government Act 1972, the public be excluded',
      '2. Award of the Home Care Contract',
      f.secrets.minutes,
      f.secrets.clause,
    ]);
    // The keyword in bold capitals (the default house style).
    expect(body).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">RESOLVED<\/w:t><\/w:r>/,
    );
  });

  it('once approved, drop the draft marking and end with the chair’s signature block', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: '2021-04-12',
      startTime: '14:00',
    });
    await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
    const { doc } = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition: 'public' });
    expect(allXml(doc)).not.toContain('DRAFT');
    expect(doc.text.trim()).toMatch(/Signed …+ Chair\s+Date …+$/);
  });
});

describe('the public edition', () => {
  it('holds of an exempt item only its title, the exclusion resolution and the publishable wording', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const secrets = Object.values(f.secrets);
    const confidential = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'confidential',
    });
    // The test can fail: the confidential minutes hold every secret but the report and purpose.
    for (const secret of secrets.filter((s) => s !== f.secrets.report && s !== f.secrets.purpose)) {
      expect(allXml(confidential.doc), secret).toContain(xmlEscaped(secret));
    }
    for (const kind of ['minutes', 'agenda'] as const) {
      const { doc, fileName } = await exported(core, { meetingId: f.meeting.id, kind, edition: 'public' });
      expect(fileName).toContain('(public).docx');
      const xml = allXml(doc);
      for (const secret of secrets) {
        expect(xml, `${kind}: ${secret}`).not.toContain(xmlEscaped(secret));
        expect(doc.text, `${kind}: ${secret}`).not.toContain(secret);
      }
      // Not a word of the secrets, even split across runs: check the distinctive names alone.
      expect(xml).not.toMatch(/Zephyr|Marlowe|Quentin/);
      expect(doc.text).toContain('Award of the Home Care Contract');
      expect(xml).not.toContain('NOT FOR PUBLICATION');
    }
    const minutes = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition: 'public' });
    expectInOrder(minutes.doc.text, [
      'RESOLVED that, under Section 100A(4) of the Local Government Act 1972, the public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
      '2. Award of the Home Care Contract',
      'This item was considered in private.',
      f.publicWording,
    ]);
    const agenda = await exported(core, { meetingId: f.meeting.id, kind: 'agenda', edition: 'public' });
    expect(agenda.doc.text).toContain('paragraph 3 of Part 1 of Schedule 12A');
  });

  it('has no public report of an exempt item; the confidential one is marked on every page', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const refused = await core.router.call('exports.build', {
      meetingId: f.meeting.id,
      kind: 'report',
      itemId: f.exemptItem.id,
      edition: 'public',
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          '“Award of the Home Care Contract” is exempt, so its report has no public version. Export it as confidential.',
      },
    });
    const { doc } = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'report',
      itemId: f.exemptItem.id,
      edition: 'confidential',
    });
    expect(doc.text).toContain(f.secrets.report);
    const header = [...doc.parts].find(([name]) => name.startsWith('word/header'))![1];
    expect(header).toContain('NOT FOR PUBLICATION');
  });
});

describe('the agenda and the item report', () => {
  it('the agenda has a front sheet and numbered items with purpose and lead officer', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const { doc } = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'agenda',
      edition: 'confidential',
    });
    expectInOrder(doc.text, [
      'Adult Care and Well Being Overview and Scrutiny Panel',
      'Date: Monday 15 March 2021',
      'Time: 2.00 pm',
      'Venue: County Hall, Worcester',
      'Membership',
      'Councillor Harriet Okafor (Chair)',
      'Councillor Dennis Wright (Vice-Chair)',
      'Contact officer',
      'Emma James, Overview and Scrutiny Officer',
      'Update on People and Communities Strategy',
      'To receive an update on the Strategy for People and Communities.',
      'Lead officer: Emma James, Overview and Scrutiny Officer',
      'Award of the Home Care Contract',
      'Exempt item: the public are likely to be excluded for this item',
      f.secrets.purpose,
    ]);
    expect(doc.parts.get('word/numbering.xml')).toContain('<w:lvlText w:val="%1."/>');
    expect(doc.html).toContain('<h2>Update on People and Communities Strategy</h2>');
  });

  // Starts LibreOffice where it is installed.
  it('the report numbers its paragraphs through the report with Word numbering', SLOW, async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const { doc, bytes } = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'report',
      itemId: f.publicItem.id,
      edition: 'public',
    });
    expectInOrder(doc.text, [
      'Adult Care and Well Being Overview and Scrutiny Panel 15 March 2021',
      'Update on People and Communities Strategy',
      'Summary',
      'The Panel is to receive an update on the Strategy.',
      'Background',
      'The Strategy will be delivered through a transformation programme.',
      'Contact Points',
      'Emma James, Overview and Scrutiny Officer, Tel: 01905 844964',
      'Background Papers',
    ]);
    expect(doc.html).toContain('<h1>Summary</h1>');
    if (sofficeInstalled) {
      // LibreOffice lays the numbers out: they run on across the headings and lists.
      const { text } = convertWithLibreOffice(bytes);
      expectInOrder(text, [
        '1. The Panel is to receive',
        '2. Senior Officers',
        '3. The Panel was recently briefed',
        'a) Reduce the number of providers',
        '4. The Strategy will be delivered',
      ]);
    }
  });
});

describe('the house style', () => {
  it('sets the font, sizes, heading case, keyword style and date format', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const { style, version } = await ok<{ style: HouseStyle; version: number }>(core, 'houseStyle.get', {});
    expect(version).toBe(0);
    await ok(core, 'houseStyle.save', {
      baseVersion: 0,
      style: {
        ...style,
        councilName: 'Worcestershire County Council',
        fontFamily: 'Georgia',
        bodySize: 11,
        headingSize: 16,
        headingCase: 'capitals',
        minuteHeading: 'Minute {number} – {title}',
        keywordStyle: 'bold',
        dateFormat: '15th March 2021',
      },
    });
    const stale = await core.router.call('houseStyle.save', { baseVersion: 0, style });
    expect(stale.ok === false && stale.error.code).toBe('conflict');
    const { doc } = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition: 'public' });
    const styles = doc.parts.get('word/styles.xml')!;
    expect(styles).toContain('w:ascii="Georgia"');
    expect(styles).toContain('<w:sz w:val="22"/>');
    expect(styles).toContain('<w:sz w:val="32"/>');
    expect(doc.text).toContain('Worcestershire County Council');
    expect(doc.text).toContain('on 15th March 2021 at 2.00 pm');
    expect(doc.text).toContain('MINUTE 1 – UPDATE ON PEOPLE AND COMMUNITIES STRATEGY');
    expect(doc.parts.get('docProps/core.xml')).toContain(
      '<dc:creator>Worcestershire County Council</dc:creator>',
    );
    expect(doc.parts.get('word/document.xml')).toMatch(
      /<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Resolved<\/w:t>/,
    );
  });

  it('refuses a style it cannot honour, saying why', async () => {
    const core = tempCore();
    const bad = await core.router.call('houseStyle.save', {
      baseVersion: 0,
      style: {
        councilName: '',
        fontFamily: 'Arial"/><w:b/>',
        bodySize: 3,
        headingSize: 14,
        headingCase: 'as typed',
        minuteHeading: '{title}',
        keywordStyle: 'bold capitals',
        clauseStyle: '(1)',
        dateFormat: '15 March 2021',
      },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.message).toContain('Council name must not be empty.');
      expect(bad.error.message).toContain('A font name has only letters, numbers, spaces and hyphens.');
      expect(bad.error.message).toContain('Body text size must be at least 8 point.');
      expect(bad.error.message).toContain('Minute heading must contain {number} and {title}');
    }
  });
});

describe.skipIf(!sofficeInstalled)('LibreOffice (soffice is installed)', SLOW, () => {
  it('converts the minutes, agenda and report to PDF with a sane number of pages', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    for (const [kind, itemId] of [
      ['minutes', undefined],
      ['agenda', undefined],
      ['report', f.publicItem.id],
    ] as const) {
      const { bytes } = await exported(core, {
        meetingId: f.meeting.id,
        kind,
        itemId,
        edition: 'confidential',
      });
      const { pages, text } = convertWithLibreOffice(bytes);
      expect(pages, kind).toBeGreaterThanOrEqual(1);
      expect(pages, kind).toBeLessThanOrEqual(4);
      expect(text.length, kind).toBeGreaterThan(200);
    }
  });
});

describe('the desktop save dialog path (exports.save with a chooseFile from the caller, no Electron needed)', () => {
  it('offers the file name, writes where the officer chose, and does nothing when they cancel', async () => {
    const { tempDir } = await import('./helpers');
    const { readFileSync, readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const core = tempCore();
    const f = await fullMeeting(core);
    const dir = tempDir();
    const offered: string[] = [];
    const request = { meetingId: f.meeting.id, kind: 'agenda', edition: 'public' };
    const saveDocument = (input: unknown, chooseFile: (name: string) => Promise<string | undefined>) =>
      core.router.call('exports.save', input, { chooseFile });
    const cancelled = await saveDocument(request, (name) => {
      offered.push(name);
      return Promise.resolve(undefined);
    });
    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(readdirSync(dir)).toEqual([]);
    const saved = await saveDocument(request, () => Promise.resolve(path.join(dir, 'Agenda')));
    expect(saved).toEqual({ ok: true, value: { saved: path.join(dir, 'Agenda.docx') } });
    expect((await readDocx(readFileSync(path.join(dir, 'Agenda.docx')))).text).toContain('Items of business');
    expect(offered).toEqual([
      'Adult Care and Well Being Overview and Scrutiny Panel 2021-03-15 agenda (public).docx',
    ]);
    // A bad request from the window is refused before any dialog opens.
    const bad = await saveDocument({ ...request, kind: 'letter' }, () => {
      throw new Error('no dialog should open');
    });
    expect(bad.ok).toBe(false);
    // Without a dialog (browser mode, the command line) it is refused with the way forward.
    expect(await core.router.call('exports.save', request)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/desktop app; in browser mode the document downloads/),
      },
    });
  });
});
