// A declaration of interest as the minutes record it at the item it was made on, beside the
// declarations section: who declared what, and whether they withdrew, as published minutes put it.
import { formatPersonName } from '../format';
import { peopleOf } from './counts';
import { interestWords, withdrawalEnding, type Register } from './types';

/** The sentences for one item's declarations, in the order they were made; none when there were none. */
export function itemDeclarationText(register: Register, itemId: string): string[] {
  const people = peopleOf(register);
  return register.declarations
    .filter((declaration) => declaration.itemId === itemId)
    .map((declaration) => {
      const person = people.get(declaration.personId);
      const who = person ? formatPersonName(person) : 'Someone no longer in the directory';
      // Written to follow on: "as a director of a domiciliary care provider".
      const interest = declaration.interest ? ` ${declaration.interest.replace(/[.\s]+$/, '')}` : '';
      // Where the minutes do not say whether the member withdrew, neither is said; where they give
      // their own words for it, those.
      const withdrawal = withdrawalEnding(
        declaration,
        'withdrew from the room for this item, taking no part in the discussion or vote',
      );
      return `${who} declared ${interestWords(declaration.category)} in this item${interest}${withdrawal}`;
    });
}
