// Who attended, from the labelled lists at the head of the minutes: "Present:", "Members Present",
// "In the Chair", "Sederunt", "Apologies", "Substitutes", "Officers in attendance", "(Officials)",
// "Also present", "Other Members in Attendance", "Parties present" … A list may be one sentence,
// one person a line, two to a line, a table flattened to name-then-organisation lines, or labels in
// a left-hand column with the names wrapped beside them ("ALSO" / "PRESENT:").
import type { ImportPerson } from '../../shared/importing';
import { peopleFromList, personFromLine, isPersonWithRole, splitHonorific, HONORIFIC, NAME } from './people';
import { pushAll } from '../../shared/arrays';

export type Section = 'present' | 'apologies' | 'substitutes' | 'officers' | 'others' | 'absent';

interface Label {
  section: Section;
  rest: string;
  /** "Councillors" or "BAILIES" as a label: the names after it are councillors. */
  carry: string;
  /** "ALSO" or "APOLOGIES FOR" with the rest of the label on the next line. */
  partial: boolean;
  role: string;
}

const labels: { section: Section | 'otherMembers'; pattern: RegExp; carry?: string; role?: string }[] = [
  { section: 'present', pattern: /^In attendance\s*:?\s*\((?:Committee )?Members\)/i },
  { section: 'present', pattern: /^(?:In the Chair|Presiding|Chair(?:man)?)\b/i, role: 'Chair' },
  { section: 'otherMembers', pattern: /^Other (?:Members|Councillors)\s+(?:were\s+)?present\b/i },
  {
    section: 'present',
    pattern:
      /^(?:(?:Members|Councillors|Cabinet Members|Committee Members|Board Members|Voting Members|Those)\s+)?Present\b|^Sederunt\b|^Members\s*:|^Co-opted (?:Members?|Representatives?)\b|^Voting Co-optees?\b/i,
  },
  { section: 'present', pattern: /^(?:Councillors|Bailies|Aldermen)\s*(?::|$)/i, carry: 'Councillor' },
  { section: 'apologies', pattern: /^Apolog(?:y|ies)\b(?:\s+for(?:\s+(?:absence|non-attendance))?)?/i },
  { section: 'absent', pattern: /^Absent\b/i },
  { section: 'substitutes', pattern: /^(?:Named\s+)?Substitut(?:e|es|ions?)(?:\s+(?:present|members))?\b/i },
  {
    section: 'others',
    pattern:
      /^(?:(?:Also|Others?)\s+(?:present|in attendance|attending)\b|ALSO$|Other (?:Members|Councillors)\s+in attendance\b|Members attending\b|Visiting Members?\b|Ward (?:Councillors|Members)\b|Non-Committee Members?\b|Parties present\b|Public Speakers?\b|Representatives? (?:from|of)\b.*?(?:in attendance)?|External audit(?:ors?)?\b|Applicants?\s*:|Responsible authorit(?:y|ies)\s*:|Other persons\s*:|Objectors?\s*:|Supporters?\s*:|Agents?\s*:|Speakers?\s*:|Witnesses\s*:|Guests?\s*:)/i,
  },
  {
    section: 'officers',
    pattern:
      /^(?:\(?Officials\)?|(?:Council\s+)?Officers?(?:\s+(?:present|in attendance|attending))?|Attending\b|In attendance\b|Clerk\s*:|Staff\s*:)/i,
  },
];

/** The label a paragraph opens with, and what follows it on the line. */
function labelOf(text: string): Label | null {
  for (const { section, pattern, carry, role } of labels) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text
      .slice(match[0].length)
      .replace(/^\s*(?:\)\s*)?(?::-|:|[–—-]+|\.)?\s*/, '')
      .trim();
    // A sentence that only starts like a label: "Officers explained that …".
    if (
      rest &&
      /^[a-z]/.test(rest) &&
      !/^(?:were|was|received|from|for|on behalf|and|noted|via)\b/.test(rest)
    ) {
      if (section !== 'apologies') return null;
    }
    const partial = /^(?:ALSO|APOLOGIES FOR|OFFICERS IN|OTHER MEMBERS IN|IN)$/.test(match[0].trim());
    return {
      section: section === 'otherMembers' ? 'others' : section,
      rest,
      carry: carry ?? '',
      partial,
      role: role ?? '',
    };
  }
  return null;
}

export interface Attendance {
  present: ImportPerson[];
  apologies: ImportPerson[];
  substitutes: (ImportPerson & { for: string })[];
  officers: ImportPerson[];
  others: ImportPerson[];
  /** Lines that were no section's: the title block above the lists. */
  preamble: string[];
  /** Whether any attendance label was found. */
  found: boolean;
}

const apologyVerbs =
  /^(?:(?:for\s+absence\s+)?(?:(?:were|was|had been|have been)\s+)?(?:received|submitted|intimated|reported|recorded|noted|tendered|given|accepted)(?:\s+and\s+(?:accepted|noted))?\s+(?:from|on behalf of|for|by)\s+)/i;

