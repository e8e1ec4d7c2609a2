// Who presented an item and who was "in attendance" for it (seed 000), in the order the minutes list them.
import type { ItemPerson, ItemPersonRole } from '../../shared/domain';
import { formatPersonName } from '../../shared/format';
import { AppError } from '../../shared/result';
import type { Db } from './database';
import { toPerson, type PersonRow } from './people';
import { statement } from './rows';

type Row = PersonRow & { person_id: string; item_role: ItemPersonRole; capacity: string };

export function listItemPeople(db: Db, itemId: string): ItemPerson[] {
  const rows = statement(
    db,
    `SELECT p.*, ip.person_id, ip.role AS item_role, ip.capacity
       FROM item_people ip JOIN people p ON p.id = ip.person_id
      WHERE ip.item_id = ? ORDER BY ip.role DESC, ip.position`,
  ).all(itemId) as Row[];
  return rows.map((row) => ({
    personId: row.person_id,
    role: row.item_role,
    capacity: row.capacity,
    person: toPerson(row),
  }));
}

/** Replaces the item's list for one role with these people, in this order. */
export function setItemPeople(
  db: Db,
  itemId: string,
  role: ItemPersonRole,
  people: { personId: string; capacity: string }[],
): ItemPerson[] {
  const seen = new Set<string>();
  for (const { personId } of people) {
    if (seen.has(personId)) throw new AppError('invalid_input', 'A person can be listed only once.');
    seen.add(personId);
  }
  statement(db, 'DELETE FROM item_people WHERE item_id = ? AND role = ?').run(itemId, role);
  const insert = statement(
    db,
    'INSERT INTO item_people (item_id, person_id, role, position, capacity) VALUES (?, ?, ?, ?, ?)',
  );
  people.forEach((entry, index) => insert.run(itemId, entry.personId, role, index + 1, entry.capacity));
  return listItemPeople(db, itemId);
}

/** Refuses to delete someone the minutes record as presenting or attending an item. */
export function checkNotInItems(db: Db, personId: string): void {
  const row = statement(
    db,
    `SELECT p.honorific, p.name, count(*) AS items FROM item_people ip JOIN people p ON p.id = ip.person_id
      WHERE ip.person_id = ? GROUP BY p.id`,
  ).get(personId) as { honorific: string; name: string; items: number } | undefined;
  if (!row) return;
  throw new AppError(
    'conflict',
    `${formatPersonName(row)} is recorded as presenting or attending ${row.items === 1 ? 'an item' : `${row.items} items`}, so they cannot be deleted. Remove them from those items first.`,
  );
}
