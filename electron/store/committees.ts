import type { Nation } from '../../shared/calendar';
import type { Committee, CommitteeKind } from '../../shared/domain';
import type { Db } from './database';
import { deleteRow, newId, notFound, now, updateRow, statement } from './rows';

interface CommitteeRow {
  id: string;
  name: string;
  kind: string;
  quorum: number;
  default_venue: string;
  numbering_scheme: string;
  remote_counts: number;
  nation: string;
  call_in_days: number;
}

const toCommittee = (row: CommitteeRow): Committee => ({
  id: row.id,
  name: row.name,
  kind: row.kind as CommitteeKind,
  quorum: row.quorum,
  defaultVenue: row.default_venue,
  numberingScheme: row.numbering_scheme,
  remoteCounts: row.remote_counts === 1,
  nation: row.nation as Nation,
  callInDays: row.call_in_days,
});

const columns = {
  name: 'name',
  kind: 'kind',
  quorum: 'quorum',
  defaultVenue: 'default_venue',
  numberingScheme: 'numbering_scheme',
  remoteCounts: 'remote_counts',
  nation: 'nation',
  callInDays: 'call_in_days',
} as const;

export function listCommittees(db: Db): Committee[] {
  const rows = statement(db, 'SELECT * FROM committees ORDER BY name COLLATE NOCASE').all() as CommitteeRow[];
  return rows.map(toCommittee);
}

export function getCommittee(db: Db, id: string): Committee {
  const row = statement(db, 'SELECT * FROM committees WHERE id = ?').get(id) as CommitteeRow | undefined;
  if (!row) throw notFound('That committee');
  return toCommittee(row);
}

export function createCommittee(
  db: Db,
  input: Omit<Committee, 'id' | 'remoteCounts' | 'nation' | 'callInDays'> &
    Partial<Pick<Committee, 'remoteCounts' | 'nation' | 'callInDays'>>,
): Committee {
  const id = newId();
  const stamp = now();
  statement(
    db,
    `INSERT INTO committees (id, name, kind, quorum, default_venue, numbering_scheme, remote_counts, nation,
       call_in_days, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.name,
    input.kind,
    input.quorum,
    input.defaultVenue,
    input.numberingScheme,
    input.remoteCounts ? 1 : 0,
    input.nation ?? 'england',
    input.callInDays ?? 5,
    stamp,
    stamp,
  );
  return getCommittee(db, id);
}

export function updateCommittee(db: Db, id: string, patch: Partial<Omit<Committee, 'id'>>): Committee {
  updateRow(db, 'committees', id, patch, columns, 'That committee', (key, value) =>
    key === 'remoteCounts' ? (value ? 1 : 0) : value,
  );
  return getCommittee(db, id);
}

export function deleteCommittee(db: Db, id: string): void {
  deleteRow(db, 'committees', id, 'That committee');
}

export function countCommittees(db: Db): number {
  return (statement(db, 'SELECT count(*) AS n FROM committees').get() as { n: number }).n;
}