/** Lines wrapped inside one list joined again: a line ending in a comma, "and", or mid-sentence. */
function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (
      previous !== undefined &&
      (/(?:,|\band|&|\bof|\bthe|\bfor)$/.test(previous) ||
        (previous.length >= 50 && !/[.;:)]$/.test(previous) && !/^(?:\(|Councillors?\b|Cllrs?\b)/.test(line)))
    ) {
      out[out.length - 1] = `${previous} ${line}`;
    } else out.push(line);
  }
  return out;
}

/** The people in one section's lines: one a line, or lists; a role line after a name is that name's. */
function peopleIn(lines: string[], carry: string): ImportPerson[] {
  const people: ImportPerson[] = [];
  for (const line of joinWrapped(lines)) {
    if (
      /^(?:none|nil|no apologies|there were no)\b/i.test(line) ||
      /^(?:Name|Organisation|Role)$/i.test(line)
    )
      continue;
    const text = line.replace(apologyVerbs, '').replace(/^(?:were|was)\s+/i, '');
    const multiple =
      /^(?:(?:County\s+|District\s+)?Councillors|Cllrs|Aldermen|Bailies)\b/i.test(text) ||
      / and | & |;/.test(text.replace(/\([^)]*\)/g, '')) ||
      (text.match(/,/g)?.length ?? 0) > 1 ||
      new RegExp(String.raw`\b${HONORIFIC}\s+${NAME}.*\b${HONORIFIC}\s+\p{Lu}`, 'u').test(text);
    const one = isPersonWithRole(text) || !multiple ? personFromLine(text) : null;
    if (one) {
      people.push(one);
      continue;
    }
    const listed = peopleFromList(text, carry);
    if (listed.length > 0) {
      pushAll(people, listed);
      continue;
    }
    // A line with no name after one with a name: that person's organisation or role.
    const previous = people.at(-1);
    if (previous && /^[\p{Lu}(]/u.test(text) && text.length < 160) {
      previous.role = previous.role ? `${previous.role}, ${text}` : text;
    }
  }
  return people;
}

const substitution = /\b(?:substitut\w*|sub)\b(?:\s+(?:member\s+)?for)?\s+(.+?)\)?$/i;
const wardMember =
  /\b(?:Ward|Division)(?:\s+(?:Member|Councillor))?$|\blocal (?:ward )?member\b|\bvisiting member\b/i;

/** The labelled lists in the header paragraphs: each section's people, and the lines of none. */
export function readAttendance(paras: string[]): Attendance {
  const lines: Record<Section, string[]> = {
    present: [],
    apologies: [],
    substitutes: [],
    officers: [],
    others: [],
    absent: [],
  };
  const carries: Partial<Record<Section, string>> = {};
  const roles: Partial<Record<Section, string>> = {};
  const preamble: string[] = [];
  let section: Section | null = null;
  let partial = false;
  let found = false;
  for (const text of paras) {
    if (partial && /^[A-Z][A-Z ]{1,30}:?$/.test(text)) {
      partial = false;
      continue;
    }
    const label = labelOf(text);
    if (label) {
      found = true;
      // "Other Members present" after a chair on their own: the rest of the members.
      section =
        label.section === 'others' &&
        /^Other (?:Members|Councillors)/i.test(text) &&
        lines.present.length === 0
          ? 'present'
          : label.section;
      partial = label.partial;
      if (label.carry) carries[section] = label.carry;
      if (label.role) roles[section] = label.role;
      if (label.rest) lines[section].push(label.role ? `${label.rest} (${label.role})` : label.rest);
      continue;
    }
    partial = false;
    const sentence = /^(.*?)\s+(?:was|were)\s+(?:also\s+)?(?:in attendance|present)\b/i.exec(text);
    if (sentence) {
      found = true;
      lines.others.push(sentence[1]!);
      continue;
    }
    if (section) lines[section].push(text);
    else preamble.push(text);
  }
  const present = peopleIn(lines.present, carries.present ?? '');
  const others = peopleIn(lines.others, '');
  const attendance: Attendance = {
    present: [],
    apologies: peopleIn(lines.apologies, ''),
    substitutes: [],
    officers: peopleIn(lines.officers, ''),
    others: [],
    preamble,
    found,
  };
  for (const person of present) {
    const sub = substitution.exec(person.role);
    if (sub) attendance.substitutes.push({ ...person, role: '', for: splitHonorific(sub[1]!).name });
    if (wardMember.test(person.role)) attendance.others.push(person);
    else attendance.present.push(person);
  }
  pushAll(attendance.others, others);
  for (const line of lines.substitutes) pushAll(attendance.substitutes, substitutesIn(line));
  return attendance;
}

export const substitutionPhrase = new RegExp(
  String.raw`(${HONORIFIC}\s+${NAME})\s*(?:\(|,)?\s*(?:(?:attended|was present|present)\s+as\s+(?:a\s+)?substitute(?:\s+member)?\s+for|substitut(?:ed|ing)\s+for|as\s+(?:a\s+)?substitute(?:\s+member)?\s+for|appointed as (?:a\s+)?substitute member for|for|in place of)\s+(${HONORIFIC}\s+${NAME})`,
  'gu',
);

export function substitutesIn(text: string): (ImportPerson & { for: string })[] {
  return [...text.matchAll(substitutionPhrase)].map((match) => ({
    ...splitHonorific(match[1]!),
    role: '',
    for: splitHonorific(match[2]!).name,
  }));
}
