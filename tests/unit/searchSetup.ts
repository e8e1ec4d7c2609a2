// What the search tests share: searching and reading the hits, the index's rows against a rebuild
// from the record, and a Cabinet meeting to put items in.
import { expect } from 'vitest';
import type { Core } from '../../electron/core';
import { DAY_UNIT, TIER_UNIT } from '../../electron/store/searchSql';
import { checkSearchIndex, rebuildSearchIndex, search } from '../../electron/store/search';
import type { AgendaItem, Committee, Meeting } from '../../shared/domain';
import {
  SNIPPET_MARK_END,
  SNIPPET_MARK_START,
  type SearchFilters,
  type SearchHit,
} from '../../shared/search/results';
import { ok } from './helpers';

export const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
export const li = (...content: object[]) => ({ type: 'listItem', content });

export function hits(core: Pick<Core, 'db'>, query: string, filters: SearchFilters = {}): SearchHit[] {
  const result = search(core.db, query, filters);
  if (!result.ok) throw new Error(`"${query}" gave a message: ${result.message}`);
  return result.hits;
}

/** The snippet without its highlight marks. */
export const plain = (hit: SearchHit) =>
  hit.snippet.replaceAll(SNIPPET_MARK_START, '').replaceAll(SNIPPET_MARK_END, '');

/** What the index holds, without the sequence part of the ids: the rows a rebuild must give again. */
export function indexRows(core: Pick<Core, 'db'>) {
  return core.db
    .prepare(
      `SELECT kind, field, source_id, committee_id, item_id, exempt, heading, body,
              id / ${TIER_UNIT} AS tier, (id % ${TIER_UNIT}) / ${DAY_UNIT} AS day
       FROM search_entries ORDER BY kind, field, source_id, body`,
    )
    .all();
}

/** The triggers' rows are exactly those a rebuild from the record makes, and FTS5 agrees with them. */
export function expectIndexMatchesRecord(core: Pick<Core, 'db'>) {
  const kept = indexRows(core);
  expect(checkSearchIndex(core.db)).toEqual({ ok: true });
  rebuildSearchIndex(core.db);
  expect(indexRows(core)).toEqual(kept);
  expect(checkSearchIndex(core.db)).toEqual({ ok: true });
}

export async function cabinet(core: Core, date = '2023-12-07', name = 'Cabinet') {
  const committee = await ok<Committee>(core, 'committees.create', {
    name,
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}/{yy}',
  });
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date,
    startTime: '18:30',
  });
  const item = (title: string, purpose = '', exempt = false) =>
    ok<AgendaItem>(core, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose,
      leadOfficerId: null,
      exempt,
      exemptParagraph: exempt ? 3 : null,
    });
  return { committee, meeting, item };
}
