// A list of people as one sentence (see peopleFromList).
import type { ImportPerson } from '../../shared/importing';
import { pushAll } from '../../shared/arrays';
import {
  HONORIFIC,
  NAME,
  chairRoles,
  degreesOnly,
  honorificOf,
  honorificThenName,
  isName,
  nameOnly,
  policeRank,
  postNominal,
  roleWords,
  splitHonorific,
  titleWords,
  withoutPlace,
} from './names';

const placeWord = /^(?:County|Borough|Town|District|City|Parish|Community|Unitary)$/;

/** "Cllr A Buckland (Mayor) Cllr A Brace": a new person at each honorific that follows a name. */
function splitAtHonorifics(text: string): string {
  let depth = 0;
  let out = '';
  const words = text.split(/(\s+)/);
  let previous = '';
  for (const [index, word] of words.entries()) {
    if (/^\s+$/.test(word)) {
      out += word;
      continue;
    }
    // "… PCC Link Officer County Cllr A Tudor": the place opens the honorific.
    const place = placeWord.test(word) && !!honorificOf(words[index + 2] ?? '');
    const starts =
      depth === 0 &&
      (honorificOf(word) || place) &&
      previous &&
      !honorificOf(previous) &&
      !/^(?:and|&|,|;|\(|of|the|County|Borough|Town|District|City|Parish|Community|with|for|by|to|from|as|replacing|vice)$/i.test(
        previous,
      ) &&
      !/[,;(]$/.test(previous);
    if (starts) out = `${out.trimEnd()}; `;
    out += word;
    for (const char of word) {
      if (char === '(') depth++;
      if (char === ')') depth = Math.max(0, depth - 1);
    }
    previous = word;
  }
  return out;
}

/** Splits on commas, semicolons, "and" and "&" outside brackets; semicolons mark a stronger break. */
/** A role that names its field: "Head of …", "Director for …", "Assistant Director of …". */
const officeOf =
  /^\s*(?:(?:Assistant|Deputy|Interim|Acting|Strategic|Corporate|Executive)\s+)?(?:Head|Director|Manager|Lead|Chief Officer)\s+(?:of|for)\s+\p{Lu}/iu;
/** The role's last words and the holder in brackets, with nothing between: "Cleansing (R Lavery)". */
const roleThenHolder =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?\(\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+\s*\)/u;

function splitTopLevel(text: string): { part: string; strong: boolean }[] {
  const parts: { part: string; strong: boolean }[] = [];
  let depth = 0;
  let current = '';
  let strong = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    // "Maccan (Chair) Appleby (…)": a bracket closes its person, a capitalised word after it opens the next.
    if (char === ')' && depth === 0 && /^\s+(?!(?:and|with)\b)\p{Lu}/u.test(text.slice(i + 1, i + 4))) {
      parts.push({ part: current + char, strong });
      current = '';
      strong = false;
      continue;
    }
    if (depth === 0) {
      if (char === ',' || char === ';') {
        parts.push({ part: current, strong });
        current = '';
        strong = char === ';';
        continue;
      }
      const joiner = /^\s+(?:and|&)\s+/.exec(text.slice(i, i + 8));
      // "Head of Waste and Cleansing (R Lavery)": the "and" inside a role before its holder's name.
      if (
        joiner &&
        officeOf.test(current) &&
        !current.includes('(') &&
        roleThenHolder.test(text.slice(i + joiner[0].length))
      ) {
        current += char;
        continue;
      }
      if (joiner) {
        parts.push({ part: current, strong });
        current = '';
        strong = false;
        i += joiner[0].length - 1;
        continue;
      }
    }
    current += char;
  }
  parts.push({ part: current, strong });
  return parts;
}

const honouredPrefix = new RegExp(String.raw`^((?:${HONORIFIC}\s+)+${NAME}?)\s+(\p{Ll}.*)$`, 'u');
const isInitial = (word: string) => /^(?:\p{Lu}\.){1,4}$|^\p{Lu}\.?$|^\p{Lu}{2}$/u.test(word);

/**
 * Names run together without commas, as a PDF's columns leave them: each name is initials (and an
 * optional honorific) then a surname. Empty unless the whole text splits that way.
 */
export function namesRunTogether(text: string): string[] {
  const names: string[] = [];
  let current: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (honorificOf(word) || isInitial(word)) {
      if (current.length > 0 && !current.every((w) => honorificOf(w) || isInitial(w))) {
        names.push(current.join(' '));
        current = [];
      }
      current.push(word);
    } else if (/^\p{Lu}[\p{L}'’-]+$/u.test(word) && current.length > 0) current.push(word);
    else return [];
  }
  if (current.length > 0) names.push(current.join(' '));
  return names.every((name) => /\p{Ll}/u.test(name)) ? names : [];
}

/** Words that may stand between the capitalised words of a role or an organisation. */
const roleGlue = /^(?:of|and|the|for|to|in|on|at|with|&|de|la|y|a)$/;

/**
 * What a person was there as, when it stands alone in a list: "Vice-Chair", a word of office or of
 * an organisation ("Head of Planning", "Bianchi Bar Ltd"), a party ("Lab", "Plaid Cymru"), or a short
 * run of capitalised words ("Kingsmead Parish"). "2 members of the public" and a sentence are not.
 */
export function isRole(part: string): boolean {
  if (!part || /^\d/.test(part) || notPeople.test(part)) return false;
  if (chairRoles.test(part) || /^in the Chair$/i.test(part)) return true;
  const words = part.split(' ');
  if (words.length > 12) return false;
  // "his representative", "clerk to the council": the words of office in lower case too.
  if (roleWords.test(part) || roleWords.test(part.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())))
    return /^[\p{Lu}(]/u.test(part) || /^(?:the|a|an|acting|as|his|her|their|its)\s/i.test(part);
  return (
    words.length <= 6 &&
    /^\p{Lu}/u.test(part) &&
    words.every((word) => /^[\p{Lu}(]/u.test(word) || roleGlue.test(word.toLowerCase()))
  );
}

/** Not people: "2 members of the public", "one member of the press", "three residents", "no-one". */
export const notPeople =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a number of|many|no|none|nil|no-one|several)\b.*$|\bmembers? of (?:the )?(?:public|press|media)\b/i;

/** A paragraph's or a list's number: "1.2", "(a)", "iv.". */
const numbering = /^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]{1,2}|[ivx]{1,5})[.)]?$/;

