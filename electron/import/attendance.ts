// Who attended, from the labelled lists at the head of the minutes: "Present:", "Members Present",
// "In the Chair", "Sederunt", "Apologies", "Substitutes", "Officers in attendance", "(Officials)",
// "Also present", "Other Members in Attendance", "Parties present" … A list may be one sentence,
// one person a line, two to a line, a table flattened to name-then-organisation lines, or labels in
// a left-hand column with the names wrapped beside them ("ALSO" / "PRESENT:"). A list ends at the
// next label, or at a sentence of the minutes ("The Chair welcomed …").
import type { ImportPerson } from '../../shared/importing';
import { nameKey } from '../../shared/importing';
import { peopleFromList, personFromLine, isPersonWithRole, splitHonorific, HONORIFIC, NAME } from './people';
import { pushAll } from '../../shared/arrays';
import { isRole, notPeople } from './peopleList';
import { finiteVerbs, withoutBy } from './titles';
import { sentencesOf } from './text';
import { columnHeader, rowName, tableByLines, tableHeader, tableRow, type Section } from './attendanceTable';
import { substituteNamed, substitution, substitutesIn, substitutesListed } from './substitutes';

export type { Section } from './attendanceTable';

interface Label {
  section: Section;
  rest: string;
  /** "Councillors" or "BAILIES" as a label: the names after it are councillors. */
  carry: string;
  /** "ALSO" or "APOLOGIES FOR" with the rest of the label on the next line. */
  partial: boolean;
  role: string;
  /** "Other Members Present": the rest of the members, after a chair named on their own. */
  otherMembers: boolean;
}

const labels: { section: Section | 'otherMembers'; pattern: RegExp; carry?: string; role?: string }[] = [
  { section: 'present', pattern: /^In attendance\s*:?\s*\((?:Committee )?Members\)/i },
  // "Attendance:" over the members of a joint body; "Members in attendance:".
  { section: 'present', pattern: /^(?:Attendance|Members in attendance|Members attending)\s*:/i },
  { section: 'present', pattern: /^(?:In the Chair|Presiding)\b|^Chair(?:man|person)?\s*:/i, role: 'Chair' },
  { section: 'otherMembers', pattern: /^Other (?:Members|Councillors)\s+(?:were\s+)?present\b/i },
  {
    section: 'present',
    pattern:
      /^(?:(?:Members|Councillors|Cabinet Members|Committee Members|Board Members|Voting Members|Those)\s+)?Present\b|^Sederunt\b|^Members\s*:|^Co-opted (?:Members?|Representatives?)\b|^Voting Co-optees?\b/i,
  },
  {
    section: 'present',
    pattern:
      /^(?:(?:County|Borough|District|Town|City|Community)\s+)?(?:Councillors|Bailies|Aldermen)\s*(?::-?|$)/i,
    carry: 'Councillor',
  },
  { section: 'apologies', pattern: /^Apolog(?:y|ies)\b(?:\s+for(?:\s+(?:absence|non-attendance))?)?/i },
  { section: 'absent', pattern: /^Absent\b/i },
  {
    section: 'substitutes',
    pattern: /^(?:Named\s+)?Substitut(?:e|es|ions?)(?:\s+(?:present|members))?\b/i,
  },
  {
    section: 'others',
    pattern:
      /^(?:(?:Also|Others?)\s+(?:present|in attendance|attending|attended)\b|ALSO(?=\s|$)|Other (?:Members|Councillors)\s+in attendance\b|Members attending\b|Visiting Members?\b|Ward (?:Councillors|Members)\b|Non-Committee Members?\b|Parties present\b|Public Speakers?\b|Representatives? (?:from|of)\b.*?(?:in attendance)?|External audit(?:ors?)?\b|Applicants?\s*:|Responsible authorit(?:y|ies)\s*:|Other persons\s*:|Objectors?\s*:|Supporters?\s*:|Agents?\s*:|Speakers?\s*:|Witnesses\s*:|Guests?\s*:)/i,
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
    let rest = text
      .slice(match[0].length)
      // "Present (in person):", "Present (remotely) –": how they attended, before the colon.
      .replace(/^\s*(?:\([^()]{1,30}\)\s*(?=:|[–—-]))?(?:\)\s*)?(?::-|:|[–—-]+|\.)?\s*/, '')
      .trim();
    // "Co-opted members present": the label's own last words.
    rest = rest.replace(/^(?:present|in attendance|attending)\b\s*(?::-?|[–—-]+)?\s*/i, '');
    // "Apologies  Cllr B Nattrass … for absence:": a left-hand label's second line run on after the names.
    if (honorificStart.test(rest))
      rest = rest.replace(/\s+(?:for absence|in attendance|present)\s*:-?$/i, '');
    // "Members attending in accordance with Standing Orders 8 and 25:-": all label.
    if (/:-?$/.test(rest) && rest.length < 120 && !/[,;]/.test(rest)) rest = '';
    // A sentence that only starts like a label: "Officers explained that …".
    if (
      rest &&
      /^[a-z]/.test(rest) &&
      !/^(?:were|was|received|from|for|on behalf|and|noted|via|acting|present|in attendance|attending)\b/.test(
        rest,
      ) &&
      section !== 'apologies'
    ) {
      return null;
    }
    return {
      section: section === 'otherMembers' ? 'others' : section,
      rest,
      carry: carry ?? '',
      partial: /^(?:ALSO|APOLOGIES FOR|OFFICERS IN|OTHER MEMBERS IN|IN)$/.test(match[0].trim()),
      role: role ?? '',
      otherMembers: section === 'otherMembers',
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
  /** How many of the preamble's lines came before the first list: the title block is above it. */
  listsAt: number;
  /** Whether any attendance label was found. */
  found: boolean;
}

const apologyVerbs =
  /^(?:(?:for\s+absence\s+)?(?:(?:were|was|had been|have been)\s+)?(?:received|submitted|intimated|reported|recorded|noted|tendered|given|accepted)(?:\s+and\s+(?:accepted|noted))?\s+(?:from|on behalf of|for|by)\s+)/i;
const honorificStart = new RegExp(String.raw`^(?:${HONORIFIC})\s`, 'u');
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
    const ownLine = honorificStart.test(line) && !/^(?:Councillors|Cllrs)\b/.test(line) && !listGoesOn;
    const joins =
      previous !== undefined &&
      (/^\p{Ll}/u.test(line) ||
        open ||
        (!ownLine &&
          (/(?:,|\band|&|\bof|\bthe|\bfor)$/.test(previous) ||
            (previous.length >= 40 &&
              /[,;]/.test(previous) &&
              loneName.test(lastPart) &&
              // "P Sandhu, Director of Legal …" is a person of its own, not the end of a wrapped name.
              !isPersonWithRole(line) &&
              !/[.;:)]$/.test(previous)))));
    if (joins) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
  }
  return out;
}

