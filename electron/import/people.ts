// People as minutes name them: "Councillor Mrs. A. Thomas-Hale (Vice-Chair, in the Chair)",
// "Councillors B Jones, C Brown and D White", "Cllr A Buckland (Mayor) Cllr A Brace", "Jane Doe –
// Head of Planning", "Head of Housing (Mr. G. Nasmith)", "Alan PETRIE". A name is one to five words
// in capitals (initials, particles such as "ap" and "Ní" allowed); an honorific before it says it
// is a person, a plural one ("Councillors") carries to the bare names after it, and words of office
// ("Director", "Manager", "Service") or of an organisation ("Council", "Ltd") mark a role, not a name.
import { honorifics } from '../../shared/format';
import type { ImportPerson } from '../../shared/importing';

const honorificWords: Record<string, string> = {
  ...honorifics,
  councillors: 'Councillor',
  cllrs: 'Councillor',
  aldermen: 'Alderman',
  alderman: 'Alderman',
  bailie: 'Bailie',
  bailies: 'Bailie',
  sir: 'Sir',
  dame: 'Dame',
  rev: 'Rev',
  revd: 'Rev',
  reverend: 'Rev',
  fr: 'Fr',
  pc: 'PC',
  pcso: 'PCSO',
  sgt: 'Sergeant',
  sergeant: 'Sergeant',
  inspector: 'Inspector',
  superintendent: 'Superintendent',
  supt: 'Superintendent',
  canon: 'Canon',
};
/** Honorifics that carry to the bare names after them: "Councillors A, B and C", "Alderman Blair, Cunning". */
const plurals = new Set(['councillors', 'cllrs', 'aldermen', 'bailies', 'alderman']);

export const HONORIFIC = String.raw`(?:(?:County|Borough|Town|District|City|Parish|Community)\s+)?(?:Councillors?|Cllrs?\.?|Aldermen|Alderman|Bailies?|Mrs\.?|Mr\.?|Ms\.?|Miss|Mx|Dr\.?|Professor|Prof\.?|Sir|Dame|Rev(?:d)?\.?|Reverend|Fr\.?|PCSO|PC|Sgt\.?|Sergeant|Inspector|Superintendent|Supt\.?|Canon)`;
/** A name word: a capital and letters, or initials ("D.R.", "MA"); particles allowed between. */
const WORD = String.raw`(?!(?:Seconded|Proposed|Moved|Resolved|Agreed|And|The|SECONDED|PROPOSED|MOVED|RESOLVED|AGREED)\b)\p{Lu}[\p{L}\p{M}'’.-]*`;
const PARTICLE = String.raw`(?:ap|ab|de|di|da|du|le|la|van|von|der|den|del|dos|al|bin|ní|nic|y)`;
export const NAME = String.raw`${WORD}(?:\s+(?:${WORD}|${PARTICLE})){0,4}`;

const nameOnly = new RegExp(String.raw`^${NAME}$`, 'u');
const honorificThenName = new RegExp(String.raw`^((?:${HONORIFIC}\s+)+)(${NAME})$`, 'u');

/** Words of office and of organisations: a part of a list holding one is a role, not a name. */
export const roleWords =
  /\b(?:Director|Officer|Officers|Manager|Head|Chief|Clerk|Solicitor|Lawyer|Advis[eo]r|Executive|Lead|Assistant|Planner|Engineer|Secretary|Co-?ordinator|Members?|Chair(?:man|woman|person)?|Leader|Deputy|Depute|Monitoring|Democratic|Services?|Team|Consultant|Analyst|Specialist|Representative|Commissioner|Governance|Support|Mayor|Cabinet|Portfolio|Holder|Principal|Senior|Legal|Finance|Scrutiny|Strategic|Programme|Project|Partner(?:ship)?|Board|Council|Committee|Ltd|LLP|plc|Unit|Constabulary|Police|Authority|Trust|Group|Association|Society|Club|School|Church|Diocese|University|College|NHS|Agency|Forum|Network|Centre|Department|Section|Accountant|Auditor|Chaplain|Convener|Provost|Sheriff|Applicant|Agent|Objector|Resident|Residents|Governor|Trustee|Healthwatch|Care|Health|Public|Ward|Division|Region|Partnership|Limited|Company|Corporate|Operations|Communications|Engagement|Electoral|Licensing|Planning|Highways|Housing|Development)\b/;
const titleWords = new Set(
  'the right worshipful worship mayor deputy depute lord lady provost high sheriff his her honour'.split(' '),
);
const postNominal = /\s+(?:MBE|OBE|CBE|BEM|JP|DL|MSP|MP|MS|MLA|KC|QC|FRCP|FCA|MRTPI)\b\.?/g;
const chairRoles =
  /^(?:(?:Vice|Deputy|Depute)[- ]?)?(?:Chair(?:man|woman|person)?|Convener|Convenor|Presiding|Mayor|Leader|Provost)$|^in the Chair$|^Chair(?:man)? for the meeting$/i;

