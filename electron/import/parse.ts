// Published minutes as text, to the structure a careful reader sees in them: a single agenda item
// page (Modern.gov, seeds 000–003), a whole meeting's minutes, or an item's report (seed 004).
// The rules come from how minutes are written. Where a rule cannot tell, the text stays narrative
// and a note says so, for the preview.
import type {
  ImportDecision,
  ImportItem,
  ImportMeeting,
  ImportPerson,
  ImportStructure,
  ImportUpdate,
} from '../../shared/importing';
import { MAX_IMPORT_ITEMS } from '../../shared/importing';
import { AppError } from '../../shared/result';
import { exemptParagraphs } from '../../shared/domain';
import { excludesPublic } from '../../shared/exemption';
import { months } from '../../shared/format';
import { plainText, type RichDoc, type RichNode } from '../../shared/richText';
import {
  actionFromClause,
  decisionBlock,
  labelOf,
  moverAndSeconder,
  readHead,
  recordedVoteLine,
  votesIn,
} from './decisions';
import { blocks, bulletOf, docOf, headingLike, inline, paragraph } from './narrative';
import { HONORIFIC, NAME, isPersonWithRole, peopleFromList, personFromLine, splitHonorific } from './people';
import { checkImportText, normalise, paragraphs, withoutMarkdown, type Para } from './text';
import { pushAll, smallest } from '../../shared/arrays';

export function parseImportText(raw: string): ImportStructure {
  checkImportText(raw);
  const paras = paragraphs(normalise(raw));
  const notes: string[] = [];
  const minutesAt = paras.findIndex((para) => /^Minutes\s*:$/i.test(para.text));
  const structure =
    minutesAt >= 0
      ? itemPage(paras, minutesAt, notes)
      : looksLikeReport(paras)
        ? reportPage(paras, notes)
        : meetingMinutes(paras, notes);
  if (structure.items.length > MAX_IMPORT_ITEMS) {
    throw new AppError(
      'invalid_input',
      `The text has ${structure.items.length.toLocaleString('en-GB')} numbered items, more than any one meeting (at most ${MAX_IMPORT_ITEMS.toLocaleString('en-GB')}). Split it into one meeting a file.`,
    );
  }
  return structure;
}

// ---- A single item page: "Agenda item", title, purpose, "Minutes:", the minutes. ----

const itemNumber =
  /^(?:(?:Minute|Item|Agenda Item)\s+(?:No\.?\s*)?)?((?:[A-Z]{1,6}\s?)?\d{1,4}(?:\/\d{2,4})?[a-z]?)(?:[.:)]|\s+[–—-])\s*(\S.*)$/;

function itemPage(paras: Para[], minutesAt: number, notes: string[]): ImportStructure {
  let head = paras.slice(0, minutesAt);
  if (head[0] && /^Agenda item\b/i.test(head[0].text)) {
    const rest = head[0].text.replace(/^Agenda item\s*[-–—:]?\s*/i, '');
    head = rest ? [{ ...head[0], text: rest }, ...head.slice(1)] : head.slice(1);
  }
  const [titlePara, ...purpose] = head;
  let number = '';
  let title = titlePara?.text ?? '';
  const numbered = itemNumber.exec(title);
  if (numbered) [, number = '', title = ''] = numbered;
  if (!title) notes.push('No title was found before “Minutes:”; give the item one.');
  const item = parseItem(
    { number, title, purpose: purpose.map((para) => para.text).join('\n') },
    paras.slice(minutesAt + 1),
    notes,
  );
  return { kind: 'item', meeting: null, items: [item], notes };
}

// ---- One item's minutes. ----

const attendanceIntro =
  /^(?:The following (?:were|was) (?:also )?(?:in attendance|present)(?: for (?:this|the) item)?|(?:Also )?in attendance(?: for (?:this|the) item)?|Officers in attendance|Present for (?:this|the) item)\s*:?\s*(.*)$/i;
const updateHeading =
  /^(?:(?:(?:Information|Post[- ]meeting)\s+)?(?:update|note)\b.{0,400}\bafter the meeting\b.*|Post[- ]meeting (?:note|update)\b.*)$/i;
