// The committees a file may be imported under, offered alike in the folder's table and in the
// single-file preview: those Minutebook has, the new one the file names, the new ones other files of
// the folder name, and a new one the officer types. Values: "id:…" a committee Minutebook has,
// "new:…" a new one by a name a file gives, TYPED a new one the officer names.
import type { Committee } from '../../shared/domain';

export const TYPED = 'typed';
export const typedLabel = 'A new committee (type its name)';

export interface CommitteeChoice {
  value: string;
  label: string;
}

const key = (name: string) => name.trim().toLowerCase();

/** The new committees the folder's files name (each file's committee where Minutebook has none by it), once each. */
export function newCommitteesNamed(
  files: readonly { named: string | undefined; matched: boolean }[],
): string[] {
  const names = new Map<string, string>();
  for (const { named, matched } of files) {
    if (named && !matched && !names.has(key(named))) names.set(key(named), named);
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/**
 * The choices for one file: `named` is the committee its text names, `matched` whether Minutebook
 * has it (then it is among `committees`), `namedInFolder` the new names other files give.
 */
export function committeeChoices(
  committees: readonly Committee[],
  named: string | undefined,
  matched: boolean,
  namedInFolder: readonly string[],
): CommitteeChoice[] {
  const known = new Set(committees.map((committee) => key(committee.name)));
  const fileNamesNew = named && !matched && !known.has(key(named));
  return [
    ...(fileNamesNew ? [{ value: `new:${named}`, label: `${named} (new, as the file names it)` }] : []),
    ...committees.map((committee) => ({ value: `id:${committee.id}`, label: committee.name })),
    ...namedInFolder
      .filter((name) => !known.has(key(name)) && key(name) !== key(named ?? ''))
      .map((name) => ({ value: `new:${name}`, label: `${name} (new, named in another file)` })),
    { value: TYPED, label: typedLabel },
  ];
}

/** A committee decided by name shows as the committee Minutebook has by that name, once it has one. */
export function shownCommittee(value: string, committees: readonly Committee[]): string {
  if (!value.startsWith('new:')) return value;
  const existing = committees.find((committee) => key(committee.name) === key(value.slice(4)));
  return existing ? `id:${existing.id}` : value;
}
