// People as minutes name them: "Councillor Fiona Venner, Executive Member for Equality",
// "Councillors B Jones, C Brown and D White (Vice-Chair)", "Jane Doe – Head of Planning".
import { honorifics } from '../../shared/format';
import type { ImportPerson } from '../../shared/importing';

const honorificWords: Record<string, string> = {
  ...honorifics,
  councillors: 'Councillor',
  cllrs: 'Councillor',
  aldermen: 'Alderman',
  sir: 'Sir',
  dame: 'Dame',
};
const plurals = new Set(['councillors', 'cllrs', 'aldermen']);

export const HONORIFIC = String.raw`(?:(?:County\s+|Borough\s+|Town\s+)?Councillors?|Cllrs?\.?|Aldermen|Alderman|Mrs|Mr|Ms|Miss|Mx|Dr|Professor|Prof\.?|Sir|Dame)`;
/** A name after its honorific: one to four capitalised words ("F Venner", "Mary-Jane O’Neill"). */
export const NAME = String.raw`[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|le|la|du|da)){0,3}`;

/** "Cllr." → "Councillor"; undefined for a word that is not an honorific. */
export function honorificOf(word: string): { honorific: string; plural: boolean } | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  const honorific = honorificWords[key];
  return honorific ? { honorific, plural: plurals.has(key) } : undefined;
}

/** "County Councillor" is a Councillor. */
const withoutCounty = (text: string) => text.replace(/\b(?:County|Borough|Town)\s+(Councillors?)\b/g, '$1');

/** "Councillor Fiona Venner" → honorific and name. */
export function splitHonorific(text: string): { honorific: string; name: string } {
  const words = withoutCounty(text).trim().replace(/\s+/g, ' ').split(' ');
  const first = words.length > 1 ? honorificOf(words[0]!) : undefined;
  const name = (first ? words.slice(1) : words).join(' ').replace(/['’]s$/, '');
  return { honorific: first?.honorific ?? '', name };
}

const roleWords =
  /\b(?:Director|Officer|Manager|Head|Chief|Clerk|Solicitor|Lawyer|Advis[eo]r|Executive|Lead|Assistant|Planner|Engineer|Secretary|Co-?ordinator|Member|Chair(?:man)?|Leader|Deputy|Monitoring|Democratic|Services?|Team|Consultant|Analyst|Specialist|Representative|Commissioner|Inspector|Governance|Support|Mayor|Cabinet|Portfolio|Holder|Principal|Senior|Legal|Finance|Scrutiny|Strategic|Programme|Project|Partner|Board)\b/;
const looksLikeName = new RegExp(String.raw`^(?:${HONORIFIC}\s+)?${NAME}$`);
const chairRoles =
  /^(?:Chair(?:man|woman|person)?|Vice[- ]Chair(?:man)?|Deputy Chair(?:man)?|in the Chair|Mayor|Deputy Mayor|Leader|Deputy Leader)$/i;

/** One person on a line: "Name, Role", "Name – Role", "Name (Role)" or just the name. */
export function personFromLine(line: string): ImportPerson | null {
  const text = withoutCounty(line).trim().replace(/[.;]$/, '');
  let who = text;
  let role = '';
  const dash = /^(.+?)\s+[–—-]\s+(.+)$/.exec(text);
  const paren = /^(.+?)\s*\(([^)]+)\)$/.exec(text);
  const comma = text.indexOf(',');
  if (comma > 0) {
    who = text.slice(0, comma);
    role = text.slice(comma + 1).trim();
  } else if (dash) [, who = '', role = ''] = dash;
  else if (paren) [, who = '', role = ''] = paren;
  who = who.trim();
  if (!looksLikeName.test(who) || who.split(' ').length > 6) return null;
  const { honorific, name } = splitHonorific(who);
  return { name, honorific, role: role.trim() };
}

/** Whether a line reads as one person with a role ("Jane Doe, Head of Planning"), not a list. */
export function isPersonWithRole(line: string): boolean {
  const comma = line.indexOf(',');
  if (comma <= 0) return false;
  return looksLikeName.test(line.slice(0, comma).trim()) && roleWords.test(line.slice(comma + 1));
}

/**
 * A list of people as one sentence: "Councillor A Smith (Chair), Councillors B Jones, C Brown and
 * D White". A plural honorific carries to the bare names after it; a role in brackets (or a lone
 * "Chair") stays with its name.
 */
export function peopleFromList(text: string): ImportPerson[] {
  const people: ImportPerson[] = [];
  let carried = '';
  const clean = withoutCounty(text)
    .trim()
    .replace(/[.;:]$/, '')
    .replace(/^(?:were|was)\s+/i, '');
  for (const rawPart of splitTopLevel(clean)) {
    let part = rawPart.trim();
    if (!part) continue;
    const roles: string[] = [];
    part = part.replace(/\s*\(([^)]*)\)/g, (_, role: string) => {
      roles.push(role.trim());
      return '';
    });
    const previous = people.at(-1);
    if (chairRoles.test(part) && previous) {
      previous.role = previous.role ? `${previous.role}, ${part}` : part;
      continue;
    }
    const words = part.split(/\s+/);
    const honorific = honorificOf(words[0] ?? '');
    if (honorific && words.length === 1) {
      carried = honorific.plural ? honorific.honorific : '';
      continue;
    }
    if (honorific) carried = honorific.plural ? honorific.honorific : '';
    const who = honorific ? words.slice(1).join(' ') : part;
    if (!new RegExp(`^${NAME}$`).test(who)) continue;
    people.push({
      name: who.replace(/['’]s$/, ''),
      honorific: honorific?.honorific ?? carried,
      role: roles.join(', '),
    });
  }
  return people;
}

/** Splits on commas, semicolons, "and" and "&" outside brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      if (char === ',' || char === ';') {
        parts.push(current);
        current = '';
        continue;
      }
      const rest = text.slice(i);
      const joiner = /^\s+(?:and|&)\s+/.exec(rest);
      if (joiner) {
        parts.push(current);
        current = '';
        i += joiner[0].length - 1;
        continue;
      }
    }
    current += char;
  }
  parts.push(current);
  return parts;
}
