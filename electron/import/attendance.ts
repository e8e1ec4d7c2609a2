// Who attended, from the labelled lists at the head of the minutes: "Present:", "Members Present",
// "In the Chair", "Sederunt", "Apologies", "Substitutes", "Officers in attendance", "(Officials)",
// "Also present", "Other Members in Attendance", "Parties present" … A list may be one sentence,
// one person a line, two to a line, a table flattened to name-then-organisation lines, or labels in
// a left-hand column with the names wrapped beside them ("ALSO" / "PRESENT:"). A list ends at the
// next label, or at a sentence of the minutes ("The Chair welcomed …").
import type { ImportPerson } from '../../shared/importing';
import { personFromLine, splitHonorific } from './people';
import { pushAll } from '../../shared/arrays';
import { finiteVerbs, withoutBy } from './titles';
import { sentencesOf } from './text';
import { columnHeader, rowName, tableByLines, tableHeader, tableRow, type Section } from './attendanceTable';
import { substituteInRole, substitution, substitutesIn, substitutesListed } from './substitutes';

export type { Section } from './attendanceTable';

import { honorificStart, labelOf } from './attendanceLabels';
import { once, peopleIn } from './attendanceLines';
import { joinCells } from './attendanceCells';
import { keysOf } from './initialKeys';
import { english, leftColumn, leftColumnLabels, splitInnerLabels, wrappedLabels } from './attendanceParas';

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
  /** Initials printed as keys beside the names ("R. Adeyemi (RA)"), and the names they stand for. */
  keys: Map<string, string>;
}

const wardMember =
  /\b(?:Ward|Division)(?:\s+(?:Member|Councillor))?$|\blocal (?:ward )?member\b|\bvisiting member\b/i;
/** "PART ONE", "PART 2 – EXEMPT ITEMS": a banner, not a name. */
const banner = /^PART\s+(?:1|2|I|II|ONE|TWO|A|B)\b/;

/** "Councillors:", "Aldermen –": a plural title alone as a label. */
const bareTitleLabel =
  /^(?:(?:County|Borough|District|Town|City|Community)\s+)?(?:Councillors|Cllrs\.?|Aldermen|Bailies)\s*(?::-?|[–—-])/i;
/** A minute's number at a paragraph's start: "Cou/285/07-08", "12.", "PR/41". */
const numberLead = /^(?:\p{Lu}\p{L}{0,5}\/?)?\d{1,4}(?:[./-]\d{1,4})*[.:)]?\s+(?=\p{Lu})/u;
/** "Apologies for absence were received from …", "An apology was submitted on behalf of …". */
const apologySentence =
  /^(?:An?\s+)?apolog(?:y|ies)\s+(?:for\s+(?:absence|non-attendance)\s+)?(?:(?:was|were|had been|have been)\s+)(?:received|submitted|intimated|reported|recorded|noted|tendered|given)\s+(?:from|on behalf of|by)\s+\p{Lu}/iu;
/** "Councillor Shaw, Convener, presided.": who was in the chair, as a sentence. */
const presidedBy = /^(\S.*?)\s*,?\s+presided\s*\.?$/i;
/** "Councillor Morag Lindsay in the Chair.", "Provost Ann Bell, Convener, was in the Chair.": the chair, wherever it stands. */
const inTheChair = /^(\S.*?)\s*,?\s*(?:[–—-]\s*)?(?:was\s+)?in the Chair\s*\.?$/i;

