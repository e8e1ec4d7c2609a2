// People as minutes name them: "Councillor Mrs. A. Thomas-Hale (Vice-Chair, in the Chair)",
// "Councillors B Jones, C Brown and D White", "Cllr A Buckland (Mayor) Cllr A Brace", "Jane Doe –
// Head of Planning", "Head of Housing (Mr. G. Nasmith)", "Alan PETRIE". A name is one to five words
// in capitals (initials, particles such as "ap" and "Ní" allowed); an honorific before it says it
// is a person, a plural one ("Councillors") carries to the bare names after it, and words of office
// ("Director", "Manager", "Service") or of an organisation ("Council", "Ltd") mark a role, not a name.
import type { ImportPerson } from '../../shared/importing';
import {
  HONORIFIC,
  NAME,
  honorificOf,
  honorificThenName,
  isName,
  nameOnly,
  policeRank,
  roleWords,
  splitHonorific,
  titleWords,
  withoutPlace,
} from './names';

export { HONORIFIC, NAME, honorificOf, isName, roleWords, splitHonorific, tidyName } from './names';
export { peopleFromList, namesRunTogether } from './peopleList';
import { nameAfterRole } from './peopleList';

const roleThenHonoured = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}'’-]*\s+){1,4})((?:${HONORIFIC})\s+${NAME})$`,
  'u',
);

/** One person on a line: "Name, Role", "Name – Role", "Name (Role)", "Role (Name)", "Role – Name". */
export function personFromLine(line: string): ImportPerson | null {
  let text = withoutPlace(line)
    .trim()
    .replace(/[.;,]$/, '')
    .trim();
  const chair = /\s*,?\s*(?:[–—-]\s*)?(in the Chair)$/i.exec(text);
  if (chair) text = text.slice(0, chair.index);
  let title = '';
  const rank = policeRank.exec(text);
  if (rank && text.split(/\s+/).length > rank[0].split(/\s+/).length) {
    title = rank[0].trim();
    text = text.slice(rank[0].length);
  }
  while (text.split(/\s+/).length > 2 && titleWords.has(text.split(/\s+/)[0]!.toLowerCase())) {
    const [word, ...rest] = text.split(/\s+/);
    title = `${title} ${word}`.trim();
    text = rest.join(' ');
  }
  // "Standing Invitee Dr Anjali Basu", "PCC Link Officer Mr D Tudor": what they are, then the titled name.
  const roleFirst = roleThenHonoured.exec(text);
  if (roleFirst && !honorificOf(roleFirst[1]!.split(/\s+/)[0]!)) {
    title = `${title} ${roleFirst[1]!.trim()}`.trim();
    text = roleFirst[2]!;
  }
  const found = personOnLine(text);
  if (!found) return null;
  const role = [title, found.role, chair?.[1] ?? ''].filter(Boolean).join(', ');
  return { ...found, role };
}

function personOnLine(text: string): ImportPerson | null {
  const comma = text.indexOf(',');
  const dash = /^(.+?)\s+[–—-]+\s+(.+)$/.exec(text);
  const paren = /^(.+?)\s*\(([^()]+)\)\s*(.*)$/.exec(text);
  const tries: [string, string][] = [];
  if (comma > 0) tries.push([text.slice(0, comma), text.slice(comma + 1)]);
  if (dash) tries.push([dash[1]!, dash[2]!], [dash[2]!, dash[1]!]);
  // "Mrs D Jones (Clerk), 2 members of the public": what follows a comma after the bracket is not the role.
  if (paren && !/^[,;]/.test(paren[3]!))
    tries.push([paren[1]!, [paren[2]!, paren[3]!].filter(Boolean).join(' ')]);
  if (paren) tries.push([paren[2]!, paren[1]!]);
  tries.push([text, '']);
  for (const [who, role] of tries) {
    const candidate = who.trim();
    if (!isName(candidate, !roleWords.test(candidate))) continue;
    if (!honorificThenName.test(withoutPlace(candidate)) && candidate.split(/\s+/).length < 2) continue;
    // "Role (Name)" and "Role – Name" only where the name has an honorific or the other side is a role.
    if (
      candidate !== tries[0]?.[0]?.trim() &&
      role &&
      !roleWords.test(role) &&
      !honorificThenName.test(candidate)
    )
      continue;
    const { honorific, name } = splitHonorific(candidate);
    if (!name || !nameOnly.test(name)) continue;
    return { name, honorific, role: role.trim().replace(/^[–—-]\s*/, '') };
  }
  return null;
}

/** Whether a line reads as one person with a role ("Jane Doe, Head of Planning"), not a list. */
export function isPersonWithRole(line: string): boolean {
  const comma = line.indexOf(',');
  if (comma <= 0) return false;
  const after = line.slice(comma + 1);
  // "Councillors Bill Taylor, Carol White (Vice-Chair), …": a plural honorific heads a list.
  if (
    /^(?:(?:County|Borough|District|Town|City)\s+)?(?:Councillors|Cllrs|Aldermen|Bailies)\b/i.test(
      line.trim(),
    )
  )
    return false;
  return (
    isName(line.slice(0, comma).trim()) &&
    roleWords.test(after) &&
    !/\b(?:Councillors?|Cllrs?)\b/.test(after) &&
    // Every part after the name is a role: "Jane Doe, Head of Planning, Westmere Council", not "…, Mark Lee, …".
    // "Dr A Crewdson, Sarah Lomax (Director …) and Mark Sutcliffe": a name after "and" is a list too.
    after.split(/[,;]/).every((part) => !isName(part.trim().replace(/\s*\([^)]*\)/g, ''), false)) &&
    // "Jim Boyd, Chief Accountant, Corporate Services Tony Caine, Head of Housing": a second person.
    after.split(/[,;]/).every((part, at, parts) => !nameAfterRole(part, parts[at + 1] ?? '')) &&
    !isName(/\s(?:and|&)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)\s*\([^)]*\)\s*$/u.exec(after)?.[1] ?? '')
  );
}
