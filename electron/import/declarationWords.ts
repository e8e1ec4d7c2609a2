// The words of a declaration of interest: the item it names ("Minute 72", "item 6(b)", "Article IV"),
// the verbs that make one ("declared", "disclosed", "advised that she had an interest"), the lead-ins
// to a list of them, and the transparency statements that are not one.

// An item's number may end in a lettered part: "6(b)", "26/113(b)", "26.119(b)", "5a".
export const reference =
  /\b(?:minutes?|items?|agenda\s+items?|articles?|Art\.|paragraphs?)\s+(?:No\.?\s*|number\s+)?(\(?[A-Z]{0,6}[\s/]?\d{1,5}(?:[./:]\d{1,4})*(?:\([a-z]{1,3}\)|\(\d{1,2}\)|[a-z](?![\w/]))?\)?(?![\d/])|[IVX]{1,6}\b)/i;
/** A number as written, without the brackets around it: "(144)" is 144, "6(b)" stays. */
export function cleanRef(ref: string): string {
  let out = ref.replace(/\s+/g, '');
  if (out.startsWith('(')) out = out.slice(1).replace(/\)$/, '');
  if ((out.match(/\)/g)?.length ?? 0) > (out.match(/\(/g)?.length ?? 0)) out = out.replace(/\)$/, '');
  return out;
}
export const thisItem =
  /\b(?:in|on|under|to|for)\s+(?:this|the above|the present|the said)\s+(?:item|matter|minute|application|report)\b/i;
/** "Item 6 – Mr A Urquhart", "Item 11.1 (In Committee) – Alderman Gervais": the item, then who declared. */
export const lineItem =
  /^(?:Item|Minute|Agenda item|Article)\s+(\S+?)(?:\s*\([^()]{1,30}\))?\s*[–—:-]+\s*(.+)$/i;
