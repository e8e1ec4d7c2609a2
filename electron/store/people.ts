import type { Person, PersonKind } from '../../shared/domain';
import { inSurnameOrder, withHonorificApart } from '../../shared/names';
import type { Db } from './database';
import { deleteRow, newId, notFound, now, updateRow, statement } from './rows';

export interface PersonRow {
  id: string;
  name: string;
  honorific: string;
  role: string;
  organisation: string;
  party: string;
  kind: string;
}

export const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  name: row.name,
  honorific: row.honorific,
  role: row.role,
  organisation: row.organisation,
  party: row.party,
  kind: row.kind as PersonKind,
});

const columns = {
  name: 'name',
  honorific: 'honorific',
  role: 'role',
  organisation: 'organisation',
  party: 'party',
  kind: 'kind',
} as const;

/** Everyone, in surname order: the order of every list and picker of people. */
export function listPeople(db: Db): Person[] {
  const rows = statement(db, 'SELECT * FROM people').all() as PersonRow[];
  return inSurnameOrder(rows.map(toPerson));
}

export function getPerson(db: Db, id: string): Person {
  const row = statement(db, 'SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row) throw notFound('That person');
  return toPerson(row);
}

/** A title typed into the name goes to the honorific, once (shared/names.ts). */
export function createPerson(db: Db, typed: Omit<Person, 'id'>): Person {
  const input = { ...typed, ...withHonorificApart(typed) };
  const id = newId();
  const stamp = now();
  statement(
    db,
    `INSERT INTO people (id, name, honorific, role, organisation, party, kind, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.name,
    input.honorific,
    input.role,
    input.organisation,
    input.party,
    input.kind,
    stamp,
    stamp,
  );
  return getPerson(db, id);
}

export function updatePerson(db: Db, id: string, typed: Partial<Omit<Person, 'id'>>): Person {
  let patch = typed;
  if (typed.name !== undefined || typed.honorific !== undefined) {
    const current = getPerson(db, id);
    patch = {
      ...typed,
      ...withHonorificApart({
        name: typed.name ?? current.name,
        honorific: typed.honorific ?? current.honorific,
      }),
    };
  }
  updateRow(db, 'people', id, patch, columns, 'That person');
  return getPerson(db, id);
}

export function deletePerson(db: Db, id: string): void {
  deleteRow(db, 'people', id, 'That person');
}
