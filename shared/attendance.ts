// Who was at a meeting, who counts for each item, whether the meeting was quorate, whether a vote
// squares with who could vote, and the sentences the minutes need, all worked out from the register.
// Pure functions: the main process and the renderer use the same rules.
import type { Vote } from './decisions';
import type { Committee, Meeting, Membership, Person } from './domain';
import { formatTime } from './format';

export const attendanceStatuses = ['present', 'apologies', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** member: on the committee on the meeting's date; substitute: attends for one who sent apologies. */
export const attendeeKinds = ['member', 'substitute', 'officer', 'other'] as const;
export type AttendeeKind = (typeof attendeeKinds)[number];

export const movementKinds = ['arrived', 'left'] as const;
export type MovementKind = (typeof movementKinds)[number];

export const interestCategories = ['disclosable pecuniary', 'other registrable', 'non-registrable'] as const;
export type InterestCategory = (typeof interestCategories)[number];

export const textSections = [
  'present',
  'apologies',
  'substitutes',
  'officers',
  'others',
  'movements',
  'declarations',
] as const;
export type TextSection = (typeof textSections)[number];

export interface Attendee {
  personId: string;
  kind: AttendeeKind;
  /** For members; substitutes, officers and others are present. */
  status: AttendanceStatus;
  /** For a substitute: the member whose place they take. */
  substituteForId: string | null;
  remote: boolean;
  /** How an officer or guest is described at this meeting, when not their directory role. */
  capacity: string;
  person: Person;
}

export interface Movement {
  id: string;
  personId: string;
  kind: MovementKind;
  /** The agenda item under way. */
  itemId: string;
  /** HH:MM, or null when not noted. */
  time: string | null;
}

export interface Declaration {
  id: string;
  itemId: string;
  personId: string;
  category: InterestCategory;
  /** The interest in words, to follow "declared … interest in minute 46": "as a director of a care provider". */
  interest: string;
  withdrew: boolean;
}

export interface TextOverride {
  section: TextSection;
  text: string;
  /** What was generated when the officer wrote the override: if it changes, the officer is told. */
  generatedWhenWritten: string;
}

export interface RegisterItem {
  id: string;
  number: number;
  title: string;
}

/** Everything the rules need about one meeting. */
export interface Register {
  quorum: number;
  /** Whether members attending remotely count towards the quorum and may vote (Wales: yes; England: no). */
  remoteCounts: boolean;
  /** Committee membership on the meeting's date, chair first. */
  members: Membership[];
  attendees: Attendee[];
  movements: Movement[];
  declarations: Declaration[];
  items: RegisterItem[];
  minuteNumbers: Record<string, string>;
}

/** What the attendance screens read: the register, and the officer's own wording where it replaces ours. */
export interface AttendanceDetail {
  meeting: Meeting;
  committee: Committee;
  register: Register;
  overrides: TextOverride[];
}

export type NotCountedReason =
  | 'apologies'
  | 'absent'
  | 'not recorded'
  | 'remote'
  | 'arrived during the item'
  | 'left during the item'
  | 'not in the room'
  | 'withdrew';

export interface ItemCount {
  itemId: string;
  /** Members (and substitutes) who count for this item's quorum and vote, in register order. */
  counting: string[];
  /** Members of the committee (or their substitutes) who do not count for this item, and why. */
  notCounting: { personId: string; reason: NotCountedReason }[];
  quorum: number;
  quorate: boolean;
  /** Who presides: the Chair if they count, else the Vice-Chair if they count, else null. */
  presiding: string | null;
}

/** Movements in the order they happened: by agenda position, then time, then as recorded. */
export function orderedMovements(register: Pick<Register, 'movements' | 'items'>): Movement[] {
  const position = new Map(register.items.map((item) => [item.id, item.number]));
  return register.movements
    .map((movement, index) => ({ movement, index }))
    .sort(
      (a, b) =>
        (position.get(a.movement.itemId) ?? 0) - (position.get(b.movement.itemId) ?? 0) ||
        (a.movement.time ?? '').localeCompare(b.movement.time ?? '') ||
        a.index - b.index,
    )
    .map(({ movement }) => movement);
}

/**
 * A person's movements must alternate (in, out, in…). Someone marked present who first "arrived"
 * came late; someone whose first movement is "left" was there from the start. Returns the problem
 * in words, or null.
 */
export function movementProblem(
  register: Pick<Register, 'movements' | 'items'>,
  personId: string,
  name: string,
  /** The movement just recorded: it may not go before the person's first one (see below). */
  addedId?: string,
): string | null {
  const position = new Map(register.items.map((item) => [item.id, item]));
  const own = orderedMovements(register).filter((movement) => movement.personId === personId);
  const where = (m: Movement) => `during item ${position.get(m.itemId)?.number ?? '?'}`;
  // The first movement says whether they were there at the start. One recorded before it would
  // quietly change that ("arrived during item 3" would become "left during item 2 and came back"),
  // so it is refused: a departure cannot come before the arrival.
  if (addedId && own.length > 1 && own[0]!.id === addedId && own[1]!.kind !== own[0]!.kind) {
    const added = own[0]!;
    const first = own[1]!;
    return added.kind === 'left'
      ? `${name} cannot leave ${where(added)}: they arrived ${where(first)}, and a departure cannot come before the arrival. If they were there from the start, left and came back, remove the arrival and record both in order.`
      : `${name} cannot arrive ${where(added)}: they are recorded as there from the start, leaving ${where(first)}. If they came late, remove that departure and record both in order.`;
  }
  for (let index = 1; index < own.length; index += 1) {
    const before = own[index - 1]!;
    const after = own[index]!;
    if (before.kind === after.kind) {
      return after.kind === 'left'
        ? `${name} cannot leave ${where(after)}: they had already left ${where(before)} and have not arrived since.`
        : `${name} cannot arrive ${where(after)}: they had already arrived ${where(before)} and have not left since.`;
    }
  }
  return null;
}

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

// ---- The sentences the minutes need ----

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

/** The surname is the last word of the name: lists of councillors run in its order. */
export function bySurname(a: Pick<Person, 'name'>, b: Pick<Person, 'name'>): number {
  const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';
  return (
    surname(a.name).localeCompare(surname(b.name), 'en-GB', { sensitivity: 'base' }) ||
    a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' })
  );
}

const fullName = (person: Pick<Person, 'honorific' | 'name'>) =>
  person.honorific ? `${person.honorific} ${person.name}` : person.name;

const article = (category: InterestCategory) => (category === 'other registrable' ? 'an' : 'a');

/** Each section's sentences, generated from the register; an empty string when there is nothing to say. */
export function attendanceText(register: Register): Record<TextSection, string> {
  const byPerson = new Map(register.attendees.map((attendee) => [attendee.personId, attendee]));
  const people = peopleOf(register);
  const nameOf = (personId: string) => {
    const person = people.get(personId);
    return person ? fullName(person) : 'Someone no longer in the directory';
  };

  const roleNote = (member: Membership) =>
    member.role === 'chair' ? 'Chair' : member.role === 'vice-chair' ? 'Vice-Chair' : undefined;
  // The Chair, then the Vice-Chair, then everyone else by surname.
  const rank = (note: string | undefined) => (note === 'Chair' ? 0 : note === 'Vice-Chair' ? 1 : 2);
  const present = votingPeople(register)
    .filter(({ attendee }) => attendee && (attendee.kind === 'substitute' || attendee.status === 'present'))
    .map(({ personId, attendee }) => {
      const member = register.members.find((m) => m.personId === personId);
      return { person: attendee!.person, note: member ? roleNote(member) : undefined };
    })
    .sort((a, b) => rank(a.note) - rank(b.note) || bySurname(a.person, b.person));
  const remote = register.attendees.filter(
    (attendee) =>
      attendee.remote &&
      (attendee.kind === 'substitute' || (attendee.kind === 'member' && attendee.status === 'present')),
  );
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
      ? `${joinNames(remote.map((attendee) => fullName(attendee.person)))} attended remotely.`
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
  const declarations = [...register.declarations].sort(
    (a, b) => (position.get(a.itemId) ?? 0) - (position.get(b.itemId) ?? 0),
  );
  const declarationsText = declarations.length
    ? declarations
        .map((declaration) => {
          const title = itemTitle(declaration.itemId);
          const what = `${nameOf(declaration.personId)} declared ${article(declaration.category)} ${
            declaration.category
          } interest in ${minute(declaration.itemId)}${title ? ` (${title})` : ''}`;
          // Written to follow on: "as a director of a domiciliary care provider".
          const interest = declaration.interest ? ` ${declaration.interest.replace(/[.\s]+$/, '')}` : '';
          const withdrawal = declaration.withdrew
            ? ', and withdrew from the room for the item, taking no part in the discussion or vote.'
            : ', and remained in the room.';
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

/** The membership on a date: joined on or before it, and not yet left (left_on is the first day gone). */
export function membersOn<M extends Pick<Membership, 'joinedOn' | 'leftOn'>>(
  memberships: M[],
  date: string,
): M[] {
  return memberships.filter(
    (membership) =>
      (membership.joinedOn === null || membership.joinedOn <= date) &&
      (membership.leftOn === null || membership.leftOn > date),
  );
}
