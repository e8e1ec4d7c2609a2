// A whole meeting's minutes: the header (committee, date, venue, attendance), then the minutes. The
// minutes are numbered headings where the text numbers them, and otherwise (Word's numbering lost,
// a web page's table of items) the headings a reader sees: short title-like lines with text under them.
import type { ImportItem, ImportStructure } from '../../shared/importing';
import { findHeadings, type Heading } from './headings';
import { titleScore, cleanTitle, finiteVerbs, inCapitals } from './titles';
import { type Para } from './text';
import { parseItem } from './item';
import { applyExclusion, exclusionHeading, isExclusion } from './exemption';
import { parseHeader } from './header';
import { meetingTitle } from './meetingTitle';
import { findDate } from './dates';
import { readAttendance } from './attendance';
import { attendanceFromItems, rollCallAt, rollTitle } from './itemAttendance';
import { resolveKeys } from './initialKeys';
import { asListed, declarationsIn } from './declarations';
import { speakersIn } from './speakers';
import { pushAll } from '../../shared/arrays';
import { headingLike } from './narrative';
import { readHead } from './decisionHead';
import { personFromLine } from './people';

/** Where the header's attendance lists end, for minutes whose headings carry no numbers. */
function afterAttendance(paras: Para[]): number {
  let last = -1;
  let colonLabels = 0;
  const limit = Math.min(paras.length, 60);
  let dated = false;
  for (let i = 0; i < limit; i++) {
    const text = paras[i]!.text;
    // "Apologies for Absence" over a sentence is the first minute's heading, not a list's label:
    // after the lists, or after the title block's date where the minutes list no one.
    if ((last >= 0 || dated) && headingLike(text) && titleScore(text) >= 0.5 && /^[A-Z][^:]*$/.test(text)) {
      const next = paras[i + 1]?.text ?? '';
      if (finiteVerbs.test(next) && next.split(/\s+/).length > 5) return last >= 0 ? last + 1 : i;
    }
    if (last < 0 && findDate(text)) dated = true;
    const listed = readAttendance([text]).found;
    // "Apologies for absence" alone, after lists labelled "Present:" and "In attendance:": the first heading.
    if (listed && last >= 0 && !text.includes(':') && colonLabels > 0 && /^\p{Lu}[\p{Ll} ]+$/u.test(text))
      break;
    if (listed && text.includes(':')) colonLabels++;
    if (listed) {
      last = i;
      while (last + 1 < limit && !headingLike(paras[last + 1]!.text)) last++;
    }
  }
  return last + 1;
}

/** Headings without numbers: title-like lines, after the header, with minutes (not a title) under them. */
function unnumberedHeadings(paras: Para[]): Heading[] {
  const start = afterAttendance(paras);
  if (start === 0) return [];
  const headings: Heading[] = [];
  for (let i = start; i < paras.length; i++) {
    const text = paras[i]!.text;
    const next = paras[i + 1]?.text ?? '';
    const reading = readHead(text);
    if (reading && 'head' in reading) continue;
    // "Cllr Elaine Ormerod-Hughes", "Gemma Tolson, Democratic Services Officer": a list's person.
    if (
      /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s/.test(text) ||
      (text.includes(',') && personFromLine(text))
    )
      continue;
    if (
      text.length <= 120 &&
      titleScore(text) >= 0.5 &&
      headingLike(text) &&
      next &&
      (titleScore(next) < 0.5 || (/\.$/.test(next) && !headingLike(next)))
    ) {
      headings.push({ index: i, span: 1, number: '', title: cleanTitle(text) });
    }
  }
  return headings.length >= 2 ? inOneStyle(headings) : [];
}

/**
 * Minutes without numbers set their headings one way. Where most are in capitals (at least three, and
 * three in five), a heading in ordinary case among them is a sub-heading inside a minute ("Collection
 * Rates" under "COUNCIL TAX COLLECTION PERFORMANCE"), not a minute of its own.
 */
function inOneStyle(headings: Heading[]): Heading[] {
  const capitals = headings.filter((heading) => inCapitals(heading.title));
  if (capitals.length >= 3 && capitals.length >= headings.length * 0.6) return capitals;
  return headings;
}

