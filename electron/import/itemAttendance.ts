// Attendance said in the minutes' items rather than the header: apologies given as an item ("Apologies
// were received from …", "Cllr Luscombe had work commitments", a bare list of names), substitutes
// ("with Councillor Weir substituting", "attended as substitute"), and members who arrived in the
// roll call of item 1.
import type { ImportMeeting, ImportPerson } from '../../shared/importing';
import { nameKey } from '../../shared/importing';
import { pushAll } from '../../shared/arrays';
import { HONORIFIC, NAME, isName, peopleFromList, splitHonorific } from './people';
import { substituteInRole, substitutesIn, substitutesListed } from './substitutes';
import { readAttendance } from './attendance';
import { labelOf } from './attendanceLabels';
import { finiteVerbs } from './titles';
import { sentencesOf } from './text';

const honoured = new RegExp(String.raw`(?:^|[\s(,;])((?:${HONORIFIC}\s+)+${NAME})`, 'gu');
const substituting = new RegExp(
  String.raw`,?\s*(?:with\s+)?((?:${HONORIFIC}\s+)?${NAME})\s+(?:(?:was|were|had been)\s+)?(?:substitut(?:ing|ed)|(?:attending|attended|present|in attendance|acted|acting)(?: the meeting)? as (?:(?:his|her|their|a|the)\s+)?substitute)\b(?:\s+for\s+((?:${HONORIFIC}\s+)?${NAME}))?,?`,
  'u',
);

/** A list headed by a titled name: "Councillors Dowie and K MacLaurin", "Cllr Ash, Cllr Box". */
const listHead = new RegExp(String.raw`^(?:${HONORIFIC})\s+\p{Lu}`, 'u');
const apologisers =
  /^(.*?)\s+(?:apologi[sz]ed|(?:had\s+)?(?:sent|gave|given|tendered|submitted)\s+(?:their|his|her)?\s*apologies|(?:was|were)\s+unable\s+to\s+(?:attend|be present)|could\s+not\s+attend)\b/i;
const substituteLabel = /^(?:Named\s+)?Substitut(?:e|es|ions?)(?:\s+members?)?\s*(?::-?|[–—-])\s*/i;
const absentNotApologies =
  /\b(?:was|were)\s+(?:absent|not present|late|delayed)\b|\b(?:would|will|may|might)\s+be\s+(?:late|delayed|joining)\b|\bdid not attend\b|\battended\b|\barrived\b|\bleft the meeting\b|\bjoined the meeting\b|\blateness\b|\bwithout (?:an )?apolog/i;

/**
 * The people a sentence of an apologies item names as sending apologies. `loose`: the item's first
 * words, where a bare list of names or "Cllr X had work commitments" is the apologies themselves.
 */
