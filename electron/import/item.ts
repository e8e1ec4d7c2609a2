// One item's minutes as a careful reader sees them: narrative, those in attendance, decisions with
// their clauses, mover, seconder and votes, actions, and updates added after the meeting.
import type { ImportDecision, ImportItem, ImportUpdate } from '../../shared/importing';
import { plainText } from '../../shared/richText';
import { actionFromClause, decisionBlock } from './decisions';
import { formulaSentenceAt, mayDecide, readHead, type DecisionHead, type HeadReading } from './decisionHead';
import { moverAndSeconder, recordedVoteLine, sideOverNames, votesIn } from './votes';
import { bulletOf, docOf } from './narrative';
import { peopleFromList, personFromLine } from './people';
import { type Para } from './text';
import { pushAll } from '../../shared/arrays';
import { exemptionOf } from './exemption';

export const attendanceIntro =
  /^(?:The following (?:were|was) (?:also )?(?:in attendance|present)(?: for (?:this|the) item)?|(?:Also )?in attendance(?: for (?:this|the) item)?|Officers in attendance|Present for (?:this|the) item)\s*:?\s*(.*)$/i;
export const updateHeading =
  /^(?:(?:(?:Information|Post[- ]meeting)\s+)?(?:update|note)\b.{0,400}\bafter the meeting\b.*|Post[- ]meeting (?:note|update)\b.*)$/i;
export const supportingDocuments = /^Supporting documents\s*:?\s*(.*)$/i;
export const restricted = /^View the reasons (?:why )?(?:item|the item)\b.*\brestricted\b/i;
export const actionLine = /^Actions?\s*(?:\(([^)]{1,100})\))?\s*[:–—-]\s*(.+)$/i;
export const actionTag = /\s*\(?\bAction(?:ed)?(?:\s+by)?\s*[:–—-]\s*([^)]{1,100}?)\)?\.?$/i;

const amendmentCarried =
  /\bamendment\b(?:,\s*which)?\s+was\s+(?:accordingly\s+|duly\s+|then\s+)?carried\b|\bfor the amendment\b[^.]{0,20}\bwhich was (?:accordingly\s+)?carried\b/i;
/** A sentence about an amendment: what it says was lost is the amendment, not the motion. */
const lostAmendment = /[^.]*\bamendment\b[^.]*(?:\.|$)/gi;
const failedMotion = /\b(?:was|were) (?:lost|defeated|withdrawn|not carried|not seconded)\b|\bfell\b/i;

export interface ItemBase {
  number: string;
  title: string;
  purpose: string;
}

