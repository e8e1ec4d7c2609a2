// `minutebook meetings`: the meetings in the data, with their ids and their items' ids, so that a
// script (or an officer at the command line) can name the one to export. Read beside a running app.
import type { Committee, Meeting, MeetingDetail } from '../../shared/domain';
import { capitalise, formatLongDate, formatTime } from '../../shared/format';
import type { ApiResult } from '../../shared/result';
import type { Router } from '../api/router';
import { defineCommand } from './command';
import { hasData, readingData } from './data';

/** One meeting as `--json` prints it. */
export interface ListedMeeting {
  id: string;
  committeeId: string;
  committee: string;
  date: string;
  startTime: string;
  venue: string;
  status: Meeting['status'];
  items: { id: string; number: number; minuteNumber: string; title: string; exempt: boolean }[];
}

class Refused extends Error {}

async function value<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) {
    throw answer.error.code === 'invalid_input' || answer.error.code === 'not_found'
      ? new Refused(answer.error.message)
      : new Error(answer.error.message);
  }
  return answer.value as T;
}

/** The committee a name means: the one so called (any case), or the only one whose name holds it. */
function committeeNamed(committees: Committee[], name: string): Committee {
  const wanted = name.trim().toLowerCase();
  const exact = committees.filter((committee) => committee.name.toLowerCase() === wanted);
  const partial = committees.filter((committee) => committee.name.toLowerCase().includes(wanted));
  const found = exact.length === 1 ? exact : partial;
  if (found.length === 1) return found[0]!;
  const names = (list: Committee[]) => list.map((committee) => `“${committee.name}”`).join(', ');
  throw new Refused(
    found.length === 0
      ? `No committee is called “${name}”.${committees.length ? ` The committees are: ${names(committees)}.` : ''}`
      : `Several committees match “${name}”: ${names(found)}. Give more of the name.`,
  );
}

async function listed(
  router: Router,
  filter: { committee?: string; from?: string; to?: string },
): Promise<ListedMeeting[]> {
  const committees = await value<Committee[]>(router.call('committees.list', {}));
  const committeeId =
    filter.committee === undefined ? undefined : committeeNamed(committees, filter.committee).id;
  const meetings = await value<Meeting[]>(
    router.call('meetings.list', { committeeId, from: filter.from, to: filter.to }),
  );
  const result: ListedMeeting[] = [];
  for (const meeting of meetings) {
    const detail = await value<MeetingDetail>(router.call('meetings.get', { id: meeting.id }));
    result.push({
      id: meeting.id,
      committeeId: meeting.committeeId,
      committee: detail.committee.name,
      date: meeting.date,
      startTime: meeting.startTime,
      venue: meeting.venue,
      status: meeting.status,
      items: detail.items.map((item) => ({
        id: item.id,
        number: item.number,
        minuteNumber: detail.minuteNumbers[item.id] ?? String(item.number),
        title: item.title,
        exempt: item.exempt,
      })),
    });
  }
  return result;
}

function printed(meetings: ListedMeeting[]): string {
  if (meetings.length === 0) return 'No meetings found.';
  return meetings
    .map((meeting) =>
      [
        `${meeting.committee}: ${formatLongDate(meeting.date)}${meeting.startTime ? `, ${formatTime(meeting.startTime)}` : ''} (${capitalise(meeting.status)})`,
        `  meeting ${meeting.id}`,
        ...meeting.items.map(
          (item) =>
            `    ${item.minuteNumber.padEnd(8)} ${item.id}  ${item.title}${item.exempt ? ' [exempt]' : ''}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

export const meetingsCommand = defineCommand({
  name: 'meetings',
  summary: `minutebook meetings [--committee NAME] [--from DATE] [--to DATE] [--json] [--data DIR]
                                                     the meetings, with their ids and their items' ids`,
  usage: `Usage: minutebook meetings [--committee NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                           [--json] [--data DIR]

Lists the meetings, earliest first: committee, date, time and status, the meeting's id and, under it,
each item's minute number, id and title. Give an id to \`minutebook export --meeting ID\` (and an
item's to --item). Works while Minutebook is open on the same folder: it only reads.

  --committee NAME  only this committee's meetings (its name, or enough of it to be the only match)
  --from DATE       only meetings on or after this date
  --to DATE         only meetings on or before this date
  --json            print them as JSON: [{ id, committeeId, committee, date, startTime, venue,
                    status, items: [{ id, number, minuteNumber, title, exempt }] }]
  --data DIR        the folder holding minutebook.sqlite3`,
  options: {
    committee: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, dataDir }) {
    if (!hasData(dataDir)) return 2;
    const text = (option: unknown) => (typeof option === 'string' ? option : undefined);
    try {
      const meetings = await readingData(dataDir, (router) =>
        listed(router, { committee: text(values.committee), from: text(values.from), to: text(values.to) }),
      );
      console.log(values.json ? JSON.stringify(meetings, null, 2) : printed(meetings));
      return 0;
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      console.error(error.message);
      return 2;
    }
  },
});
