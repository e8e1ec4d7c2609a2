// The people in one attendance section's lines: lines wrapped inside a list joined again, then each
// line read as one person with a role ("Jane Doe, Head of Planning") or as a list (peopleFromList);
// a line with no name after a person is that person's role or organisation.
import type { ImportPerson } from '../../shared/importing';
import { nameKey } from '../../shared/importing';
import { pushAll } from '../../shared/arrays';
import {
  HONORIFIC,
  NAME,
  honorificOf,
  isName,
  roleWords,
  isPersonWithRole,
  peopleFromList,
  personFromLine,
  splitHonorific,
} from './people';
import { honorificThenName, policeRank, withoutPlace } from './names';
import { isRole, notPeople } from './peopleList';
import { honorificStart } from './attendanceLabels';

const apologyVerbs =
  /^(?:(?:an\s+)?apolog(?:y|ies)\s+)?(?:(?:for\s+(?:absence|non-attendance)\s+)?(?:(?:were|was|had been|have been)\s+)?(?:received|submitted|intimated|reported|recorded|noted|tendered|given|accepted)(?:\s+and\s+(?:accepted|noted))?\s+(?:from|on behalf of|for|by)\s+)/i;
/** What a list said as a sentence ends with: "… sent apologies", "… were unable to attend", "… were present". */
const listVerbAtEnd =
  /\s+(?:(?:had|have|has)\s+)?(?:(?:sent|gave|given|tendered|submitted|offered|conveyed)\s+(?:their\s+|his\s+|her\s+)?apolog(?:y|ies)(?:\s+for\s+(?:absence|non-attendance))?|(?:were|was)\s+(?:also\s+)?(?:present|in attendance|absent|unable to attend))\s*\.?$/i;
const loneName = new RegExp(
  String.raw`^(?:(?:${HONORIFIC})\s+)?(?:\p{Lu}[\p{L}'’-]*|(?:\p{Lu}\.?\s*)+)$`,
  'u',
);

/**
 * Lines wrapped inside one list joined again: after a comma, "and" or "of", before a line in lower
 * case, or where a forename or initials were left at a line's end ("Fiona" / "Cairnie, …"); never
 * before a line that is a person of its own ("Mrs P Alston, Assistant Clerk").
 */
