// Who counts for each item (present, in the room, not withdrawn), whether it is quorate, and
// whether a vote, a mover and a seconder square with who could vote.
import type { Vote } from '../decisions';
import type { Person } from '../domain';
import { orderedMovements } from './movements';
import type { Attendee, ItemCount, NotCountedReason, Register, RegisterItem } from './types';

/** Everyone the register names, members and attendees, by id. */
export function peopleOf(register: Pick<Register, 'members' | 'attendees'>): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const member of register.members) people.set(member.personId, member.person);
  for (const attendee of register.attendees) people.set(attendee.personId, attendee.person);
  return people;
}

/** Members of the committee and their substitutes, in register order (chair first). */
export function votingPeople(register: Register): { personId: string; attendee: Attendee | undefined }[] {
  const byPerson = new Map(register.attendees.map((attendee) => [attendee.personId, attendee]));
  const people: { personId: string; attendee: Attendee | undefined }[] = [];
  for (const member of register.members) {
    people.push({ personId: member.personId, attendee: byPerson.get(member.personId) });
    for (const substitute of register.attendees) {
      if (substitute.kind === 'substitute' && substitute.substituteForId === member.personId)
        people.push({ personId: substitute.personId, attendee: substitute });
    }
  }
  return people;
}

/**
 * Who counts for each item. A member counts for an item when present (a substitute counts in place
 * of the member who sent apologies), in the room for the whole of the item — not arriving or leaving
 * during it — and not withdrawn from it after declaring an interest. Remote attendance counts only
 * where the committee says it may.
 */
export function itemCounts(register: Register): ItemCount[] {
  const movements = orderedMovements(register);
  const position = new Map(register.items.map((item) => [item.id, item.number]));
  const people = votingPeople(register);
  const chair = register.members.find((member) => member.role === 'chair')?.personId;
  const viceChair = register.members.find((member) => member.role === 'vice-chair')?.personId;

  return [...register.items]
    .sort((a, b) => a.number - b.number)
    .map((item) => {
      const counting: string[] = [];
      const notCounting: ItemCount['notCounting'] = [];
      for (const { personId, attendee } of people) {
        const reason = notCountedReason(personId, attendee, item);
        if (reason) notCounting.push({ personId, reason });
        else counting.push(personId);
      }
      const presiding =
        chair && counting.includes(chair)
          ? chair
          : viceChair && counting.includes(viceChair)
            ? viceChair
            : null;
      return {
        itemId: item.id,
        counting,
        notCounting,
        quorum: register.quorum,
        quorate: counting.length >= register.quorum,
        presiding,
      };
    });

  function notCountedReason(
    personId: string,
    attendee: Attendee | undefined,
    item: RegisterItem,
  ): NotCountedReason | null {
    if (!attendee) return 'not recorded';
    if (attendee.kind === 'member' && attendee.status !== 'present') return attendee.status;
    if (attendee.remote && !register.remoteCounts) return 'remote';
    const own = movements.filter((movement) => movement.personId === personId);
    // In the room at the start of the meeting unless their first movement is an arrival.
    let inRoom = own[0]?.kind !== 'arrived';
    for (const movement of own) {
      const at = position.get(movement.itemId) ?? 0;
      if (at === item.number)
        return movement.kind === 'arrived' ? 'arrived during the item' : 'left during the item';
      if (at > item.number) break;
      inRoom = movement.kind === 'arrived';
    }
    if (!inRoom) return 'not in the room';
    const withdrew = register.declarations.some(
      (declaration) =>
        declaration.itemId === item.id && declaration.personId === personId && declaration.withdrew,
    );
    return withdrew ? 'withdrew' : null;
  }
}

const reasonWords: Record<NotCountedReason, string> = {
  apologies: 'sent apologies',
  absent: 'was absent',
  'not recorded': 'is not recorded as present',
  remote: 'attended remotely, which does not count for this committee',
  'arrived during the item': 'arrived during this item',
  'left during the item': 'left during this item',
  'not in the room': 'was not in the room for this item',
  withdrew: 'withdrew from the room for this item after declaring an interest',
};

/**
 * A vote checked against who counts for its item: more votes than members who count, a named vote
 * from someone who does not count (why, in words), a casting vote with no one to cast it.
 */
export function voteAttendanceProblems(
  vote: Vote,
  count: ItemCount,
  nameOf: (personId: string) => string,
): string[] {
  const problems: string[] = [];
  if (vote.kind === 'none') return problems;
  const cast = vote.kind === 'recorded' ? vote.recorded.length : vote.for + vote.against + vote.abstain;
  const members = count.counting.length;
  if (cast > members) {
    problems.push(
      `${cast} ${cast === 1 ? 'vote was' : 'votes were'} recorded, but only ${members} ${
        members === 1 ? 'member counts' : 'members count'
      } for this item.`,
    );
  }
  if (vote.kind === 'recorded') {
    for (const { personId } of vote.recorded) {
      if (count.counting.includes(personId)) continue;
      const reason = count.notCounting.find((entry) => entry.personId === personId)?.reason;
      problems.push(
        reason
          ? `${nameOf(personId)} ${reasonWords[reason]}, so cannot vote on it.`
          : `${nameOf(personId)} is not a voting member of this committee at this meeting.`,
      );
    }
  }
  if (vote.castingVote && count.presiding === null) {
    problems.push(
      'A casting vote is recorded, but neither the Chair nor the Vice-Chair counts for this item.',
    );
  }
  return problems;
}

/**
 * The mover and seconder checked against who counts for the item: someone who sent apologies, was
 * absent or withdrew cannot have moved or seconded it.
 */
export function moverSeconderProblems(
  decision: { moverId: string | null; seconderId: string | null },
  count: ItemCount,
  nameOf: (personId: string) => string,
): string[] {
  const problems: string[] = [];
  const roles = [
    ['moved', decision.moverId],
    ['seconded', decision.seconderId],
  ] as const;
  for (const [role, personId] of roles) {
    if (!personId || count.counting.includes(personId)) continue;
    const reason = count.notCounting.find((entry) => entry.personId === personId)?.reason;
    problems.push(
      reason
        ? `${nameOf(personId)} is recorded as having ${role} this, but ${reasonWords[reason]}.`
        : `${nameOf(personId)} is recorded as having ${role} this, but is not a voting member of this committee at this meeting.`,
    );
  }
  return problems;
}