export function meetingFrom(
  paras: Para[],
  headings: Heading[],
  notes: string[],
  running: string[] = [],
  headerEnd = headings[0]?.index ?? 0,
): { meeting: ImportStructure['meeting']; items: ImportItem[] } {
  const meeting = parseHeader(paras.slice(0, headerEnd), notes);
  // No title block above the minutes: the running header or footer names the meeting.
  if ((!meeting.committee || !meeting.date) && running.length > 0) {
    const title = meetingTitle(
      running.map((line) => line.replace(/\s*(?:[–—-]\s*)?page\s+\d+(?:\s+of\s+\d+)?$/i, '')),
    );
    meeting.committee ||= title.committee;
    meeting.date ??= title.date;
  }
  const bodies = headings.map((heading, index) => {
    const end = headings[index + 1]?.index ?? paras.length;
    const body = paras.slice(heading.index + heading.span, end);
    return heading.lead ? [{ text: heading.lead, indent: 0 }, ...body] : body;
  });
  // The roll call in the first item (present, in attendance, apologies) where the header has none.
  const rollAt = rollCallAt(headings.map((heading) => heading.title));
  if (meeting.present.length === 0 && bodies[rollAt]) {
    const lines = bodies[rollAt].map((para) => para.text);
    let roll = readAttendance(lines);
    // "Attendance / Presenoldeb" over a name a line and no label: the names are those present.
    if (roll.present.length === 0 && rollTitle.test(headings[rollAt]?.title ?? '') && !/^Present\b/i.test(lines[0] ?? ''))
      roll = readAttendance(['Present:', ...lines]);
    if (roll.present.length > 0) {
      meeting.present = roll.present;
      pushAll(meeting.officers, roll.officers);
      pushAll(meeting.others, roll.others);
      pushAll(meeting.apologies, roll.apologies);
      pushAll(meeting.substitutes, roll.substitutes);
      notes.pop();
    }
  }
  const items = headings.map((heading, index) =>
    parseItem(
      { number: heading.number, title: heading.title, purpose: heading.purpose ?? '' },
      bodies[index]!,
      notes,
    ),
  );
  moversByInitials(items, paras.slice(0, headerEnd));
  attendanceFromItems(
    meeting,
    headings.map((heading, index) => ({
      title: heading.title,
      paras: textsOf(bodies[index]!),
    })),
  );
  // The paragraphs' texts by textsOf's loop, as for attendance and declarations: a map's array
  // deoptimised speakersIn ("wrong map") in each of the bench's first parses.
  const heard: { paras: string[] }[] = [];
  for (const body of bodies) heard.push({ paras: textsOf(body) });
  speakersIn(meeting, heard);
  meeting.declarations = declarationsIn(
    headings.map((heading, index) => ({
      number: heading.number,
      title: heading.title,
      paras: textsOf(bodies[index]!),
    })),
    headings.map((heading) => heading.number).filter(Boolean),
  );
  meeting.declarations = asListed(meeting.declarations, [...meeting.present, ...meeting.substitutes]);
  resolveKeys(meeting);
  applyExclusion(items, notes);
  if (!meeting.date) notes.push('No meeting date was found; give it before importing.');
  if (!meeting.committee) notes.push('No committee name was found; choose the committee.');
  return { meeting, items };
}

/**
 * "N. Fairclough (NF)" in the list of those present, then "Proposed by Cllr. NF, seconded by Cllr. Mrs.
 * HEP": the mover and seconder named by the initials the list gave them.
 */