function apologiesIn(
  sentence: string,
  out: ImportPerson[],
  subs: { name: string; for: string }[],
  loose: boolean,
): void {
  // "Apologies for lateness were received from …": they came.
  if (/\bapolog\w*\s+for\s+(?:lateness|late arrival|arriving late|leaving early)/i.test(sentence)) return;
  let text = sentence;
  for (let match = substituting.exec(text); match; match = substituting.exec(text)) {
    const before = peopleFromList(
      text
        .slice(0, match.index)
        .replace(/\bapolog\w*\s+for\s+(?:absence|non-attendance)\b/gi, 'apologies')
        .replace(/^.*?\b(?:from|on behalf of|for)\s+/i, '')
        .replace(/^Apolog\w*(?:\s+for\s+absence)?\s*[:–-]\s*/i, '')
        .replace(/\s*\($/, ''),
    );
    const who = splitHonorific(match[1]!);
    // "… that Councillor Harris had given apologies and that Councillor Nolan was attending as her
    // substitute": no list before, so the last titled name before the substitute.
    const lastTitled = [...text.slice(0, match.index).matchAll(honoured)].at(-1)?.[1];
    subs.push({
      name: who.name,
      for: match[2]
        ? splitHonorific(match[2]).name
        : (before.at(-1)?.name ?? (lastTitled ? splitHonorific(lastTitled).name : '')),
    });
    text = `${text.slice(0, match.index)}${text.slice(match.index + match[0].length)}`.replace(
      /\s*\(\s*\)/g,
      '',
    );
  }
  // "Councillor A & B together with Mr C apologised for their inability to attend": the people, then the verb.
  const first = apologisers.exec(text);
  if (first && !/\bapolog\w*\s+(?:were|was)\b/i.test(first[1]!)) {
    const people = peopleFromList(
      first[1]!.replace(/\s+(?:together|along)\s+with\s+|\s+as well as\s+/gi, ', '),
    );
    if (people.length > 0) {
      pushAll(out, people);
      return;
    }
  }
  const after = /\b(?:from|on behalf of|for|by|(?<=apolog\w*\s+)of)\s+(.+)$/i.exec(
    text.replace(/\bapolog\w*\s+for\s+(?:absence|non-attendance)\b/gi, ''),
  );
  const named =
    after && /\bapolog|\breceived\b|\bintimated\b|\brecorded\b|\btendered\b/i.test(text)
      ? peopleFromList(after[1]!.replace(/\bfrom\s+/gi, ''))
      : [];
  // "… sent apologies and Councillor Mann substituted for her": no one after "for", so read on.
  if (named.length > 0) {
    pushAll(out, named);
    // "Councillor Daly, who was substituted by Councillor Packard", "(substitute: Cllr Pike)".
    for (const person of named) {
      const who = substituteInRole(person.role);
      if (who) subs.push({ name: splitHonorific(who).name, for: person.name });
    }
    return;
  }
  // "Councillor Shaw attended in place of Councillor Tate": a substitution, not an apology.
  if (!/\bapolog/i.test(text) && substitutesIn(sentence).length > 0) return;
  if (!loose) return;
  const listed = peopleFromList(text);
  const parts = text
    .replace(/\.$/, '')
    .split(/,|;|\band\b/)
    .filter((part) => part.trim());
  if (
    listed.length > 0 &&
    listed.length >= parts.length &&
    parts.every((part) => isName(part.trim().replace(/\s*\([^)]*\)/g, '')))
  ) {
    pushAll(out, listed);
    return;
  }
  // "Councillor Quinn was absent", "… arrived at 7.40 pm": a member who sent no apologies.
  if (absentNotApologies.test(text) && !/\bapolog/i.test(text)) return;
  // Not the people in brackets: "Cllr Underwood (Cllr Tate substituted)".
  for (const match of text.replace(/\([^()]*\)/g, ' ').matchAll(honoured))
    pushAll(out, peopleFromList(match[1]!));
}

/**
 * A web page's "Attendance" block after the minutes ("Attendance" / "Present: …" / "Officers: …"),
 * read where the heading of the minutes named no one present.
 */
function attendanceAfter(meeting: ImportMeeting, last: string[]): void {
  if (meeting.present.length > 0) return;
  const at = last.findIndex(
    (para) => /^Attendance(?: details)?\s*:?$/i.test(para) || /^Present\s*:/i.test(para),
  );
  if (at < 0) return;
  const roll = readAttendance(last.slice(at));
  if (roll.present.length === 0) return;
  meeting.present = roll.present;
  pushAll(meeting.officers, roll.officers);
  pushAll(meeting.others, roll.others);
  pushAll(meeting.apologies, roll.apologies);
  pushAll(meeting.substitutes, roll.substitutes);
}

/** An item's title that names the roll call. */
export const rollTitle = /\b(?:present|attendance|sederunt|roll[- ]call)\b/i;

/**
 * Which item holds the roll call where the heading has none: the first titled so ("Members Present",
 * "Attendance", "Sederunt", "Record of those present"), else the first item.
 */
export function rollCallAt(titles: string[]): number {
  const at = titles.findIndex((title) =>
    // "Member Attendance and Apologies", "Apologies and Attendance", "Members Present": any title naming the roll.
    rollTitle.test(title),
  );
  return Math.max(at, 0);
}

/** A table's header: the member, then who attended in their place. */
const reserveHeader =
  /^(?:(?:Ordinary|Committee|Appointed|Substantive|Absent)\s+)?(?:Members?|Councillors?)\s+(?:Reserve|Substitute|Substituting)\s+(?:Members?|Councillors?)?\s*$/i;
