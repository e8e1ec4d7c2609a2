// `minutebook deadlines`: for a meeting on a date, when its agenda must be published (and in England
// a key decision's notice, in Wales the note of the meeting); for a decision notice published on
// that date, the end of its call-in period and the day it takes effect. Needs no data folder.
import {
  deadlinesReport,
  formatDeadlinesReport,
  isIsoDate,
  nations,
  parseNation,
} from '../../shared/calendar';
import { defineCommand } from './command';

export const deadlinesCommand = defineCommand({
  name: 'deadlines',
  summary: `minutebook deadlines --date YYYY-MM-DD --nation england|wales|scotland|ni
                    [--call-in-days N] [--json]      a meeting's and a decision's statutory deadlines`,
  usage: `Usage: minutebook deadlines --date YYYY-MM-DD --nation england|wales|scotland|ni
                            [--call-in-days N] [--json]

For a meeting held on the date: the day its agenda and reports must be published by (England five
clear days; Wales, Scotland and Northern Ireland three), in England the day a key decision to be
taken that day must be in the notice of key decisions (28 clear days), and in Wales the day the note
of the meeting is due (7 working days). For a decision notice published on the date: when call-in
ends (5 pm on the Nth working day after publication) and the day the decision takes effect.

Clear days leave out the day of publication, the day of the meeting, weekends and the nation's bank
holidays.

  --date YYYY-MM-DD   the day of the meeting, and of the decision notice's publication
  --nation N          england, wales, scotland or ni (Northern Ireland)
  --call-in-days N    the constitution's call-in period in working days (default 5)
  --json              the report as JSON`,
  options: {
    date: { type: 'string' },
    nation: { type: 'string' },
    'call-in-days': { type: 'string' },
    json: { type: 'boolean' },
  },
  run({ values }) {
    const date = values.date;
    if (typeof date !== 'string' || !isIsoDate(date)) {
      console.error('Give the date as --date YYYY-MM-DD, e.g. --date 2023-04-13.');
      return Promise.resolve(2);
    }
    const nation = typeof values.nation === 'string' ? parseNation(values.nation) : undefined;
    if (!nation) {
      console.error(`Give the nation as --nation ${nations.join('|')}.`);
      return Promise.resolve(2);
    }
    const days = values['call-in-days'];
    const callInDays = typeof days === 'string' ? Number(days) : undefined;
    if (callInDays !== undefined && (!/^\d+$/.test(String(days)) || callInDays < 1 || callInDays > 30)) {
      console.error(
        `--call-in-days must be a whole number of working days from 1 to 30, not "${String(days)}".`,
      );
      return Promise.resolve(2);
    }
    let report;
    try {
      report = deadlinesReport({ date, nation, callInDays });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      console.error(`${error.message}.`);
      return Promise.resolve(2);
    }
    console.log(values.json ? JSON.stringify(report, null, 2) : formatDeadlinesReport(report).join('\n'));
    return Promise.resolve(0);
  },
});
