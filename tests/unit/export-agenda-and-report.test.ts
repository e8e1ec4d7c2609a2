// Word exports read back as Word would see them: the XML (styles, numbering, properties, language),
// mammoth's text, and LibreOffice's own layout.
// Here: the agenda and an item's report.
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, sofficeInstalled } from './docx';
import { fullMeeting } from './exportFixture';
import { SLOW, tempCore } from './helpers';
import { exported, expectInOrder } from './exported';

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