const carriedThenSentence = new RegExp(
  String.raw`^(${NAME})\s+(?:be|were|was|had|have|has|who|are|is)\b`,
  'u',
);

/** Words that may open a part of a list: "and", "together with", "as well as". */
const leadWords =
  /^(?:and\s+)?(?:and|&|with|together with|along with|as well as|from|including|plus|also)\s+/i;

type Part =
  | { kind: 'people'; people: ImportPerson[] }
  | { kind: 'role'; role: string }
  | { kind: 'carry'; honorific: string }
  | { kind: 'stop' }
  /** The last person of the list: a sentence goes on after the name ("… and Rigby be accepted"). */
  | { kind: 'last'; people: ImportPerson[] };

const person = (who: string, honorific: string, role: string[]): ImportPerson | null => {
  const split = splitHonorific(who);
  return split.name
    ? { name: split.name, honorific: split.honorific || honorific, role: role.filter(Boolean).join(', ') }
    : null;
};

/** Words that open an office (not an organisation: "Fenmoor City Council" is no one's name). */
const officeWord =
  /^(?:Associate|Co-opted|Substitute|Independent|Director|Officer|Manager|Head|Chief|Clerk|Solicitor|Lawyer|Advis[eo]r|Executive|Lead|Assistant|Planner|Engineer|Secretary|Co-?ordinator|Chair\w*|Vice-Chair\w*|Leader|Deputy|Depute|Monitoring|Democratic|Consultant|Analyst|Specialist|Commissioner|Mayor|Cabinet|Portfolio|Principal|Senior|Legal|Scrutiny|Strategic|Programme|Project|Accountant|Treasurer|Auditor|Chaplain|Convener|Governance|Interim|Acting|Town|Parish|Committee)$/;

/** Where the name ends in words[0..cut): after the surname that follows initials or one forename. */
function surnameEnd(words: string[], cut: number): number {
  let at = 0;
  while (at < cut && honorificOf(words[at]!)) at++;
  const first = at;
  while (at < cut && /^(?:\p{Lu}\.?){1,3}$/u.test(words[at]!)) at++;
  // Initials then the surname; or a forename, any middle initials ("Gareth Ll. Lloyd": a Welsh
  // digraph's initial too), then the surname.
  let end = at > first ? at + 1 : at + 1;
  if (at === first) while (end < cut && /^\p{Lu}\p{Ll}?\.$/u.test(words[end]!)) end++;
  if (at === first) end++;
  return end < cut && end - first >= 2 ? end : cut;
}

