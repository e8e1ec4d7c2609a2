// The declarations of interest the text gives, recorded on the register at their item for the person
// who declared (so they count for votes and quorum and print at the item), with the kind of interest
// and whether the member left the room where the text says so. Where it does not say ("Councillor X
// declared an interest in item 5"), the kind is 'unstated' and the withdrawal null: the record says
// what the minutes said and no more.
import type { DeclaredCategory } from '../../shared/attendance';
import type { ImportDeclaration } from '../../shared/importing';
import { addDeclaration } from '../store/attendance';
import type { Db } from '../store/database';

/**
 * The kind of interest as the text names it; the nearest of the three when it uses an older word
 * (kept in its own words beside it); 'unstated' when it names none.
 */
export function interestCategory(text: string): { category: DeclaredCategory; described: string } {
  if (/disclosable pecuniary|\bDPI\b/i.test(text))
    return { category: 'disclosable pecuniary', described: '' };
  if (/\bother regist(?:e)?rable\b|(?<!non[- ])\bregist(?:e)?rable\b/i.test(text))
    return { category: 'other registrable', described: '' };
  if (/non[- ]regist(?:e)?rable/i.test(text)) return { category: 'non-registrable', described: '' };
  if (/(?<!non[- ])\bpecuniary\b/i.test(text)) return { category: 'disclosable pecuniary', described: '' };
  // "personal", "prejudicial", "non-pecuniary", "other": kept in the text's own word.
  const word =
    /\b(personal and prejudicial|prejudicial|personal|non[- ]pecuniary)\b/i.exec(text)?.[1] ??
    /\b(other)\s+interests?\b/i.exec(text)?.[1];
  if (word) {
    const lower = word.toLowerCase();
    return {
      category: 'non-registrable',
      described: `(declared as ${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower} interest)`,
    };
  }
  // No kind given: none is made up.
  return { category: 'unstated', described: '' };
}

const leftTheRoom =
  /\b(?:left|leaving|withdrew|withdrawing|withdrawn) (?:from )?the (?:room|meeting|chamber)\b|\bwithdrew\b/i;
const stayed = /\b(?:remained|stayed|remaining|staying) in the (?:room|meeting|chamber)\b/i;

/** Whether the member withdrew, as the text says: true, false ("remained in the room"), or null when it does not say. */
export const withdrewIn = (text: string): boolean | null =>
  leftTheRoom.test(text) ? true : stayed.test(text) ? false : null;

/**
 * What the interest was, as the text says after naming the item: "as she lives near the site". The
 * withdrawal the sentence prints itself is left out; "took no part" only where it says so too.
 */
function interestWords(text: string, withdrew: boolean | null): string {
  const after = /\binterest\b[^,;]*?\b(?:item|minute|agenda item|application)\s+[\w/.-]*\d[\w/-]*(.*)$/i.exec(
    text,
  )?.[1];
  return (after ?? '')
    .replace(
      /,?\s*(?:and|she|he|they)?\s*(?:left|withdrew from|withdrew|leaving) (?:the )?(?:room|meeting|chamber)[^.]*\.?/gi,
      '',
    )
    .replace(withdrew ? /,?\s*and\s*(?:took|taking) no part[^.]*\.?/gi : /(?!)/g, '')
    .replace(
      withdrew === false
        ? /,?\s*(?:and\s*)?(?:she|he|they)?\s*(?:remained|stayed) in the (?:room|meeting|chamber)[^.]*\.?/gi
        : /(?!)/g,
      '',
    )
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
    const withdrew = withdrewIn(declaration.text);
    const interest = [interestWords(declaration.text, withdrew), described].filter(Boolean).join(' ');
    try {
      addDeclaration(db, meetingId, {
        itemId: item.id,
        personId: person,
        category,
        interest,
        withdrew,
      });
      recorded.push(declaration);
    } catch {
      unrecorded.push(declaration);
    }
  }
  return { recorded, unrecorded };
}
