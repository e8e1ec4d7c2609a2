import type { Membership, MembershipRole } from '../../shared/domain';
import { formatPersonName } from '../../shared/format';
import { bySurname } from '../../shared/names';
import { AppError } from '../../shared/result';
import type { Db } from './database';
import { toPerson, type PersonRow } from './people';
import { deleteRow, newId, notFound, now, statement } from './rows';

interface MembershipRow {
  membership_id: string;
  committee_id: string;
  membership_role: string;
  joined_on: string | null;
  left_on: string | null;
}

const select = `
  SELECT m.id AS membership_id, m.committee_id, m.role AS membership_role, m.joined_on, m.left_on, p.*
  FROM committee_members m JOIN people p ON p.id = m.person_id`;

const roleRank: Record<MembershipRole, number> = { chair: 0, 'vice-chair': 1, member: 2 };

const toMembership = (row: MembershipRow & PersonRow): Membership => ({
  id: row.membership_id,
  committeeId: row.committee_id,
  personId: row.id,
  role: row.membership_role as MembershipRole,
  joinedOn: row.joined_on,
  leftOn: row.left_on,
  person: toPerson(row),
});

export function listMembers(db: Db, committeeId: string): Membership[] {
  const rows = statement(db, `${select} WHERE m.committee_id = ?`).all(committeeId) as (MembershipRow &
    PersonRow)[];
  // The Chair, the Vice-Chair, then the members by surname, as minutes list them (a stable sort).
  return rows
    .map(toMembership)
    .sort((a, b) => roleRank[a.role] - roleRank[b.role] || bySurname(a.person, b.person));
}

export function getMembership(db: Db, id: string): Membership {
  const row = statement(db, `${select} WHERE m.id = ?`).get(id) as (MembershipRow & PersonRow) | undefined;
  if (!row) throw notFound('That membership');
  return toMembership(row);
}

export function addMember(
  db: Db,
  input: { committeeId: string; personId: string; role: MembershipRole },
): Membership {
  const existing = statement(
    db,
    'SELECT id FROM committee_members WHERE committee_id = ? AND person_id = ? AND left_on IS NULL',
  ).get(input.committeeId, input.personId);
  if (existing) throw new AppError('conflict', 'That person is already a member of this committee.');
  if (input.role !== 'member') vacateRole(db, input.committeeId, input.role);
  const id = newId();
  statement(
    db,
    `INSERT INTO committee_members (id, committee_id, person_id, role, created_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(id, input.committeeId, input.personId, input.role, now());
  return getMembership(db, id);
}

export function updateMembershipRole(db: Db, id: string, role: MembershipRole): Membership {
  const membership = getMembership(db, id);
  if (role !== 'member') vacateRole(db, membership.committeeId, role);
  statement(db, 'UPDATE committee_members SET role = ? WHERE id = ?').run(role, id);
  return getMembership(db, id);
}

/**
 * When a member joined and left the committee. left_on is the first day they are no longer a member;
 * a meeting uses the membership on its date.
 */
export function updateMembershipDates(
  db: Db,
  id: string,
  dates: { joinedOn?: string | null; leftOn?: string | null },
): Membership {
  const membership = getMembership(db, id);
  const joinedOn = dates.joinedOn === undefined ? membership.joinedOn : dates.joinedOn;
  const leftOn = dates.leftOn === undefined ? membership.leftOn : dates.leftOn;
  if (joinedOn && leftOn && leftOn <= joinedOn) {
    throw new AppError('invalid_input', 'The date they left must be after the date they joined.');
  }
  const overlapping = statement(
    db,
    `SELECT 1 FROM committee_members WHERE committee_id = ? AND person_id = ? AND id != ?
       AND (joined_on IS NULL OR ? IS NULL OR joined_on < ?)
       AND (left_on IS NULL OR ? IS NULL OR left_on > ?)`,
  ).get(membership.committeeId, membership.personId, id, leftOn, leftOn, joinedOn, joinedOn);
  if (overlapping) {
    throw new AppError(
      'conflict',
      `${formatPersonName(membership.person)} has another membership of this committee over those dates.`,
    );
  }
  statement(db, 'UPDATE committee_members SET joined_on = ?, left_on = ? WHERE id = ?').run(
    joinedOn,
    leftOn,
    id,
  );
  return getMembership(db, id);
}

export function removeMember(db: Db, id: string): void {
  deleteRow(db, 'committee_members', id, 'That membership');
}

/** A committee has one chair and one vice-chair: appointing a new one makes the old one a member. */
function vacateRole(db: Db, committeeId: string, role: MembershipRole): void {
  statement(db, `UPDATE committee_members SET role = 'member' WHERE committee_id = ? AND role = ?`).run(
    committeeId,
    role,
  );
}