function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const lastPart =
      previous
        ?.split(/[,;]\s*|\s+and\s+/)
        .at(-1)
        ?.trim() ?? '';
    const open = (previous?.match(/\(/g)?.length ?? 0) > (previous?.match(/\)/g)?.length ?? 0);
    // "Councillors A, …, Lomax," over "Mrs Mountjoy and Nuttall.": the plural list goes on.
    // "…, Councillor Gus Hall and" over "Councillor Ivy Jones": a line ending in "and" goes on.
    const listGoesOn =
      !!previous &&
      ((/,$/.test(previous) && /\b(?:Councillors|Cllrs)\s/.test(previous)) || /\s(?:and|&)$/.test(previous));
    const ownLine =
      (honorificStart.test(line) || policeRank.test(line)) &&
      !/^(?:Councillors|Cllrs)\b/.test(line) &&
      !listGoesOn;
    const joins =
      previous !== undefined &&
      (/^\p{Ll}/u.test(line) ||
        open ||
        /\p{L}-$/u.test(previous) ||
        (!ownLine &&
          (/(?:,|\band|&|\bof|\bthe|\bfor)$/.test(previous) ||
            (previous.length >= 40 &&
              /[,;]/.test(previous) &&
              loneName.test(lastPart) &&
              // "P Sandhu, Director of Legal …" is a person of its own, not the end of a wrapped name.
              !isPersonWithRole(line) &&
              !/[.;:)]$/.test(previous)))));
    // "Dallat-" over "Kearney": a name hyphenated at the line's end is one word again.
    if (joins) out[out.length - 1] = /\p{L}-$/u.test(previous) ? `${previous}${line}` : `${previous} ${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * A second person on the line: after a comma, semicolon or bracket, or after the first person's role
 * or organisation ("Mr C Rae, Director of Housing, NIHE Mr F Orr, Regional Manager").
 */
const laterPerson = new RegExp(
  String.raw`[,;(]\s*(?:and\s+|with\s+)?(?:${HONORIFIC})\s+\p{Lu}|,[^,;()]*?\p{L}\s+(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+\p{Lu}`,
  'u',
);
const listShape = new RegExp(String.raw`\b${HONORIFIC}\s+${NAME}.*\b${HONORIFIC}\s+\p{Lu}`, 'u');

/** A name standing alone in a run of pairs: an honorific, or initials or a forename, then a surname. */
const pairName = (text: string) =>
  isName(text) && (honorificThenName.test(withoutPlace(text)) || /^\S+(?:\s+\S+){1,3}$/.test(text));

/**
 * "Chief Executive – J Dixon Director of Operations – G Girvan Head of Legal – P Casey": role-and-name
 * pairs run into one line (a PDF's two columns), or name-and-role pairs ("J Dixon – Chief Executive
 * G Girvan – Director of Operations"). Each dash joins a pair; the words between two dashes are the
 * end of one pair and the start of the next. Null unless the whole line reads so.
 */
export function pairsRunTogether(text: string): ImportPerson[] | null {
  const segments = text.split(/\s+[–—-]+\s+/);
  if (segments.length < 3 || segments.some((segment) => /[,;]/.test(segment))) return null;
  const roleFirst = isRole(segments[0]!) && !pairName(segments[0]!);
  if (!roleFirst && !pairName(segments[0]!)) return null;
  const firsts = [segments[0]!];
  const seconds: string[] = [];
  for (const segment of segments.slice(1, -1)) {
    const words = segment.split(/\s+/);
    let cut = -1;
    for (let k = 1; k < words.length && cut < 0; k++) {
      const left = words.slice(0, k).join(' ');
      const right = words.slice(k).join(' ');
      if (roleFirst ? pairName(left) && isRole(right) : isRole(left) && !pairName(left) && pairName(right))
        cut = k;
    }
    if (cut < 0) return null;
    seconds.push(words.slice(0, cut).join(' '));
    firsts.push(words.slice(cut).join(' '));
  }
  seconds.push(segments.at(-1)!);
  const people: ImportPerson[] = [];
  for (const [i, first] of firsts.entries()) {
    const [who, role] = roleFirst ? [seconds[i]!, first] : [first, seconds[i]!];
    if (!pairName(who) || !isRole(role)) return null;
    people.push({ ...splitHonorific(who), role });
  }
  return people;
}

const rankInside = new RegExp(String.raw`(?<=\p{L})\s+(?=${policeRank.source.slice(1)})`, 'u');
const roleThenTitled = new RegExp(String.raw`^[^;]+\s[–—-]+\s(?:${HONORIFIC})\s+${NAME}$`, 'u');

const surnameToken = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}\.|\([^()]*\))$/u;

/**
 * "Councillors Atherton Buckley-Sands Chowdhury" / "Dewsnap Ellison Fitton" / "Gorton (Vice-Chair)
 * Hussain M. Hussain S.": surnames in columns, the commas lost with the columns. Two or more lines,
 * every line two or more surnames, one of them three or more: rewritten as one list "Councillors
 * Atherton, Buckley-Sands, …", an initial after a surname kept with it, a bracket with the name before.
 */
function surnameColumns(lines: string[]): string[] {
  const at = lines.findIndex((line) => /^(?:Councillors|Cllrs\.?|Aldermen|Bailies)\s+\p{Lu}/u.test(line));
  if (at < 0) return lines;
  const tokens = (line: string) => line.match(/\([^()]*\)|\S+/g) ?? [];
  const rows: string[][] = [];
  for (let i = at; i < lines.length; i++) {
    const words = tokens(i === at ? lines[i]!.replace(/^\S+\s+/, '') : lines[i]!);
    const names = words.filter((word) => !word.startsWith('(') && !/^\p{Lu}\.$/u.test(word));
    if (!words.every((word) => surnameToken.test(word)) || names.length < 2) break;
    rows.push(words);
  }
  if (
    rows.length < 2 ||
    !rows.some((row) => row.filter((word) => !/^[(]|^\p{Lu}\.$/u.test(word)).length >= 3)
  )
    return lines;
  const people: string[] = [];
  for (const word of rows.flat()) {
    if ((word.startsWith('(') || /^\p{Lu}\.$/u.test(word)) && people.length > 0)
      people[people.length - 1] += ` ${word}`;
    else people.push(word);
  }
  return [...lines.slice(0, at), `Councillors ${people.join(', ')}`, ...lines.slice(at + rows.length)];
}

/** The people in one section's lines: one a line, or lists; a role line after a name is that name's. */
/** A full stop after a surname or a bracket, then more: "Clerk: Mrs F Fisher. 5 members of the public were present." */
const sentenceAfterName =
  /(?<!\b(?:Mrs|Revd|Cllrs?|Prof|Supt|Sgt|Insp|Rev|Dr|Mr|Ms|St|Co|Ltd|No))(?<=\p{Ll}{2}|\))\.\s+(?=[\p{Lu}\d])/u;

/** A forename or a surname: a capital, then letters ("MacCallister", "O’Neill", "Brodie-Keir"). */
const plainWord = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/**
 * "Lorna MacCallister        Ann Rennie", the columns' gap lost: an even run of four or more plain
 * capitalised words and nothing else on a list's line are people, a forename and a surname each. A
 * line with an initial, an honorific, a particle or a word of office is left as it is.
 */
function namePairs(line: string): string {
  const note = /\s*\([^()]*\)\s*$/.exec(line);
  const words = (note ? line.slice(0, note.index) : line).trim().split(/\s+/);
  // Any even run of four or more: "Ruth Ashby Ian Beverley Carl Drabwell Owen Pickering" (a PDF's ward columns).
  if (words.length < 4 || words.length % 2 !== 0 || !words.every((word) => plainWord.test(word))) return line;
  if (words.some((word) => roleWords.test(word) || honorificOf(word))) return line;
  const pairs: string[] = [];
  for (let at = 0; at < words.length; at += 2) pairs.push(`${words[at]} ${words[at + 1]}`);
  return `${pairs.slice(0, -1).join(', ')} and ${pairs.at(-1)}${note ? note[0] : ''}`;
}

export function peopleIn(lines: string[], carry: string): ImportPerson[] {
  const people: ImportPerson[] = [];
  for (const line of joinWrapped(surnameColumns(lines)).flatMap((line) => line.split(sentenceAfterName))) {
    if (
      /^(?:none|nil|no apologies|there were no)\b/i.test(line) ||
      /^(?:Name|Organisation|Role)$/i.test(line)
    )
      continue;
    const text = namePairs(line)
      // "Nadia Karimi  Minute 185": the minute a person attended for, a column beside the name (not
      // inside brackets opened just before: bounded, as an unbounded look back is quadratic in a line's length).
      .replace(
        /(?<!\([^()]{0,160})\s+(?:for\s+)?(?:Minutes?|Items?|Agenda\s+items?)\s+(?:Nos?\.?\s*)?\d[\w/.()]*(?:\s*(?:,|and|&|[–-])\s*\d[\w/.()]*)*\s*$/i,
        '',
      )
      .replace(apologyVerbs, '')
      .replace(/^(?:were|was)\s+/i, '')
      // "Councillors A, B and C sent apologies.", "… were present.": the list, then the sentence's verb.
      .replace(listVerbAtEnd, '')
      // "…, Office of the Commissioner Temporary Assistant Chief Constable R Dunmore": a new person at the rank.
      .replace(rankInside, '; ')
      // "Jane Brightwell- Cox": a name hyphenated at a line's end and joined with a space.
      .replace(/(\p{Ll})- (?=\p{Lu}\p{Ll})/gu, '$1-');
    // "Director of Conservation and Planning: Dr Simon Lythe", "Parish Members: Mr B Calvert, Mrs A Threlkeld":
    // a role or a category of member before a colon, the people after it.
    const colon = /^([^:]{3,80}?):\s+(\S.*)$/.exec(text);
    if (colon && isRole(colon[1]!) && !isName(colon[1]!)) {
      const after = peopleFromList(colon[2]!);
      const one = after.length === 1 && isName(colon[2]!.replace(/[.;]$/, '')) ? after[0]! : null;
      if (one) {
        people.push({ ...one, role: [colon[1]!, one.role].filter(Boolean).join(', ') });
        continue;
      }
      if (after.length > 1) {
        pushAll(people, after);
        continue;
      }
    }
    const pairs = pairsRunTogether(text);
    if (pairs) {
      pushAll(people, pairs);
      continue;
    }
    const bare = text.replace(/\([^)]*\)/g, '');
    // "Director of Finance and Governance – S Coleman": one person, whatever "and" is in the role;
    // "Assistant Director, Highways and Transport – Mr S. Wardle": commas too, before a titled name.
    const roleAndName =
      /^[^,;]+\s[–—-]+\s[^,;]+$/.test(bare) ||
      (roleThenTitled.test(bare) && !/[,;]|\sand\s/.test(bare.split(/\s[–—-]+\s/).at(-1)!));
    const multiple =
      !roleAndName &&
      (/^(?:(?:County\s+|District\s+)?Councillors|Cllrs|Aldermen|Bailies)\b/i.test(text) ||
        / and | & |;/.test(bare) ||
        (bare.match(/,/g)?.length ?? 0) > 1 ||
        /\)\s*,\s*\p{Lu}/u.test(text) ||
        // "J Mulgrew (Chief Executive) J Toner (Director of Finance)": a name between two brackets.
        /\)\s+\p{Lu}[^()]*\(/u.test(text) ||
        listShape.test(text));
    // "Mr Luca Bianchi, Bianchi Bar Ltd, with Mr Owen Pritchard": a second person, so a list.
    const another =
      laterPerson.test(text) ||
      /;/.test(bare) ||
      /\)\s+\p{Lu}[^()]*\(/u.test(text) ||
      // "Alasdair Brodie-Keir (Convener)  Morag Lindsay": a name after the bracket, a column beside it.
      isName(/\)\s+(\p{Lu}[^()]*?)\s*$/u.exec(text)?.[1] ?? '');
    const one = (isPersonWithRole(text) || !multiple) && !another ? personFromLine(text) : null;
    if (one) {
      people.push(one);
      continue;
    }
    const listed = peopleFromList(text, carry);
    if (listed.length > 0) {
      pushAll(people, listed);
      continue;
    }
    // "Members of the public: 3", "2 members of the press": no one to list, and no one's role.
    if (notPeople.test(text.replace(/\s*:.*$/, ''))) continue;
    // A line with no name after one with a name: that person's organisation or role.
    const previous = people.at(-1);
    // Not a sentence after the list: "The meeting started at 7.00 pm."
    if (
      previous &&
      /^[\p{Lu}(]/u.test(text) &&
      text.length < 160 &&
      (isRole(text) || /^\(.*\)$/.test(text))
    ) {
      previous.role = previous.role ? `${previous.role}, ${text}` : text;
    }
  }
  return people;
}

/** One person once: "Euan STRACHAN" in the list and "Councillor Euan STRACHAN, Convener, in the Chair". */
export function once(people: ImportPerson[]): ImportPerson[] {
  const seen = new Map<string, ImportPerson>();
  for (const person of people) {
    const key = `${nameKey(person.name)}|${person.honorific}`;
    const known = seen.get(key);
    if (known) known.role ||= person.role;
    else seen.set(key, person);
  }
  return [...seen.values()];
}