/** "Cllr." → "Councillor"; undefined for a word that is not an honorific. */
export function honorificOf(word: string): { honorific: string; plural: boolean } | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  const honorific = honorificWords[key];
  return honorific ? { honorific, plural: plurals.has(key) } : undefined;
}

/** "County Councillor" is a Councillor; "District Cllr" too. */
const withoutPlace = (text: string) =>
  text.replace(/\b(?:County|Borough|Town|District|City|Parish|Community)\s+(Councillors?|Cllrs?\.?)/g, '$1');

/** A name as the directory keeps it: post-nominals gone, a surname in capitals in ordinary case. */
export function tidyName(name: string): string {
  return name
    .replace(postNominal, '')
    .replace(/['’]s$/, '')
    .replace(/\b(\p{Lu})(\p{Lu}{2,})\b/gu, (_, first: string, rest: string) => first + rest.toLowerCase())
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Councillor Mrs. A. Thomas-Hale" → honorific and name (the first honorific of several). */
export function splitHonorific(text: string): { honorific: string; name: string } {
  // Minutes name the same people again and again (the mover, the seconder, each list): each name is split once.
  const known = splitNames.get(text);
  if (known) return known;
  const split = splitHonorificOnce(text);
  if (splitNames.size >= 4096) splitNames.clear();
  splitNames.set(text, split);
  return split;
}
/** Read only by every caller (each copies or destructures it), so one object per text is shared. */
const splitNames = new Map<string, { honorific: string; name: string }>();

function splitHonorificOnce(text: string): { honorific: string; name: string } {
  const words = withoutPlace(text).trim().replace(/\s+/g, ' ').split(' ');
  let first: string | undefined;
  while (words.length > 1 && (titleWords.has(words[0]!.toLowerCase()) || honorificOf(words[0]!))) {
    const found = honorificOf(words.shift()!);
    if (found && !first) first = found.honorific;
  }
  return { honorific: first ?? '', name: tidyName(words.join(' ')) };
}

function surnameAfterForename(text: string): boolean {
  const match = /^((?:\p{Lu}\.?\s*){1,3}|\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{Ll}'’-]+$/u.exec(text.trim());
  return !!match && !roleWords.test(match[1]!);
}

/** Whether a text is a person's name, with or without honorifics before it. */
export function isName(text: string, bare = true): boolean {
  const clean = withoutPlace(text).replace(postNominal, '').trim();
  if (clean.split(/\s+/).every((word) => honorificOf(word) || titleWords.has(word.toLowerCase())))
    return false;
  const named = honorificThenName.exec(clean);
  // "Mr T. Ward", "Mrs Jane Hall": a surname that is also a role's word ("Ward", "Head") after initials or a forename.
  if (named)
    return !roleWords.test(named[2]!) || /^\p{Lu}\S*$/u.test(named[2]!) || surnameAfterForename(named[2]!);
  return bare && nameOnly.test(clean) && !roleWords.test(clean) && clean.split(/\s+/).length <= 5;
}

/** One person on a line: "Name, Role", "Name – Role", "Name (Role)", "Role (Name)", "Role – Name". */
export function personFromLine(line: string): ImportPerson | null {
  let text = withoutPlace(line)
    .trim()
    .replace(/[.;,]$/, '')
    .trim();
  const chair = /\s*,?\s*(?:[–—-]\s*)?(in the Chair)$/i.exec(text);
  if (chair) text = text.slice(0, chair.index);
  let title = '';
  while (text.split(/\s+/).length > 2 && titleWords.has(text.split(/\s+/)[0]!.toLowerCase())) {
    const [word, ...rest] = text.split(/\s+/);
    title = `${title} ${word}`.trim();
    text = rest.join(' ');
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
  if (paren) tries.push([paren[1]!, [paren[2]!, paren[3]!].filter(Boolean).join(' ')]);
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
  return (
    isName(line.slice(0, comma).trim()) && roleWords.test(after) && !/\b(?:Councillors?|Cllrs?)\b/.test(after)
  );
}

/** "Cllr A Buckland (Mayor) Cllr A Brace": a new person at each honorific that follows a name. */
function splitAtHonorifics(text: string): string {
  let depth = 0;
  let out = '';
  const words = text.split(/(\s+)/);
  let previous = '';
  for (const word of words) {
    if (/^\s+$/.test(word)) {
      out += word;
      continue;
    }
    const starts =
      depth === 0 &&
      honorificOf(word) &&
      previous &&
      !honorificOf(previous) &&
      !/^(?:and|&|,|;|\(|of|the|County|Borough|Town|District|City|Parish|Community|with)$/i.test(previous) &&
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
function splitTopLevel(text: string): { part: string; strong: boolean }[] {
  const parts: { part: string; strong: boolean }[] = [];
  let depth = 0;
  let current = '';
  let strong = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      if (char === ',' || char === ';') {
        parts.push({ part: current, strong });
        current = '';
        strong = char === ';';
        continue;
      }
      const joiner = /^\s+(?:and|&)\s+/.exec(text.slice(i, i + 8));
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

/**
 * A list of people as one sentence: "Councillor A Smith (Chair), Councillors B Jones, C Brown and
 * D White"; "Gillian Birrell, Community Manager, Kerry Tosh, Team Manager"; "The Mayor (Councillor
 * X) in the Chair; the Deputy Mayor (Councillor Y)". A plural honorific carries to the bare names
 * after it; a role in brackets, after a dash, or as the next part of the list stays with its name.
 * `carry` starts the list as if after "Councillors".
 */
export function peopleFromList(text: string, carry = ''): ImportPerson[] {
  const people: ImportPerson[] = [];
  let carried = carry;
  const clean = splitAtHonorifics(withoutPlace(text).trim())
    .replace(/[.;:]+$/, '')
    .replace(/^(?:were|was|from)\s+/i, '');
  for (const { part: raw, strong } of splitTopLevel(clean)) {
    if (strong) carried = carry;
    let part = raw
      .trim()
      .replace(/^(?:and|&|with|from|including|plus)\s+/i, '')
      // "Aldermen – F Agnew": a dash after the honorific.
      .replace(/^((?:County\s+)?(?:Councillors?|Cllrs?\.?|Aldermen|Alderman|Bailies))\s*[–—-]+\s*/, '$1 ');
    if (!part) continue;
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
    }
    const previous = people.at(-1);
    const addRole = (role: string) => {
      if (previous) previous.role = previous.role ? `${previous.role}, ${role}` : role;
    };
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
      people.push({ name, honorific, role: part.replace(/^the\s+/i, '') });
      continue;
    }
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
      people.push({ name: bareName, honorific: '', role: part.replace(/^the\s+/i, '') });
      continue;
    }
    if (chairRoles.test(part) || /^in the Chair$/i.test(part)) {
      addRole(part);
      continue;
    }
    const words = part.split(' ');
    const honorific = honorificOf(words[0] ?? '');
    if (honorific && words.length === 1) {
      carried = honorific.plural ? honorific.honorific : '';
      continue;
    }
    let who = part;
    let title = '';
    while (who.split(' ').length > 1 && titleWords.has(who.split(' ')[0]!.toLowerCase())) {
      title = `${title} ${who.split(' ')[0]}`.trim();
      who = who.split(' ').slice(1).join(' ');
    }
    const lead = honorificOf(who.split(' ')[0] ?? '');
    // "Councillors Abbas, Mrs Bentley, Birtwistle": a title inside the list does not end it.
    // "Councillor Marchetti (Chair), Okafor, Lindqvist": even a singular councillor heads a list of surnames.
    if (lead && (lead.plural || lead.honorific === 'Councillor' || lead.honorific === 'Alderman')) {
      carried = lead.honorific;
    }
    // "P J Corrigan J Devine": names run together, a new one at each initial after a surname.
    const together = namesRunTogether(who);
    if (together.length >= 2) {
      for (const one of together) people.push({ ...splitHonorific(one), role: '' });
      continue;
    }
    const named = lead || carried ? isName(who) : isName(who) && (who.split(' ').length >= 2 || !!carry);
    // "Mrs C Trewin acting as clerk to the council": the name, then what they were there as.
    const prefix = !named ? honouredPrefix.exec(who) : null;
    if (prefix) {
      const { honorific: own, name } = splitHonorific(prefix[1]!);
      people.push({ name, honorific: own, role: [prefix[2]!.trim(), ...roles].filter(Boolean).join(', ') });
      continue;
    }
    // "P J Corrigan J Devine Mrs E A Hanna R Kerr": names run together, a new one at each initial.
    const run = !named ? namesRunTogether(who) : [];
    if (run.length >= 2) {
      for (const one of run) people.push({ ...splitHonorific(one), role: '' });
      continue;
    }
    if (!named) {
      if (part && !/^\d/.test(part) && !/members of the public/i.test(part)) addRole(part);
      continue;
    }
    const { honorific: own, name } = splitHonorific(who);
    if (!name) continue;
    people.push({
      name,
      honorific: own || carried,
      role: [title, ...roles].filter(Boolean).join(', '),
    });
  }
  return people;
}
