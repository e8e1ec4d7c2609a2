// A meeting's header as councils write it: the committee, the date and time, Present, Apologies,
// Substitutes, officers, and declarations of interest.
import type { ImportItem, ImportMeeting, ImportPerson } from '../../shared/importing';
import { months } from '../../shared/format';
import { bulletOf } from './narrative';
import { HONORIFIC, NAME, isPersonWithRole, peopleFromList, personFromLine, splitHonorific } from './people';
import { type Para } from './text';
import { pushAll } from '../../shared/arrays';
import { emptyMeeting } from './item';

export const monthNames = months.map((month) => month.toLowerCase());
export const monthPattern = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
export const longDate = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${monthPattern},?\s+(\d{4})\b`,
  'i',
);
export const numericDate = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

/** The first date in a text, as YYYY-MM-DD, and where it was. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const long = longDate.exec(text);
  const numeric = numericDate.exec(text);
  let day: number, month: number, year: number, match: RegExpExecArray;
  if (long && (!numeric || long.index <= numeric.index)) {
    match = long;
    day = Number(long[1]);
    const name = long[2]!.toLowerCase();
    month = monthNames.findIndex((candidate) => candidate.startsWith(name.slice(0, 3))) + 1;
    year = Number(long[3]);
  } else if (numeric) {
    match = numeric;
    [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  } else return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) return null;
  return { iso, index: match.index, length: match[0].length };
}

export function findTime(text: string): string | null {
  const match =
    /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/i.exec(text) ??
    /\bTime\s*:\s*(\d{1,2})[.:](\d{2})\b/i.exec(text);
  if (/\bnoon\b/i.test(text) && !match) return '12:00';
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export const bodies =
  /\b(?:Committee|Cabinet|Board|Panel|Sub-Committee|Commission|Forum|Executive|Assembly)\b/i;
export const councils = /\bCouncil\b/i;
export const smallWords = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'with']);

/** "PLANNING COMMITTEE" → "Planning Committee"; mixed case is left as written. */
export function fromCapitals(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && smallWords.has(word) ? word : word.replace(/(^|[-(&])([a-z])/g, (m) => m.toUpperCase()),
    )
    .join(' ');
}

export const sections = {
  present: /^(?:(?:Members|Councillors)\s+)?Present\s*(?:[:–—-]|\bwere\b)?\s*(.*)$/i,
  apologies:
    /^Apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+(?:(?:were|was)\s+)?received\s+from)?\s*[:–—-]?\s*(.*)$/i,
  substitutes: /^Substitut(?:e|es|ions?)(?:\s+(?:present|members))?\s*[:–—-]?\s*(.*)$/i,
  officers:
    /^(?:Officers?(?:\s+(?:present|in attendance))?|(?:Also|Others?)\s+(?:present|in attendance)|In attendance)\s*[:–—-]?\s*(.*)$/i,
};
export type Section = keyof typeof sections;

export function parseHeader(paras: Para[], notes: string[]): ImportMeeting {
  const meeting = emptyMeeting('', null);
  const lines: Record<Section, string[]> = { present: [], apologies: [], substitutes: [], officers: [] };
  let section: Section | null = null;
  const preamble: string[] = [];
  for (const para of paras) {
    const text = para.text;
    const opened = (Object.keys(sections) as Section[]).find((key) => sections[key].test(text));
    if (opened) {
      section = opened;
      const rest = sections[opened].exec(text)![1]!.trim();
      if (rest) lines[opened].push(rest);
      continue;
    }
    if (section) lines[section].push(bulletOf(text)?.rest ?? text);
    else preamble.push(text);
  }
  const top = preamble.join('\n');
  const date = findDate(top);
  meeting.date = date?.iso ?? null;
  meeting.startTime = findTime(top);
  meeting.venue =
    /^Venue\s*:\s*(.+)$/im.exec(top)?.[1] ??
    /\bheld (?:in|at) (?:the )?(.+?)(?:,?\s+on\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d)|,?\s+at\s+\d|\.?\s*$)/im.exec(
      top,
    )?.[1] ??
    /(?:a\.?m|p\.?m|noon)\.?,?\s+(?:in|at)\s+(?:the\s+)?(.+?)\.?$/im.exec(top)?.[1] ??
    '';
  meeting.venue = meeting.venue.trim();
  const named =
    /meeting of (?:the\s+)?(.+?)\s+(?:held|on|at)\b/i.exec(top)?.[1] ??
    /^Minutes? of (?!(?:the\s+)?meeting\b)(?:the\s+)?(.+?)(?:\s+(?:meeting\s+)?held\b|,|\s+[–—-]\s+|$)/im.exec(
      top,
    )?.[1] ??
    // "Cabinet" or "Planning Committee" rather than the council's name above it; "Council" alone last.
    preamble.find((line) => bodies.test(line) && !/^Minutes? of the meeting/i.test(line)) ??
    preamble.find((line) => councils.test(line) && !/^Minutes? of the meeting/i.test(line));
  if (named) {
    const at = findDate(named);
    meeting.committee = fromCapitals(
      (at ? named.slice(0, at.index) : named).replace(/[\s,–—-]+$/, '').trim(),
    );
  }
  meeting.present = peopleIn(lines.present);
  meeting.apologies = peopleIn(lines.apologies);
  meeting.officers = lines.officers.flatMap((line) => officersIn(line));
  for (const line of lines.substitutes) pushAll(meeting.substitutes, substitutesIn(line));
  for (const person of meeting.present) {
    const substitute = /\b(?:substitut\w*|sub)\b(?:\s+for)?\s+(.+)$/i.exec(person.role);
    if (substitute) {
      meeting.substitutes.push({ ...person, role: '', for: splitHonorific(substitute[1]!).name });
    }
  }
  if (paras.length > 0 && meeting.present.length === 0) {
    notes.push('No “Present” list was found in the heading of the minutes.');
  }
  return meeting;
}

/** Lines of a Present/Apologies/Officers section: one person a line, or lists in sentences. */
export function peopleIn(lines: string[]): ImportPerson[] {
  const people: ImportPerson[] = [];
  for (const line of lines) {
    if (/^(?:none|nil|no apologies)\b/i.test(line)) continue;
    const list =
      /^(?:(?:County\s+)?Councillors|Cllrs)\b/.test(line) ||
      / and | & |\(/.test(line) ||
      (line.match(/,/g)?.length ?? 0) > 1;
    const one = isPersonWithRole(line) || !list ? personFromLine(line) : null;
    if (one) people.push(one);
    else pushAll(people, peopleFromList(line));
  }
  return people;
}

/** "Jane Doe (Head of Planning), John Roe (Senior Solicitor)" or one officer a line. */
export function officersIn(line: string): ImportPerson[] {
  if (/\)\s*(?:,|and)\s/.test(line)) {
    return line
      .split(/(?<=\))\s*(?:,|;|\band\b)\s*/)
      .map((part) => personFromLine(part))
      .filter((person): person is ImportPerson => person !== null);
  }
  return peopleIn([line]);
}

export const substitution = new RegExp(
  String.raw`(${HONORIFIC}\s+${NAME})\s*(?:\(|,)?\s*(?:attended\s+as\s+(?:a\s+)?substitute\s+for|substitut(?:ed|ing)\s+for|as\s+substitute\s+for|for|in place of)\s+(${HONORIFIC}\s+${NAME})`,
  'g',
);

export function substitutesIn(text: string): (ImportPerson & { for: string })[] {
  return [...text.matchAll(substitution)].map((match) => ({
    ...splitHonorific(match[1]!),
    role: '',
    for: splitHonorific(match[2]!).name,
  }));
}

export const declared = new RegExp(
  String.raw`(${HONORIFIC}\s+${NAME})\s+declared\b[^.]*?\binterests?\b[^.]*\.`,
  'g',
);
export const declaredIn =
  /\b(?:minute|item|agenda item|application)\s+(?:No\.?\s*)?([A-Z]{0,6}\d{1,4}(?:\/\d{2,4})?)/i;

/** Apologies, substitutes and declarations given as items of their own rather than in the heading. */
export function fromItems(meeting: ImportMeeting, items: ImportItem[]): void {
  const known = new Set(meeting.apologies.map((person) => person.name));
  for (const item of items) {
    const text = item.minutesText;
    if (/^apolog/i.test(item.title)) {
      for (const match of text.matchAll(/\breceived from\s+([^.]+)/gi)) {
        const clean = match[1]!.replace(/\([^)]*\)/g, '');
        for (const person of peopleFromList(clean)) {
          if (known.has(person.name)) continue;
          meeting.apologies.push(person);
          known.add(person.name);
        }
      }
      pushAll(meeting.substitutes, substitutesIn(text));
    }
    for (const match of text.matchAll(declared)) {
      const who = splitHonorific(match[1]!);
      meeting.declarations.push({
        ...who,
        item: declaredIn.exec(match[0])?.[1] ?? '',
        text: match[0].trim(),
      });
    }
  }
}