const twoNames = new RegExp(
  String.raw`^((?:${HONORIFIC}\s+)+${NAME})\s+((?:${HONORIFIC}\s+)+${NAME})\s*$`,
  'u',
);

/**
 * "… were attending the meeting as substitutes for their respective colleagues:" then "Ms J. Oakes for
 * Dr. Sikes", a pair a line: the pairs, taken out of the paragraphs.
 */
function pairsListed(paras: string[]): { name: string; for: string }[] {
  const out: { name: string; for: string }[] = [];
  for (let at = 0; at < paras.length; at++) {
    // "Ordinary Member  Reserve Member" over "Councillor Marion O'Dowd  Councillor Gerald Ashby": a table.
    if (reserveHeader.test(paras[at]!)) {
      for (let row = twoNames.exec(paras[at + 1] ?? ''); row; row = twoNames.exec(paras[at + 1] ?? '')) {
        out.push({ name: splitHonorific(row[2]!).name, for: splitHonorific(row[1]!).name });
        paras.splice(at + 1, 1);
      }
      continue;
    }
    if (!/\bsubstitut/i.test(paras[at]!) || !/:-?$/.test(paras[at]!)) continue;
    let end = at + 1;
    for (
      let pairs = substitutesListed(paras[end] ?? '');
      pairs.length > 0;
      pairs = substitutesListed(paras[end] ?? '')
    ) {
      pushAll(out, pairs);
      end++;
    }
    if (end === at + 1) continue;
    paras.splice(at, end - at);
    at--;
  }
  return out;
}

/** Apologies and substitutes recorded in the items, added to the meeting's lists. */
/** "… and Ms Yvonne" over "Caddick (Trust). …": a titled name cut by the line's end runs on. */
const titledEnd = new RegExp(String.raw`\b${HONORIFIC}(?:\s+\p{Lu}[\p{L}'’.-]*)?$`, 'u');
const nameCut = (previous: string, next: string) => titledEnd.test(previous) && /^\p{Lu}\p{Ll}/u.test(next);
/** A line that may speak of apologies or a substitute (see attendanceFromItems). */
const mayNameAbsence = (para: string) =>
  /apolog/i.test(para) || para.includes('substitut') || para.includes('place');

