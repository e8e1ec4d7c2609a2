// Word exports read back as Word would see them: the XML (styles, numbering, properties, language),
// mammoth's text, and LibreOffice's own layout.
// Here: the house style, honoured or refused with a reason.
import { describe, expect, it } from 'vitest';
import type { HouseStyle } from '../../shared/houseStyle';
import { fullMeeting } from './exportFixture';
import { ok, tempCore } from './helpers';
import { exported } from './exported';

describe('the house style', () => {
  it('sets the font, sizes, heading case, keyword style and date format', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const { style, version } = await ok<{ style: HouseStyle; version: number }>(core, 'houseStyle.get', {});
    // Saved once already: the fixture named the council, as the app's welcome does.
    expect(version).toBe(1);
    await ok(core, 'houseStyle.save', {
      baseVersion: version,
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
    const stale = await core.router.call('houseStyle.save', { baseVersion: version, style });
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
