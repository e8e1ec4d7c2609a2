// `minutebook search`: the record searched from the command line, through the same API method as the
// search box. It reads the data file on a read-only connection of its own, so it needs no writer lock
// and works while the app is open (only a file an older Minutebook wrote, which must be migrated
// first, takes the lock).
import { existsSync } from 'node:fs';
import type { SearchAnswer } from '../../shared/api';
import type { Committee } from '../../shared/domain';
import { formatLongDate } from '../../shared/format';
import type { Router } from '../api/router';
import { plainSnippet, searchKindLabels, snippetParts, type SearchHit } from '../../shared/search/results';
import { openReadOnlyCore } from '../core';
import { dataFileIn } from '../paths';
import { Session } from '../session';
import { defineCommand, oneOffSession } from './command';

/** The committees' ids for the names given: the exact name (any case), or the one name containing it. */
function committeeIds(names: string[], committees: Committee[]): string[] | string {
  const ids: string[] = [];
  const known = committees.map((committee) => `  ${committee.name}`).join('\n');
  for (const name of names) {
    const wanted = name.trim().toLocaleLowerCase('en-GB');
    const exact = committees.filter((c) => c.name.toLocaleLowerCase('en-GB') === wanted);
    const partial = committees.filter((c) => c.name.toLocaleLowerCase('en-GB').includes(wanted));
    const found = exact.length ? exact : partial;
    if (found.length === 1) ids.push(found[0]!.id);
    else if (found.length > 1) {
      return `“${name}” matches ${found.length} committees: ${found.map((c) => c.name).join('; ')}. Give the full name.`;
    } else {
      return committees.length
        ? `There is no committee called “${name}”. The committees are:\n${known}`
        : `There is no committee called “${name}”: there are no committees yet.`;
    }
  }
  return ids;
}

/** A hit for a script: where it is, and the words around the match. */
const jsonHit = (hit: SearchHit) => ({
  meetingId: hit.meetingId,
  itemId: hit.itemId,
  committee: hit.committee,
  date: hit.date,
  minuteNumber: hit.minuteNumber,
  itemTitle: hit.itemTitle,
  kind: hit.kind,
  field: hit.field,
  snippet: plainSnippet(hit.snippet),
  score: Math.round(hit.score * 1000) / 1000,
  exempt: hit.exempt,
});

/** A hit for a person: where it is on one line, the words around the match (bold on a terminal) below. */
function describe(hit: SearchHit, terminal: boolean): string {
  const where = [
    hit.committee,
    formatLongDate(hit.date),
    hit.minuteNumber ? `minute ${hit.minuteNumber}` : null,
    hit.itemTitle,
  ]
    .filter(Boolean)
    .join(', ');
  const words = snippetParts(hit.snippet)
    .map(({ text, match }) => (match && terminal ? `\u001b[1m${text}\u001b[22m` : text))
    .join('')
    .replace(/\s+/g, ' ');
  return `${hit.exempt ? '[EXEMPT] ' : ''}${where} (${searchKindLabels[hit.kind]})\n    ${words}`;
}

const list = (value: string | boolean | undefined | (string | boolean)[]): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .filter((entry): entry is string => typeof entry === 'string')
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);

