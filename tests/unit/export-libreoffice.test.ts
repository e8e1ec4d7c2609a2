// Word exports read back as Word would see them: the XML (styles, numbering, properties, language),
// mammoth's text, and LibreOffice's own layout.
// Here: LibreOffice's own layout of the minutes, agenda and report, where soffice is installed.
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, sofficeInstalled } from './docx';
import { fullMeeting } from './exportFixture';
import { SLOW, tempCore } from './helpers';
import { exported } from './exported';

describe.skipIf(!sofficeInstalled)('LibreOffice (soffice is installed)', SLOW, () => {
  // One conversion a test: soffice may take up to two minutes on a loaded two-core machine.
  for (const kind of ['minutes', 'agenda', 'report'] as const) {
    it(`converts the ${kind} to PDF with a sane number of pages`, async () => {
      const core = tempCore();
      const f = await fullMeeting(core);
      const { bytes } = await exported(core, {
        meetingId: f.meeting.id,
        kind,
        itemId: kind === 'report' ? f.publicItem.id : undefined,
        edition: 'confidential',
      });
      const { pages, text } = convertWithLibreOffice(bytes);
      expect(pages, kind).toBeGreaterThanOrEqual(1);
      expect(pages, kind).toBeLessThanOrEqual(4);
      expect(text.length, kind).toBeGreaterThan(200);
    });
  }
});
