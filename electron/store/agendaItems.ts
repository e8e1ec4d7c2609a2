import type { AgendaItem } from '../../shared/domain';
import type { Db } from './database';
import { newId, notFound, now, updateRow, statement } from './rows';

interface AgendaItemRow {
  id: string;
  meeting_id: string;
  position: number;
  title: string;
  purpose: string;
  lead_officer_id: string | null;
  exempt: number;
  exempt_paragraph: number | null;
}

const toAgendaItem = (row: AgendaItemRow): AgendaItem => ({
  id: row.id,
  meetingId: row.meeting_id,
  number: row.position,
  title: row.title,
  purpose: row.purpose,
  leadOfficerId: row.lead_officer_id,
  exempt: row.exempt === 1,
  exemptParagraph: row.exempt_paragraph,
});

const columns = {
  title: 'title',
  purpose: 'purpose',
  leadOfficerId: 'lead_officer_id',
  exempt: 'exempt',
  exemptParagraph: 'exempt_paragraph',
} as const;

type AgendaItemFields = Omit<AgendaItem, 'id' | 'meetingId' | 'number'>;

export function listAgendaItems(db: Db, meetingId: string): AgendaItem[] {
  const rows = statement(db, 'SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position').all(
    meetingId,
  ) as AgendaItemRow[];
  return rows.map(toAgendaItem);
}

export function getAgendaItem(db: Db, id: string): AgendaItem {
  const row = statement(db, 'SELECT * FROM agenda_items WHERE id = ?').get(id) as AgendaItemRow | undefined;
  if (!row) throw notFound('That agenda item');
  return toAgendaItem(row);
}

/** Adds the item at the end of the agenda. */
export function createAgendaItem(db: Db, input: AgendaItemFields & { meetingId: string }): AgendaItem {
  const id = newId();
  const stamp = now();
  const { last } = statement(
    db,
    'SELECT coalesce(max(position), 0) AS last FROM agenda_items WHERE meeting_id = ?',
  ).get(input.meetingId) as { last: number };
  statement(
    db,
    `INSERT INTO agenda_items
       (id, meeting_id, position, title, purpose, lead_officer_id, exempt, exempt_paragraph, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.meetingId,
    last + 1,
    input.title,
    input.purpose,
    input.leadOfficerId,
    input.exempt ? 1 : 0,
    input.exemptParagraph,
    stamp,
    stamp,
  );
  return getAgendaItem(db, id);
}

export function updateAgendaItem(db: Db, id: string, patch: Partial<AgendaItemFields>): AgendaItem {
  updateRow(db, 'agenda_items', id, patch, columns, 'That agenda item', (key, value) =>
    key === 'exempt' ? (value ? 1 : 0) : value,
  );
  return getAgendaItem(db, id);
}

export function deleteAgendaItem(db: Db, id: string): void {
  const item = getAgendaItem(db, id);
  statement(db, 'DELETE FROM agenda_items WHERE id = ?').run(id);
  renumber(
    db,
    item.meetingId,
    listAgendaItems(db, item.meetingId).map((i) => i.id),
  );
}

/** Moves an item to a 1-based position (clamped to the agenda's length); the others close up. */
export function moveAgendaItem(db: Db, id: string, toNumber: number): AgendaItem[] {
  const item = getAgendaItem(db, id);
  const order = listAgendaItems(db, item.meetingId).map((i) => i.id);
  order.splice(order.indexOf(id), 1);
  order.splice(Math.min(toNumber, order.length + 1) - 1, 0, id);
  renumber(db, item.meetingId, order);
  return listAgendaItems(db, item.meetingId);
}

function renumber(db: Db, meetingId: string, orderedIds: string[]): void {
  const setPosition = statement(
    db,
    'UPDATE agenda_items SET position = ?, updated_at = ? WHERE id = ? AND meeting_id = ? AND position != ?',
  );
  const stamp = now();
  orderedIds.forEach((itemId, index) => setPosition.run(index + 1, stamp, itemId, meetingId, index + 1));
}

export function setPublishedNumber(db: Db, id: string, number: string | null): void {
  statement(db, 'UPDATE agenda_items SET published_number = ? WHERE id = ?').run(number, id);
}