const laterPerson = new RegExp(String.raw`[,;(]\s*(?:and\s+|with\s+)?(?:${HONORIFIC})\s+\p{Lu}`, 'u');
const listShape = new RegExp(String.raw`\b${HONORIFIC}\s+${NAME}.*\b${HONORIFIC}\s+\p{Lu}`, 'u');

/** The people in one section's lines: one a line, or lists; a role line after a name is that name's. */
/** A full stop after a surname or a bracket, then more: "Clerk: Mrs F Fisher. 5 members of the public were present." */
const sentenceAfterName =
  /(?<!\b(?:Mrs|Revd|Cllrs?|Prof|Supt|Sgt|Insp|Rev|Dr|Mr|Ms|St|Co|Ltd|No))(?<=\p{Ll}{2}|\))\.\s+(?=[\p{Lu}\d])/u;

function peopleIn(lines: string[], carry: string): ImportPerson[] {
  const people: ImportPerson[] = [];
  for (const line of joinWrapped(lines).flatMap((line) => line.split(sentenceAfterName))) {
    if (
      /^(?:none|nil|no apologies|there were no)\b/i.test(line) ||
      /^(?:Name|Organisation|Role)$/i.test(line)
    )
      continue;
    const text = line.replace(apologyVerbs, '').replace(/^(?:were|was)\s+/i, '');
    const bare = text.replace(/\([^)]*\)/g, '');
    // "Director of Finance and Governance – S Coleman": one person, whatever "and" is in the role.
    const roleAndName = /^[^,;]+\s[–—-]+\s[^,;]+$/.test(bare);
    const multiple =
      !roleAndName &&
      (/^(?:(?:County\s+|District\s+)?Councillors|Cllrs|Aldermen|Bailies)\b/i.test(text) ||
        / and | & |;/.test(bare) ||
        (bare.match(/,/g)?.length ?? 0) > 1 ||
        /\)\s*,\s*\p{Lu}/u.test(text) ||
        listShape.test(text));
    // "Mr Luca Bianchi, Bianchi Bar Ltd, with Mr Owen Pritchard": a second person, so a list.
    const another = laterPerson.test(text) || /;/.test(bare);
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
function once(people: ImportPerson[]): ImportPerson[] {
  const seen = new Map<string, ImportPerson>();
  for (const person of people) {
    const key = `${nameKey(person.name)}|${person.honorific}`;
    const known = seen.get(key);
    if (known) known.role ||= person.role;
    else seen.set(key, person);
  }
  return [...seen.values()];
}

