// Names as councils write them: the honorific in a field of its own and never twice ("Cllr Harriet
// Mbeki" typed as a name is Councillor Harriet Mbeki, not "Councillor Cllr Harriet Mbeki"), and lists
// of people in surname order, as published minutes list councillors.
import type { Person } from './domain';
import { honorifics } from './format';

/** Letters after a name ("Ann Smith OBE", "John Laverty BEM"): not part of the surname. */
const postNominals = new Set([
  'obe',
  'mbe',
  'cbe',
  'kbe',
  'dbe',
  'bem',
  'jp',
  'dl',
  'mp',
  'msp',
  'ms',
  'mla',
  'kc',
  'qc',
  'phd',
]);

/** An honorific as minutes print it: "cllr." and "Cllr" are "Councillor", "dr" is "Dr"; others as typed. */
export function canonicalHonorific(text: string): string {
  const typed = text.trim().replace(/\s+/g, ' ');
  const key = typed.toLowerCase();
  return honorifics[key] ?? honorifics[key.replace(/\.$/, '')] ?? typed;
}

/**
 * The honorific and the name apart, however they were typed. A title typed at the start of the name
 * moves to the honorific when that is empty, and is dropped when it says the same again; a different
 * second title stays in the name, as councils write it ("Councillor Dr Jane Smith").
 */
export function withHonorificApart(
  person: Pick<Person, 'honorific' | 'name'>,
): Pick<Person, 'honorific' | 'name'> {
  let honorific = canonicalHonorific(person.honorific);
  let words = person.name.trim().split(/\s+/).filter(Boolean);
  while (words.length > 1) {
    const typed =
      honorifics[words[0]!.toLowerCase()] ?? honorifics[words[0]!.toLowerCase().replace(/\.$/, '')];
    if (!typed || (honorific && typed !== honorific)) break;
    honorific = typed;
    words = words.slice(1);
  }
  return { honorific, name: words.join(' ') };
}

/** The surname: the last word of the name, leaving out letters after it (OBE, JP…). */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && postNominals.has(words.at(-1)!.replace(/[.,]/g, '').toLowerCase())) words.pop();
  return words.at(-1) ?? '';
}

/** Surname order, then the whole name: how minutes and registers list people. */
export function bySurname(a: Pick<Person, 'name'>, b: Pick<Person, 'name'>): number {
  return (
    surnameOf(a.name).localeCompare(surnameOf(b.name), 'en-GB', { sensitivity: 'base' }) ||
    a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' })
  );
}

/** A copy in surname order. */
export const inSurnameOrder = <P extends Pick<Person, 'name'>>(people: readonly P[]): P[] =>
  [...people].sort(bySurname);
