// The sentences the minutes need, written from the register as published minutes write them.
import type { Membership, Person } from '../domain';
import { formatTime } from '../format';
import { bySurname } from '../names';
import { peopleOf, votingPeople } from './counts';
import { orderedMovements } from './movements';
import {
  interestWords,
  withdrawalEnding,
  type AttendanceStatus,
  type AttendeeKind,
  type Register,
  type TextSection,
} from './types';

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const plurals: Record<string, string> = { Councillor: 'Councillors', Alderman: 'Aldermen' };

/**
 * Names as minutes list them: "Councillor A (Chair), Councillors B, C and D". A run of people with
 * the same honorific shares it ("Councillors B, C and D"); a note in brackets stays with its name.
 */
export function listPeople(entries: { person: Pick<Person, 'honorific' | 'name'>; note?: string }[]): string {
  const parts: string[] = [];
  let lastIsGroup = false;
  let index = 0;
  while (index < entries.length) {
    const { person } = entries[index]!;
    const plural = person.honorific ? plurals[person.honorific] : undefined;
    // Group a run sharing an honorific that has a plural, up to (and including) the first with a note.
    let end = index + 1;
    if (plural && !entries[index]!.note) {
      while (end < entries.length && entries[end]!.person.honorific === person.honorific) {
        end += 1;
        if (entries[end - 1]!.note) break;
      }
    }
    const run = entries.slice(index, end);
    lastIsGroup = run.length > 1;
    const withNote = (entry: (typeof run)[number]) =>
      `${entry.person.name}${entry.note ? ` (${entry.note})` : ''}`;
    if (run.length > 1) parts.push(`${plural} ${joinNames(run.map(withNote))}`);
    else {
      const only = run[0]!;
      parts.push(`${only.person.honorific ? `${only.person.honorific} ` : ''}${withNote(only)}`);
    }
    index = end;
  }
  // "Councillor A (Chair), Councillors B, C and D": the last group already has its "and".
  return lastIsGroup ? parts.join(', ') : joinNames(parts);
}

/** Lists of councillors run in surname order (shared/names.ts). */
export { bySurname };

const fullName = (person: Pick<Person, 'honorific' | 'name'>) =>
  person.honorific ? `${person.honorific} ${person.name}` : person.name;

/** Each section's sentences, generated from the register; an empty string when there is nothing to say. */
/**
 * The attendance block's sentences. In the public edition a declaration made at an exempt item
 * names the member, the kind of interest and the item's public title, but not the interest's wording,
 * which may be the exempt information itself (as the decision notice withholds it).
 */