/** A sentence of the minutes rather than a line of a list: it ends a list. */
function narrative(text: string): boolean {
  // "NB: Cllr Hall joined the meeting at 7.45 pm.", "Note: …", "* Denotes Member present": a note under the list.
  if (/^(?:NB|N\.B\.|Note|Please note)\s*[:.–-]/i.test(text) || markKey.test(text)) return true;
  if (honorificStart.test(text) && !finiteVerbs.test(withoutBy(text.split(/[,(]/)[0]!))) return false;
  return text.split(/\s+/).length > 4 && finiteVerbs.test(withoutBy(text)) && !/[,;]\s*$/.test(text);
}

/** "* Denotes Member present", "(1) Denotes category of Reserve Members": the key to a list's marks. */
const markKey = /^(?:[*†‡#]|\(\d\))\s*(?:denotes|indicates|=)\s+/i;
/** A list whose key says the mark is on those present: "* Denotes Member present", "* = attended". */
const presentKey =
  /^\*\s*(?:denotes|indicates|=)\s+(?:(?:Members?|Councillors?)\s+)?(?:(?:who\s+(?:were|was)\s+)?present|attended|in attendance|attending)\s*\.?$/i;

/**
 * "Councillors:  * Amara Bello  * Philip Renwick" / "Marion O'Dowd  * Gerald Ashby": a list whose
 * names are marked. Where the key says the mark is on those present, a name without it was absent.
 */
function markedCells(text: string, marksPresent: boolean): { text: string; marked: boolean }[] {
  if (!/(?:^|\s)\*\s*\p{Lu}/u.test(text)) return [{ text, marked: !marksPresent }];
  const cells = text.split(/(?:^|\s+)\*\s*(?=\p{Lu})/u);
  return cells
    .map((cell, at) => ({ text: cell.trim(), marked: at > 0 }))
    .filter((cell) => cell.text && !/^\p{Lu}[\p{L}-]*s?\s*:$/u.test(cell.text));
}

/** The labelled lists in the header paragraphs: each section's people, and the lines of none. */
export function readAttendance(all: string[], cells: readonly (string | undefined)[] = []): Attendance {
  // Each paragraph's columns, where it had any (Para.cells), found again by its words: the
  // paragraphs below are rewritten (labels in a left-hand column, …), and one rewritten has none.
  const gaps = new Map<string, string>();
  for (const [at, gapped] of cells.entries()) if (gapped) gaps.set(all[at]!, gapped);
  // Only a text with such a column is rewritten.
  const unwrapped = wrappedLabels(all.some((para) => leftColumn.test(para)) ? leftColumnLabels(all) : all);
  // "• Members: Cllrs …", "• Apologies: …": a bulleted label is the label.
  const paras = splitInnerLabels(unwrapped.map((para) => english(para.replace(/^[•·▪◦●‣]\s*/u, ''))));
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
  const marksPresent = paras.some((para) => presentKey.test(para));
  // A list's line, its marked names apart: where the mark is on those present, the unmarked were absent.
  const push = (into: Section, para: string) => {
    for (const row of para.split('\n'))
      for (const cell of markedCells(joinCells(row), marksPresent))
        lines[into === 'present' && !cell.marked ? 'absent' : into].push(cell.text);
  };
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
    // The paragraph with its column gaps (tabs) and rows (lines), for the lists' names.
    const gapped = gaps.get(text) ?? text;
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
    // A cell wrapped onto a line of its own ("Councillor Lydia Kerr" under "… substitute for"): the
    // table goes on.
    if (table && !labelOf(text) && !narrative(text) && text.length < 60 && /\p{Lu}/u.test(text)) continue;
    table = null;
    // The label's second line ("PRESENT", "Members Present:") under names beside its first.
    if (
      partial &&
      /^(?:[A-Z][A-Z ]{1,30}|(?:Members?\s+)?(?:Present|in attendance|attending))\s*:?$/.test(text)
    ) {
      partial = false;
      continue;
    }
    // "Cou/285/07-08 Present Members: …": a minute's number before the label.
    const label = labelOf(text) ?? (numberLead.test(text) ? labelOf(text.replace(numberLead, '')) : null);
    // "APOLOGIES: Alderman J Stinson" over "Councillors: D Cassidy, F X Mallon": a plural title under
    // another list carries its honorific there; it does not open the list of those present.
    if (label && section && section !== 'present' && label.carry && bareTitleLabel.test(text)) {
      if (label.rest) push(section, `${text.split(/\s*:/)[0]} ${label.rest}`);
      continue;
    }
    if (label) {
      found = true;
      // The names after the label with their column gaps: the same label read on the gapped line.
      const rest = text === gapped || !label.rest ? label.rest : (labelOf(gapped)?.rest ?? label.rest);
      // "Other Members present" after a chair named on their own: the rest of the members.
      section = label.otherMembers && (lines.present.length === 0 || chairOnly) ? 'present' : label.section;
      chairOnly = label.role === 'Chair' && section === 'present' && lines.present.length === 0;
      partial = label.partial;
      if (label.carry) carries[section] = label.carry;
      if (rest) push(section, label.role ? `${rest} (${label.role})` : rest);
      continue;
    }
    partial = false;
    // "Mr D Tucker, County Council Link Officer, was in attendance.": sentence by sentence.
    const sentences = sentencesOf(text);
    // "Councillors Bee, Dee and Fay were present.": the members, where no list has named them.
    const members =
      lines.present.length === 0
        ? /^((?:Councillors|Cllrs\.?|Aldermen|Bailies)\s+\p{Lu}.*?)\s+were\s+present\s*\.?$/u.exec(text)
        : null;
    if (members) {
      found = true;
      lines.present.push(members[1]!);
      continue;
    }
    // "An apology for absence was submitted on behalf of Councillor Campbell.": the apologies, whatever the list above.
    if (apologySentence.test(text)) {
      found = true;
      lines.apologies.push(text);
      section = null;
      continue;
    }
    // "Councillor Morag Lindsay in the Chair." under the officers in attendance: a member, not an officer.
    const chaired = inTheChair.exec(text);
    if (chaired && personFromLine(chaired[1]!)) {
      found = true;
      lines.present.push(`${chaired[1]!}, in the Chair`);
      continue;
    }
    // "Councillor Shaw, Convener, presided.": the member in the chair.
    const presided = presidedBy.exec(text);
    if (presided) {
      found = true;
      lines.present.push(presided[1]!);
      continue;
    }
    // "Councillor Dev Okoro attended in place of Councillor Rae Finn.", "County Councillor A was present as
    // substitute for County Councillor B.": a substitution said as a sentence among the lists; the
    // substitute is one of the members present. Only under the members' list: in an item it is the item's.
    const swapped =
      (section === 'present' || section === 'substitutes') && honorificStart.test(text)
        ? substitutesIn(text)
        : [];
    if (swapped.length > 0 && sentences.length <= swapped.length) {
      found = true;
      // The sentence's full stop is not the last name's (an initial's is).
      lines.substitutes.push(text.replace(/(\p{L}{2})\.$/u, '$1'));
      for (const one of swapped) lines.present.push(`${one.honorific} ${one.name}`.trim());
      continue;
    }
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
    if (section) push(section, gapped);
    else preamble.push(text);
  }
  const present = once(peopleIn(lines.present, carries.present ?? ''));
  const absent = peopleIn(lines.absent, '');
  const attendance: Attendance = {
    present: [],
    apologies: once(peopleIn(lines.apologies, '')),
    substitutes: [],
    officers: once(peopleIn(lines.officers, '')),
    others: [],
    preamble,
    listsAt: listsAt ?? preamble.length,
    found,
    keys: new Map(),
  };
  for (const person of present) {
    const sub = substitution.exec(person.role);
    // "(substituting for Councillor Gary Tolhurst)" over the next body's name: the name ends at a comma.
    if (sub)
      attendance.substitutes.push({
        ...person,
        role: '',
        for: splitHonorific(sub[1]!.split(/[,;]/)[0]!).name,
      });
    if (wardMember.test(person.role)) attendance.others.push(person);
    else attendance.present.push(person);
  }
  // "Councillor L Lamb (Councillor D Drake substituting)": the apology names the substitute.
  for (const person of attendance.apologies) {
    const who = substituteInRole(person.role);
    if (who) attendance.substitutes.push({ ...splitHonorific(who), role: '', for: person.name });
  }
  pushAll(attendance.others, once(peopleIn(lines.others, '')));
  attendance.keys = keysOf([...present, ...absent, ...attendance.apologies, ...attendance.others]);
  for (const line of lines.substitutes) {
    const said = substitutesIn(line);
    pushAll(attendance.substitutes, said.length > 0 ? said : substitutesListed(line));
  }
  return attendance;
}
