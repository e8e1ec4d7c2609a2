// What to check before the minutes go out: the same vote and quorum warnings the item screens show
// (shared/attendance/counts.ts), gathered for the whole meeting, each saying which minute it is about.
import { voteResult, type Decision } from '../decisions';
import { formatPersonName } from '../format';
import { itemCounts, moverSeconderProblems, peopleOf, voteAttendanceProblems } from './counts';
import type { Register } from './types';

/**
 * Every unresolved warning in a meeting's minutes: an inquorate item (once anyone's attendance is
 * recorded: before that, every item would be), and each decision's vote, mover and seconder checked
 * against who could vote. None: nothing to ask about.
 */
export function minutesWarnings(register: Register, decisionsOf: (itemId: string) => Decision[]): string[] {
  const people = peopleOf(register);
  const nameOf = (personId: string) => {
    const person = people.get(personId);
    return person ? formatPersonName(person) : 'Someone not at this meeting';
  };
  const recorded = register.attendees.some(
    (attendee) => attendee.kind === 'member' || attendee.kind === 'substitute',
  );
  const counts = new Map(itemCounts(register).map((count) => [count.itemId, count]));
  const warnings: string[] = [];
  for (const item of [...register.items].sort((a, b) => a.number - b.number)) {
    const count = counts.get(item.id);
    if (!count) continue;
    const minute = `Minute ${register.minuteNumbers[item.id] ?? item.number} (${item.title})`;
    if (recorded && !count.quorate) {
      const members = count.counting.length;
      warnings.push(
        `${minute}: inquorate — ${members} ${members === 1 ? 'member counts' : 'members count'} for it; the quorum is ${count.quorum}.`,
      );
    }
    for (const decision of decisionsOf(item.id)) {
      const problems = [
        ...voteResult(decision).problems,
        ...voteAttendanceProblems(decision.vote, count, nameOf),
        ...moverSeconderProblems(decision, count, nameOf),
      ];
      for (const problem of problems) warnings.push(`${minute}, decision ${decision.number}: ${problem}`);
    }
  }
  return warnings;
}