export const searchCommand = defineCommand({
  name: 'search',
  summary: `minutebook search "QUERY" [--committee NAME] [--from DATE] [--to DATE] [--kind K]
                    [--public] [--newest] [--limit N] [--json] [--data DIR]
                                                     search the whole record`,
  usage: `Usage: minutebook search "QUERY" [--committee NAME] [--from DATE] [--to DATE] [--kind K]
                         [--public] [--newest] [--limit N] [--json] [--data DIR]

Searches every item's title and purpose, minutes, reports, decisions, actions, updates after the
meeting, attendance and declarations of interest. Works while Minutebook is open: it only reads.

  QUERY            words (all must be found), "a phrase", -left-out, begin* (three letters or
                   more before the *), either OR other; "councils" also finds "council".
                   Quote the whole search: minutebook search 'leisure "car park" -tender'
  --committee NAME only this committee (its full name, or enough of it to be the only one);
                   give it again for more than one
  --from DATE      meetings on or after this date (YYYY-MM-DD)
  --to DATE        meetings on or before this date (YYYY-MM-DD)
  --kind K         only ${Object.keys(searchKindLabels).join(', ')};
                   give it again, or separate with commas, for more than one
  --public         leave out exempt (Part 2) items' confidential content
  --newest         newest first, instead of the best match first
  --limit N        at most N results (1 to 100; 20 unless given)
  --json           print {"hits": [...], "complete": …} for a script: each hit with meetingId,
                   itemId, committee, date, minuteNumber, itemTitle, kind, field, snippet, score
                   and exempt ("complete" is false when so much matched that only the newest
                   matches were ranked: add words or dates)
  --data DIR       the folder holding minutebook.sqlite3

Exempt content is marked [EXEMPT] (in JSON, "exempt": true): it is not for publication.`,
  options: {
    committee: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    kind: { type: 'string', multiple: true },
    public: { type: 'boolean' },
    newest: { type: 'boolean' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals, dataDir }) {
    const text = positionals.join(' ').trim();
    if (!text) {
      console.error('Say what to search for: minutebook search "QUERY" (minutebook search --help for more).');
      return 2;
    }
    const limit = typeof values.limit === 'string' ? Number(values.limit) : undefined;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100)) {
      console.error(`--limit must be a whole number from 1 to 100, not "${String(values.limit)}".`);
      return 2;
    }
    if (!existsSync(dataFileIn(dataDir))) {
      console.error(`There is no Minutebook data in ${dataDir}. Give the folder with --data DIR.`);
      return 2;
    }
    let router: Router;
    let close: () => Promise<void> | void;
    const core = openReadOnlyCore(dataDir, { log: () => undefined });
    if (core) {
      router = core.router;
      close = () => core.close();
    } else {
      // An older Minutebook's file: brought up to date first, which needs the writer lock.
      const session = Session.open(dataDir, { holder: 'the minutebook command', ...oneOffSession });
      router = session.router;
      close = () => session.close();
    }
    try {
      const names = list(values.committee);
      let ids: string[] | undefined;
      if (names.length) {
        const committees = await router.call('committees.list', {});
        if (!committees.ok) {
          console.error(committees.error.message);
          return 1;
        }
        const found = committeeIds(names, committees.value as Committee[]);
        if (typeof found === 'string') {
          console.error(found);
          return 2;
        }
        ids = found;
      }
      const kinds = list(values.kind);
      const result = await router.call('search.query', {
        text,
        ...(ids ? { committeeIds: ids } : {}),
        ...(typeof values.from === 'string' ? { from: values.from } : {}),
        ...(typeof values.to === 'string' ? { to: values.to } : {}),
        ...(kinds.length ? { kinds } : {}),
        ...(values.public ? { publicOnly: true } : {}),
        ...(values.newest ? { order: 'newest' } : {}),
        ...(limit !== undefined ? { limit } : {}),
      });
      if (!result.ok) {
        console.error(result.error.message);
        return result.error.code === 'invalid_input' ? 2 : 1;
      }
      const { hits, complete } = result.value as SearchAnswer;
      if (values.json) {
        console.log(JSON.stringify({ hits: hits.map(jsonHit), complete }, null, 2));
        return 0;
      }
      if (!hits.length) {
        console.log('Nothing found.');
        return 0;
      }
      const terminal = process.stdout.isTTY === true;
      console.log(hits.map((hit) => describe(hit, terminal)).join('\n'));
      if (!complete) {
        console.log(
          '\nSo much matched that only the newest matches were ranked: add words or a date range to reach further back.',
        );
      }
      return 0;
    } finally {
      await close();
    }
  },
});