/** "Mr W Grosvenor Clerk to the Council", "Frank Jones Chief Executive": a name, then a role with nothing between. */
function nameThenRole(who: string): { name: string; role: string } | null {
  const words = who.split(' ');
  // The first word of office after at least one word of the name: "Councillor Ben Ford Deputy Leader".
  for (let cut = 2; cut < words.length; cut++) {
    const name = words.slice(0, cut).join(' ');
    const role = words.slice(cut).join(' ');
    // A name without an honorific needs a forename: "Frank Jones Chief Executive".
    const honoured = honorificThenName.test(name);
    const office = honoured ? roleWords.test(words[cut]!) : officeWord.test(words[cut]!);
    // Without an honorific, a forename or initials open it: "PCC Link Officer" is an office.
    const opens = honoured || /^(?:\p{Lu}\p{Ll}+|(?:\p{Lu}\.?){1}|(?:\p{Lu}\.){2,3})$/u.test(words[0]!);
    if ((honoured || cut <= 3) && opens && isName(name) && office && isRole(role)) {
      // "Councillor Mhairi Frew Kinnoran Council", "Mrs Heather Coull Carers' Representative": the name
      // is a forename and a surname (or initials and a surname); capitalised words after are the role's.
      const end = surnameEnd(words, cut);
      return { name: words.slice(0, end).join(' '), role: words.slice(end).join(' ') };
    }
  }
  return null;
}

