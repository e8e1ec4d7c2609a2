// Committees and their membership.
import {
  createCommittee,
  deleteCommittee,
  getCommittee,
  listCommittees,
  updateCommittee,
} from '../../store/committees';
import { listMeetings } from '../../store/meetings';
import { checkNotOnRecord } from '../../store/approvals';
import {
  addMember,
  getMembership,
  listMembers,
  removeMember,
  updateMembershipDates,
  updateMembershipRole,
} from '../../store/memberships';
import { createPerson, getPerson } from '../../store/people';
import type { Handlers } from '../context';

export const committeesHandlers = {
  'committees.list': (_input, { db }) => listCommittees(db),
  'committees.get': ({ id }, { db }) => ({
    committee: getCommittee(db, id),
    members: listMembers(db, id),
    meetings: listMeetings(db, id),
  }),
  'committees.create': (input, { db }) => createCommittee(db, input),
  'committees.update': ({ id, ...patch }, { db }) => updateCommittee(db, id, patch),
  'committees.delete': ({ id }, { db }) => {
    checkNotOnRecord(
      db,
      listMeetings(db, id).map((meeting) => meeting.id),
    );
    deleteCommittee(db, id);
    return { id };
  },

  'memberships.add': (input, { db }) => {
    getCommittee(db, input.committeeId);
    getPerson(db, input.personId);
    return addMember(db, input);
  },
  'memberships.addNewPerson': ({ committeeId, person, role }, { db }) => {
    getCommittee(db, committeeId);
    return addMember(db, { committeeId, personId: createPerson(db, person).id, role });
  },
  'memberships.update': ({ id, role, joinedOn, leftOn }, { db }) => {
    if (role) updateMembershipRole(db, id, role);
    return updateMembershipDates(db, id, { joinedOn, leftOn });
  },
  'memberships.remove': ({ id }, { db }) => {
    getMembership(db, id);
    removeMember(db, id);
    return { id };
  },
} satisfies Partial<Handlers>;
