// Which body met, and when and where, from the lines above the attendance list: "Minutes of a meeting
// of the DEVELOPMENT COMMITTEE held in …", "Cabinet - Tuesday, 24 September 2024 2.00 pm", "PLANNING
// COMMITTEE" over "Wednesday, 19 March 2025". Where several lines name a body or a date (a covering
// letter, an e-mail's headers, a contents list), the one that says it is this meeting's wins, then the
// one nearest above the list of those present.
import { findDate, findTime } from './dates';
import { finiteVerbs, translationLine, withoutBy } from './titles';

export const bodies =
  /\b(?:Committee|Cabinet|Board|Panel|Sub-Committee|Commission|Forum|Executive|Assembly|Group|Partnership|Authority)\b/i;
export const councils = /\bCouncil\b/i;
export const smallWords = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'with']);

/** "PLANNING COMMITTEE" → "Planning Committee"; mixed case is left as written. */
export function fromCapitals(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && smallWords.has(word) ? word : word.replace(/(^|[-(&/])(\p{Ll})/gu, (m) => m.toUpperCase()),
    )
    .join(' ');
}

const letterOrMail =
  /^(?:Dear\b|Yours\b|Kind regards|Regards|From:|Sent:|To:|Cc:|Please ask for|Direct Dial|E-?mail:|Tel(?:ephone)?:|Your Ref|Our Ref|Venue\s*:|Contact\s*:|Location\s*:|Address\s*:)/i;
const meetingOf =
  /\b(?:meeting|proceedings) of (?:(?:an?|the)\s+(?:[\w-]+\s+)?meeting\s+of\s+)?(?:the\s+)?(.+?)(?:\s+(?:held|on|at|in|following|when)\b|\s+[–—-]\s|$)/i;
/**
 * A body's name ends at its kind ("… RIGHTS OF WAY COMMITTEE"): what follows a comma or "of" after it
 * ("Planning Committee of Glenavon District Council", "Cabinet, Tuesday …") is not the name. A
 * council's own name goes on ("Council of the Borough of Eastport").
 */
const afterKind =
  /^(.*?\b(?:Committee|Cabinet|Board|Panel|Sub-Committee|Commission|Forum|Executive|Assembly|Group|Partnership|Authority))(?:,\s*|\s+of\s+).*$/i;
const nameOf = (said: string): string => said.replace(afterKind, '$1');
const minutesOf =
  /^(?:the\s+)?(?:(?:Draft\s+)?(?:Minutes?|Notes|Record|Summary)|MINUTES?)\s+of\s+(?:the\s+|a\s+)?(?!(?:a\s+|the\s+)?(?:meeting|proceedings)\b)(.+?)(?:\s+(?:meeting\s+)?held\b|\s+meeting\b|,|\s+[–—-]\s+|$)/i;

const servesBody =
  /\b(?:Advis[eo]r|Officer|Clerk|Secretary|Manager|Director|Head|Solicitor|Lawyer|Member|Chair(?:man|person)?|Convener)\s+(?:to|of|for)\s+the\b/i;

