// Exempt ("Part 2") business: the words the law asks for, from the Schedule 12A paragraphs alone,
// so the officer never types them.
import type { Decision } from './decisions';
import type { ExemptBasis, Exemption } from './exemptBasis';
import { plainText, type RichDoc } from './richText';

/** Paragraphs 1–7 are Part 1 of Schedule 12A (England); 12–18 are Part 4 (Wales). */
const partOf = (paragraph: number) => (paragraph >= 12 ? 4 : 1);

function joinNumbers(numbers: number[]): string {
  return numbers.length <= 1 ? numbers.join('') : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** "paragraph 3 of Part 1 of Schedule 12A", "paragraphs 1 and 3 of Part 1 of …". */
export function schedule12A(paragraphs: number[]): string {
  const unique = [...new Set(paragraphs)].sort((a, b) => a - b);
  const parts = [...new Set(unique.map(partOf))];
  return parts
    .map((part) => {
      const inPart = unique.filter((p) => partOf(p) === part);
      return `${inPart.length === 1 ? 'paragraph' : 'paragraphs'} ${joinNumbers(inPart)} of Part ${part}`;
    })
    .join(' and ')
    .concat(' of Schedule 12A to the Local Government Act 1972');
}

/** "paragraph 1 of Part I of Schedule 7A to the Local Government (Scotland) Act 1973". */
function schedule7A(paragraphs: number[]): string {
  const unique = [...new Set(paragraphs)].sort((a, b) => a - b);
  return `${unique.length === 1 ? 'paragraph' : 'paragraphs'} ${joinNumbers(unique)} of Part I of Schedule 7A to the Local Government (Scotland) Act 1973`;
}

const act1960 = 'the Public Bodies (Admission to Meetings) Act 1960';

/** What the items are exempt under, as a document cites it ("paragraph 3 of Part 1 of Schedule 12A …"). */
export function exemptUnder(exemptions: readonly Exemption[]): string {
  const of = (basis: ExemptBasis) =>
    exemptions.filter((e) => e.basis === basis && e.paragraph !== null).map((e) => e.paragraph!);
  return [
    of('schedule 12A').length ? schedule12A(of('schedule 12A')) : '',
    of('schedule 7A').length ? schedule7A(of('schedule 7A')) : '',
    exemptions.some((e) => e.basis === '1960 Act') ? `section 1(2) of ${act1960}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
}

/**
 * The resolution excluding the public before exempt business, under the law of the run's first item:
 * section 100A(4) of the 1972 Act (Schedule 12A), section 50A(4) of the Local Government (Scotland)
 * Act 1973 (Schedule 7A), or section 1(2) of the 1960 Act, whose ground is the confidential nature of
 * the business and which cites no paragraph.
 */
export function exclusionResolution(exemptions: readonly Exemption[], items: number): string {
  const plural = items > 1;
  const business = `the following ${plural ? 'items' : 'item'} of business`;
  const basis = exemptions[0]?.basis ?? 'schedule 12A';
  if (basis === '1960 Act') {
    return `RESOLVED that the press and public be excluded from the meeting for ${business}, publicity being prejudicial to the public interest by reason of the confidential nature of the business to be transacted, in accordance with ${act1960}, section 1(2).`;
  }
  const ofBasis = exemptions.filter((e) => e.basis === basis);
  const grounds = `on the grounds that ${plural ? 'they involve' : 'it involves'} the likely disclosure of exempt information as defined in ${exemptUnder(ofBasis)}`;
  return basis === 'schedule 7A'
    ? `RESOLVED that, under section 50A(4) of the Local Government (Scotland) Act 1973, the public be excluded from the meeting for ${business} ${grounds}.`
    : `RESOLVED that, under Section 100A(4) of the Local Government Act 1972, the public be excluded from the meeting for ${business} ${grounds}.`;
}

/** Words that resolve (or record) the exclusion of the public, however a council phrases it. */
export const excludesPublic =
  /\b(?:press and )?public be excluded\b|\bexclude the (?:press and )?public\b|\bexclusion of the (?:press and )?public\b|\bpublic (?:were|was) excluded\b|\b(?:following|remaining|undernoted)\b[^.]{0,40}?\b(?:was|were)\s+(?:considered|taken|dealt with|heard)\s+in (?:private|closed session)\b/i;

/** The page marking of a confidential document. */
export function notForPublication(exemptions: readonly Exemption[]): string[] {
  return exemptions.length
    ? ['NOT FOR PUBLICATION', `By virtue of ${exemptUnder(exemptions)}`]
    : ['NOT FOR PUBLICATION'];
}

/** Whether an item's decisions resolve the exclusion themselves (imported minutes often give it an item). */
export function recordsExclusion(decisions: readonly Pick<Decision, 'preamble' | 'clauses'>[]): boolean {
  return decisions.some(
    (decision) =>
      excludesPublic.test(decision.preamble) ||
      decision.clauses.some((clause) => excludesPublic.test(plainText(clause.doc))),
  );
}

/**
 * Whether an item's own minutes text says the public were (or are to be) excluded, in the council's
 * words, as imported minutes often do ("the press and public were excluded from the meeting for this
 * item …"): the minutes then do not print a generated resolution as well.
 */
export function saysExclusion(minutes: RichDoc | null | undefined): boolean {
  return !!minutes && excludesPublic.test(plainText(minutes));
}

/**
 * Where the minutes carry a resolution excluding the public: before each run of exempt items, unless
 * the item before the run resolves it itself. Answers the indexes of the items it comes before.
 */
export function exclusionPoints<T>(
  items: readonly T[],
  isExempt: (item: T) => boolean,
  resolvesExclusion: (item: T) => boolean,
): number[] {
  const points: number[] = [];
  items.forEach((item, index) => {
    const previous = index > 0 ? items[index - 1] : undefined;
    if (!isExempt(item)) return;
    if (previous !== undefined && (isExempt(previous) || resolvesExclusion(previous))) return;
    points.push(index);
  });
  return points;
}

/** The exempt items a resolution excluding the public covers: the run starting at `start`. */
export function exemptRun<T>(items: readonly T[], start: number, isExempt: (item: T) => boolean): T[] {
  const run: T[] = [];
  for (let index = start; index < items.length && isExempt(items[index]!); index += 1)
    run.push(items[index]!);
  return run;
}
