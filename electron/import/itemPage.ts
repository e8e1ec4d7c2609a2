// A single agenda item's page (Modern.gov and the like): the title, the purpose, "Minutes:" and the
// minutes; or an issue's page ("Meeting: 11/03/2024 - Planning Committee (Item 88)", then the item
// and its minutes); or a decision's page. A line naming the meeting ("Moved from Cabinet – Thursday,
// 7th November, 2024", "Meeting: …", "Decided at meeting: …") gives the committee and the date.
import type { ImportMeeting, ImportStructure } from '../../shared/importing';
import { type Para } from './text';
import { parseItem } from './item';
import { emptyMeeting } from './header';
import { findDate, findTime } from './dates';
import { bodyIn, fromCapitals } from './meetingTitle';
import { numberToken, numberWords, readNumber } from './minuteNumbers';
import { splitRunOn } from './titles';
import { declarationsIn } from './declarations';
import { speakersIn } from './speakers';

export const itemNumber = new RegExp(
  String.raw`^(${numberWords}?\(?${numberToken}\)?)(?:[.:)]|\s+[–—-])?\s+(\S.*)$`,
);

/** "Moved from X – date", "Meeting: date - X (Item 88)", "Decided at meeting: date - X". */
const meetingLine =
  /^(?:Moved from|Meeting\s*:|Decided at meeting\s*:|Decision made at meeting\s*:|Meeting of)\s*(.+)$/i;

/** The meeting a line names, and the item number it gives ("(Item 88)"). */
export function meetingOfLine(text: string): { meeting: ImportMeeting; item: string } | null {
  // Every such line starts "Moved from", "Meeting", "Decided" or "Decision": others are not tried.
  const first = text.charCodeAt(0) | 32;
  if (first !== 109 && first !== 100) return null;
  const match = meetingLine.exec(text);
  if (!match) return null;
  const rest = match[1]!;
  const date = findDate(rest);
  const committee = bodyIn(rest.replace(/\s*\(Item[^)]*\)\s*$/i, '')) ?? '';
  if (!date && !committee) return null;
  const meeting = emptyMeeting(fromCapitals(committee), date?.iso ?? null);
  meeting.startTime = findTime(rest);
  return { meeting, item: /\(Item\s+([^)]+)\)/i.exec(rest)?.[1]?.trim().replace(/[.:]$/, '') ?? '' };
}

export function itemPage(
  paras: Para[],
  { headEnd, bodyStart }: { headEnd: number; bodyStart: number },
  notes: string[],
): ImportStructure {
  let head = paras.slice(0, headEnd);
  let meeting: ImportMeeting | null = null;
  let expected = '';
  // A decision's page names its meeting after the decision: "Decided at meeting: 16/02/2026 - Executive".
  const later = paras
    .slice(headEnd)
    .map((para) => meetingOfLine(para.text))
    .find(Boolean);
  if (later) {
    meeting = later.meeting;
    expected = later.item;
  }
  head = head.filter((para) => {
    const found = meetingOfLine(para.text);
    if (found && !meeting) {
      meeting = found.meeting;
      expected = found.item;
      return false;
    }
    return !/^(?:Decision (?:maker|status)|Is key decision|Is subject to call in|Publication date|Date of decision|Effective from|Wards? affected|Lead officer|Contact)\s*\??:/i.test(
      para.text,
    );
  });
  // Whatever comes before "Agenda item" is the website's navigation.
  const marker = head.findIndex((para) => /^Agenda item$/i.test(para.text));
  if (marker > 0) head = head.slice(marker);
  if (head[0] && /^Agenda item\b/i.test(head[0].text)) {
    const rest = head[0].text.replace(/^Agenda item\s*[-–—:]?\s*/i, '');
    head = rest ? [{ ...head[0], text: rest }, ...head.slice(1)] : head.slice(1);
  }
  // An issue page gives the issue's title, then the meeting, then the item with its number.
  const numberedAt = head.findIndex((para) => {
    const numbered = itemNumber.exec(para.text);
    return !!numbered && (!expected || numbered[1] === expected);
  });
  if (expected && numberedAt > 0) head = head.slice(numberedAt);
  // "Decision:" printed above "Minutes:" on an item's page: read with the minutes (it counts once).
  const decisionAt = head.findIndex((para) => /^Decision\s*:$/i.test(para.text));
  const decided =
    decisionAt > 0 && paras[headEnd] && /^Minutes\s*:$/i.test(paras[headEnd].text)
      ? head.slice(decisionAt)
      : [];
  if (decided.length > 0) head = head.slice(0, decisionAt);
  // "34." alone over the title: the item's number, then its title.
  const numberAlone = head[0] && head[1] ? readNumber(head[0].text) : null;
  if (numberAlone && /^\(?[\dA-Z][^\s]*$/.test(head[0]!.text.trim())) {
    expected ||= numberAlone.text;
    head = head.slice(1);
  }
  // "Thornebury District Council" over a decision's title: the website's name, not the item's.
  if (head.length > 1 && /^(?:[\p{Lu}][\p{L}'’.&-]*\s+){1,6}Council$/u.test(head[0]!.text.trim()))
    head = head.slice(1);
  const [titlePara, ...purpose] = head;
  let number = '';
  let title = titlePara?.text ?? '';
  const numbered = itemNumber.exec(title);
  if (numbered && (expected ? numbered[1] === expected : /[.:)]\s|^\S+\s+[–—-]\s/.test(title) || !!meeting)) {
    number = readNumber(numbered[1]!)?.text ?? numbered[1]!;
    title = numbered[2]!;
  } else if (expected) number = expected;
  title = splitRunOn(title).title;
  if (!title) notes.push('No title was found before “Minutes:”; give the item one.');
  const item = parseItem(
    { number, title, purpose: purpose.map((para) => para.text).join('\n') },
    decided.length > 0 ? [...decided, paras[headEnd]!, ...paras.slice(bodyStart)] : paras.slice(bodyStart),
    notes,
  );
  // The item's own minutes name who declared an interest and who spoke, as a whole meeting's do.
  const found: ImportMeeting | null = meeting;
  if (found) {
    const minutes = paras.slice(bodyStart).map((para) => para.text);
    found.declarations = declarationsIn([{ number, title, paras: minutes }], number ? [number] : []);
    speakersIn(found, [{ paras: minutes, exempt: item.exempt }]);
  }
  return { kind: 'item', meeting, items: [item], notes };
}

/** Where an issue's page begins its minutes: after the line naming the meeting and the item. */
export function issueMinutesAt(paras: Para[]): number {
  const at = paras.findIndex((para) => meetingOfLine(para.text)?.item);
  if (at < 0) return -1;
  const item = meetingOfLine(paras[at]!.text)!.item;
  const numbered = paras.findIndex((para, index) => index > at && itemNumber.exec(para.text)?.[1] === item);
  return numbered < 0 ? -1 : numbered + 1;
}
