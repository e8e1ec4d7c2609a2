// The proof that a public Word document holds nothing of an exempt item but its title, the
// exclusion resolution and the wording marked publishable; and that the confidential one says so.
import { describe, expect, it } from 'vitest';
import { xmlEscaped } from './docx';
import { fullMeeting } from './exportFixture';
import type { Meeting } from '../../shared/domain';
import { ok, SLOW, tempCore } from './helpers';
import { exported, expectInOrder, allXml } from './exported';

describe('the public edition', SLOW, () => {
  it('holds of an exempt item only its title, the exclusion resolution and the publishable wording', SLOW, async () => {
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
    // The declaration at the exempt item is public without its interest's wording, also once approved.
    const declared =
      'Councillor Priya Shah declared a disclosable pecuniary interest in minute 2 (Award of the Home Care Contract), and withdrew';
    expect(minutes.doc.text).toContain(declared);
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: '2021-04-12',
      startTime: '14:00',
    });
    await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
    const approved = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition: 'public' });
    expect(approved.doc.text).toContain(declared);
    expect(allXml(approved.doc)).not.toContain(xmlEscaped(f.secrets.interest));
    const whole = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition: 'confidential' });
    expect(whole.doc.text).toContain(`${declared.replace(', and withdrew', '')} ${f.secrets.interest}, and withdrew`);
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