export function attendanceFromItems(
  meeting: ImportMeeting,
  items: { title: string; paras: string[] }[],
): void {
  attendanceAfter(meeting, items.at(-1)?.paras ?? []);
  const known = new Set(meeting.apologies.map((person) => nameKey(person.name)));
  const subs: { name: string; for: string }[] = [];
  const pending: string[] = [];
  for (const item of items) {
    const isApologies = /apolog/i.test(item.title);
    // The item's text without a roll call's lists ("Present:" and the names under it).
    const kept: string[] = [];
    let inList = false;
    // "2. Apologies for absence: Derek Price, Cllr Martin Wale": the apologies run on in the heading.
    const runOn = isApologies ? /^Apolog[^:]*:\s*(\S.*)$/i.exec(item.title)?.[1] : undefined;
    const paras = runOn ? [runOn, ...item.paras] : [...item.paras];
    pushAll(subs, pairsListed(paras));
    // Only an apologies item, or text that speaks of apologies or substitutes, is read below: where no
    // line has those words, the lines are not sorted at all (the hot path: most items). "in place of"
    // may be two lines joined, so any line with "place" is read.
    if (!isApologies && !paras.some(mayNameAbsence)) continue;
    for (const para of paras) {
      // "• Members: Cllrs …", "Officers: …" in an item titled "Record of those Present/Apologies": not apologies.
      const label = labelOf(para.replace(/^[•·▪◦●‣]\s*/u, ''));
      // The names under it are that list's, not apologies.
      if (label && label.section !== 'apologies' && label.section !== 'substitutes') {
        inList = true;
        continue;
      }
      if (/^(?:Present|In attendance|Attending|Officers|Also present|Sederunt)\b[^.]*:?-?\s*$/i.test(para)) {
        inList = true;
        continue;
      }
      if (inList && !/^(?:Apolog|An apology)/i.test(para) && !/\b(?:was|were)\b/.test(para)) continue;
      inList = false;
      // "Apologies were received from Councillor A (…)" over "and Councillor B.": one sentence wrapped.
      const previous = kept.at(-1);
      if (
        previous !== undefined &&
        (/^(?:and|or|&)\s/.test(para) || /(?:,|\band|\bfrom)$/.test(previous) || nameCut(previous, para))
      )
        kept[kept.length - 1] = `${previous} ${para}`;
      else kept.push(para);
    }
    // Only an apologies item, or text that speaks of apologies or substitutes, has any to read.
    const said = kept.join('\n');
    if (!isApologies && !/apolog/i.test(said) && !said.includes('substitut') && !said.includes('in place of'))
      continue;
    const looseUpTo = kept[0] ? sentencesOf(kept[0]).length : 0;
    let leadIn = false;
    let apologiesLead = false;
    for (const [at, sentence] of sentencesOf(said).entries()) {
      // "Apologies for absence were received from:-" then the names, in the next paragraph.
      const afterLeadIn: boolean = leadIn;
      // The lines of names under the lead-in are loose too, up to the first sentence that is not names.
      leadIn =
        /:-?$/.test(sentence) || (afterLeadIn && !/[.!?]$/.test(sentence) && !finiteVerbs.test(sentence));
      // "Apologies:" over "Cllr J Cox (Cllr T Mason substituting)" in a roll call's item: the lines under it are apologies.
      apologiesLead = leadIn && (/^Apolog[^.]*:-?$/i.test(sentence) || (afterLeadIn && apologiesLead));
      const underApologies = afterLeadIn && apologiesLead;
      // "Councillors Dowie and K MacLaurin." under "Apologies from members.": a bare list of titled names.
      const bareList = isApologies && !finiteVerbs.test(sentence) && listHead.test(sentence);
      if (/^[“"]/.test(sentence) || /\bdeclar/i.test(sentence) || /^there (?:were|was) no\b/i.test(sentence))
        continue;
      // "Substitute: Cllr Nash for Cllr Rigby." in the item.
      const labelled = substituteLabel.exec(sentence);
      if (labelled) {
        pushAll(subs, substitutesListed(sentence.slice(labelled[0].length)));
        continue;
      }
      if (isApologies || underApologies || /^(?:Apolog|An apology)/i.test(sentence)) {
        const found: ImportPerson[] = [];
        if (/\bapolog|\breceived\b|\bintimated\b/i.test(sentence) || isApologies || underApologies)
          apologiesIn(
            sentence,
            found,
            subs,
            at < looseUpTo || afterLeadIn || bareList || /^Apologies\b[^.]*:\s*\S/i.test(sentence),
          );
        for (const person of found) {
          const key = nameKey(person.name);
          if (!key || known.has(key) || subs.some((sub) => nameKey(sub.name) === key)) continue;
          // "Councillor Birtles" in the item, "Councillor Tom Birtles" in the heading's table: one person.
          if (
            !key.includes(' ') &&
            meeting.apologies.some((known) => nameKey(known.name).endsWith(` ${key}`))
          )
            continue;
          known.add(key);
          meeting.apologies.push(person);
        }
      } else {
        const sub = sentence.includes('substitut') ? substituting.exec(sentence) : null;
        if (sub && !sub[2]) pending.push(splitHonorific(sub[1]!).name);
      }
      for (const found of substitutesIn(sentence)) subs.push(found);
    }
  }
  for (const name of pending) subs.push({ name, for: '' });
  for (const sub of subs) {
    if (!sub.for && meeting.apologies.length === 1) sub.for = meeting.apologies[0]!.name;
    const key = nameKey(sub.name);
    // "Orme" in the item, "Kevin Orme" in the heading's list: one substitute.
    const same = (known: string) => known === key || known.endsWith(` ${key}`) || key.endsWith(` ${known}`);
    if (!key || meeting.substitutes.some((known) => same(nameKey(known.name)))) continue;
    // "… for Councillor Fairley.": the sentence's full stop is not the name's (an initial's is).
    const replaced = sub.for.replace(/(\p{L}{2})\.$/u, '$1');
    meeting.substitutes.push({ name: sub.name, honorific: '', role: '', for: replaced });
  }
  // Someone who sent apologies is not also present.
  meeting.apologies = meeting.apologies.filter(
    (person) => !meeting.substitutes.some((sub) => nameKey(sub.name) === nameKey(person.name)),
  );
}
