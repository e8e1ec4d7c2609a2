// Declarations of interest made at the meeting: "Councillor X declared a … interest in Minute 72",
// "Councillors Kaur and Uddin declared …", "Item 6 – Mr A Urquhart (Non-Financial)", "The following
// members declared … in item 7:" then a name a line, "… declared an interest in this item" under the
// item itself. The item is the one the declaration names ("Item 6.2", "minute (144)", "Article IV",
// "CAB44"), the one it is made under ("this item", "the above item"), or none when only an
// application or a title is given. Not declarations: lobbying, quotations, "having declared an interest".
import type { ImportDeclaration } from '../../shared/importing';
import { nameKey } from '../../shared/importing';
import { peopleFromList, isName } from './people';
import { sentencesOf } from './text';
import { finiteVerbs, withoutBy } from './titles';
import {
  bareRows,
  cleanRef,
  declaring,
  followingMade,
  leadRef,
  lineItem,
  moreItems,
  nameThenItem,
  noInterest,
  noneHeld,
  notAnInterest,
  passive,
  reference,
  regarding,
  rowStart,
  thisItem,
} from './declarationWords';

export interface ItemText {
  number: string;
  title: string;
  paras: string[];
}

/** A short heading line in a table of declarations: capitalised words, no number, no verb. */
const tableHeading = /^(?:\p{Lu}[\p{L}'’-]*\s*){1,4}$/u;

/** The list after "the following declarations were made": a person and the minutes each names. Returns the last line read. */
function listedDeclarations(
  paras: string[],
  from: number,
  known: Set<string>,
  add: (name: string, honorific: string, item: string, text: string) => void,
): number {
  let q = from;
  for (; q < paras.length; q++) {
    const line = paras[q]!.replace(/^\(?[a-z0-9]{1,3}[.)]\s+/i, '').replace(/^[•·▪◦*]\s*/u, '');
    // "Item 7 – Councillors Carey and Devlin (prejudicial)": the item, then who declared.
    const led = lineItem.exec(line);
    // A heading over a declaration in words ("Agenda Item 8 – …" over "Councillor Bello declared …"): the list has ended.
    if (led && !/\bdeclared\b/i.test(line) && /\bdeclared\b/i.test(paras[q + 1] ?? '')) break;
    const ledBy = led
      ? peopleFromList(led[2]!.replace(/\([^)]*\)/g, '')).filter((one) => isName(one.name))
      : [];
    if (led && ledBy.length > 0 && !finiteVerbs.test(withoutBy(led[2]!))) {
      for (const person of ledBy) add(person.name, person.honorific, led[1]!.replace(/[.,]$/, ''), line);
      continue;
    }
    // "Cllr Fenwick and Cllr Ibbetson – other registrable interests in minute 45/26 …": the people, a dash, what they declared.
    // "Grace Ashworth  Agenda item 4(i) '…' as a member of …": a table's name, then the item, no word between.
    const split =
      regarding.exec(line) ??
      /\s+(?:in|on|for)\s+(?=(?:agenda\s+)?(?:items?|minutes?)\s)|\s+(?=(?:agenda\s+)?(?:items?|minutes?)\s+\(?[A-Z]{0,6}\/?\d)|\s+[–—-]+\s+|:\s+/i.exec(
        line,
      );
    // "Personal Interests", "Councillor   Interest": a table's headings between its rows.
    // A row's words wrapped onto a line of their own (the line before ends without a full stop): that row's.
    if (!split && (tableHeading.test(line) || (q > from && /[^.:;!?)]$/.test(paras[q - 1]!.trim()))))
      continue;
    if (!split) break;
    // "Councillors A, B and C declared a personal interest in Minute 157": the people end at the verb.
    const verb = declaring.exec(line);
    const end = verb && verb.index < split.index ? verb.index : split.index;
    const people = peopleFromList(line.slice(0, end)).filter((person) => isName(person.name));
    if (people.length === 0) break;
    const said = line.slice(split.index + split[0].length);
    // "in Item 9.2": the item named; else the minutes' numbers among the words ("Minute Nos. P/102 and P/104").
    const explicit = reference.exec(said);
    const refs = explicit
      ? [cleanRef(explicit[1]!), ...moreItems(said, cleanRef(explicit[1]!))]
      : (said.match(/\b[A-Z]{0,6}\/?\d{1,5}(?:\/\d{1,4})?\b/g) ?? []).filter((token) =>
          known.has(token.toUpperCase()),
        );
    for (const person of people) {
      for (const ref of refs.length > 0 ? refs : ['']) add(person.name, person.honorific, ref, line);
    }
  }
  return q - 1;
}

/**
 * A declarations table's heading row, its columns run together: the member's column, then the
 * item's ("Councillor(s) Item(s) Nature of Interest(s)", "Member Name Item Ref. Details …",
 * "Councillor Agenda Item Pecuniary/Non Reason", "Member Minute No(s). Nature of interest").
 */
const tableHead =
  /^(?:Name\s+of\s+)?(?:Councillors?|Cllrs?|Members?|Member['’]?s?\s+Name|Names?)(?:\s*\(s\))?\s+(?:Agenda\s+)?(?:Items?|Minutes?)(?:\s*\(s\))?(?:\s+(?:Ref(?:erence)?\.?|Nos?\.?(?:\s*\(s\))?\.?|Numbers?))?(?:\s+\S.*)?$/i;
const rowTitle = /^(?:(?:Councillors?|Cllrs?\.?|Alderman|Aldermen|Bailie|County|Borough|Mr|Mrs|Ms|Miss|Dr)\s+)+/;
/** A word of a name in a table's member column: "Kerr", "Ll.", "O'Neill", "Arfon-Jones". */
const nameWord = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Words that begin the item's or the interest's column, never a name. */
const notNameWord =
  /^(?:Application|Planning|Items?|Agenda|Minutes?|Reports?|Personal|Prejudicial|Pecuniary|Non[-\s]?\w*|Financial|Other|Registrable|Registerable|Disclosable|General|Member|Director|Owner|Trustee|Chair|Governor|Employee|Employed|Resident|Landlord|Tenant)$/i;
/** Words of a body's or a place's name, never a person's: "Community Council", "Mill Road". */
const groupWord =
  /^(?:Council|Committee|Community|Association|Trust|Society|Club|Board|Group|Authority|Partnership|Road|Street|Lane|Ltd|Limited|Church|School|Centre|Hall|Police|Fund)$/;
/** An item's number in a table cell: "5", "12b", "6(a)", "5.2", or one of the minutes' own numbers. */
const plainItem = /^\d{1,3}(?:\.\d{1,2})*(?:\([a-z]{1,3}\)|[a-z])?$/;

/**
 * One row of a declarations table: the member (or members, "Imrie and Pettigrew"), then the item
 * cell. A bare surname stands for the member here, as such tables print them; an application's
 * reference in the item cell names no item of the meeting.
 */
function tableRow(line: string, known: Set<string>): { names: string[]; items: string[] } | null {
  const words = line.replace(/^[•·▪◦*]\s*/u, '').split(/\s+/);
  const names: string[] = [];
  let current: string[] = [];
  let k = 0;
  let titled = false;
  const close = () => {
    if (current.length > 0) names.push(current.join(' '));
    current = [];
  };
  for (; k < words.length; k++) {
    const word = words[k]!;
    const rest = words.slice(k).join(' ');
    const title = rowTitle.exec(rest);
    if (title) {
      titled = true;
      k += title[0].trim().split(/\s+/).length - 1;
      continue;
    }
    if (/^(?:and|&)$/i.test(word) || word === ',') {
      close();
      continue;
    }
    const bare = word.replace(/,$/, '');
    if (!nameWord.test(bare) || notNameWord.test(bare) || current.length >= 3) break;
    // A capital over the next column's words ("Whitlow Fund grants panel"): the name has ended.
    if (current.length >= 2 && /^\p{Ll}/u.test(words[k + 1] ?? '')) break;
    current.push(bare);
    if (word.endsWith(',')) close();
  }
  // "Hendrie Community Grant Application …": untitled, a name is its first word unless an item follows.
  const next = words[k] ?? '';
  if (!titled && current.length > 1 && !/\d/.test(next)) current = current.slice(0, 1);
  close();
  if (names.length === 0) return null;
  // "Councillor Meirion Pugh and 27 … Councillor Jacob Whitlow …": a name wrapped past the item's cell.
  const after = words.slice(k).join(' ');
  if (/\b(?:and|&)$/i.test(line.slice(0, line.indexOf(after)).trim())) {
    const wrapped = /\b(?:Councillors?|Cllrs?\.?|Alderman|Mr|Mrs|Ms|Miss|Dr)\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,3})(\S*)/u.exec(after);
    const parts = wrapped?.[1]!.trim().split(/\s+/) ?? [];
    // "Jacob Whitlow Fund grants panel": a third capital before small words is the other column's.
    if (parts.length === 3 && /^\p{Ll}/u.test(wrapped![2]!)) parts.pop();
    if (parts.length > 0) names.push(parts.join(' '));
    // "… members of Menna Williams the Community Council …": untitled, the first two capitals before small words.
    else {
      const pair = /(?:^|\s)(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)(?=\s+\p{Ll}|\s*[;,]|\s*$)/gu;
      for (const match of after.matchAll(pair)) {
        if ([match[1]!, match[2]!].some((word) => notNameWord.test(word) || groupWord.test(word))) continue;
        names.push(`${match[1]} ${match[2]}`);
        break;
      }
    }
  }
  const cell = /^(?:(?:Agenda\s+)?(?:Items?|Minutes?)\s+(?:Nos?\.?\s*)?)?([A-Z]{0,6}\s?\/?\d[\w./()]*)((?:\s*(?:,|and|&)\s*[A-Z]{0,6}\/?\d[\w./()]*)*)/i.exec(after);
  if (!cell) return /\d/.test(after) ? { names, items: [''] } : null;
  const items = [cell[1]!, ...(cell[2]!.match(/[A-Z]{0,6}\/?\d[\w./()]*/gi) ?? [])]
    .map((ref) => ref.replace(/[.,]$/, ''))
    .map((ref) => (known.has(ref.toUpperCase()) || plainItem.test(ref) ? ref : ''));
  return { names, items };
}

/** A line that is a table's row with an item in its cell ("County Councillor Tomos Rees  Item 6(a) – …"), not "Item 7 – Councillor X". */
function rowsAhead(line: string | undefined, known: Set<string>): boolean {
  if (!line || lineItem.test(line) || /\bdeclared\b/i.test(line)) return false;
  return tableRow(line, known)?.items.some(Boolean) ?? false;
}

/** The rows of a declarations table after its heading. Returns the last line read. */
function tableDeclarations(
  paras: string[],
  from: number,
  known: Set<string>,
  add: (name: string, honorific: string, item: string, text: string) => void,
): number {
  let q = from;
  let misses = 0;
  for (; q < paras.length && misses < 3; q++) {
    const para = paras[q]!;
    // A sentence of the minutes again: the table has ended.
    if (/\bdeclared\b/i.test(para) || (/\.$/.test(para) && para.split(/\s+/).length > 12 && !/\d/.test(para.slice(0, 60))))
      break;
    // Rows run together where the text was wrapped narrowly: a row a member again.
    const rows = para.split(rowAgain).filter((row) => row.trim());
    if (rows.every((row) => !tableRow(row, known)?.names.length)) {
      misses++;
      continue;
    }
    misses = 0;
    for (const row of rows) readRow(row, known, add);
  }
  return q - 1;
}

/**
 * Where a table's next row starts inside a paragraph its rows were run into: a titled member right
 * before an item's cell ("… Trustee of the Scouts Councillor Nia Dunsford  4 …").
 */
const rowAgain =
  /(?<!\b(?:County|Borough|Councillors?|Cllrs?\.?))\s(?=(?:(?:County|Borough)\s+)?(?:Councillors?|Cllrs?\.?|Alderman|Bailie|Mr|Mrs|Ms|Miss|Dr)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:(?:Agenda\s+)?Item\s+)?(?:[A-Z]{1,6}\/?\d{1,5}\/\d|\d{1,3}(?:\.\d{1,2})?(?:\([a-z0-9]{1,3}\)|[a-z])?\s))/gu;