/** One part of a list, read by the grammar in `peopleFromList`'s comment. */
function readPart(raw: string, carried: string, carry: string): Part {
  let part = raw
    .trim()
    .replace(leadWords, '')
    // "Aldermen – F Agnew": a dash after the honorific.
    .replace(/^((?:County\s+)?(?:Councillors?|Cllrs?\.?|Aldermen|Alderman|Bailies))\s*[–—-]+\s*/, '$1 ');
  // "P Devlin*": a mark beside the name (attended remotely, see the note below the list).
  part = part.replace(/(?<=\S)[*†‡]+(?=\s|$)/gu, '');
  if (!part) return { kind: 'role', role: '' };
  // "Councillor Quayle, who was attending another meeting, and …": a note on the person before.
  // "Karen Moss, represented by Louise Gatward, and …": who stood in for them, a note too.
  const note = /^(?:who|whose|which|as|due to|owing to|because|being|for whom|in whose place)\b/i;
  if (note.test(part) || /^(?:represented|replaced|substituted|deputi[sz]ed)\s+by\b/i.test(part))
    return { kind: 'role', role: part };
  if (notPeople.test(part)) return { kind: 'stop' };
  // "H McConville, LLB, CPLS": letters after the name, not a person.
  if (degreesOnly.test(part.replace(/\([^()]*\)/g, '').trim())) return { kind: 'role', role: '' };
  const roles: string[] = [];
  part = part.replace(/\s*\(([^()]*)\)/g, (_, role: string) => {
    roles.push(role.trim());
    return ' ';
  });
  part = part.replace(/\s+/g, ' ').trim();
  const dashed = /^(.+?)\s+[–—-]+\s+(.+)$/.exec(part);
  if (dashed && isName(dashed[1]!)) {
    part = dashed[1]!;
    roles.push(dashed[2]!);
  } else if (
    // "Licensing Officer – V Wood": a role, then the person.
    dashed &&
    isRole(dashed[1]!) &&
    isName(dashed[2]!) &&
    (honorificThenName.test(dashed[2]!) || dashed[2]!.includes(' '))
  ) {
    const one = person(dashed[2]!, '', [dashed[1]!, ...roles]);
    return one ? { kind: 'people', people: [one] } : { kind: 'stop' };
  }
  // "The Mayor (Councillor X)": the person is in the brackets.
  const inBrackets = roles.find((role) =>
    honorificThenName.test(withoutPlace(role).replace(postNominal, '')),
  );
  if (
    inBrackets &&
    !honorificThenName.test(withoutPlace(part).replace(postNominal, '')) &&
    !(isName(part) && part.split(' ').length >= 2)
  ) {
    const { honorific, name } = splitHonorific(withoutPlace(inBrackets));
    return { kind: 'people', people: [{ name, honorific, role: part.replace(/^the\s+/i, '') }] };
  }
  // "J A Ferris, (Chief Executive)": a bracket on its own after the comma is the role of the person before it.
  if (!part && roles.length > 0) return { kind: 'role', role: roles.join(', ') };
  // "Chief Executive (Mark Tolland)": a role, and the person's bare name in the brackets.
  const bareName = roles.length === 1 ? roles[0]! : '';
  if (
    bareName.includes(' ') &&
    roleWords.test(part) &&
    !isName(part) &&
    nameOnly.test(bareName) &&
    !roleWords.test(bareName) &&
    !/\b(?:Area|Locality|District|Division|Ward|Region|Team|Office)\b/.test(bareName)
  ) {
    return {
      kind: 'people',
      people: [{ name: bareName, honorific: '', role: part.replace(/^the\s+/i, '') }],
    };
  }
  if (chairRoles.test(part) || /^in the Chair$/i.test(part))
    return { kind: 'role', role: [part, ...roles].join(', ') };
  const words = part.split(' ');
  const honorific = honorificOf(words[0] ?? '');
  if (honorific && words.length === 1)
    return { kind: 'carry', honorific: honorific.plural ? honorific.honorific : '' };
  let who = part;
  let title = '';
  // "Temporary Assistant Chief Constable Rachel Dunmore": the rank is a title.
  const rank = policeRank.exec(who);
  if (rank && isName(who.slice(rank[0].length))) {
    title = rank[0].trim();
    who = who.slice(rank[0].length);
  }
  while (who.split(' ').length > 1 && titleWords.has(who.split(' ')[0]!.toLowerCase())) {
    title = `${title} ${who.split(' ')[0]}`.trim();
    who = who.split(' ').slice(1).join(' ');
  }
  const lead = honorificOf(who.split(' ')[0] ?? '');
  // "Councillors Abbas, Mrs Bentley, Birtwistle": a title inside the list does not end it.
  // "Councillor Marchetti (Chair), Okafor, Lindqvist": even a singular councillor heads a list of surnames.
  const carries = lead && (lead.plural || lead.honorific === 'Councillor' || lead.honorific === 'Alderman');
  const heading = carries ? lead.honorific : carried;
  const found = (people: ImportPerson[]): Part => ({ kind: 'people', people });
  // "P J Corrigan J Devine": names run together, a new one at each initial after a surname.
  const together = namesRunTogether(who);
  if (together.length >= 2) return found(together.map((one) => ({ ...splitHonorific(one), role: '' })));
  const named = lead || carried ? isName(who) : isName(who) && (who.split(' ').length >= 2 || !!carry);
  if (named) {
    const one = person(who, heading, [title, ...roles]);
    return one ? found([one]) : { kind: 'stop' };
  }
  // "Councillors Quayle and Rigby be accepted": a surname the heading carries to, then the sentence.
  const tail = carried ? carriedThenSentence.exec(who) : null;
  if (tail && isName(tail[1]!)) {
    const one = person(tail[1]!, heading, [title, ...roles]);
    if (one) return { kind: 'last', people: [one] };
  }
  // "Mr W Grosvenor Clerk to the Council": no comma between the name and the role.
  const unmarked = nameThenRole(who);
  if (unmarked) {
    const one = person(unmarked.name, '', [unmarked.role, ...roles]);
    if (one) return found([one]);
  }
  // "Chief Fire Officer D Dray", "Clerk to the Authority F Foy": an office, then the bare name.
  // A forename is told from an organisation's word only after a word of office ("Leisure Centre
  // Operating Contract" is no one); initials are a name after any role.
  const office = roleThenName.exec(who);
  if (
    office &&
    !title &&
    (/^\p{Lu}\.?\s/u.test(office[2]!) || officeWord.test(office[1]!.split(' ').at(-1)!)) &&
    !roleGlue.test(office[1]!.split(' ').at(-1)!.toLowerCase()) &&
    roleWords.test(office[1]!) &&
    isRole(office[1]!) &&
    !honorificOf(office[1]!.split(' ')[0]!) &&
    isName(office[2]!) &&
    !roleWords.test(office[2]!)
  ) {
    const one = person(office[2]!, '', [office[1]!, ...roles]);
    if (one) return found([one]);
  }
  // "Mrs C Trewin acting as clerk to the council": the name, then what they were there as.
  const prefix = honouredPrefix.exec(who);
  if (prefix) {
    const { honorific: own, name } = splitHonorific(prefix[1]!);
    return found([{ name, honorific: own, role: [prefix[2]!.trim(), ...roles].filter(Boolean).join(', ') }]);
  }
  return isRole(part) ? { kind: 'role', role: [part, ...roles].join(', ') } : { kind: 'stop' };
}

