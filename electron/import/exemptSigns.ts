// A second look at exemption, apart from the parser's rules: the words in an item NOT marked exempt
// that say it may be ("Part 2", "not for publication", "considered in private", "Schedule 12A"), and
// the items after an exclusion of the public that no readmission ends. An exempt item imported as
// ordinary would be published, so where such words are the import waits for the officer to say
// "exempt" or "not exempt". The words are kept on the item (`exemptSigns`) to show beside its
// checkbox. Phrases that only look alike ("private hire", "private sector", "confidential reporting
// policy", "exempt from planning fees") raise nothing: an alarm officers learn to ignore protects no one.
import { pushAll } from '../../shared/arrays';
import type { ImportItem, ImportStructure } from '../../shared/importing';

/** Words that mark an item (or the business it is part of) as confidential. */
const signs: RegExp[] = [
  // "exempt information", "EXEMPT", "(Exempt)", "exempt report": not "exempt from planning fees",
  // "VAT exempt", "exempt development", "exempt dwellings", "exempt accommodation", nor a public
  // item's "exempt appendix" (the appendix is kept back; the item is public).
  /(?<!\b(?:VAT|tax|rates?|fee|licen[cs]e|duty)[\s-])\bexempt\b(?!\s+(?:from|development|dwellings?|accommodation|properties|property|supplies|premises|charit(?:y|ies)|status|vehicles?|categor(?:y|ies) of (?:development|dwelling)|appendi(?:x|ces)|annex(?:es)?))/i,
  // "confidential", "in confidence": not the council's confidential reporting (whistleblowing)
  // policy, confidential waste, a confidential helpline or counselling service.
  /\bconfidential(?:ity)?\b(?!\s+(?:reporting|waste|shredding|help\s?line|hotline|counsel+ing|advice|support|service|reporting|disclosure policy|whistle|appendi(?:x|ces)|annex(?:es)?))/i,
  /\bnot for (?:publication|public(?:ation)? release)\b/i,
  /\bnon-public\b/i,
  // "Part 2", "PART II", "Part B", "Part Two" as the agenda's private section, not "part 2 of the report".
  /(?:^|\n)\s*PART\s+(?:2|II|B|TWO)\b(?!\s+of\b)/,
  /(?:^|\n)\s*Part\s+(?:2|II|B|Two)\s*(?:$|\n|[-–—:(])/,
  /\bPart\s+(?:2|II|B|Two)\s+(?:items?|business|reports?|agenda|minutes?|session|(?:of the )?meeting)\b/i,
  /\(Part\s+(?:2|II|B|Two)\)/i,
  // The exclusion of the public, or its effect.
  /\b(?:press|public)(?:\s+and\s+(?:the\s+)?(?:press|public))?\s+(?:were|was|be|being|are|is|having been|had been)\s+(?:duly\s+|then\s+|now\s+)?excluded\b/i,
  /\bexclu(?:de|sion of)\s+(?:the\s+)?(?:members of the\s+)?(?:press|public)\b/i,
  /\bin the absence of (?:the )?(?:members of the )?(?:press|public)\b/i,
  /\b(?:press and (?:the )?public|public and (?:the )?press) (?:were |being )?absent\b/i,
  // "in private", "private session", "closed session", "in camera": not "private hire", "private
  // sector", "in private ownership", "private rented".
  /\bin private\b(?!\s+(?:ownership|hands|rented|sector|hire|gardens?|land|property|properties|use|practice|homes?|housing|care|schools?|residential|dwellings?|roads?|streets?))/i,
  /\bprivate (?:session|business|items?|meeting|part of the meeting)\b/i,
  /\b(?:closed|confidential) session\b/i,
  /\bin camera\b/i,
  // "In Committee" as councils write it for a private sitting, not "discussed in committee".
  /['‘"“]in committee\b/i,
  /\bIn Committee\b/,
  /(?:^|\n)\s*IN COMMITTEE\b/,
  // "Restricted item", "(Restricted)", "RESTRICTED": not "restricted parking", "restricted byway".
  /\brestricted (?:items?|business|reports?|information|appendi(?:x|ces)|documents?|session|minutes?|annex(?:es)?)\b/i,
  /\(restricted\)|(?:^|\n)\s*RESTRICTED\b/i,
  // The law: Schedule 12A (England and Wales), 7A (Scotland), 6 (Northern Ireland), section 100A.
  /\bSch(?:edule|\.)\s*12\s*\(?A\b/i,
  /\bSch(?:edule|\.)\s*7\s*\(?A\b/i,
  /\bSch(?:edule|\.)\s*6\b[^.\n]{0,80}\bLocal Government (?:Act )?\(Northern Ireland\)/i,
  /\bsection 100\s*\(?A\)?\s*\(4\)|\bs\.?\s*100A\(4\)/i,
  /\bparagraphs?\s+\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*\s+of\s+Part\s+(?:1|I|One)\b/i,
  /\bAdmission to Meetings\)?\s+Act,?\s+1960\b/i,
  /\bcommercially sensitive\b|\bcommercial sensitivity\b/i,
];

/** A resolution or record excluding the public from what follows (not a sign for its own item). */
const exclusion = new RegExp(
  [
    String.raw`\b(?:press|public)(?:\s+and\s+(?:the\s+)?(?:press|public))?\s+(?:were|was|be|being|are|is)\s+(?:duly\s+|then\s+|now\s+)?excluded\b`,
    String.raw`\bexclude\s+(?:the\s+)?(?:members of the\s+)?(?:press|public)\b`,
    String.raw`\b(?:go|goes|went|move[sd]?|moving|going|proceed(?:ed)?)\s+(?:in)?to\s+(?:closed|private|confidential)\s+session\b`,
    String.raw`\b(?:move[sd]?|went|go|proceed(?:ed)?|taken|take|considered)\s+(?:(?:in)?to\s+)?['‘’"“]in committee\b`,
    String.raw`\b(?:go|goes|went|move[sd]?|moving|going)\s+into\s+(?:['‘’"“]?in\s+)?committee\b`,
    String.raw`\bbe (?:taken|considered|dealt with) (?:as confidential business|in confidence|as exempt business|in private|in closed session)\b`,
  ].join('|'),
  'i',
);
/** The public let back in: "The press and public were readmitted", "the meeting returned to open session". */
const readmission =
  /\bre-?admit(?:ted)?\b|\breturned to (?:the )?(?:open|public) (?:session|part)\b|\b(?:press|public) (?:were |was )?(?:invited|allowed|welcomed) back\b|\b(?:meeting|committee|council) (?:resumed|reconvened|returned) in (?:public|open session)\b|\b(?:move[sd]?|return(?:ed)?|went|go|proceed(?:ed)?)\s+(?:back\s+)?(?:in)?to\s+['‘’"“]?(?:open|public)\s+(?:session|business)\b|(?:^|\n)\s*PART\s+(?:1|I|A|ONE)\b(?!\s+of\b)/i;
/**
 * The exclusion's own minute, public business about what follows: "Exclusion of the press and public",
 * "Restricted items", "Matters to be taken in committee", "Closed session", "Private business",
 * "Local Government (Northern Ireland) Act 2014 – Confidential Business", and the minute confirming
 * which items are taken in public and which in private.
 */
const exclusionTitle =
  /^(?:[^–—-]*\bAct\b[^–—-]*\s[–—-]\s*)?(?:(?:the|of|and|to|be|taken|in|into|members|press|public|exclusion|excluding|restricted|confidential|private|exempt|business|items?|matters?|closed|session|committee|motion|proceed|information|access|interest|test|part|2|ii|two|b|notice)\b[\s,’'‘()]*)+$|\bconsidered in public\b|\baccess to information\b/i;
/** "Exclusion of the press and public", "Gwahardd y Wasg a’r Cyhoedd / Exclusion of Press and Public". */
const exclusionOf = /\bexclu(?:sion of|ding) (?:the )?(?:members of the )?(?:press|public)\b/i;
/** A note that what follows is private: "The remainder of the minutes is Part B – Not for publication". */
const remainder =
  /\bremainder of the (?:minutes|meeting|agenda|business)\b[^.\n]{0,60}?\b(?:part (?:2|ii|b|two)|not for publication|exempt|confidential|in private)\b/i;
/** Minutes about other items (which they name with their marks), or about the meeting itself. */
const procedural =
  /^(?:(?:the\s+)?(?:date|time|dates)\b[^\n]{0,40}\bnext\b|(?:close|conclusion) of (?:the )?meeting|closure|declarations?\b|disclosures? of|apologies\b|(?:the\s+)?minutes?\s+of\s+(?:the\s+)?(?:previous|last)\b)/i;
/** A Part 2 banner standing over what follows (at the end of the item before it). */
const banner =
  /^(?:PART\s+(?:2|II|B|TWO)\b|EXEMPT (?:ITEMS?|BUSINESS|INFORMATION)\b|ITEMS? (?:CONSIDERED |TAKEN )?IN PRIVATE\b|PRIVATE (?:BUSINESS|SESSION)\b|CLOSED SESSION\b|IN COMMITTEE\b|CONFIDENTIAL (?:ITEMS?|BUSINESS)\b|NOT FOR PUBLICATION\b)/;

/** Which items an exclusion covers: those it names, the next N, or all that follow until readmitted. */
type Cover = { numbers: Set<string> } | { next: number } | 'rest';
const counts: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
function coverOf(sentence: string, after: string): Cover {
  const named =
    /\b(?:items?|articles?|minutes?|agenda items?)\s+((?:no\.?\s*)?[A-Z]{0,4}[\d][\w/.]*(?:\s*(?:,|and|&)\s*(?:item\s+)?[A-Z]{0,4}\d[\w/.]*)*)/i.exec(
      sentence,
    );
  if (named) {
    const numbers = named[1]!.split(/\s*(?:,|and|&)\s*/).map((n) =>
      n
        .replace(/^(?:item\s+|no\.?\s*)/i, '')
        .replace(/\.$/, '')
        .toLowerCase(),
    );
    return { numbers: new Set(numbers.filter(Boolean)) };
  }
  // "the following items … be taken in private:-" and the items listed under it.
  if (/:\s*-?\s*$/.test(sentence.trim())) {
    const listed = [...after.matchAll(/(?:^|\n)\s*((?:[A-Z]{1,4})?\d+(?:[./]\d+)*)\.?\s+[A-Z]/g)].map((m) =>
      m[1]!.toLowerCase(),
    );
    if (listed.length > 0) return { numbers: new Set(listed) };
  }
  const following = /\b(?:following|next)\s+(?:(\w+)\s+)?items?\b/i.exec(sentence);
  if (following && /items?$/i.test(following[0])) {
    if (following[1] && counts[following[1].toLowerCase()])
      return { next: counts[following[1].toLowerCase()]! };
    if (/\d/.test(following[1] ?? '')) return { next: Number(following[1]) };
    if (!/items$/i.test(following[0])) return { next: 1 };
  }
  return 'rest';
}

/** The sentence an index falls in, to its full stop or the colon before a list (kept). */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('\n\n', index), text.lastIndexOf('. ', index));
  const end = /\.(?:\s|$)|:-?(?=\s*\n)|\n\n/.exec(text.slice(index));
  return text.slice(start < 0 ? 0 : start, end ? index + end.index + end[0].length : text.length);
}

/** Everything an item says, title first. */
function itemParts(item: ImportItem): string[] {
  return [
    item.title,
    item.purpose,
    item.minutesText,
    ...item.decisions.flatMap((decision) => [
      decision.preamble,
      ...decision.clauses.map((clause) => `${clause.group}\n${clause.text}`),
    ]),
    ...(item.afterDecisions ?? []),
    ...item.updates.flatMap((update) => [update.heading, update.text]),
    item.report?.text ?? '',
  ].filter((part) => part.trim());
}

/** Each sign's words in the text, as written, once each, in the order the signs are listed. */
export function signsIn(text: string): string[] {
  const found: string[] = [];
  for (const sign of signs) {
    const match = sign.exec(text);
    if (!match) continue;
    const words = match[0].replace(/\s+/g, ' ').trim();
    if (words && !found.some((other) => other.toLowerCase() === words.toLowerCase())) found.push(words);
  }
  return found;
}

/** "item 9" or "“Title”": how a sentence names an item. */
const itemName = (item: ImportItem): string => (item.number ? `item ${item.number}` : `“${item.title}”`);

/**
 * For each item, the words that say it may be exempt though it is not marked exempt; empty for an item
 * marked exempt, and for one with no such words. An exclusion's own minute, and a minute about others
 * (declarations, apologies), raise nothing by their words; the items an exclusion covers (those it
 * names, the next N, or all that follow until the public are readmitted) are each raised by it unless
 * marked exempt, and so are those after a "PART 2" banner.
 */
export function exemptSignsOf(structure: Pick<ImportStructure, 'items'>): string[][] {
  let excluded: { words: string; cover: Cover } | null = null;
  return structure.items.map((item) => {
    const title = item.title.trim();
    // A banner at the end of the item's text (or of one of its parts) stands over the items that follow.
    // (Set inside the callback below: typed wider than its first value.)
    let trailing = null as string | null;
    const parts = itemParts(item).map((part, partIndex) => {
      if (partIndex === 0) return part; // the title
      const lines = part.trimEnd().split('\n');
      const at = lines.findIndex(
        (line, index) => index >= lines.length - 3 && line.trim().length <= 80 && banner.test(line.trim()),
      );
      if (at < 0) return part;
      trailing = lines[at]!.trim();
      return lines.slice(0, at).join('\n');
    });
    const text = parts.join('\n');
    const own = exclusion.exec(text);
    const isExclusionMinute =
      (own !== null && exclusionTitle.test(title)) ||
      exclusionOf.test(title) ||
      /\bconsidered in public\b/i.test(title);
    const words: string[] = [];
    // The item that readmits the public ("Move to open session") is public business again.
    if (!own && /\b(?:open|public) session\b|\bre-?admi/i.test(title)) excluded = null;
    if (excluded && !procedural.test(title) && !isExclusionMinute) {
      const cover = excluded.cover;
      const covered =
        cover === 'rest' ||
        ('next' in cover && cover.next > 0) ||
        ('numbers' in cover && cover.numbers.has(item.number.replace(/\.$/, '').toLowerCase()));
      if (covered && !item.exempt) words.push(excluded.words);
      if (typeof cover === 'object' && 'next' in cover) cover.next -= 1;
    }
    if (!item.exempt && !isExclusionMinute && !procedural.test(title)) {
      // Words before the item's own exclusion of the public are its own; those after, what follows.
      // A short heading over the exclusion ("(c) Exclusion of Press and Public") is the exclusion's.
      let cut = own ? Math.max(text.lastIndexOf('\n', own.index), 0) : text.length;
      for (let back = 0; own && back < 6 && cut > 0; back += 1) {
        const start = text.lastIndexOf('\n', cut - 1) + 1;
        const line = text.slice(start, cut).trim();
        if (line.length > 80) break;
        if (/exclu|committee|private|confidential|session|restricted|exempt|part\b/i.test(line)) cut = start;
      }
      // Its own exclusion's words (a heading over it, "whether the public should be excluded") are
      // about what follows.
      pushAll(
        words,
        signsIn(text.slice(0, cut)).filter((said) => !own || !/exclu|absen/i.test(said)),
      );
    }
    if (own) {
      const readmitted = readmission.exec(text.slice(own.index));
      excluded = readmitted
        ? null
        : {
            words: `after “${own[0].replace(/\s+/g, ' ').trim()}” (${itemName(item)}), with no readmission of the public`,
            cover: coverOf(sentenceAt(text, own.index), text.slice(own.index, own.index + 800)),
          };
    } else if (readmission.test(text)) excluded = null;
    if (trailing)
      excluded = { words: `after “${trailing}” (at the end of ${itemName(item)})`, cover: 'rest' };
    // "[Note: The remainder of the minutes is Part B – Not for publication]"
    const rest = remainder.exec(text);
    if (rest)
      excluded = {
        words: `after “${rest[0].replace(/\s+/g, ' ').trim()}” (${itemName(item)})`,
        cover: 'rest',
      };
    return [...new Set(words)];
  });
}

/** The structure with each item's signs set (`exemptSigns`), or left out where there are none. */
export function withExemptSigns(structure: ImportStructure): ImportStructure {
  const found = exemptSignsOf(structure);
  structure.items.forEach((item, index) => {
    const words = found[index]!;
    if (words.length > 0) item.exemptSigns = words;
    else delete item.exemptSigns;
  });
  return structure;
}