function readRow(
  line: string,
  known: Set<string>,
  add: (name: string, honorific: string, item: string, text: string) => void,
): void {
  {
    const row = /\d/.test(line) ? tableRow(line, known) : null;
    if (!row) return;
    for (const name of row.names) for (const item of row.items) add(name, '', item, line);
  }
}

const bullet = /^[•·▪◦●‣]\s*/u;
const titleAtEnd = /\s(?:Councillors?|Cllrs?\.?|Alderman|Aldermen|Bailie|Mr|Mrs|Ms|Miss|Dr)$/;

/** "Agenda Item 12.", "• Minute 45": an item's number standing as a sentence of its own. */
const itemAlone =
  /^[•·▪*–-]?\s*(?:Agenda\s+)?(?:Item|Minute)\s+(?:No\.?\s*)?([A-Z]{0,6}\/?\d{1,5}(?:[./]\d{1,4})*[a-z]?)\s*[.:]?$/i;
/** "Before the next item Councillor X declared …": the item after the one it is written under. */
const nextItem =
  /\b(?:before|prior\s+to)\s+(?:the\s+)?(?:consideration\s+of\s+)?(?:the\s+)?(?:next|following)\s+(?:agenda\s+)?item\b/i;
/** "… declared the (that) interest": the interest a sentence before named, with its item. */
const thatInterest =
  /\bdeclared\s+(?:(?:the|that|this|such|his|her|their)\s+(?:[\w-]+\s+)?|(?:an?\s+(?:similar|identical|like)|the\s+same)\s+(?:[\w-]+\s+)?)interests?\b/i;
