// Word exports read back as Word would see them: the XML (styles, numbering, properties, language),
// mammoth's text, and LibreOffice's own layout.
// Here: how the minutes fall on the page (issue 17): the signature block never alone on the last
// page, and the confidential banner never running into the council's name.
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Meeting } from '../../shared/domain';
import type { Core } from '../../electron/core';
import { layOutWithLibreOffice, sofficeInstalled } from './docx';
import { doc, fullMeeting } from './exportFixture';
import { COUNCIL, itemFixture, ok, tempCore } from './helpers';
import { exported } from './exported';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** A meeting of one item that ended at 8.45 pm, and the meeting that approves its minutes. */
async function approvable(core: Core) {
  const { item } = await itemFixture(core);
  const meeting = await ok<Meeting>(core, 'meetings.update', { id: item.meetingId, endTime: '20:45' });
  const next = await ok<Meeting>(core, 'meetings.create', {
    committeeId: meeting.committeeId,
    date: '2024-01-11',
    startTime: '18:30',
  });
  return { item, next };
}

/** The item's minutes, written and approved (reopened first if they were approved). */
async function approvedWith(core: Core, item: AgendaItem, next: Meeting, minutes: object[]) {
  const meeting = await ok<Meeting>(core, 'meetings.get', { id: item.meetingId }).then(
    (detail) => (detail as unknown as { meeting: Meeting }).meeting,
  );
  if (meeting.status === 'minutes approved')
    await ok(core, 'meetings.reopen', { id: item.meetingId, reason: 'To write the minutes again.' });
  const { version } = await ok<{ version: number }>(core, 'minutes.get', { itemId: item.id });
  await ok(core, 'minutes.save', { itemId: item.id, baseVersion: version, doc: doc(...minutes) });
  await ok(core, 'meetings.approve', { id: item.meetingId, approvedByMeetingId: next.id });
  return exported(core, { meetingId: item.meetingId, kind: 'minutes', edition: 'public' });
}

describe('the minutes on the page', () => {
  it('keep the signature block with the paragraph before it, and the banner apart from the text', async () => {
    const core = tempCore();
    const { item, next } = await approvable(core);
    const { doc: word } = await approvedWith(core, item, next, [p('The report was noted.')]);
    const body = word.parts.get('word/document.xml')!;
    const paragraphOf = (text: string) => body.split('<w:p>').find((part) => part.includes(text))!;
    expect(paragraphOf('The meeting ended at 8.45 pm.')).toContain('<w:keepNext/>');
    expect(paragraphOf('Signed ……')).toMatch(
      /<w:keepNext\/>[\s\S]*<w:keepLines\/>|<w:keepLines\/>[\s\S]*<w:keepNext\/>/,
    );
    expect(paragraphOf('Date ……')).toContain('<w:keepLines/>');

    const f = await fullMeeting(core);
    const confidential = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'confidential',
    });
    const header = [...confidential.doc.parts].find(([name]) => name.startsWith('word/header'))![1];
    const banner = header.split('<w:p>').slice(1);
    expect(banner).toHaveLength(3);
    expect(banner.at(-1)).toContain('DRAFT — subject to approval');
    expect(banner.at(-1)).toMatch(/<w:spacing w:after="240"\/>/);
  });
});

describe.skipIf(!sofficeInstalled)(
  'the minutes laid out by LibreOffice (soffice is installed)',
  { timeout: 600_000 },
  () => {
    it('never leave the signature block alone on the last page', async () => {
      const core = tempCore();
      const { item, next } = await approvable(core);
      const pagesWith = async (fillers: number) => {
        const filler = Array.from({ length: fillers }, (_, i) => p(`Filler paragraph ${i + 1}.`));
        return layOutWithLibreOffice((await approvedWith(core, item, next, filler)).bytes);
      };
      // The fewest paragraphs that make a second page: the moment something must move over.
      let low = 10;
      let high = 120;
      expect((await pagesWith(high)).length).toBeGreaterThan(1);
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if ((await pagesWith(middle)).length > 1) high = middle;
        else low = middle;
      }
      const pages = await pagesWith(high);
      const last = pages
        .at(-1)!
        .map((line) => line.text)
        .join('\n');
      expect(last).toMatch(/Signed …+ Chair/);
      expect(last).toMatch(/Date …+/);
      expect(last).toContain('The meeting ended at 8.45 pm.');
    });

    it('leave a line between the confidential banner and the council’s name', async () => {
      const core = tempCore();
      const f = await fullMeeting(core);
      const { bytes } = await exported(core, {
        meetingId: f.meeting.id,
        kind: 'minutes',
        edition: 'confidential',
      });
      const [first] = layOutWithLibreOffice(bytes);
      const banner = first!.find((line) => line.text.includes('APPROVAL'))!;
      const council = first!.find((line) => line.text.includes(COUNCIL))!;
      expect(banner).toBeDefined();
      expect(council.yMin - banner.yMax).toBeGreaterThanOrEqual(6);
    });
  },
);