/** The body's name in a line: the part with "Committee", "Board" … (or "Council"), without a date. */
export function bodyIn(line: string): string | null {
  const text = line
    .replace(/^(?:Moved from|Meeting:|Subject:|Re:)\s*/i, '')
    .replace(/\s*\((?:Item|Agenda item)[^)]*\)\s*$/i, '');
  const parts = text
    .split(/\s+[–—-]+\s+|,\s+(?=\S)/)
    .map((part) => stripDate(part))
    // "Legal Adviser to the Sub-Committee": a person's role names the body they serve, not this meeting.
    // "Sub-Committee: Councillor A (Chair)": a label over the members' list, not a title.
    .filter(
      (part) =>
        part &&
        !/^\d/.test(part) &&
        !servesBody.test(part) &&
        !/^[^:]{0,40}\b\S+:\s+\S/.test(part) &&
        // "Members of the Sub-Committee present:": a list's label, not the meeting's title.
        !/:-?$/.test(part),
    );
  const specific = parts.find((part) => bodies.test(part) && !/\bmeeting$/i.test(part.trim()));
  const named = specific ?? parts.find((part) => councils.test(part));
  if (!named) return null;
  const clean = named
    .replace(/\s+(?:meeting|minutes?|blended meeting|remote meeting|extraordinary meeting)$/i, '')
    .replace(
      /^(?:the\s+)?(?:draft\s+)?(?:minutes?|notes|record)\s+(?:of\s+)?(?:(?:the\s+)?proceedings\s+(?:of|at)\s+)?/i,
      '',
    )
    // "a meeting of the Council", "the Annual Meeting of": the words saying this is a meeting.
    .replace(
      /^(?:(?:an?|the)\s+)?(?:(?:annual|extraordinary|special|ordinary|remote|virtual)\s+)*meeting\s+of\s+(?:the\s+)?/i,
      '',
    )
    .replace(/\s+(?:held|HELD)\b.*$/, '')
    .trim();
  // "Committee" or "Board" alone names no body: a page's "Committee Minutes".
  if (/^(?:the\s+)?(?:Committee|Board|Panel|Group|Forum)$/i.test(clean)) return null;
  return clean.split(/\s+/).length <= 12 ? clean : null;
}

/** A line without the date and time in it: "COUNCIL MEETING TUESDAY 4 MARCH 2025" → "COUNCIL MEETING". */
function stripDate(text: string): string {
  const date = findDate(text);
  const before = date ? text.slice(0, date.index) : text;
  return before
    .replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*$/i, '')
    .replace(/\b(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|DRAFT)\b.*$/i, '')
    .replace(/[\s,–—-]+$/, '')
    .replace(/\s+(?:on|held|at|dated)$/i, '')
    .trim();
}

export interface MeetingTitle {
  committee: string;
  date: string | null;
  startTime: string | null;
  venue: string;
}

/** The committee, date, time and venue of the meeting from the lines above its attendance list. */
/** A heading in capitals wrapped over lines, joined again so the body and date read as one line. */
function joinCapitals(lines: string[]): string[] {
  const caps = (text: string) => /\p{L}{3}/u.test(text) && text === text.toUpperCase();
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    // A name complete in its kind ("… JOINT COMMITTEE"), or a line saying what it is ("MINUTES OF …"), stands alone.
    const last = previous?.split(/\s+/).at(-1) ?? '';
    const complete = bodies.test(last) || councils.test(last);
    if (
      previous &&
      caps(previous) &&
      caps(line) &&
      previous.length >= 40 &&
      !/[.:]$/.test(previous) &&
      !complete &&
      !/^(?:MINUTES?|MEETING)\b/.test(line)
    ) {
      out[out.length - 1] = `${previous} ${line}`;
    } else out.push(line);
  }
  return out;
}

/** A list's label: the title block is above the first ("Also attended:", "In attendance:"). */
const listLabel =
  /^(?:Present|Also (?:present|attended|in attendance)|In attendance|Attending|Officers?(?: present| in attendance)?|Apologies|Members present|Sederunt)\b[^:]{0,30}:/i;

/** A sentence of the minutes ("The Provost welcomed … to his first meeting of the Council"): it names no meeting. */
const narrative = (text: string): boolean =>
  finiteVerbs.test(withoutBy(text)) &&
  text.split(/\s+/).length >= 10 &&
  !/^(?:At|Minutes?|MINUTES?)\b/.test(text);

/**
 * `listsAt`: where the attendance lists began among `rawLines` when they were taken out of them
 * (the lines after are what followed the lists, such as the papers before the meeting).
 */