const sameItem = /\b(?:the same|that)\s+(?:agenda\s+)?(?:item|minute|matter)\b/i;

const HONOURED =
  /(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Alderman|Bailie|Professor|Rev\w*|County|Borough|Town)\s/;
/** "Councillor Sian Edwards has a daughter …", "Councillors A and B both have …": the titled names, then the verb. */
const namesThenVerb = new RegExp(
  String.raw`^((?:${HONOURED.source})[^,;:]*?)\s+(?:both\s+|each\s+|also\s+)?(?:has|have|had|is|are|was|were|who|whose)\b`,
  'u',
);
/** "The Chair, Councillor Grewal,": a role, then the person in apposition. */
const appositive = new RegExp(
  String.raw`^(?:The\s+)?[\p{L}\s-]{2,40},\s*((?:${HONOURED.source})\s*[^,]{1,60}?),\s*$`,
  'u',
);
/** Words setting the scene, then the person: "During consideration of application X Councillor Y". */
const sceneThenName = new RegExp(
  String.raw`^(.*?[\p{L}\d)”"’])(?:\s*,\s*|\s+)((?:${HONOURED.source}).*)$`,
  'u',
);
const clauseBreak = new RegExp(
  String.raw`(?:[;,]\s*|\s+)(?:and|whilst|while|but|also)\s+(?=${HONOURED.source})|;\s+`,
  'g',
);