function moversByInitials(items: ImportItem[], header: Para[]): void {
  const initials = new Map<string, string>();
  for (const para of header) {
    if (!para.text.includes('(')) continue;
    for (const match of para.text.matchAll(
      /((?:[\p{Lu}][\p{L}'’-]*\.?\s+){0,4}[\p{Lu}][\p{L}'’-]+)\s*\(([A-Z]{2,4})\)/gu,
    )) {
      const name = match[1]!.replace(/^(?:(?:Councillors?|Cllrs?|Mrs|Mr|Ms|Miss|Dr)\.?\s+)+/, '').trim();
      if (name) initials.set(match[2]!, name);
    }
  }
  if (initials.size === 0) return;
  const named = (who: string | null) => (who && initials.get(who.toUpperCase())) ?? who;
  for (const item of items) {
    for (const decision of item.decisions) {
      decision.mover = named(decision.mover);
      decision.seconder = named(decision.seconder);
    }
  }
}

/**
 * "Items of Business", then "Apologies" and "Declarations of Interest" unnumbered, then the numbered
 * business: the headings between that line and the first numbered one are minutes without numbers.
 */
function businessBefore(paras: Para[], first: number): Heading[] {
  const start = paras.findIndex((para, index) => index < first && /^Items? of Business:?$/i.test(para.text));
  if (start < 0) return [];
  const headings: Heading[] = [];
  for (let i = start + 1; i < first; i++) {
    const text = paras[i]!.text;
    const next = paras[i + 1]?.text ?? '';
    if (headingLike(text) && titleScore(text) >= 0.5 && i + 1 < first && !headingLike(next)) {
      headings.push({ index: i, span: 1, number: '', title: cleanTitle(text) });
    }
  }
  return headings;
}

/**
 * "4. APPRAISAL", its minutes, then "EXCLUSION OF THE PRESS AND PUBLIC" unnumbered over "The Committee
 * resolved … to exclude the press and public … for the following item", then "5. DISPOSAL OF DEPOT":
 * the exclusion is a minute of its own between the two, never item 4's text nor its decision.
 */
function withExclusions(paras: Para[], headings: Heading[]): Heading[] {
  const added: Heading[] = [];
  headings.forEach((heading, n) => {
    // Inside a numbered exclusion minute the line is that minute's own sub-heading.
    if (isExclusion(heading.title)) return;
    const end = headings[n + 1]?.index ?? paras.length;
    // Not the first line under the heading: there it is the heading's own text.
    for (let i = heading.index + heading.span + 1; i < end - 1; i++) {
      const text = paras[i]!.text;
      if (exclusionHeading(text, paras[i + 1]!.text))
        added.push({ index: i, span: 1, number: '', title: cleanTitle(text) });
    }
  });
  if (added.length === 0) return headings;
  return [...headings, ...added].sort((a, b) => a.index - b.index);
}

/** The paragraphs' texts, by a loop: a map's array had two hidden classes (optimised or not), and the readers deoptimised. */
function textsOf(body: Para[]): string[] {
  const texts: string[] = [];
  for (const para of body) texts.push(para.text);
  return texts;
}

export function meetingMinutes(paras: Para[], notes: string[], running: string[] = []): ImportStructure {
  let headings = findHeadings(paras);
  // The header is read up to the numbered business, the unnumbered items before it included (their
  // apologies are the meeting's, as a header's would be).
  let headerEnd: number | undefined;
  if (headings.length >= 2) {
    headerEnd = headings[0]!.index;
    headings = [...businessBefore(paras, headerEnd), ...headings];
    headings = withExclusions(paras, headings);
  }
  // One numbered heading with the headings in ordinary case all under it ("Item 4", then
  // "REASONS", "RIGHT OF APPEAL"): one item's notice, under its meeting's heading.
  let single = false;
  if (headings.length < 2) {
    const unnumbered = unnumberedHeadings(paras);
    const first = headings[0];
    single = !!first && unnumbered.every((heading) => heading.index > first.index);
    if (!single && unnumbered.length > headings.length) headings = unnumbered;
  }
  if (headings.length === 0) {
    // One item's minutes pasted on their own: a title, if the first line reads as one, then the minutes.
    const [first, ...rest] = paras;
    const titled = first && headingLike(first.text) && rest.length > 0;
    if (!titled) notes.push('No title was found; give the item one.');
    const item = parseItem(
      { number: '', title: titled ? first.text : '', purpose: '' },
      titled ? rest : paras,
      notes,
    );
    return { kind: 'item', meeting: null, items: [item], notes };
  }
  const { meeting, items } = meetingFrom(paras, headings, notes, running, headerEnd ?? headings[0]!.index);
  return { kind: single ? 'item' : 'meeting', meeting, items, notes };
}