const wardMember =
  /\b(?:Ward|Division)(?:\s+(?:Member|Councillor))?$|\blocal (?:ward )?member\b|\bvisiting member\b/i;
/** "PART ONE", "PART 2 – EXEMPT ITEMS": a banner, not a name. */
const banner = /^PART\s+(?:1|2|I|II|ONE|TWO|A|B)\b/;

/** A sentence of the minutes rather than a line of a list: it ends a list. */
function narrative(text: string): boolean {
  if (honorificStart.test(text) && !finiteVerbs.test(withoutBy(text.split(/[,(]/)[0]!))) return false;
  return text.split(/\s+/).length > 4 && finiteVerbs.test(withoutBy(text)) && !/[,;]\s*$/.test(text);
}

/** The labelled lists in the header paragraphs: each section's people, and the lines of none. */
/** "Sub-Committee" beside the first name, over "Members Present:" beside the next: a label in a left-hand column. */
const leftColumn = new RegExp(
  String.raw`^((?:Sub-)?(?:Committee|Board|Panel|Cabinet|Members?)(?:\s+(?:Sub-)?(?:Committee|Board|Panel|Members?))?)\s+((?:${HONORIFIC})\s+\p{Lu}.*)$`,
  'u',
);

function leftColumnLabels(paras: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    const held = leftColumn.exec(paras[i]!);
    const label = held && i + 1 < paras.length ? labelOf(paras[i + 1]!) : null;
    if (held && label?.rest && !labelOf(paras[i]!)) {
      const next = paras[i + 1]!;
      out.push(`${next.slice(0, next.length - label.rest.length).trim()} ${held[2]}`, label.rest);
      i++;
    } else out.push(paras[i]!);
  }
  return out;
}

/** A label with its colon inside a line: where two lists were run into one paragraph. */
const innerLabel =
  /(?<!\b(?:Members|Officers?|Also|Councillors|Other|Cabinet|Committee|Voting|Board|Council|In|Named|Substitute))\s(?=(?:Also|Officers?|In attendance|Apologies|Substitutes?|Members|Councillors|Absent|Present|Other Members|Non-Committee|Ward)\b[^:,;.()]{0,30}:)/gi;

/** "Officers Present: Mr K Fisher, Town Clerk Also Present: PCSO Grey": one list a paragraph again. */
/**
 * "Officers in  Dr C Maguire, …" over "Attendance:  Ms A Toner, …": a label in a left-hand column
 * wrapped over two lines, a name beside each half. The label whole, then both names.
 */
function wrappedLabels(paras: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    const first =
      /^((?:Council\s+)?(?:Officers?|Others?|Also|Members?|Councillors?|Apologies))\s+(in|for)\s+(\S.*)$/i.exec(
        paras[i]!,
      );
    const second = first ? /^(attendance|absence)\s*:-?\s*(.*)$/i.exec(paras[i + 1] ?? '') : null;
    if (first && second) {
      out.push(`${first[1]} ${first[2]} ${second[1]}: ${first[3]}`);
      if (second[2]) out.push(second[2]);
      i++;
    } else out.push(paras[i]!);
  }
  return out;
}

function splitInnerLabels(paras: string[]): string[] {
  return paras.flatMap((para) => {
    if (!para.includes(':') || !labelOf(para)) return [para];
    const pieces = para.split(innerLabel);
    return pieces.length > 1 && pieces.every((piece) => labelOf(piece)?.rest) ? pieces : [para];
  });
}

/**
 * "Yn bresennol / Present:", "Cynghorwyr / Councillors …", "a/and": a bilingual text gives each word
 * in both languages; the English one is read.
 */
