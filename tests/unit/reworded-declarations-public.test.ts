// QA: the officer's own wording of the declarations ("Reword", which starts from the confidential
// sentences) must not carry the interest declared at an exempt item into the public minutes, the
// public preview or the public search, as the generated wording does not.
import { describe, expect, it } from 'vitest';
import type { AttendanceDetail } from '../../shared/attendance';
import type { Meeting } from '../../shared/domain';
import { xmlEscaped } from './docx';
import { allXml, exported } from './exported';
import { fullMeeting } from './exportFixture';
import { ok, SLOW, tempCore } from './helpers';
import { hits } from './searchSetup';

const declared =
  'Councillor Priya Shah declared a disclosable pecuniary interest in minute 2 (Award of the Home Care Contract)';

describe('the declarations reworded by the officer', SLOW, () => {
  it('keep the interest at an exempt item out of the public minutes, approved or not', SLOW, async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const detail = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: f.meeting.id });
    const shown = detail.overrides.find((o) => o.section === 'declarations')?.text;
    expect(shown).toBeUndefined();
    // What the Reword box starts from: the confidential sentences, the interest at the exempt item in them.
    const minutes = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'confidential',
    });
    const start = minutes.doc.text.indexOf(declared);
    expect(start).toBeGreaterThan(-1);
    const sentence = minutes.doc.text.slice(
      start,
      minutes.doc.text.indexOf('withdrew', start) + 'withdrew'.length,
    );
    expect(sentence).toContain(f.secrets.interest);
    // A small change, as an officer makes: "Councillor" to "Cllr".
    await ok(core, 'attendance.setText', {
      meetingId: f.meeting.id,
      section: 'declarations',
      text: `${sentence.replace('Councillor Priya Shah', 'Cllr Priya Shah')}.`,
    });
    const confidential = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'confidential',
    });
    expect(confidential.doc.text).toContain('Cllr Priya Shah declared');
    expect(confidential.doc.text).toContain(f.secrets.interest);
    const check = async () => {
      const open = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition: 'public' });
      expect(open.doc.text).toContain(
        'Cllr Priya Shah declared a disclosable pecuniary interest in minute 2',
      );
      expect(allXml(open.doc)).not.toContain(xmlEscaped(f.secrets.interest));
      expect(open.doc.text).not.toMatch(/Quillon/);
    };
    await check();
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: '2021-04-12',
      startTime: '14:00',
    });
    await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
    await check();
  });

  it(
    'reworded beyond recognition, give the public the generated public sentences instead',
    SLOW,
    async () => {
      const core = tempCore();
      const f = await fullMeeting(core);
      await ok(core, 'attendance.setText', {
        meetingId: f.meeting.id,
        section: 'declarations',
        text: 'Cllr Shah (director, Quillon Holdings: a bidder) declared a DPI at minute 2 and left the room.',
      });
      const open = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition: 'public' });
      expect(open.doc.text).not.toMatch(/Quillon/);
      expect(open.doc.text).toContain(`${declared}, and withdrew`);
    },
  );

  it('are not found by a public-only search for the interest', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    await ok(core, 'attendance.setText', {
      meetingId: f.meeting.id,
      section: 'declarations',
      text: `${declared} ${f.secrets.interest}, and withdrew.`,
    });
    const found = hits(core, 'Quillon');
    expect(found.length).toBeGreaterThan(0);
    // Found by a search that may see exempt content, and marked so.
    expect(found.filter((hit) => hit.kind === 'attendance').every((hit) => hit.exempt)).toBe(true);
    expect(hits(core, 'Quillon', { publicOnly: true })).toEqual([]);
  });
});
