// Word exports read back as Word would see them: the XML (styles, numbering, properties, language),
// mammoth's text, and LibreOffice's own layout.
// Here: the minutes in Word, in draft and once approved.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/domain';
import { fullMeeting } from './exportFixture';
import { COUNCIL, ok, tempCore } from './helpers';
import { exported, expectInOrder, allXml } from './exported';

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
    expect(core_).toContain(`<dc:creator>${COUNCIL}</dc:creator>`);
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
      COUNCIL,
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
