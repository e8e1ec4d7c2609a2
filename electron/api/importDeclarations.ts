// The declarations of interest the text gives, recorded on the register at their item for the person
// who declared (so they count for votes and quorum and print at the item), with the kind of interest
// and whether the member left the room where the text says so.
import type { InterestCategory } from '../../shared/attendance';
import type { ImportDeclaration } from '../../shared/importing';
import { addDeclaration } from '../store/attendance';
import type { Db } from '../store/database';

/** The kind of interest as the text names it; the nearest of the three when it uses an older word. */
export function interestCategory(text: string): { category: InterestCategory; described: string } {
  if (/disclosable pecuniary|\bDPI\b/i.test(text))
    return { category: 'disclosable pecuniary', described: '' };
  if (/\bother registrable\b|(?<!non[- ])\bregistrable\b/i.test(text))
    return { category: 'other registrable', described: '' };
  if (/non[- ]registrable/i.test(text)) return { category: 'non-registrable', described: '' };
  if (/(?<!non[- ])\bpecuniary\b/i.test(text)) return { category: 'disclosable pecuniary', described: '' };
  // "personal", "prejudicial", "non-pecuniary" or no kind given: kept in the text's own word.
  const word = /\b(personal and prejudicial|prejudicial|personal|non[- ]pecuniary)\b/i.exec(text)?.[1];
  return {
    category: 'non-registrable',
    described: word ? `(declared as a ${word.toLowerCase()} interest)` : '',
  };
}

export const withdrewIn = (text: string): boolean =>
  /\b(?:left|leaving|withdrew|withdrawing|withdrawn) (?:from )?the (?:room|meeting|chamber)\b|\bwithdrew\b/i.test(
    text,
  );

/** What the interest was, as the text says after naming the item: "as she lives near the site". */
function interestWords(text: string): string {
  const after = /\binterest\b[^,;]*?\b(?:item|minute|agenda item|application)\s+[\w/.-]*\d[\w/-]*(.*)$/i.exec(
    text,
  )?.[1];
  return (after ?? '')
    .replace(
      /,?\s*(?:and|she|he|they)?\s*(?:left|withdrew from|withdrew|leaving) (?:the )?(?:room|meeting|chamber)[^.]*\.?/gi,
      '',
    )
    .replace(/,?\s*and\s*(?:took|taking) no part[^.]*\.?/gi, '')
    .replace(/^[\s,:;–-]+|[\s.]+$/g, '')
    .trim();
}

const itemKey = (number: string) =>
  number
    .toLowerCase()
    .replace(/^(?:minute|item|agenda item)\s+/, '')
    .replace(/[.\s]+$/, '')
    .trim();

/**
 * Records each declaration made at this item (by the number the text gives) that it can, for the
 * person (a member present); returns those it recorded and those it did not.
 */
export function recordDeclarations(
  db: Db,
  meetingId: string,
  declarations: ImportDeclaration[],
  item: { number: string; id: string },
  personId: (name: string) => string | null,
): { recorded: ImportDeclaration[]; unrecorded: ImportDeclaration[] } {
  const recorded: ImportDeclaration[] = [];
  const unrecorded: ImportDeclaration[] = [];
  for (const declaration of declarations) {
    const key = itemKey(declaration.item);
    if (!key || itemKey(item.number) !== key) {
      unrecorded.push(declaration);
      continue;
    }
    const person = personId(declaration.name);
    if (!person) {
      unrecorded.push(declaration);
      continue;
    }
    const { category, described } = interestCategory(declaration.text);
    const interest = [interestWords(declaration.text), described].filter(Boolean).join(' ');
    try {
      addDeclaration(db, meetingId, {
        itemId: item.id,
        personId: person,
        category,
        interest,
        withdrew: withdrewIn(declaration.text),
      });
      recorded.push(declaration);
    } catch {
      unrecorded.push(declaration);
    }
  }
  return { recorded, unrecorded };
}