/** An organisation or a role, then a bare name: initials or a forename, and a surname. */
const roleThenName =
  /^(\p{Lu}[^–—]*?)\s+((?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{Ll}'’-]+|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)$/u;

/**
 * "Corporate Services Tony Caine" between "Chief Accountant" and "Head of Housing": a list's part that
 * ends the previous person's organisation and starts the next person, whose role follows it. Only
 * where the words before the name are a role or an organisation and the next part is a role alone.
 */
export function nameAfterRole(part: string, next: string): { role: string; name: string } | null {
  const nextPart = next.replace(/\([^()]*\)/g, ' ').trim();
  if (!nextPart || /\s[–—-]+\s/.test(nextPart) || !isRole(nextPart) || isName(nextPart)) return null;
  // "Treasurer E Ellis; Clerk to the Authority F Foy": the next part names its own person, so each is office then name.
  const nextName = roleThenName.exec(nextPart)?.[2];
  if (nextName && isName(nextName) && !roleWords.test(nextName)) return null;
  const run = roleThenName.exec(part.trim());
  if (!run) return null;
  const [, role, name] = run as unknown as [string, string, string];
  const words = role.split(' ');
  if (
    !isRole(role) ||
    isName(role) ||
    words.some((word) => honorificOf(word)) ||
    roleGlue.test(words.at(-1)!.toLowerCase())
  )
    return null;
  return isName(name) && !roleWords.test(name) ? { role, name } : null;
}

/**
 * A list of people as one sentence, read as a small grammar:
 *
 *   list   := part (SEP part)*      SEP: "," ";" " and " " & " outside brackets, or a new honorific
 *                                   after a name ("Cllr A Buckland (Mayor) Cllr A Brace")
 *   part   := ("and" | "with" | "from" | "including" | "plus")? (person | role | honorific)
 *   person := title* honorific* name post-nominal* (bracket)* (dash role)?
 *           | role "(" honorific name ")"  | role "(" forename surname ")"  | role dash name
 *   name   := forenames and/or initials, then a surname; a surname alone only after an honorific,
 *             or in a list headed by one ("Councillors Hughes, Evans and Price": the heading's
 *             "Councillor" carries to each), or when `carry` says the list is of councillors
 *   role   := a chair's role, a word of office or organisation, a party, capitalised words: it
 *             belongs to the person before it ("Gillian Birrell, Community Manager, Kerry Tosh")
 *
 * A note after a person ("who was attending another meeting", "as his substitute") is theirs; a
 * surname followed by the sentence's verb ("… and Rigby be accepted") is the list's last person.
 * The list ends at the first part that is none of these: "Mrs D Jones (Clerk), 2 members of the
 * public" is Mrs D Jones; a sentence after the names is not read. A semicolon ends what a plural
 * honorific carried.
 */
export function peopleFromList(text: string, carry = ''): ImportPerson[] {
  const people: ImportPerson[] = [];
  let carried = carry;
  const clean = splitAtHonorifics(withoutPlace(text).trim())
    .replace(/[.;:]+$/, '')
    .replace(/^(?:were|was|from)\s+/i, '');
  const parts = splitTopLevel(clean);
  for (const [index, { part: raw, strong }] of parts.entries()) {
    if (strong) carried = carry;
    let part = raw;
    // "Jim Boyd, Chief Accountant, Corporate Services Tony Caine, Head of Housing": the columns' line
    // break lost, the next person's name ends the previous person's organisation, a role after it.
    const previous = people.at(-1);
    const run = previous ? nameAfterRole(part, parts[index + 1]?.part ?? '') : null;
    if (previous && run) {
      previous.role = previous.role ? `${previous.role}, ${run.role}` : run.role;
      part = run.name;
    }
    const read = readPart(part, carried, carry);
    // A paragraph's number ("1.2") or "one member of the public" before the first name is passed over.
    if (
      read.kind === 'stop' &&
      people.length === 0 &&
      (numbering.test(part.trim()) || notPeople.test(part.trim()))
    )
      continue;
    if (read.kind === 'stop') break;
    if (read.kind === 'last') {
      pushAll(people, read.people);
      break;
    }
    if (read.kind === 'carry') carried = read.honorific;
    else if (read.kind === 'role') {
      const previous = people.at(-1);
      if (previous && read.role) previous.role = previous.role ? `${previous.role}, ${read.role}` : read.role;
    } else {
      pushAll(people, read.people);
      const lead = honorificOf(part.trim().replace(leadWords, '').split(/\s+/)[0] ?? '');
      if (lead && (lead.plural || lead.honorific === 'Councillor' || lead.honorific === 'Alderman'))
        carried = lead.honorific;
    }
  }
  return people;
}
