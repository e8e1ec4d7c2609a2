// The declarations of interest the text gives, recorded on the register at their item for the person
// who declared (so they count for votes and quorum and print at the item), with the kind of interest
// and whether the member left the room where the text says so, in its words. Where it does not say ("Councillor X
// declared an interest in item 5"), the kind is 'unstated' and the withdrawal null: the record says
// what the minutes said and no more.
import type { DeclaredCategory, InterestCategory } from '../../shared/attendance';
import type { ImportDeclaration } from '../../shared/importing';
import { addDeclaration } from '../store/attendance';
import type { Db } from '../store/database';

/**
 * The kind of interest as the text names it, in its own words, whichever nation's code it is
 * (England's disclosable pecuniary, other registrable and non-registrable; Wales's personal, and
 * personal and prejudicial; Scotland's financial and non-financial; Northern Ireland's pecuniary,
 * and significant private or personal non-pecuniary); the nearest of England's when it uses
 * another word ("other", kept in its own words beside it); 'unstated' when it names none.
 */
export function interestCategory(text: string): { category: DeclaredCategory; described: string } {
  const said = (kind: InterestCategory) => ({ category: kind, described: '' });
  if (/disclosable pecuniary|\bDPI\b/i.test(text)) return said('disclosable pecuniary');
  if (/\bother regist(?:e)?rable\b|(?<!non[- ])\bregist(?:e)?rable\b/i.test(text))
    return said('other registrable');
  if (/non[- ]regist(?:e)?rable/i.test(text)) return said('non-registrable');
  // Scotland: "a non-financial interest", "(Non-Financial)"; "a financial interest", "(Financial)".
  if (/\bnon[- ]financial\b/i.test(text)) return said('non-financial');
  if (/(?<!non[- ])\bfinancial\s+interests?\b|\(\s*financial\s*\)/i.test(text)) return said('financial');
  // Northern Ireland: "a significant private or personal non-pecuniary interest", "a non-pecuniary interest".
  if (/\b(?:significant\s+)?private\s+or\s+personal\s+non[- ]pecuniary\b/i.test(text))
    return said('significant private or personal non-pecuniary');
  if (/\bnon[- ]pecuniary\b/i.test(text)) return said('non-pecuniary');
  if (/(?<!non[- ])\bpecuniary\b/i.test(text)) return said('pecuniary');
  // Wales: "a personal and prejudicial interest", "a prejudicial interest", "a personal interest".
  if (/\bpersonal\s+and\s+prejudicial\b/i.test(text)) return said('personal and prejudicial');
  if (/\bprejudicial\b/i.test(text)) return said('prejudicial');
  if (/\bpersonal\s+interests?\b|\(\s*personal\s*\)/i.test(text)) return said('personal');
  // "other interest": the nearest kind, kept in the text's own word.
  const word = /\b(other)\s+interests?\b/i.exec(text)?.[1];
  if (word) {
    return { category: 'non-registrable', described: `(declared as an ${word.toLowerCase()} interest)` };
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
 * How the text words the withdrawal or the staying, to print as it said it: "left the meeting for
 * that item", "withdrew from the chamber and took no part in the debate", "remained in the room";
 * from the verb to the sentence's end, without the "and" or pronoun before it. '' where it does not
 * say (the minutes then say nothing of it).
 */
export function withdrawalWordsIn(text: string, withdrew: boolean | null): string {
  if (withdrew === null) return '';
  const verb = withdrew ? leftTheRoom : stayed;
  const found = verb.exec(text);
  if (!found) return '';
  const words = text
    .slice(found.index)
    .replace(/\.(?:\s[\s\S]*)?$/, '')
    .replace(/[\s.;,]+$/, '')
    .trim();
  // "…, leaving the room": to follow "and", the verb as the sentence's own ("and left the room").
  const past: Record<string, string> = {
    leaving: 'left',
    withdrawing: 'withdrew',
    remaining: 'remained',
    staying: 'stayed',
  };
  return words.replace(
    /^(leaving|withdrawing|remaining|staying)\b/i,
    (verb) => past[verb.toLowerCase()] ?? verb,
  );
}

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
        withdrawalWords: withdrawalWordsIn(declaration.text, withdrew),
      });
      recorded.push(declaration);
    } catch {
      unrecorded.push(declaration);
    }
  }
  return { recorded, unrecorded };
}
