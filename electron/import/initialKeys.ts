// Initials as keys: some town councils print each member's initials after the name in the list
// ("R. Adeyemi (RA), Mrs. G. Bellingham (GB), T.J. Coxon (TJC)") and then name members by them in the
// minutes ("Apologies were received from Cllr. BP", "Cllrs. RA and Mrs. GB declared …"). A key is
// two to four capitals that are the initials of the name it follows; a person named only by a key
// is the person it belongs to.
import type { ImportMeeting, ImportPerson } from '../../shared/importing';

/** The initials of a name: "T.J. Coxon" → TJC, "Mrs H. Eversley-Pike" → HEP. */
function initialsOf(name: string): string {
  return name
    .split(/[\s.\-–]+/)
    .filter(Boolean)
    .map((word) => word[0]!)
    .join('')
    .toUpperCase();
}

/** Each key printed beside a name in the lists, and the name it stands for. */
export function keysOf(people: ImportPerson[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const person of people) {
    for (const token of person.role.split(/[,;\s]+/)) {
      if (!/^\p{Lu}{2,4}$/u.test(token)) continue;
      const initials = initialsOf(person.name);
      const fits = token === initials || (token[0] === initials[0] && token.at(-1) === initials.at(-1));
      if (fits && !keys.has(token)) keys.set(token, person.name);
    }
  }
  return keys;
}

/** Keys found in a meeting's heading, kept beside the meeting until its items are read. */
const meetingKeys = new WeakMap<ImportMeeting, Map<string, string>>();

export function rememberKeys(meeting: ImportMeeting, keys: Map<string, string>): void {
  if (keys.size > 0) meetingKeys.set(meeting, keys);
}

/** People named by their key in the items (apologies, substitutes, declarations) get their names. */
export function resolveKeys(meeting: ImportMeeting): void {
  const keys = meetingKeys.get(meeting);
  if (!keys) return;
  const full = (name: string) => keys.get(name.replace(/[.\s]/g, '').toUpperCase()) ?? name;
  const rename = <T extends { name: string }>(one: T): T =>
    /^\p{L}{2,4}\.?$/u.test(one.name.trim()) ? { ...one, name: full(one.name) } : one;
  meeting.apologies = meeting.apologies.map(rename);
  meeting.substitutes = meeting.substitutes.map((one) => ({
    ...rename(one),
    for: rename({ name: one.for }).name,
  }));
  meeting.declarations = meeting.declarations.map(rename);
}
