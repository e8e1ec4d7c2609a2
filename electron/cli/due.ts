// `minutebook due`: what is due across every committee (agendas to publish, decision notices,
// call-in periods ending, key decisions short of notice, Welsh notes, minutes not yet drafted,
// overdue actions), as the home screen lists it.
import { isIsoDate } from '../../shared/calendar';
import { dueHeadings, dueKinds, type DueList } from '../../shared/statutory';
import { hasData, readingData } from './data';
import { defineCommand } from './command';

export function formatDueList(list: DueList): string[] {
  const lines: string[] = [];
  for (const kind of dueKinds) {
    const entries = list.entries[kind];
    if (!entries.length) continue;
    lines.push(`${dueHeadings[kind]} (${entries.length + list.more[kind]})`);
    for (const entry of entries) lines.push(`  ${entry.title}`, `    ${entry.detail}`);
    if (list.more[kind]) lines.push(`  … and ${list.more[kind]} more`);
  }
  return lines.length ? lines : ['Nothing is due.'];
}

export const dueCommand = defineCommand({
  name: 'due',
  summary: `minutebook due [--json] [--today YYYY-MM-DD] [--data DIR]
                                                     what is due: agendas, notices, call-ins, minutes…`,
  usage: `Usage: minutebook due [--json] [--today YYYY-MM-DD] [--data DIR]

Lists what is due across every committee, as the home screen's "What is due" does: agendas to
publish (with the days left), decision notices to publish, call-in periods ending, key decisions
short of 28 clear days' notice, notes of Welsh meetings (7 working days), minutes not yet drafted,
and overdue actions.

  --json               the list as JSON
  --today YYYY-MM-DD   as if today were that day (default: this computer's date)
  --data DIR           the folder holding minutebook.sqlite3`,
  options: {
    json: { type: 'boolean' },
    today: { type: 'string' },
  },
  async run({ values, dataDir }) {
    if (values.today !== undefined && (typeof values.today !== 'string' || !isIsoDate(values.today))) {
      console.error('Give the day as --today YYYY-MM-DD, e.g. --today 2023-04-13.');
      return 2;
    }
    if (!hasData(dataDir)) return 2;
    // It only reads: beside a running app it reads through a read-only connection (cli/data.ts).
    return readingData(dataDir, async (router) => {
      const result = await router.call('due.list', values.today ? { today: values.today } : {});
      if (!result.ok) {
        console.error(result.error.message);
        return result.error.code === 'invalid_input' ? 2 : 1;
      }
      const list = result.value as DueList;
      console.log(values.json ? JSON.stringify(list, null, 2) : formatDueList(list).join('\n'));
      return 0;
    });
  },
});