const bilingual =
  /(?<![^\s(])[^\s/:,;()]+(?:\s+[^\s/:,;()]+){0,3}\s*\/\s*(?=(?:Present|Also present|In attendance|Apologies|Absent|Substitutes?|Clerk|Officers?|Councillors?|County Councillors?|Chair|Vice-Chair|Mayor|members of the public)\b)/gi;
const english = (para: string) =>
  para.includes('/') ? para.replace(/\s\p{Ll}{1,3}\s*\/\s*and\s/gu, ' and ').replace(bilingual, '') : para;

export function readAttendance(all: string[]): Attendance {
  // Only a text with such a column is rewritten.
  const unwrapped = wrappedLabels(all.some((para) => leftColumn.test(para)) ? leftColumnLabels(all) : all);
  const paras = splitInnerLabels(unwrapped.map(english));
  const lines: Record<Section, string[]> = {
    present: [],
    apologies: [],
    substitutes: [],
    officers: [],
    others: [],
    absent: [],
  };
  const carries: Partial<Record<Section, string>> = {};
  const preamble: string[] = [];
  let section: Section | null = null;
  let partial = false;
  let found = false;
  let chairOnly = false;
  let table: { officers: boolean } | null = null;
  let columns = false;
  let listsAt: number | null = null;
  for (let index = 0; index < paras.length; index++) {
    if (found) listsAt ??= preamble.length;
    const text = paras[index]!;
    const byLines = tableByLines(paras, index, section === 'officers');
    if (byLines) {
      found = true;
      for (const row of byLines.rows) if (row.section) lines[row.section].push(row.name);
      index = byLines.end - 1;
      continue;
    }
    // "Attendee Role Party" under "Members Present": each row's name, in the label's list.
    if (section && columnHeader.test(text)) {
      columns = true;
      continue;
    }
    const cellName = columns ? rowName(text) : null;
    if (cellName && section) {
      lines[section].push(cellName);
      continue;
    }
    columns = false;
    if (tableHeader.test(text)) {
      found = true;
      table = { officers: section === 'officers' };
      continue;
    }
    const row = table ? tableRow(text, table.officers) : null;
    if (row) {
      if (row.section) lines[row.section].push(row.name);
      continue;
    }
    table = null;
    if (partial && /^[A-Z][A-Z ]{1,30}:?$/.test(text)) {
      partial = false;
      continue;
    }
    const label = labelOf(text);
    if (label) {
      found = true;
      // "Other Members present" after a chair named on their own: the rest of the members.
      section = label.otherMembers && (lines.present.length === 0 || chairOnly) ? 'present' : label.section;
      chairOnly = label.role === 'Chair' && section === 'present' && lines.present.length === 0;
      partial = label.partial;
      if (label.carry) carries[section] = label.carry;
      if (label.rest) lines[section].push(label.role ? `${label.rest} (${label.role})` : label.rest);
      continue;
    }
    partial = false;
    // "Mr D Tucker, County Council Link Officer, was in attendance.": sentence by sentence.
    const sentences = sentencesOf(text);
    const attended = sentences.flatMap((part) => {
      const said = /^(.*?)\s+(?:was|were)\s+(?:also\s+)?(?:in attendance|present)\b/i.exec(part);
      return said && !/\bthere$/i.test(said[1]!) ? [said[1]!] : [];
    });
    if (attended.length > 0) {
      found = true;
      pushAll(lines.others, attended);
      // "… were in attendance. Also present were PCSO B. Birch and 4 members of the public."
      for (const part of sentences.slice(1)) {
        const inner = labelOf(part);
        if (inner?.rest && inner.section !== 'present')
          lines[inner.section].push(inner.rest.replace(/^(?:were|was)\s+/i, ''));
      }
      continue;
    }
    if (section && (banner.test(text) || narrative(text))) section = null;
    if (section) lines[section].push(text);
    else preamble.push(text);
  }
  const present = once(peopleIn(lines.present, carries.present ?? ''));
  const attendance: Attendance = {
    present: [],
    apologies: once(peopleIn(lines.apologies, '')),
    substitutes: [],
    officers: once(peopleIn(lines.officers, '')),
    others: [],
    preamble,
    listsAt: listsAt ?? preamble.length,
    found,
  };
  for (const person of present) {
    const sub = substitution.exec(person.role);
    if (sub) attendance.substitutes.push({ ...person, role: '', for: splitHonorific(sub[1]!).name });
    if (wardMember.test(person.role)) attendance.others.push(person);
    else attendance.present.push(person);
  }
  // "Councillor L Lamb (Councillor D Drake substituting)": the apology names the substitute.
  for (const person of attendance.apologies) {
    const named = substituteNamed.exec(person.role);
    const who = named?.[1] ?? named?.[2];
    if (who) attendance.substitutes.push({ ...splitHonorific(who), role: '', for: person.name });
  }
  pushAll(attendance.others, once(peopleIn(lines.others, '')));
  for (const line of lines.substitutes) {
    const said = substitutesIn(line);
    pushAll(attendance.substitutes, said.length > 0 ? said : substitutesListed(line));
  }
  return attendance;
}