export function meetingTitle(rawLines: string[], listsAt = rawLines.length): MeetingTitle {
  const joined = joinCapitals(rawLines);
  // Above the first list's label, where a body or a date is named there; the rest is not the title.
  const labelAt = joined.findIndex((line) => listLabel.test(line));
  const label =
    labelAt >= 0 || listsAt >= rawLines.length ? labelAt : joinCapitals(rawLines.slice(0, listsAt)).length;
  const lines =
    label > 0 && joined.slice(0, label).some((line) => findDate(line) || bodyIn(line))
      ? joined.slice(0, label)
      : joined;
  const inLetter = lines.some((line) => /^Dear\s/i.test(line));
  let committee = '';
  let committeeScore = -Infinity;
  let date: string | null = null;
  let dateScore = -Infinity;
  let dateLine = '';
  lines.forEach((line, i) => {
    // Nearer the list of those present weighs more; after a covering letter ("Dear Councillor", its
    // subject line naming the next meeting), much more: the minutes' own title block is the last.
    const later = ((inLetter ? 4 : 1) * i) / Math.max(1, lines.length);
    // A covering letter, an e-mail's headers, the next meeting, or the last one's minutes: not this meeting.
    const excluded =
      letterOrMail.test(line) ||
      /\bnext meeting\b|\(Pages?\b|\b(?:previous|last) meeting\b|\bmeeting of this\b|\bwas held as read\b/i.test(
        line,
      );
    const prose = narrative(line);
    const saidRaw = prose ? null : (meetingOf.exec(line)?.[1] ?? minutesOf.exec(line)?.[1] ?? null);
    const said = saidRaw ? nameOf(saidRaw) : null;
    const saidBody = said && (bodies.test(said) || councils.test(said)) ? stripDate(said) : null;
    // "Meeting of Council", "Minutes of the Parish Council Meeting": the council a title line names
    // in full ("PENRHOS UCHAF TOWN COUNCIL", "West Marsh Parish Council").
    const generic = saidBody?.trim().replace(/^the\s+/i, '') ?? '';
    const named = /^(?:(?:Parish|Town|Community|City|County|Borough|District)\s+)?Council$/i.test(generic)
      ? lines
          .map((other) => bodyIn(other))
          .find(
            (other) =>
              !!other &&
              other.length > generic.length &&
              other.toLowerCase().endsWith(` ${generic.toLowerCase()}`) &&
              !/\bmeeting\b/i.test(other),
          )
      : undefined;
    const body = named ?? saidBody ?? (prose ? null : bodyIn(line));
    // "PANEL HEDDLU A THROSEDDU …" under "MID AND WEST WALES POLICE AND CRIME PANEL": the Welsh name
    // printed under the English one is its translation, not another body.
    const translated = !!committee && !saidBody && translationLine(line);
    if (body && !excluded && !translated && line.length < 400) {
      const score =
        (saidBody ? 4 : 0) + (bodies.test(body) ? 1 : 0) + later - (inLetter && !saidBody ? 0.5 : 0);
      if (score > committeeScore) {
        committeeScore = score;
        committee = body;
      }
    }
    const found = prose ? null : findDate(line);
    if (!found) return;
    const previous = lines[i - 1] ?? '';
    let score = later;
    if (/\bheld\b|\bmeeting (?:of|on)\b|^Meeting:|^Moved from/i.test(line)) score += 3;
    if (body) score += 2;
    const rest = line.replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/gi, '');
    if (rest.length - found.length < 25) score += bodyIn(previous) ? 2 : 1;
    if (excluded || (/^Date:/i.test(line) && inLetter)) score -= 4;
    if (score > dateScore) {
      dateScore = score;
      date = found.iso;
      dateLine = line;
    }
  });
  const top = lines.join('\n');
  const venue =
    /^Venue\s*:\s*(.+?)(?:\.\s*View directions)?$/im.exec(top)?.[1] ??
    /\bheld (?:in|at) (?:the )?(.+?)(?:,?\s+on\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d)|,?\s+at\s+\d|\.?\s*$)/im.exec(
      top,
    )?.[1] ??
    /(?:a\.?m|p\.?m|noon)\.?,?\s+(?:in|at)\s+(?:the\s+)?(.+?)\.?$/im.exec(top)?.[1] ??
    '';
  return {
    committee: fromCapitals(committee.replace(/^(?:the|THE)\s+(?=\S+\s+\S)/, '').trim()),
    date,
    startTime: findTime(dateLine) ?? findTime(top),
    venue: venue.replace(/\s+when there were present:?$/i, '').trim(),
  };
}