const supportingDocuments = /^Supporting documents\s*:?\s*(.*)$/i;
const restricted = /^View the reasons (?:why )?(?:item|the item)\b.*\brestricted\b/i;
const actionLine = /^Actions?\s*(?:\(([^)]{1,100})\))?\s*[:–—-]\s*(.+)$/i;
const actionTag = /\s*\(?\bAction(?:ed)?(?:\s+by)?\s*[:–—-]\s*([^)]{1,100}?)\)?\.?$/i;

interface ItemBase {
  number: string;
  title: string;
  purpose: string;
}

const emptyItem = (base: ItemBase): ImportItem => ({
  ...base,
  exempt: false,
  exemptParagraph: null,
  attendees: [],
  decisions: [],
  actions: [],
  minutesText: '',
  minutes: docOf([]),
  updates: [],
  report: null,
  supportingDocuments: [],
});

const emptyMeeting = (committee: string, date: string | null): ImportMeeting => ({
  committee,
  date,
  startTime: null,
  venue: '',
  present: [],
  apologies: [],
  substitutes: [],
  officers: [],
  declarations: [],
});

function parseItem(base: ItemBase, body: Para[], notes: string[]): ImportItem {
  const where = base.number ? `Item ${base.number}` : `“${base.title || 'Untitled'}”`;
  const narrative: Para[] = [];
  const item = emptyItem(base);
  // Where each decision starts, and what was said about movers and votes where, to match up after.
  const starts: number[] = [];
  const movers: { at: number; mover?: string; seconder?: string }[] = [];
  const tallies: { at: number; votes: NonNullable<ImportDecision['votes']> }[] = [];
  const recordings: ({ at: number } & NonNullable<ReturnType<typeof recordedVoteLine>>)[] = [];
  for (let i = 0; i < body.length;) {
    const text = body[i]!.text;
    const docs = supportingDocuments.exec(text);
    if (docs) {
      item.supportingDocuments = [docs[1] ?? '', ...body.slice(i + 1).map((para) => para.text)]
        .map((line) => line.trim())
        .filter(Boolean);
      break;
    }
    if (restricted.test(text)) {
      item.exempt = true;
      i++;
      continue;
    }
    const intro = attendanceIntro.exec(text);
    if (intro) {
      const found = intro[1] ? peopleFromList(intro[1]) : [];
      let j = i + 1;
      for (; j < body.length; j++) {
        const line = bulletOf(body[j]!.text)?.rest ?? body[j]!.text;
        const person = personFromLine(line);
        if (!person || line.length > 300) break;
        found.push(person);
      }
      if (found.length > 0) {
        pushAll(item.attendees, found);
        i = j;
        continue;
      }
    }
    if (updateHeading.test(text)) {
      const end = body.findIndex((para, index) => index > i && supportingDocuments.test(para.text));
      const stop = end === -1 ? body.length : end;
      item.updates.push(updateOf(text, body.slice(i + 1, stop)));
      i = stop;
      continue;
    }
    if (/^[“"]/.test(text)) {
      // A quoted statement is the speaker's words: a "RESOLVED" inside it decides nothing.
      const end = body.findIndex((para, index) => index >= i && /[”"][.,]?$/.test(para.text));
      const stop = end === -1 || end - i > 200 ? i : end;
      for (let j = i; j <= stop; j++) noteMovers(body[j]!.text, j);
      pushAll(narrative, body.slice(i, stop + 1));
      i = stop + 1;
      continue;
    }
    const reading = readHead(text);
    if (reading && 'head' in reading) {
      const block = decisionBlock(body, i, reading.head);
      if (block) {
        starts.push(i);
        item.decisions.push(block.decision);
        i = block.end;
        continue;
      }
      notes.push(
        `${where}: “${clip(text)}” reads like a decision, but no decision follows it; kept as narrative.`,
      );
    } else if (reading && 'doubt' in reading) {
      notes.push(
        `${where}: “${clip(text)}” may record a decision; kept as narrative. Make it a decision if it is one.`,
      );
    }
    const recorded = recordedVoteLine(text);
    if (recorded) {
      recordings.push({ at: i, ...recorded });
      i++;
      continue;
    }
    const action = actionLine.exec(text);
    if (action) {
      const ownerAndText = actionFromClause(action[2]!);
      item.actions.push({
        owner: action[1]?.trim() ?? ownerAndText?.owner ?? '',
        text: action[2]!.trim(),
      });
      i++;
      continue;
    }
    const tag = actionTag.exec(text);
    if (tag && tag.index > 0)
      item.actions.push({ owner: tag[1]!.trim(), text: text.slice(0, tag.index).trim() });
    noteMovers(text, i);
    const figures = votesIn(text);
    if (figures) tallies.push({ at: i, votes: figures });
    narrative.push(body[i]!);
    i++;
  }

  function noteMovers(text: string, at: number) {
    const found = moverAndSeconder(text);
    if (found.mover || found.seconder) movers.push({ at, ...found });
  }

  // A mover, seconder or vote said in the narrative belongs to the next decision after it, or to
  // the last one when none follows.
  const decisionAt = (at: number) => {
    const next = starts.findIndex((start) => start > at);
    return next === -1 ? starts.length - 1 : next;
  };
  for (const { at, mover, seconder } of movers) {
    const decision = item.decisions[decisionAt(at)];
    if (!decision) continue;
    if (mover) decision.mover ??= mover;
    if (seconder) decision.seconder ??= seconder;
  }
  for (const { at, side, names } of recordings) {
    const decision = item.decisions[decisionAt(at)];
    if (!decision) {
      // A recorded vote with no decision to belong to stays in the minutes as it was written.
      narrative.push({ text: body[at]!.text, indent: 0 });
      continue;
    }
    decision.recorded ??= { for: [], against: [], abstain: [] };
    pushAll(decision.recorded[side], names);
    const { recorded } = decision;
    decision.votes = {
      for: recorded.for.length,
      against: recorded.against.length,
      abstain: recorded.abstain.length,
    };
  }
  for (const { at, votes } of tallies) {
    const decision = item.decisions[decisionAt(at)];
    if (decision) decision.votes ??= votes;
  }
  for (const decision of item.decisions) {
    for (const clause of decision.clauses) {
      const action = actionFromClause(clause.text);
      if (action) item.actions.push(action);
    }
  }
  item.minutes = docOf(narrative);
  item.minutesText = plainText(item.minutes);
  exemptionOf(item, [base.title, ...body.slice(0, 3).map((para) => para.text)].join('\n'));
  return item;
}

function updateOf(heading: string, body: Para[]): ImportUpdate {
  const doc = docOf(body);
  return { heading: heading.replace(/:$/, ''), text: plainText(doc), doc };
}

const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

// ---- Exempt items. ----

const schedule12A =
  /paragraphs?\s+(\d{1,2})(?:\s*(?:,|and|&)\s*\d{1,2})*\s+of\s+(?:Part\s+(?:1|I|4|IV)\s+of\s+)?Schedule\s+12\s*A/i;
const exemptWords = /\b(?:exempt|not for publication|confidential|private)\b|\bpart\s+(?:2|II|B)\b/i;

/** An item that says it is exempt, and under which paragraph. */
function exemptionOf(item: ImportItem, opening: string): void {
  // The resolution to exclude the public cites the paragraph, but is itself public business.
  if (excludesPublic.test(opening)) return;
  const paragraph = schedule12A.exec(opening);
  if (
    /\((?:exempt|confidential|private)\)|\bexempt\b/i.test(item.title) ||
    (paragraph && exemptWords.test(opening))
  ) {
    item.exempt = true;
  }
  if (item.exempt && paragraph) item.exemptParagraph = validParagraph(paragraph[1]);
}

const validParagraph = (text: string | undefined): number | null => {
  const n = Number(text);
  return (exemptParagraphs as readonly number[]).includes(n) ? n : null;
};

const readmits = /\b(?:re-?admitted|public returned|readmission)\b/i;

/** After the resolution to exclude the public, the items are exempt until the public are readmitted. */
function applyExclusion(items: ImportItem[], notes: string[]): void {
  let paragraph: number | null = null;
  let excluded = false;
  for (const item of items) {
    const said = [
      item.title,
      item.minutesText,
      ...item.decisions.flatMap((decision) => [decision.preamble, ...decision.clauses.map((c) => c.text)]),
    ].join('\n');
    if (excluded && !excludesPublic.test(said)) {
      item.exempt = true;
      item.exemptParagraph ??= paragraph;
    }
    if (excludesPublic.test(said)) {
      excluded = true;
      paragraph = validParagraph(schedule12A.exec(said)?.[1]) ?? paragraph;
    }
    if (readmits.test(item.minutesText)) excluded = false;
  }
  for (const item of items) {
    if (item.exempt && item.exemptParagraph === null) {
      notes.push(
        `${item.number ? `Item ${item.number}` : `“${item.title}”`} is exempt, but the text does not say under which paragraph of Schedule 12A; choose it before importing.`,
      );
    }
  }
}

// ---- A whole meeting: header (committee, date, venue, Present, Apologies…), then numbered items. ----

const finiteVerbs =
  /\b(?:was|were|is|are|has|have|had|noted|agreed|asked|requested|considered|received|resolved|be|will|would|should)\b/i;

function titleLikeItem(title: string): boolean {
  const words = title.split(/\s+/);
  const capitals = title === title.toUpperCase();
  return (
    title.length <= 200 &&
    words.length <= 25 &&
    /^[A-Z0-9“"‘'(]/.test(title) &&
    !/[;,:]$/.test(title) &&
    !(title.endsWith('.') && (words.length > 8 || finiteVerbs.test(title))) &&
    !/^(?:That|To|The report|This|It)\b/.test(title) &&
    (capitals || !finiteVerbs.test(title))
  );
}

function titleCased(title: string): boolean {
  const words = title.split(/\s+/).filter((word) => !/^(?:and|of|the|for|on|in|to|a|an|&|-|–)$/i.test(word));
  return words.length > 0 && words.filter((word) => /^[A-Z0-9]/.test(word)).length / words.length >= 0.66;
}

interface Heading {
  index: number;
  span: number;
  number: string;
  title: string;
}

const numberOnly = /^(?:(?:Minute|Item)\s+(?:No\.?\s*)?)?((?:[A-Z]{1,6})?\d{1,4}(?:\/\d{2,4})?[a-z]?)[.:]?$/;
const bareNumber = /^((?:[A-Z]{1,6}\s?)?\d{1,4}(?:\/\d{2,4})?)\s+(\S.*)$/;

/**
 * The numbered minute headings ("45.", "77/21", "PLA146/14", "Minute 12 –"). Numbers must rise;
 * a "3." that continues a decision's "1.", "2." is a clause unless it reads as a heading in
 * capitals or title case.
 */
function findHeadings(paras: Para[]): Heading[] {
  const headings: Heading[] = [];
  let last = -Infinity;
  let list: { value: number; at: number } | null = null;
  let inDecision = false;
  for (let i = 0; i < paras.length; i++) {
    const text = paras[i]!.text;
    const reading = readHead(text);
    if (reading && 'head' in reading) {
      inDecision = true;
      list = null;
      continue;
    }
    let candidate: Heading | null = null;
    const alone = numberOnly.exec(text);
    const next = paras[i + 1]?.text ?? '';
    if (alone && titleLikeItem(next)) candidate = { index: i, span: 2, number: alone[1]!, title: next };
    const punctuated = itemNumber.exec(text);
    if (!candidate && punctuated && titleLikeItem(punctuated[2]!)) {
      candidate = { index: i, span: 1, number: punctuated[1]!, title: punctuated[2]! };
    }
    const bare = bareNumber.exec(text);
    if (
      !candidate &&
      bare &&
      titleLikeItem(bare[2]!) &&
      (bare[2] === bare[2]!.toUpperCase() || titleCased(bare[2]!))
    ) {
      candidate = { index: i, span: 1, number: bare[1]!, title: bare[2]! };
    }
    const label = labelOf(text);
    if (candidate) {
      const value = Number(/\d+/.exec(candidate.number)![0]);
      const prefixed = /[A-Z/]/.test(candidate.number) || /^(?:Minute|Item|Agenda Item)\b/.test(text);
      const strong =
        prefixed || candidate.title === candidate.title.toUpperCase() || titleCased(candidate.title);
      const continuesList = list !== null && value === list.value + 1 && i - list.at <= 3;
      if (value > last && (!continuesList || (strong && !inDecision) || (strong && value === last + 1))) {
        headings.push(candidate);
        last = value;
        list = null;
        inDecision = false;
        i += candidate.span - 1;
        continue;
      }
    }
    if (label?.family === 'number') list = { value: label.value, at: i };
  }
  return headings;
}

function meetingMinutes(paras: Para[], notes: string[]): ImportStructure {
  const headings = findHeadings(paras);
  const headerEnd = headings[0]?.index ?? 0;
  const meeting = headings.length > 0 ? parseHeader(paras.slice(0, headerEnd), notes) : null;
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
  const items = headings.map((heading, index) => {
    const end = headings[index + 1]?.index ?? paras.length;
    return parseItem(
      { number: heading.number, title: heading.title, purpose: '' },
      paras.slice(heading.index + heading.span, end),
      notes,
    );
  });
  if (meeting) fromItems(meeting, items);
  applyExclusion(items, notes);
  if (meeting && !meeting.date) notes.push('No meeting date was found; give it before importing.');
  if (meeting && !meeting.committee) notes.push('No committee name was found; choose the committee.');
  return { kind: 'meeting', meeting, items, notes };
}

const monthNames = months.map((month) => month.toLowerCase());
const monthPattern = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const longDate = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${monthPattern},?\s+(\d{4})\b`,
  'i',
);
const numericDate = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

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

function findTime(text: string): string | null {
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

const bodies = /\b(?:Committee|Cabinet|Board|Panel|Sub-Committee|Commission|Forum|Executive|Assembly)\b/i;
const councils = /\bCouncil\b/i;
const smallWords = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'with']);

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

const sections = {
  present: /^(?:(?:Members|Councillors)\s+)?Present\s*(?:[:–—-]|\bwere\b)?\s*(.*)$/i,
  apologies:
    /^Apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+(?:(?:were|was)\s+)?received\s+from)?\s*[:–—-]?\s*(.*)$/i,
  substitutes: /^Substitut(?:e|es|ions?)(?:\s+(?:present|members))?\s*[:–—-]?\s*(.*)$/i,
  officers:
    /^(?:Officers?(?:\s+(?:present|in attendance))?|(?:Also|Others?)\s+(?:present|in attendance)|In attendance)\s*[:–—-]?\s*(.*)$/i,
};
type Section = keyof typeof sections;

function parseHeader(paras: Para[], notes: string[]): ImportMeeting {
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
function peopleIn(lines: string[]): ImportPerson[] {
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
function officersIn(line: string): ImportPerson[] {
  if (/\)\s*(?:,|and)\s/.test(line)) {
    return line
      .split(/(?<=\))\s*(?:,|;|\band\b)\s*/)
      .map((part) => personFromLine(part))
      .filter((person): person is ImportPerson => person !== null);
  }
  return peopleIn([line]);
}

const substitution = new RegExp(
  String.raw`(${HONORIFIC}\s+${NAME})\s*(?:\(|,)?\s*(?:attended\s+as\s+(?:a\s+)?substitute\s+for|substitut(?:ed|ing)\s+for|as\s+substitute\s+for|for|in place of)\s+(${HONORIFIC}\s+${NAME})`,
  'g',
);

function substitutesIn(text: string): (ImportPerson & { for: string })[] {
  return [...text.matchAll(substitution)].map((match) => ({
    ...splitHonorific(match[1]!),
    role: '',
    for: splitHonorific(match[2]!).name,
  }));
}

const declared = new RegExp(
  String.raw`(${HONORIFIC}\s+${NAME})\s+declared\b[^.]*?\binterests?\b[^.]*\.`,
  'g',
);
const declaredIn =
  /\b(?:minute|item|agenda item|application)\s+(?:No\.?\s*)?([A-Z]{0,6}\d{1,4}(?:\/\d{2,4})?)/i;

/** Apologies, substitutes and declarations given as items of their own rather than in the heading. */
function fromItems(meeting: ImportMeeting, items: ImportItem[]): void {
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

// ---- An item's report (seed 004). ----

const contactHeading = /^Contact (?:Points?|Officers?|Details)\s*:?$/i;
const papersHeading = /^Background (?:Papers|Documents|Information)\s*:?$/i;

function looksLikeReport(paras: Para[]): boolean {
  if (
    paras.some((para) => {
      const reading = readHead(para.text);
      return reading !== null && 'head' in reading;
    })
  )
    return false;
  if (paras.some((para) => contactHeading.test(para.text) || papersHeading.test(para.text))) return true;
  let expected = 1;
  for (const para of paras) {
    const label = labelOf(para.text);
    if (label?.family === 'number' && label.value === expected && label.rest.length > 80) expected++;
  }
  return expected > 5;
}

function reportPage(paras: Para[], notes: string[]): ImportStructure {
  const first = paras[0]?.text ?? '';
  const date = findDate(first);
  const titleAt = date ? 1 : 0;
  const meeting = date
    ? emptyMeeting(
        fromCapitals(
          first
            .slice(0, date.index)
            .replace(/[\s,–—-]+$/, '')
            .trim(),
        ),
        date.iso,
      )
    : null;
  const title = paras[titleAt]?.text ?? '';
  const body = paras.slice(titleAt + 1);
  const contactAt = body.findIndex((para) => contactHeading.test(para.text));
  const papersAt = body.findIndex((para) => papersHeading.test(para.text));
  const ends = [contactAt, papersAt].filter((at) => at >= 0);
  const mainEnd = smallest(ends, body.length);
  const doc = reportDoc(body.slice(0, mainEnd), notes);
  const linesBetween = (from: number, to: number) =>
    from < 0
      ? ''
      : body
          .slice(from + 1, to > from ? to : undefined)
          .map((para) => withoutMarkdown(bulletOf(para.text)?.rest ?? para.text))
          .join('\n');
  const item: ImportItem = {
    ...emptyItem({ number: '', title, purpose: '' }),
    report: {
      doc,
      text: plainText(doc),
      contactPoints: linesBetween(contactAt, papersAt),
      backgroundPapers: linesBetween(papersAt, contactAt),
    },
  };
  if (!meeting) notes.push('The report’s heading gives no committee and date; choose the meeting.');
  exemptionOf(item, [title, ...body.slice(0, 3).map((para) => para.text)].join('\n'));
  return { kind: 'report', meeting, items: [item], notes };
}

/** A report's body: numbered paragraphs (Word numbers them), headings, bullets and lettered lists. */
function reportDoc(paras: Para[], notes: string[]): RichDoc {
  const content: RichNode[] = [];
  let expected = 1;
  for (let i = 0; i < paras.length; i++) {
    const text = paras[i]!.text;
    const label = labelOf(text);
    if (label?.family === 'number' && !label.raw.startsWith('(')) {
      if (label.value !== expected) {
        notes.push(
          `The report’s paragraph numbers jump from ${expected - 1} to ${label.value}; Word will number them in sequence.`,
        );
      }
      expected = label.value + 1;
      content.push(paragraph(label.rest));
      continue;
    }
    const bullet = bulletOf(text);
    const lettered = labelOf(bullet?.rest ?? text);
    if (lettered && lettered.family !== 'number') {
      const last = content.at(-1);
      const entry: RichNode = { type: 'listItem', content: [paragraph(lettered.rest)] };
      if (last?.type === 'orderedList') last.content!.push(entry);
      else content.push({ type: 'orderedList', content: [entry] });
      continue;
    }
    if (bullet) {
      pushAll(content, blocks([paras[i]!]));
      const last = content.at(-1)!;
      const before = content.at(-2);
      if (before?.type === 'bulletList' && last.type === 'bulletList') {
        pushAll(before.content!, last.content!);
        content.pop();
      }
      continue;
    }
    if (headingLike(text)) content.push({ type: 'heading', attrs: { level: 3 }, content: inline(text) });
    else content.push(paragraph(text));
  }
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