/** "…; Councillor Carey in item 7", "…, and Cllr Dunn in minute 12": a second declarant, the verb left out. */
const elidedDeclaration = new RegExp(
  String.raw`[;,]\s*(?:and\s+)?((?:${HONOURED.source})[^;,()]{1,40}?)\s+(?:in|on|for)\s+((?:agenda\s+)?(?:items?|minutes?)\s+[^\s;,]+)`,
  'gu',
);

/** "Councillor A declared … in item 7 and Councillor B declared … in item 8": one clause a declaration. */
function declaringClauses(sentence: string): string[] {
  const hits = [...sentence.matchAll(/\bdeclared\b/g)].map((match) => match.index);
  if (hits.length < 2) return [sentence];
  const out: string[] = [];
  let start = 0;
  for (let k = 1; k < hits.length; k++) {
    const between = sentence.slice(hits[k - 1], hits[k]);
    const cut = [...between.matchAll(clauseBreak)].at(-1);
    if (!cut) continue;
    const at = hits[k - 1]! + cut.index;
    out.push(sentence.slice(start, at).trim());
    start = at + cut[0].length;
  }
  out.push(sentence.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * Whether a declaration's words name an item of their own: "in Item 8", not "paragraph 5.18 of the
 * Councillors' Code of Conduct", a paragraph of a code (or an Act) being no item of the meeting.
 */
function namesItem(said: string): boolean {
  const named = reference.exec(said);
  return !!named && !(/^paragraph/i.test(named[0]) && codeParagraph.test(said.slice(named.index + named[0].length)));
}
const codeParagraph = /^\s+of\s+(?:the\s+|Part\s+\w+\s+of\s+)?(?:[\w'’-]+\s+){0,3}(?:Code|Schedule|Act|Regulations?|Standing Orders?|Constitution|Protocol)\b/i;

function itemRef(sentence: string, current: string, numbers: Set<string>): string {
  const explicit = reference.exec(sentence);
  if (explicit) return cleanRef(explicit[1]!);
  // "in application 5(c)" under item 5: the lettered part of this item.
  const part = /\bapplications?\s+(\d{1,3})\s?(\([a-z]{1,2}\)|[a-z])(?![\w/(])/i.exec(sentence);
  if (part && part[1] === current) return `${part[1]}${part[2]}`;
  for (const token of sentence.match(/\b[A-Z]{1,6}\/?\d{1,4}(?:\/\d{2,4})?\b/g) ?? []) {
    if (numbers.has(token.toUpperCase())) return token;
  }
  return thisItem.test(sentence) ? current : '';
}

/** Everyone who declared an interest, once per person and item. */
export function declarationsIn(items: ItemText[], numbers: string[]): ImportDeclaration[] {
  const known = new Set(numbers.map((number) => number.toUpperCase()));
  const { bareRow, bareNamed } = bareRows(numbers);
  const found: ImportDeclaration[] = [];
  const seen = new Set<string>();
  const add = (name: string, honorific: string, item: string, text: string) => {
    const key = `${nameKey(name)}|${item.toLowerCase()}`;
    if (!nameKey(name) || seen.has(key)) return;
    // A person already recorded for no item, now named for one: the same declaration.
    const vague = found.findIndex((d) => nameKey(d.name) === nameKey(name) && !d.item);
    if (vague >= 0 && item && !found.some((d) => nameKey(d.name) === nameKey(name) && d.item === item)) {
      found[vague] = { ...found[vague]!, item };
      seen.add(key);
      return;
    }
    seen.add(key);
    found.push({ name, honorific, item, text: text.trim() });
  };
  for (const [index, item] of items.entries()) {
    const declarationsItem = /declar|interest/i.test(item.title);
    // Rows "Cllr X – Item 5 – …" run into one paragraph by wrapping: one row a paragraph again.
    // "•    Cllr S Mill declared …": a bullet before a paragraph is not part of it.
    // "… – Councillor" over "Lindsay declared …": a name cut after its title by the line's end is one paragraph again.
    const unbulleted: string[] = [];
    for (const para of item.paras) {
      const text = para.replace(bullet, '');
      const previous = unbulleted.at(-1);
      if (previous !== undefined && titleAtEnd.test(previous) && /^\p{Lu}/u.test(text))
        unbulleted[unbulleted.length - 1] = `${previous} ${text}`;
      else unbulleted.push(text);
    }
    const paras = declarationsItem
      ? unbulleted
          .flatMap((para) => para.split(rowStart))
          .flatMap((para) => (bareRow ? para.split(bareRow) : [para]))
      : unbulleted;
    let heading = '';
    for (let p = 0; p < paras.length; p++) {
      const para = paras[p]!;
      if (/^[“"‘]/.test(para)) continue;
      // A list wrapped onto the next line ("…, Mulligan," / "Rafferty and Toner were present …") is read whole.
      const whole = /(?:,|\band)$/.test(para) && paras[p + 1] ? `${para} ${paras[p + 1]}` : para;
      const listed = declarationsItem ? lineItem.exec(whole) : null;
      // "Agenda Item 8 – Planning Application 1/02 – 14 Kenton Grove" over "Councillor Bello declared …":
      // a heading naming the item of the declaration under it.
      if (listed && !/\bdeclared\b/i.test(para) && /\bdeclared\b/i.test(paras[p + 1] ?? '')) {
        heading = listed[1]!.replace(/[.,]$/, '');
        continue;
      }
      // "Item 6 – Mr A Urquhart (Non-Financial)": names only after the item, nothing said.
      if (listed && !finiteVerbs.test(withoutBy(listed[2]!))) {
        for (const person of peopleFromList(listed[2]!.replace(/\([^)]*\)/g, ''))) {
          add(person.name, person.honorific, listed[1]!.replace(/[.,]$/, ''), para);
        }
        continue;
      }
      // "Beverley Quist  HWB/35  Non-pecuniary – …": a bare name, then a minute of these minutes.
      const bare = declarationsItem && bareNamed ? bareNamed.exec(para) : null;
      if (bare && isName(bare[1]!) && !/\bdeclared\b/i.test(para)) {
        add(bare[1]!, '', bare[2]!, para);
        continue;
      }
      const named = declarationsItem ? nameThenItem.exec(para) : null;
      if (named && !/\bdeclared\b/i.test(para)) {
        const who = peopleFromList(named[1]!).filter((person) => isName(person.name));
        const first = cleanRef(named[2]!);
        const refs = [first, ...moreItems(para.slice(named[1]!.length), first)];
        for (const person of who) for (const ref of refs) add(person.name, person.honorific, ref, para);
        if (who.length > 0) continue;
      }
      // "Councillor(s)  Item(s)  Nature of Interest(s)" over a row a member: a table of declarations.
      if (tableHead.test(para) && para.length < 120) {
        p = tableDeclarations(paras, p + 1, known, add);
        continue;
      }
      // "… the following declarations of interest were made:-" then "(1) Councillor X with regard to Minute Nos. P/102 and P/104".
      if (followingMade.test(para)) {
        p = rowsAhead(paras[p + 1], known)
          ? tableDeclarations(paras, p + 1, known, add)
          : listedDeclarations(paras, p + 1, known, add);
        continue;
      }
      // Only a sentence saying "declared" is read: a paragraph without the word is not split.
      // "• Agenda Item 12. Cllr T Davies declared …": an item's number alone, as its own sentence, leads the next.
      let pending = heading;
      heading = '';
      let last = '';
      let earlier = '';
      const ahead = nextItem.test(para) ? (items[index + 1]?.number ?? '') : '';
      for (const sentence of /declar|disclos|announce|interest/i.test(para)
        ? sentencesOf(para).flatMap(declaringClauses)
        : []) {
        const alone = itemAlone.exec(sentence);
        if (alone) {
          pending = alone[1]!;
          continue;
        }
        const leading = pending;
        pending = '';
        const earlierRef = earlier;
        const named = reference.exec(sentence);
        if (named) earlier = cleanRef(named[1]!);
        if (/lobb/i.test(sentence) || !/\binterests?\b|\bDPI\b|\bconflicts?\b/i.test(sentence)) continue;
        // A transparency statement: "… however he did not consider that he had an interest".
        // "… declared that he knew one of the objectors; he considered this was not an interest …".
        // Not where an interest is declared and only its kind denied ("… a personal interest but did not
        // consider that it amounted to a prejudicial interest").
        const declaredOne = /\bdeclared\s+(?:an?|any|their|his|her)\s+(?:[\w-]+\s+){0,3}interests?\b/i.test(
          sentence,
        );
        if (
          (!declaredOne && (noInterest.test(sentence) || noneHeld.test(sentence))) ||
          (/\bdeclared\s+that\b/i.test(sentence) && notAnInterest.test(sentence))
        )
          continue;
        // "An interest was declared by Councillor X in item 5", "Declarations were made by X (item 5) and Y (item 6)".
        const by = passive.exec(sentence);
        if (by) {
          const said = sentence.slice(by.index + by[0].length);
          const ref = itemRef(said, item.number, known);
          for (const person of peopleFromList(
            said.replace(
              /\s+(?:(?:in|on|under|for)\s+(?:the\s+)?(?:agenda\s+)?(?:items?|minutes?)\b|(?:with regard to|in respect of|in relation to|regarding)\s).*$/i,
              '',
            ),
          )) {
            if (!isName(person.name)) continue;
            const own = reference.exec(person.role);
            add(person.name, person.honorific, own ? cleanRef(own[1]!) : ref, sentence);
          }
          continue;
        }
        const at = declaring.exec(sentence);
        if (!at) continue;
        // Under an item of its own, a declaration that names no other item, title or application is this item's.
        const madeUnder = (said: string) =>
          !declarationsItem &&
          item.number &&
          !/\b(?:applications?|items?\s+(?:on|relating|regarding|concerning)|[“"‘]|agenda|minutes?\b)/i.test(
            // What the interest is in, before the reason for it ("…, which had objected to the application").
            said.split(/,|\s+(?:as|because|since|which|who|by virtue of)\s+/)[0]!,
          )
            ? item.number
            : '';
        // "Councillor Owen, as a member of the Housing Trust, declared …": the aside is not the name.
        const before = sentence
          .slice(0, at.index)
          .replace(/^\(?[a-z0-9]{1,3}[.)]\s+/i, '')
          // "(Councillor Egan declared an interest in this item and left the meeting.)": a note in brackets.
          .replace(/^[([]\s*(?=\S)/, '')
          .replace(/,\s*(?:as|being|who (?:is|was))\b[^,]*,\s*$/i, ' ');
        // "The Chair, Councillor Grewal, declared …": the name in apposition is who declared.
        // "Siân Arfon-Jones, Deputy Monitoring Officer, declared …": the name, then the role in apposition.
        const roleAfter = /^([^,]{2,60}),\s*([^,]{2,80}),\s*$/.exec(before);
        const apposed =
          appositive.exec(before) ??
          (roleAfter && isName(roleAfter[1]!.trim()) && !isName(roleAfter[2]!.trim()) ? roleAfter : null);
        if (!apposed && /\bhaving\s*$|,\s*$/.test(before)) continue;
        let who = (apposed ? apposed[1]! : before)
          .replace(/^.*:\s*/, '')
          .replace(/^\(?[a-z0-9]{1,3}[.)]\s+/i, '')
          // "Item 10 – Councillor Wren declared …": the item leads (read below), the name follows.
          // "Agenda Item 9 (Notice of Motion – Schools) – Councillor Lind declared …": its title in brackets too.
          .replace(/^(?:Agenda\s+)?(?:Item|Minute)\s+(?:No\.?\s*)?[^\s,(]+(?:\s*\([^()]*\))?\s+[–—-]+\s+(?=\S)/i, '')
          .replace(
            /(?:\s+(?:had|has|also|then|each|both|all|individually|respectively|similarly|likewise))+\s*$/i,
            '',
          );
        // "Prior to consideration of agenda item 14 – Design Statements, Councillor X declared …",
        // "During consideration of application 09/1300M Councillor D Brown declared …": the words
        // before the name set the scene, and name the item if any.
        let scene = '';
        const staged = sceneThenName.exec(who);
        if (staged && !HONOURED.test(staged[1]!) && peopleFromList(who).every((one) => !isName(one.name))) {
          scene = staged[1]!;
          who = staged[2]!;
        }
        // "In respect of item 5, Councillor Kemp declared …": the item before the name.
        const opening = /^(.{0,40}?\b(?:items?|minutes?)\s+[^\s,]+),\s+(.+)$/i.exec(who);
        const openingRef = opening ? reference.exec(opening[1]!) : null;
        if (opening && openingRef && !reference.test(sentence.slice(at.index))) {
          for (const person of peopleFromList(opening[2]!).filter((one) => isName(one.name)))
            add(person.name, person.honorific, cleanRef(openingRef[1]!), sentence);
          continue;
        }
        // "Minute CA87 – Leisure Contract Councillor X declared an interest in this item": the minute it leads with.
        const led =
          leadRef.exec(before.replace(/^[•·▪*–-]\s*/, ''))?.[1] ??
          (leading || reference.exec(scene)?.[1] || reference.exec(before)?.[1]);
        const said = sentence.slice(at.index);
        // "… and Councillor Gale declared an interest in the same item": the item named before.
        const ref =
          led && !namesItem(said)
            ? cleanRef(led)
            : sameItem.test(said) && last && !reference.test(said)
              ? last
              : itemRef(said, item.number, known) ||
                (thatInterest.test(said) && earlierRef) ||
                ahead ||
                madeUnder(said);
        last = ref || last;
        const people = peopleFromList(who).filter((person) => isName(person.name));
        if (people.length > 0) {
          // "… in items 5 and 7": one declaration for each item named.
          const refs =
            ref && ref !== item.number ? [ref, ...moreItems(sentence.slice(at.index), ref)] : [ref];
          // "Councillors Boyle and Carey declared personal interests in items 5 and 7 respectively": in order.
          if (/\brespectively\b/i.test(said) && refs.length === people.length && people.length > 1) {
            for (const [k, person] of people.entries())
              add(person.name, person.honorific, refs[k]!, sentence);
            continue;
          }
          // "Councillor Boyle declared a personal interest in item 5; Councillor Carey in item 7": the verb left out.
          for (const elided of said.matchAll(elidedDeclaration)) {
            const ref = reference.exec(elided[2]!);
            for (const one of peopleFromList(elided[1]!).filter((person) => isName(person.name)))
              if (ref) add(one.name, one.honorific, cleanRef(ref[1]!), sentence);
          }
          // "…, as did Councillor Orme": the same declaration by another member.
          const asDid = new RegExp(String.raw`\bas\s+did\s+((?:${HONOURED.source})[^.;]*)`, 'u').exec(said);
          const also = asDid ? peopleFromList(asDid[1]!).filter((person) => isName(person.name)) : [];
          for (const person of [...people, ...also])
            for (const one of refs) add(person.name, person.honorific, one, sentence);
          continue;
        }
        // "The following members declared … in item 7:" then the members, a line each.
        // "The following Members declared interests in the items indicated:" over a table's rows.
        if (/^The following\b/i.test(who) && rowsAhead(paras[p + 1], known)) {
          p = tableDeclarations(paras, p + 1, known, add);
          break;
        }
        if (/^The following\b/i.test(who)) {
          // "… in item 9: Councillor Abbot (personal) and Councillor Byrne (prejudicial).": named after the colon.
          const colon = said.indexOf(':');
          const after = colon >= 0 ? said.slice(colon + 1).replace(/\([^()]*\)/g, '') : '';
          // "The Monitoring Officer referred to Agenda Item 10 … The following members declared …:": that item.
          const listRef = ref || earlierRef;
          for (const person of peopleFromList(after).filter((one) => isName(one.name)))
            add(person.name, person.honorific, listRef, sentence);
          for (let q = p + 1; q < paras.length; q++) {
            const line = paras[q]!;
            // "Councillors Kevin Rees and Ffion Talbot both have a son working for the Authority;": the names before the verb.
            const first = line.split(/,|\s[–—-]\s/)[0]!.trim();
            const saying = isName(first) ? null : namesThenVerb.exec(line);
            if (!isName(first) && !saying) break;
            // "Councillor Alwyn Tudur, as he owned …;" a line each, or "Alderman X - Body, Councillor Y - Body."
            const named = saying
              ? peopleFromList(saying[1]!).filter((one) => isName(one.name))
              : /\s[–—-]\s/.test(line)
                ? peopleFromList(line)
                : peopleFromList(first);
            if (named.length === 0) break;
            for (const person of named) add(person.name, person.honorific, listRef, `${sentence} ${line}`);
          }
        }
      }
    }
  }
  return found;
}

/**
 * "Councillor Mrs Le Moignan declared …" after "Mrs E. Le Moignan" in the list of those present: the
 * member as listed, when one listed name ends with the declarant's and no other does.
 */
export function asListed(declarations: ImportDeclaration[], people: { name: string }[]): ImportDeclaration[] {
  const names = [...new Set(people.map((person) => person.name))];
  const out: ImportDeclaration[] = [];
  const seen = new Set<string>();
  for (const one of declarations) {
    const key = nameKey(one.name);
    const fuller = names.filter((name) => nameKey(name).endsWith(` ${key}`));
    const named = fuller.length === 1 ? { ...one, name: fuller[0]! } : one;
    const id = `${nameKey(named.name)}|${named.item.toLowerCase()}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(named);
  }
  return out;
}
