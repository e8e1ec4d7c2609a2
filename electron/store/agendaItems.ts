import type { AgendaItem } from '../../shared/domain';
import type { ExemptBasis } from '../../shared/exemptBasis';
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
  exempt_basis: ExemptBasis | null;
}

const toAgendaItem = (row: AgendaItemRow): AgendaItem => ({
  id: row.id,
  meetingId: row.meeting_id,
  number: row.position,
  title: row.title,
  purpose: row.purpose,
  leadOfficerId: row.lead_officer_id,
  exempt: row.exempt === 1,
  // Kept before the basis was (migration 016): exempt under Schedule 12A, as it meant then.
  exemptBasis: row.exempt === 1 ? (row.exempt_basis ?? 'schedule 12A') : null,
  exemptParagraph: row.exempt_basis === '1960 Act' ? null : row.exempt_paragraph,
});

/** As stored: 001's check wants an exempt item's paragraph, so the 1960 Act's none is kept as 0. */
const storedParagraph = (item: Pick<AgendaItem, 'exempt' | 'exemptBasis' | 'exemptParagraph'>) =>
  !item.exempt ? null : item.exemptBasis === '1960 Act' ? 0 : item.exemptParagraph;

const columns = {
  title: 'title',
  purpose: 'purpose',
  leadOfficerId: 'lead_officer_id',
  exempt: 'exempt',
  exemptBasis: 'exempt_basis',
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

/** Adds the item at the end of the agenda. An exempt item given no basis is under Schedule 12A. */
export function createAgendaItem(
  db: Db,
  fields: Omit<AgendaItemFields, 'exemptBasis'> & { meetingId: string; exemptBasis?: ExemptBasis | null },
): AgendaItem {
  const input = { ...fields, exemptBasis: fields.exempt ? (fields.exemptBasis ?? 'schedule 12A') : null };
  const id = newId();
  const stamp = now();
  const { last } = statement(
    db,
    'SELECT coalesce(max(position), 0) AS last FROM agenda_items WHERE meeting_id = ?',
  ).get(input.meetingId) as { last: number };
  statement(
    db,
    `INSERT INTO agenda_items
       (id, meeting_id, position, title, purpose, lead_officer_id, exempt, exempt_basis, exempt_paragraph,
        created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.meetingId,
    last + 1,
    input.title,
    input.purpose,
    input.leadOfficerId,
    input.exempt ? 1 : 0,
    input.exempt ? input.exemptBasis : null,
    storedParagraph(input),
    stamp,
    stamp,
  );
  return getAgendaItem(db, id);
}

/** `exempt`, `exemptBasis` and `exemptParagraph` go together: give all three or none. */
export function updateAgendaItem(db: Db, id: string, patch: Partial<AgendaItemFields>): AgendaItem {
  const fields =
    patch.exempt === undefined
      ? patch
      : {
          ...patch,
          exemptBasis: patch.exempt ? (patch.exemptBasis ?? null) : null,
          exemptParagraph: storedParagraph({
            exempt: patch.exempt,
            exemptBasis: patch.exemptBasis ?? null,
            exemptParagraph: patch.exemptParagraph ?? null,
          }),
        };
  updateRow(db, 'agenda_items', id, fields, columns, 'That agenda item', (key, value) =>
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
