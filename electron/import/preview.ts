// The preview of an import: everyone the structure names, matched by name against the directory
// ("F Venner" may be "Fiona Venner"; nobody is merged silently), and the committee it is for. Plain
// values in and out, so the import worker can make it without the database.
import type { Committee, Person, PersonKind } from '../../shared/domain';
import {
  nameKey,
  type ImportPerson,
  type ImportPersonMatch,
  type ImportPreview,
  type ImportStructure,
} from '../../shared/importing';

interface Named extends ImportPerson {
  kind: PersonKind;
}

const surname = (name: string) => nameKey(name).split(' ').at(-1) ?? '';
const initial = (name: string) => nameKey(name).charAt(0);

/**
 * A name as the meeting's own lists give it: "Patel" or "J Patel" (a mover, a seconder, a voter, a
 * declaration) is the one person of that surname (and initial, when one is written) listed as
 * attending the meeting, "Councillor J Patel". A name matching nobody there, or several, is kept
 * as written (the preview then asks, as for anyone else).
 */
export function attendingName(structure: ImportStructure): (name: string) => string {
  const meeting = structure.meeting;
  if (!meeting) return (name) => name;
  const attending = [...meeting.present, ...meeting.substitutes, ...meeting.officers, ...meeting.others].map(
    (person) => person.name,
  );
  const keys = new Set(attending.map(nameKey));
  return (name) => {
    const key = nameKey(name);
    if (!key || keys.has(key)) return name;
    const matches = [...new Set(attending.filter((full) => mayBe(name, full)))];
    return matches.length === 1 ? matches[0]! : name;
  };
}

/** "Patel" or "J Patel" written for "J Patel" or "Jaya Patel": the same surname, and initial if given. */
export function mayBe(short: string, full: string): boolean {
  const words = nameKey(short).split(' ');
  return (
    surname(full) === surname(short) &&
    nameKey(full) !== surname(full) &&
    (words.length === 1 || (words.length === 2 && words[0]!.length === 1 && initial(full) === words[0]))
  );
}

/** Everyone the structure names, once each by name, with the kind of person the context says. */
export function peopleNamed(structure: ImportStructure): Named[] {
  const found = new Map<string, Named>();
  const asAttending = attendingName(structure);
  const add = (given: ImportPerson, kind: PersonKind) => {
    const person = { ...given, name: asAttending(given.name) };
    const key = nameKey(person.name);
    if (!key) return;
    const known = found.get(key);
    if (known) {
      known.role ||= person.role;
      known.honorific ||= person.honorific;
      if (person.honorific === 'Councillor') known.kind = 'member';
    } else found.set(key, { ...person, kind: person.honorific === 'Councillor' ? 'member' : kind });
  };
  const byName = (name: string | null) => (name ? { name, honorific: 'Councillor', role: '' } : null);
  const meeting = structure.meeting;
  if (meeting) {
    for (const person of [...meeting.present, ...meeting.apologies, ...meeting.substitutes])
      add(person, 'external');
    for (const person of meeting.officers) add(person, 'officer');
    for (const person of meeting.others) add(person, 'external');
  }
  for (const item of structure.items) {
    for (const person of item.attendees) add(person, 'officer');
    for (const decision of item.decisions) {
      for (const name of [decision.mover, decision.seconder]) {
        const person = byName(name);
        if (person) add(person, 'member');
      }
      const recorded = decision.recorded;
      for (const name of recorded ? [...recorded.for, ...recorded.against, ...recorded.abstain] : []) {
        add({ name, honorific: 'Councillor', role: '' }, 'member');
      }
    }
  }
  return [...found.values()];
}

/** The preview from the directory and committees as read: plain values, so a worker can make it. */
export function previewFrom(
  structure: ImportStructure,
  directory: Pick<Person, 'id' | 'name' | 'honorific' | 'role'>[],
  committees: Pick<Committee, 'id' | 'name'>[],
): ImportPreview {
  const people: ImportPersonMatch[] = peopleNamed(structure).map((person) => {
    const key = nameKey(person.name);
    const exact = directory.filter((entry) => nameKey(entry.name) === key);
    const alike =
      exact.length > 0
        ? exact
        : directory.filter(
            (entry) =>
              surname(entry.name) === surname(person.name) &&
              // "F Venner" may be "Fiona Venner"; "Venner" alone may be anyone called Venner.
              (key.split(' ').length === 1 || initial(entry.name) === initial(person.name)),
          );
    return {
      key,
      name: person.name,
      honorific: person.honorific,
      role: person.role,
      matchId: exact.length === 1 ? exact[0]!.id : null,
      candidates: alike.map(({ id, name, honorific, role }) => ({ id, name, honorific, role })),
    };
  });
  const committeeName = structure.meeting?.committee;
  const committee = committeeName
    ? committees.find((candidate) => nameKey(candidate.name) === nameKey(committeeName))
    : undefined;
  return { structure, people, committeeId: committee?.id ?? null };
}