// The base's three fields by name: spreading it ({ ...base }) cost some microseconds an item.
export const emptyItem = (base: ItemBase): ImportItem => ({
  number: base.number,
  title: base.title,
  purpose: base.purpose,
  exempt: false,
  exemptBasis: null,
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

export { emptyMeeting } from './header';

/** A Scottish "Decision" heading over what was decided: "To note the report.", "The Committee:-" and (1)–(3). */
const decisionHeading = /^(?:Decisions?|DECISIONS?)\s*:?$/;
const decidedText =
  /^(?:To\s|That\b|THAT\b|[\p{Lu}][a-z]+ed\b(?!\s+by\b)|(?:Members|Councillors)\s+[a-z]+ed\b|The\s+(?:[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}&][\p{L}'’-]*){0,6}|(?:sub-)?(?:committee|council|board|panel|cabinet|executive|authority|forum|group|partnership|commission))\s*(?::-?|\s+[a-z]+ed\b|\s+[A-Z]{4,}\b)|\(?(?:1|a|i)[.)]\s)/u;

/** The decision under a "Decision" heading at `at`: its keyword is the one its lead-in uses, else AGREED. */
function headingDecision(body: Para[], at: number): DecisionHead | null {
  const next = body[at + 1]?.text ?? '';
  // "DECISION / NOTED.", "DECISION / APPROVED the Minutes": a verb in capitals is the decision.
  if (!decidedText.test(next) && !/^\p{Lu}{4,}\b/u.test(next)) return null;
  const word = /\b(RESOLVED|AGREED|RECOMMENDED|resolved|agreed|recommended)\b/.exec(
    next.split(/\s\(?(?:1|a|i)[.)]\s/)[0]!,
  )?.[1];
  const keyword = word ? (word.toUpperCase() as DecisionHead['keyword']) : 'AGREED';
  return { keyword, qualifier: '', preamble: '', inline: '', lead: '' };
}

/** Modern.gov's "Decision:" and "Minutes:" on one item: the minutes, and the decision only where they have none. */
function sections(body: Para[]): { purpose: Para[]; decision: Para[]; minutes: Para[] } {
  const minutesAt = body.findIndex((para) => /^Minutes\s*:$/i.test(para.text));
  if (minutesAt < 0) return { purpose: [], decision: [], minutes: body };
  const decisionAt = body.findIndex((para, index) => index < minutesAt && /^Decision\s*:$/i.test(para.text));
  const headEnd = decisionAt >= 0 ? decisionAt : minutesAt;
  return {
    purpose: body.slice(0, headEnd),
    decision: decisionAt >= 0 ? body.slice(decisionAt + 1, minutesAt) : [],
    minutes: body.slice(minutesAt + 1),
  };
}

/**
 * A paragraph number alone on its line ("18.1") kept with the text after it; a paragraph whose later
 * sentence opens a decision ("… had been obtained. Resolved to accept …") split where it does.
 */
function withParagraphNumbers(body: Para[], readings: Readings): Para[] {
  const out: Para[] = [];
  for (let i = 0; i < body.length; i++) {
    const para = body[i]!;
    const text = para.text;
    const next = body[i + 1];
    // New paragraphs written out field by field: a spread's object had another hidden class.
    if (/^\d{1,3}\.\d{1,2}\.?$/.test(text) && next) {
      out.push({ text: `${text} ${next.text}`, indent: next.indent });
      i++;
      continue;
    }
    // "For:" over "Councillors A, B and C": a recorded vote's side and its names, one line.
    const side = text.length <= 60 ? sideOverNames(text, next?.text) : null;
    if (side) {
      out.push({ text: side, indent: para.indent });
      i++;
      continue;
    }
    if (!mayDecide(text)) {
      readings.set(para, null);
      out.push(para);
      continue;
    }
    const reading = readHead(text);
    if (reading && 'head' in reading) {
      readings.set(para, reading);
      out.push(para);
      continue;
    }
    const at = formulaSentenceAt(text);
    if (at > 0) {
      out.push({ text: text.slice(0, at).trim(), indent: para.indent });
      out.push({ text: text.slice(at), indent: para.indent });
    } else out.push(para);
  }
  return out;
}

/**
 * Decisions' openings read by withParagraphNumbers (null where a paragraph has no keyword), for
 * parseBody, which took them again: one item's, each taken once (readHead is pure).
 */
type Readings = Map<Para, HeadReading>;
function readingOf(readings: Readings, para: Para): HeadReading {
  const known = readings.get(para);
  if (known === undefined) return readHead(para.text);
  readings.delete(para);
  return known;
}

export function parseItem(base: ItemBase, rawBody: Para[], notes: string[]): ImportItem {
  const readings: Readings = new Map();
  const parts = sections(withParagraphNumbers(rawBody, readings));
  // The agenda wording, a line each, the empty ones left out (a loop: the spread of a map deoptimised).
  const purposeLines = base.purpose ? [base.purpose] : [];
  for (const para of parts.purpose) if (para.text) purposeLines.push(para.text);
  const purpose = purposeLines.join('\n');
  const item = parseBody({ number: base.number, title: base.title, purpose }, parts.minutes, notes, readings);
  if (item.decisions.length === 0 && parts.decision.length > 0) {
    const decided = parseBody(base, parts.decision, [], readings);
    item.decisions = decided.decisions;
  }
  return item;
}

function parseBody(base: ItemBase, body: Para[], notes: string[], readings: Readings): ImportItem {
  const where = base.number ? `Item ${base.number}` : `“${base.title || 'Untitled'}”`;
  const narrative: Para[] = [];
  const item = emptyItem(base);
  // Where each decision starts, and what was said about movers and votes where, to match up after.
  const starts: number[] = [];
  const movers: { at: number; mover?: string; seconder?: string }[] = [];
  const tallies: { at: number; votes: NonNullable<ImportDecision['votes']> }[] = [];
  const recordings: ({ at: number } & NonNullable<ReturnType<typeof recordedVoteLine>>)[] = [];
  // The narrative from here on was written after the last decision ("Reason for decision: …").
  let afterLast = 0;
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
    if (decisionHeading.test(text)) {
      const next = body[i + 1]?.text ?? '';
      const nextReading = readHead(next);
      const head = nextReading && 'head' in nextReading ? null : headingDecision(body, i);
      const lead = head && /:-?$/.test(next) ? 1 : 0;
      const block = head ? decisionBlock(body, i + lead, head) : null;
      if (block) {
        starts.push(i);
        item.decisions.push(block.decision);
        afterLast = narrative.length;
        i = block.end;
        continue;
      }
      i++;
      continue;
    }
    const reading = readingOf(readings, body[i]!);
    if (reading && 'head' in reading) {
      const block = decisionBlock(body, i, reading.head);
      if (block) {
        starts.push(i);
        item.decisions.push(block.decision);
        afterLast = narrative.length;
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
    const tag = /action/i.test(text) ? actionTag.exec(text) : null;
    if (tag && tag.index > 0)
      item.actions.push({ owner: tag[1]!.trim(), text: text.slice(0, tag.index).trim() });
    noteMovers(text, i);
    // The vote on an amendment is not the decision's (README: not recorded as for and against).
    const figures = /\b(?:an|the|this|that)\s+amendment\b/i.test(text) ? null : votesIn(text);
    if (figures) tallies.push({ at: i, votes: figures });
    narrative.push(body[i]!);
    i++;
  }

  function noteMovers(text: string, at: number) {
    // A motion that was lost (or withdrawn) decided nothing, nor did an amendment under its heading.
    // An amendment that was lost ("An amendment proposed by X … was lost") leaves the motion standing.
    const lost = failedMotion.test(text) && failedMotion.test(text.replace(lostAmendment, ''));
    if (lost || /^Amendments?\b/i.test(body[at - 1]?.text ?? '')) return;
    // "… moved as an amendment …; 4 for the amendment, which was accordingly carried": the amendment
    // is what was decided, so its mover is the decision's.
    const found = amendmentCarried.test(text)
      ? moverAndSeconder(
          text
            .replace(/\s*\b(?:as\s+)?an\s+amendment\b/gi, '')
            .replace(/^.*?\bmoved\b[^.]*\.\s+(?=.*\bmoved\b)/s, ''),
        )
      : moverAndSeconder(text);
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
  for (const { at, side, names, count } of recordings) {
    const decision = item.decisions[decisionAt(at)];
    if (decision && count !== null) {
      // "FOR: 6" / "AGAINST: 3" / "ABSTENTIONS: 0", a line each.
      decision.votes ??= { for: 0, against: 0, abstain: 0 };
      decision.votes[side] = count;
      continue;
    }
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
  if (starts.length > 0 && narrative.length > afterLast) {
    item.afterDecisions = narrative.slice(afterLast).map((para) => para.text);
  }
  // The title and the first three paragraphs, a line each.
  let opening = base.title;
  // A decision's page says so in its fields: "Exempt information:" over "This decision was taken in private …".
  const exemptField = /(?:^|\n)Exempt information\s*:\s*\n?([^\n]+)/i.exec(base.purpose)?.[1];
  if (exemptField) opening += `\n${exemptField}`;
  for (let k = 0; k < body.length && k < 3; k++) opening += `\n${body[k]!.text}`;
  exemptionOf(item, opening);
  return item;
}

export function updateOf(heading: string, body: Para[]): ImportUpdate {
  const doc = docOf(body);
  return { heading: heading.replace(/:$/, ''), text: plainText(doc), doc };
}

export const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
