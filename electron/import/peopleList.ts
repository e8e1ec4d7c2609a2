// A list of people as one sentence (see peopleFromList).
import type { ImportPerson } from '../../shared/importing';
import {
  HONORIFIC,
  NAME,
  chairRoles,
  honorificOf,
  honorificThenName,
  isName,
  nameOnly,
  postNominal,
  roleWords,
  splitHonorific,
  titleWords,
  withoutPlace,
} from './names';

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
