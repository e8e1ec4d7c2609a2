// The legal basis of an exempt ("Part 2", confidential) item, explicit: principal councils in England
// and Wales exclude the public under Schedule 12A to the Local Government Act 1972 (a paragraph of
// Part 1, 1–7, in England; of Part 4, 12–18, in Wales), Scottish councils under Schedule 7A to the
// Local Government (Scotland) Act 1973 (paragraphs 1–15 of Part I); parish, town and community
// councils (and other bodies Schedule 12A does not reach) under section 1(2) of the Public Bodies
// (Admission to Meetings) Act 1960, which has no paragraphs: "the confidential nature of the
// business to be transacted". Northern Ireland's items are recorded under Schedule 12A, as before.

export const exemptBases = ['schedule 12A', 'schedule 7A', '1960 Act'] as const;
export type ExemptBasis = (typeof exemptBases)[number];

/** The paragraphs each basis has (the 1960 Act has none). */
export const paragraphsUnder: Record<ExemptBasis, readonly number[]> = {
  'schedule 12A': [1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 16, 17, 18],
  'schedule 7A': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  '1960 Act': [],
};

/** What an exempt item is exempt under: its basis and, except under the 1960 Act, its paragraph. */
export interface Exemption {
  basis: ExemptBasis;
  paragraph: number | null;
}

/**
 * An item's exemption, or null for a public item. An item kept before the basis was (an approved
 * version's snapshot, an older caller) has none: it was exempt under Schedule 12A, as it meant then.
 */
export function exemptionOf(item: {
  exempt: boolean;
  exemptBasis?: ExemptBasis | null;
  exemptParagraph: number | null;
}): Exemption | null {
  if (!item.exempt) return null;
  const basis = item.exemptBasis ?? 'schedule 12A';
  return { basis, paragraph: basis === '1960 Act' ? null : item.exemptParagraph };
}

/** Why an item's exemption does not hold together, in a sentence, or null when it does. */
export function exemptionProblem(
  exempt: boolean,
  basis: ExemptBasis | null,
  paragraph: number | null,
): string | null {
  if (!exempt) {
    return paragraph !== null
      ? 'Only an exempt item has a Schedule 12A paragraph.'
      : basis !== null
        ? 'Only an exempt item has a law it is exempt under.'
        : null;
  }
  if (basis === null) return 'An exempt item needs the law it is exempt under.';
  if (basis === '1960 Act') {
    return paragraph === null
      ? null
      : 'An item exempt under the Public Bodies (Admission to Meetings) Act 1960 has no paragraph.';
  }
  if (paragraph === null)
    return `An exempt item needs the ${scheduleName[basis]} paragraph it is exempt under.`;
  return paragraphsUnder[basis].includes(paragraph)
    ? null
    : basis === 'schedule 12A'
      ? 'Schedule 12A paragraph must be 1 to 7 (England) or 12 to 18 (Wales).'
      : 'Schedule 7A paragraph must be 1 to 15.';
}

const scheduleName = { 'schedule 12A': 'Schedule 12A', 'schedule 7A': 'Schedule 7A' } as const;

/** Short, for a list or a form: "Schedule 12A, paragraph 3", "1960 Act (confidential business)". */
export function exemptionLabel(exemption: Exemption): string {
  return exemption.basis === '1960 Act'
    ? 'Public Bodies (Admission to Meetings) Act 1960: confidential business'
    : `${scheduleName[exemption.basis]}, paragraph ${exemption.paragraph ?? '?'}`;
}

/** A form's one choice for the basis and paragraph together: "schedule 12A:3", "1960 Act". */
export const exemptionChoice = (exemption: Exemption): string =>
  exemption.basis === '1960 Act' ? exemption.basis : `${exemption.basis}:${exemption.paragraph ?? ''}`;

export function exemptionFromChoice(choice: string): Exemption {
  const [basis, paragraph] = choice.split(':') as [ExemptBasis, string | undefined];
  return { basis, paragraph: paragraph ? Number(paragraph) : null };
}

/** Every choice a form offers, England's and Wales's paragraphs, Scotland's and the 1960 Act. */
export const exemptionChoices: { value: string; label: string }[] = exemptBases
  .flatMap((basis): Exemption[] =>
    basis === '1960 Act'
      ? [{ basis, paragraph: null }]
      : paragraphsUnder[basis].map((paragraph) => ({ basis, paragraph })),
  )
  .map((exemption) => ({ value: exemptionChoice(exemption), label: exemptionLabel(exemption) }));

/**
 * The law and paragraph an imported item is to be recorded under: what the officer chose
 * (`exemptBasis`, `exemptParagraph`), else what the text cites (`exemption`, where Scotland's Schedule
 * 7A paragraph is read); null for a public item.
 */
export function importedExemption(item: {
  exempt: boolean;
  exemptBasis?: ExemptBasis | null;
  exemptParagraph: number | null;
  exemption?: Exemption | null;
}): Exemption | null {
  if (!item.exempt) return null;
  const basis = item.exemptBasis ?? item.exemption?.basis ?? 'schedule 12A';
  if (basis === '1960 Act') return { basis, paragraph: null };
  const cited = item.exemption?.basis === basis ? item.exemption.paragraph : null;
  return { basis, paragraph: item.exemptParagraph ?? cited };
}

/**
 * The schedule a meeting's other exempt items are exempt under, where they agree on one that has
 * paragraphs ("schedule 7A" for a Scottish council's minutes): the law an item the officer marks
 * exempt at import is exempt under too. Null where no exempt item, or they differ, or the 1960 Act.
 */
export function meetingSchedule(
  items: readonly Parameters<typeof importedExemption>[0][],
): 'schedule 12A' | 'schedule 7A' | null {
  const bases = new Set(items.map((item) => importedExemption(item)?.basis).filter((basis) => basis));
  const [only] = bases;
  return bases.size === 1 && only !== '1960 Act' ? (only ?? null) : null;
}
