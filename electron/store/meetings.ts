import type { Meeting, MeetingStatus } from '../../shared/domain';
import type { Db } from './database';
import { deleteRow, newId, notFound, now, updateRow, statement } from './rows';

interface MeetingRow {
  id: string;
  committee_id: string;
  date: string;
  start_time: string;
  end_time: string | null;
  venue: string;
  status: string;
  contact_officer_id: string | null;
  approved_at: string | null;
  approved_by_meeting_id: string | null;
  agenda_published_on: string | null;
  note_published_on: string | null;
}

const toMeeting = (row: MeetingRow): Meeting => ({
  id: row.id,
  committeeId: row.committee_id,
  date: row.date,
  startTime: row.start_time,
  endTime: row.end_time,
  venue: row.venue,
  status: row.status as MeetingStatus,
  contactOfficerId: row.contact_officer_id,
  approvedAt: row.approved_at,
  approvedByMeetingId: row.approved_by_meeting_id,
  agendaPublishedOn: row.agenda_published_on,
  notePublishedOn: row.note_published_on,
});

const columns = {
  date: 'date',
  startTime: 'start_time',
  endTime: 'end_time',
  venue: 'venue',
  status: 'status',
  contactOfficerId: 'contact_officer_id',
} as const;

/** Newest first: the meeting an officer wants is usually the next or the last one. */
export function listMeetings(db: Db, committeeId: string): Meeting[] {
  const rows = statement(
    db,
    'SELECT * FROM meetings WHERE committee_id = ? ORDER BY date DESC, start_time DESC',
  ).all(committeeId) as MeetingRow[];
  return rows.map(toMeeting);
}

/** Every meeting, or a committee's, between two dates (inclusive), earliest first. */
export function findMeetings(
  db: Db,
  filter: { committeeId?: string; from?: string; to?: string } = {},
): Meeting[] {
  const rows = statement(
    db,
    `SELECT * FROM meetings
     WHERE (@committeeId IS NULL OR committee_id = @committeeId)
       AND (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to)
     ORDER BY date, start_time, rowid`,
  ).all({
    committeeId: filter.committeeId ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  }) as MeetingRow[];
  return rows.map(toMeeting);
}

export function getMeeting(db: Db, id: string): Meeting {
  const row = statement(db, 'SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  if (!row) throw notFound('That meeting');
  return toMeeting(row);
}

export function createMeeting(
  db: Db,
  input: { committeeId: string; date: string; startTime: string; venue: string },
): Meeting {
  const id = newId();
  const stamp = now();
  statement(
    db,
    `INSERT INTO meetings (id, committee_id, date, start_time, venue, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)`,
  ).run(id, input.committeeId, input.date, input.startTime, input.venue, stamp, stamp);
  return getMeeting(db, id);
}

export function updateMeeting(
  db: Db,
  id: string,
  patch: Partial<Omit<Meeting, 'id' | 'committeeId' | 'agendaPublishedOn' | 'notePublishedOn'>>,
): Meeting {
  updateRow(db, 'meetings', id, patch, columns, 'That meeting');
  return getMeeting(db, id);
}

export function deleteMeeting(db: Db, id: string): void {
  deleteRow(db, 'meetings', id, 'That meeting');
}