/** "Cllr Dunne – 25/092 (neighbour of the applicant)": the name, then the minute it concerns. */
export const nameThenItem =
  /^(.+?)(?:\s+[–—-]+|\s*[:|]|(?<=^(?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Alderman)\s+)+[^\s,;]+(?:\s+[^\s,;]+){0,2}))\s+(?:(?:items?|minutes?|agenda items?)\s+(?:Nos?\.?\s*)?)?(\(?[A-Z]{0,6}\/?\d{1,5}(?:[./:]\d{1,4}){0,2}\)?)(?=[\s.,;(]|$)/i;

export const rowStart =
  /\s(?=(?:Councillors?|Cllrs?\.?|Alderman|Mr|Mrs|Ms|Dr)\s+[^\s,;|–—-]+(?:\s+[^\s,;|–—-]+){0,2}\s+[–—|-]\s+(?:(?:[Ii]tems?|[Mm]inutes?|[Aa]genda [Ii]tems?)\s+)?\(?[A-Z]{0,6}\/?\d)/g;
/**
 * The verb after whoever declared: "declared", "disclosed", "made a declaration (disclosure,
 * announcement) of"; a verb of saying and "that she had (held) an interest" ("advised that she had",
 * "informed the Committee that he held", "wished it to be recorded that he had"); "reported (registered,
 * noted, raised) a personal interest".
 */
export const declaring =
  /\b(?:declared|disclosed|made\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:declarations?|disclosures?|announcements?)\s+of|(?:advised|informed|indicated|stated|reported|confirmed|explained|noted|announced|said|wished\s+it\s+(?:to\s+be\s+)?(?:recorded|noted|minuted))(?:\s+(?:the\s+)?[\w-]+)?\s+that\s+(?:he|she|they)\s+(?:had|held|has|have)|(?:reported|registered|recorded|raised|noted)\s+(?:a|an)\s+(?=(?:[\w-]+\s+){0,4}interests?\b))/i;
/** "An interest was declared by", "Declarations of interest were made by": whoever declared after "by". */
export const passive =
  /(?:\b(?:was|were)\s+|^(?:(?:An?|The)\s+)?(?:[\w-]+\s+){0,3}(?:interests?|declarations?(?:\s+of\s+interests?)?)\s+)(?:declared|made|registered|received|recorded)\s+(?:by|from)\s+/i;
export const leadRef =
  /^\s*(?:Minute|Item|Agenda item)\s+(?:No\.?\s*)?([A-Z]{0,6}\s?\/?\d{1,5}(?:[./]\d{1,4})*)\b/i;
export const followingMade =
  /\bfollowing\s+(?:(?:declarations?|disclosures?)(?:\s+of\s+interests?)?\s+(?:was|were)\s+(?:made|declared|received|recorded)|interests?\s+(?:was|were)\s+(?:declared|made))\b|^Declarations?\s+of\s+interests?\s+(?:was|were)\s+(?:made|recorded|received|declared)\s+(?:for|by)\s*:?-?$|^(?:The\s+)?(?:declarations?|disclosures?|interests?)(?:\s+of\s+interests?)?\s+(?:was|were)\s+(?:made|declared|received|recorded|disclosed)\s+as\s+follows\s*:?-?$/i;
/**
 * A connection said for transparency, not a declaration: "he did not consider that he had an interest",
 * "did not consider that the connection required him to declare an interest", "… to require a
 * declaration of interest".
 */
export const noInterest =
  /\bdid\s+not\s+(?:consider|believe|think|feel)\s+(?:that\s+)?(?:(?:he|she|they|it|this|either|the\s+[\w-]+)\s+(?:[\w-]+\s+)?)?(?:(?:had|held|has|have|amounted\s+to|constituted|gave\s+rise\s+to|was)\s+(?:an?|any)|(?:required|to\s+require)\s+(?:(?:him|her|them)\s+to\s+(?:declare|make)\s+)?(?:an?|any))\s+(?:[\w-]+\s+)?(?:interest|declaration)\b/i;
/** "…; having applied the objective test, they considered that they did not have an interest". */
export const noneHeld =
  /\b(?:he|she|they)\s+(?:did|does|do)\s+not\s+(?:have|hold)\s+(?:an?|any)\s+(?:[\w-]+\s+)?interest\b/i;
export const notAnInterest = /\b(?:was|is|were)\s+not\s+(?:an?|any)\s+(?:[\w-]+\s+)?interest\b/i;
export const regarding = /\s+(?:with regard to|in respect of|in relation to|regarding)\s+/i;

/** The further items of "items 5 and 7", "minutes 12, 14 and 15" after the first. */
export function moreItems(text: string, first: string): string[] {
  // "items 7 (Heritage Society grant) and item 10 (…)": the bracketed titles set aside.
  const said = text.replace(/\s*\([^()]{4,}\)/g, '');
  const run = new RegExp(
    String.raw`\b(?:minutes?|items?|agenda\s+items?)\s+(?:Nos?\.?\s*)?\(?${first.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\)?((?:\s*(?:,|and|&)\s*(?:(?:agenda\s+)?items?\s+|minutes?\s+)?\(?[A-Z]{0,6}\/?\d{1,5}(?:[./]\d{1,4})*(?:\([a-z]{1,3}\))?\)?)+)`,
    'i',
  ).exec(said);
  return run ? (run[1]!.match(/[A-Z]{0,6}\/?\d{1,5}(?:[./]\d{1,4})*(?:\([a-z]{1,3}\))?/gi) ?? []) : [];
}

/**
 * A declarations table's rows run together: a row starts at a name without a title followed by one of
 * these minutes' numbers ("Beverley Quist HWB/35 …"); only numbers with a letter or a stroke are told
 * from prose.
 */
export function bareRows(numbers: string[]): { bareRow: RegExp | null; bareNamed: RegExp | null } {
  const coded = numbers.filter((number) => /\d/.test(number) && /[A-Z/]/i.test(number));
  const alt = coded.map((number) => number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  if (!alt) return { bareRow: null, bareNamed: null };
  const word = String.raw`(?!(?:Minutes?|Items?|Agenda|Nos?|Applications?|Articles?|Paragraphs?|Reports?)\b)\p{Lu}[\p{L}'’.-]+`;
  const bareName = String.raw`${word}(?:\s+${word}){1,2}`;
  return {
    bareRow: new RegExp(String.raw`\s(?=${bareName}\s+(?:${alt})(?=\s|$))`, 'gu'),
    bareNamed: new RegExp(String.raw`^(${bareName})\s+(${alt})(?=\s|$)`, 'u'),
  };
}
