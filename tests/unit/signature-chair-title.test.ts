// The signature block of approved minutes names the chair by the title the record gives them at
// that meeting, as the Present line does ("Councillor A Drummond (Convener)"): "Signed … Convener"
// for a Scottish committee; "Chair" where the record gives no such title.
import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingDetail } from '../../shared/domain';
import { importTextInto, nameCouncil, ok, tempCore } from './helpers';
import type { Core } from '../../electron/core';
import type { DocumentModel } from '../../shared/document';

async function minutesLines(core: Core, meetingId: string): Promise<string[]> {
  const { model } = await ok<{ model: DocumentModel }>(core, 'exports.preview', {
    meetingId,
    kind: 'minutes',
    edition: 'confidential',
  });
  return model.blocks.map((block) =>
    block.type === 'table'
      ? block.rows.map((row) => row.join(' | ')).join('\n')
      : block.runs.map((run) => run.text).join(''),
  );
}

const minutes = (chair: string) => `GLENBRAE COUNCIL

Minute of Meeting of the Communities Committee held in the Council Chambers, Glenbrae on Tuesday 3 March 2026 at 10.00am.

Present: Councillor A Drummond${chair}, Councillors B Lennox, C Murray and D Ogilvie

1. Apologies
Apologies were intimated on behalf of Councillor G Haldane.

2. Community Grants Scheme
The Committee agreed to approve the grants set out in the report.
`;

async function approvedSignature(text: string): Promise<string[]> {
  const core = tempCore();
  try {
    await nameCouncil(core);
    const { result } = await importTextInto(core, text);
    const { meeting } = await ok<MeetingDetail>(core, 'meetings.get', { id: result.meetingId });
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: meeting.committeeId,
      date: '2026-04-07',
      startTime: '10:00',
    });
    await ok(core, 'meetings.approve', { id: meeting.id, approvedByMeetingId: next.id });
    const lines = await minutesLines(core, meeting.id);
    return lines.filter((line) => line.startsWith('Signed'));
  } finally {
    core.close();
  }
}

describe('the signature block of approved minutes', () => {
  it('names the chair by the title the record gives: Convener', async () => {
    expect(await approvedSignature(minutes(' (Convener)'))).toEqual(['Signed ……………………………………………… Convener']);
  });

  it('is "Chair" where the record gives the chair no title', async () => {
    expect(await approvedSignature(minutes(''))).toEqual(['Signed ……………………………………………… Chair']);
  });
});