export function attendanceText(
  register: Register,
  edition: 'confidential' | 'public' = 'confidential',
): Record<TextSection, string> {
  const byPerson = new Map(register.attendees.map((attendee) => [attendee.personId, attendee]));
  const people = peopleOf(register);
  const nameOf = (personId: string) => {
    const person = people.get(personId);
    return person ? fullName(person) : 'Someone no longer in the directory';
  };

  const roleNote = (member: Membership) =>
    member.role === 'chair' ? 'Chair' : member.role === 'vice-chair' ? 'Vice-Chair' : undefined;
  // The Chair, then the Vice-Chair, then everyone else by surname.
  const rank = (role: Membership['role'] | undefined) =>
    role === 'chair' ? 0 : role === 'vice-chair' ? 1 : 2;
  const present = votingPeople(register)
    .filter(({ attendee }) => attendee && (attendee.kind === 'substitute' || attendee.status === 'present'))
    .map(({ personId, attendee }) => {
      const member = register.members.find((m) => m.personId === personId);
      // The title the council's minutes gave at this meeting ("Mayor", "Convener", "Chairman"), kept
      // as written (an imported register), else the role on the committee.
      const title = attendee!.kind === 'member' ? attendee!.capacity.trim() : '';
      return {
        person: attendee!.person,
        note: title || (member ? roleNote(member) : undefined),
        role: member?.role,
      };
    })
    .sort((a, b) => rank(a.role) - rank(b.role) || bySurname(a.person, b.person));
  const remote = register.attendees
    .filter(
      (attendee) =>
        attendee.remote &&
        (attendee.kind === 'substitute' || (attendee.kind === 'member' && attendee.status === 'present')),
    )
    .sort((a, b) => bySurname(a.person, b.person));
  const withStatus = (status: AttendanceStatus) =>
    register.members
      .filter((member) => byPerson.get(member.personId)?.status === status)
      .sort((a, b) => bySurname(a.person, b.person));
  const apologies = withStatus('apologies');
  const absent = withStatus('absent');
  const substitutes = register.attendees.filter((attendee) => attendee.kind === 'substitute');
  const described = (kind: AttendeeKind) =>
    register.attendees
      .filter((attendee) => attendee.kind === kind)
      .map((attendee) => {
        const role = attendee.capacity || attendee.person.role;
        return `${fullName(attendee.person)}${role ? ` (${role})` : ''}`;
      });

  const minute = (itemId: string) => {
    const item = register.items.find((candidate) => candidate.id === itemId);
    return item ? `minute ${register.minuteNumbers[itemId] ?? item.number}` : 'an item since removed';
  };
  const itemTitle = (itemId: string) => register.items.find((item) => item.id === itemId)?.title;

  const presentText = [
    present.length ? `Present: ${listPeople(present)}.` : '',
    remote.length
      ? `${listPeople(remote.map((attendee) => ({ person: attendee.person })))} attended remotely.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const apologiesText = [
    apologies.length
      ? `Apologies for absence were received from ${listPeople(apologies.map((m) => ({ person: m.person })))}.`
      : '',
    absent.length
      ? `${listPeople(absent.map((m) => ({ person: m.person })))} ${absent.length === 1 ? 'was' : 'were'} absent.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const substitutesText = substitutes
    .map(
      (substitute) =>
        `${fullName(substitute.person)} attended as a substitute for ${nameOf(substitute.substituteForId ?? '')}.`,
    )
    .join(' ');
  const officers = described('officer');
  const others = described('other');
  const movementsText = orderedMovements(register)
    .map((movement) => {
      const verb = movement.kind === 'arrived' ? 'arrived' : 'left the meeting';
      const at = movement.time ? ` at ${formatTime(movement.time)}` : '';
      return `${nameOf(movement.personId)} ${verb}${at} during ${minute(movement.itemId)}.`;
    })
    .join(' ');
  const position = new Map(register.items.map((item) => [item.id, item.number]));
  const exemptItems = new Set(register.items.filter((item) => item.exempt).map((item) => item.id));
  const declarations = [...register.declarations].sort(
    (a, b) => (position.get(a.itemId) ?? 0) - (position.get(b.itemId) ?? 0),
  );
  const declarationsText = declarations.length
    ? declarations
        .map((declaration) => {
          const title = itemTitle(declaration.itemId);
          const what = `${nameOf(declaration.personId)} declared ${interestWords(declaration.category)} in ${minute(
            declaration.itemId,
          )}${title ? ` (${title})` : ''}`;
          // Written to follow on: "as a director of a domiciliary care provider".
          const withheld = edition === 'public' && exemptItems.has(declaration.itemId);
          const interest =
            declaration.interest && !withheld ? ` ${declaration.interest.replace(/[.\s]+$/, '')}` : '';
          const withdrawal = withdrawalEnding(
            declaration,
            'withdrew from the room for the item, taking no part in the discussion or vote',
          );
          return `${what}${interest}${withdrawal}`;
        })
        .join(' ')
    : 'No declarations of interest were made.';

  return {
    present: presentText,
    apologies: apologiesText,
    substitutes: substitutesText,
    officers: officers.length ? `Officers in attendance: ${joinNames(officers)}.` : '',
    others: others.length ? `Also in attendance: ${joinNames(others)}.` : '',
    movements: movementsText,
    declarations: declarationsText,
  };
}

/** A title that names the one in the chair, as councils' minutes give it. */
const chairTitle = /^(?:chair(?:man|woman|person)?|conven[eo]r|(?:lord |town )?(?:mayor|provost))$/i;

/**
 * The chair's title at this meeting as the record gives it ("Convener", "Chairman"), for the
 * signature block: the capacity given to the committee's Chair where present, else to a member
 * present whose capacity is a chair's title; '' where the record gives none.
 */
export function chairTitleOf(register: Register): string {
  const present = register.attendees.filter(
    (attendee) => attendee.kind === 'member' && attendee.status === 'present' && attendee.capacity.trim(),
  );
  const chair = register.members.find((member) => member.role === 'chair')?.personId;
  const theChair = present.find((attendee) => attendee.personId === chair);
  if (theChair && chairTitle.test(theChair.capacity.trim())) return theChair.capacity.trim();
  return present.find((attendee) => chairTitle.test(attendee.capacity.trim()))?.capacity.trim() ?? '';
}
