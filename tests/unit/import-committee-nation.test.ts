// A committee made by an import is in the nation its minutes show, so its publication deadline is
// counted under that nation's law and the declaration form offers that nation's kinds of interest:
// Scottish minutes (the 1973 Act's s50A, Schedule 7A) give a Scottish committee (three clear days,
// s50B), not England's five under s100B; a council whose committees are all Scottish keeps its next
// imported committee Scottish; a Scottish "non-financial interest" alone is enough where nothing else is.
import { describe, expect, it } from 'vitest';
import { interestCategoriesFor } from '../../shared/attendance';
import type { MeetingDetail } from '../../shared/domain';
import type { MeetingDeadlines } from '../../shared/statutory/meetingDeadlines';
import { importTextInto, ok, SLOW, tempCore } from './helpers';

const scottish = `GLENBRAE COUNCIL

Minute of Meeting of the Communities Committee held in the Council Chambers, Glenbrae on Tuesday 3 March 2026 at 10.00am.

Present: Councillor A Drummond (Convener), Councillors B Lennox, C Murray and D Ogilvie

1. Community Grants Scheme
The Committee agreed to approve the grants set out in the report.

2. Exclusion of the Public
The Committee resolved that, under Section 50A(4) of the Local Government (Scotland) Act 1973, the public be excluded from the meeting for the following item on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 8 of Part I of Schedule 7A to the Act.

3. Acquisition of Former Creamery Site
The Committee agreed to make an offer for the site.
`;

const plain = (
  committee: string,
  declaration = '',
) => `Minute of Meeting of the ${committee} held in the Council Chambers, Glenbrae on Tuesday 10 March 2026 at 10.00am.

Present: Councillor A Drummond (Convener), Councillors B Lennox, C Murray and D Ogilvie

1. Roads Maintenance Programme
${declaration}
The Committee agreed the programme.
`;

async function nationAndDeadline(core: ReturnType<typeof tempCore>, meetingId: string) {
  const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meetingId });
  const deadlines = await ok<MeetingDeadlines>(core, 'publication.get', { meetingId });
  return { nation: detail.committee.nation, clearDays: deadlines.clearDays, basis: deadlines.basis };
}

describe('a committee made by an import', SLOW, () => {
  it('is Scottish when the minutes cite Scotland’s law, with Scotland’s deadline and kinds of interest', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, scottish);
    const found = await nationAndDeadline(core, result.meetingId);
    expect(found).toMatchObject({ nation: 'scotland', clearDays: 3 });
    expect(found.basis).toMatch(/Local Government \(Scotland\) Act 1973 s50B/);
    expect(found.basis).not.toMatch(/100B/);
    expect(interestCategoriesFor(found.nation)).toEqual(['financial', 'non-financial']);
  });

  it('takes the council’s nation where its committees share one, and the kinds of interest where nothing else shows it', async () => {
    const core = tempCore();
    await importTextInto(core, scottish);
    const { result } = await importTextInto(core, plain('Roads Committee'));
    expect((await nationAndDeadline(core, result.meetingId)).nation).toBe('scotland');

    const other = tempCore();
    const declared = await importTextInto(
      other,
      plain(
        'Roads Committee',
        'Councillor Lennox declared a non-financial interest in item 1 as a member of the community council.\n',
      ),
    );
    expect((await nationAndDeadline(other, declared.result.meetingId)).nation).toBe('scotland');
  });

  it('is English where nothing shows another nation', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, plain('Highways Committee'));
    const found = await nationAndDeadline(core, result.meetingId);
    expect(found).toMatchObject({ nation: 'england', clearDays: 5 });
    expect(found.basis).toMatch(/s100B\(3\)/);
  });
});
