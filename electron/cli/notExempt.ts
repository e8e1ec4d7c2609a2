// `--not-exempt`: the officer's answer for an item the confidentiality check raised (its words say it
// may be exempt, though the text does not mark it so): it is not exempt, import it as public. For one
// file, "ITEM" (its number as printed, or its title where it has none); for a folder, "FILE:ITEM".
// The other answer, exempt, is `--exempt-paragraph ITEM=N` (exemptParagraphs.ts), which marks it so.
import { choicesByFile } from './exemptParagraphs';
import {
  awaitsExemptAnswer,
  exemptAnswerSentence,
  type ImportItem,
  type ImportStructure,
} from '../../shared/importing';
import { meetingSchedule } from '../../shared/exemptBasis';

/** How the command line names an item: its number, or its title where the text prints none. */
export const itemArgument = (item: Pick<ImportItem, 'number' | 'title'>): string => item.number || item.title;

/** The item an ITEM names: by number, else (an unnumbered item) by title. */
const itemNamed = (structure: ImportStructure, name: string): ImportItem | undefined => {
  const wanted = name.trim().toLowerCase();
  return (
    structure.items.find((item) => item.number && item.number.toLowerCase() === wanted) ??
    structure.items.find((item) => !item.number && item.title.trim().toLowerCase() === wanted)
  );
};

/** The answers --not-exempt gives set on the structure; a sentence saying what is wrong with one, else null. */
export function withNotExempt(structure: ImportStructure, given: readonly string[]): string | null {
  for (const choice of given) {
    const item = itemNamed(structure, choice);
    if (!item) return `--not-exempt: there is no item ${choice} (give its number as printed).`;
    if (item.exempt) {
      return `--not-exempt: item ${choice} is marked exempt in the text; --not-exempt answers for an item the text does not mark exempt.`;
    }
    item.notExempt = true;
  }
  return null;
}

/** A quoted item argument for a command the officer pastes. */
const quoted = (text: string) => (/^[\w./=:-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`);

/**
 * The sentence refusing an import until the officer answers, with the options that answer: for one
 * file, or (`file` given) for a file of a folder. Null when no item waits.
 */
export function unansweredSentence(structure: ImportStructure, file?: string): string | null {
  const waiting = structure.items.filter(awaitsExemptAnswer);
  const first = waiting[0];
  if (!first) return null;
  const name = (item: ImportItem) => quoted(file ? `${file}:${itemArgument(item)}` : itemArgument(item));
  const paragraph = (item: ImportItem) =>
    quoted(file ? `${file}:${itemArgument(item)}=N` : `${itemArgument(item)}=N`);
  const law = meetingSchedule(structure.items) === 'schedule 7A' ? 'Schedule 7A' : 'Schedule 12A';
  return exemptAnswerSentence(structure.items, {
    one: `give --exempt-paragraph ${paragraph(first)} if it is exempt (N: its ${law} paragraph), or --not-exempt ${name(first)} if it is not.`,
    many: `For each, give --exempt-paragraph ${file ? 'FILE:' : ''}ITEM=N if it is exempt (N: its ${law} paragraph), or --not-exempt ${file ? 'FILE:' : ''}ITEM if it is not (${waiting.map(name).join(', ')}).`,
  });
}

/**
 * For a folder: each file's --not-exempt answers ("FILE:ITEM"), by its name in the folder; or a
 * sentence saying what is wrong (an answer that names no file, or a file the folder does not hold).
 */
export const folderNotExempt = (
  dir: string,
  names: readonly string[],
  given: readonly string[],
): Map<string, string[]> | string =>
  choicesByFile(
    '--not-exempt',
    dir,
    names,
    given,
    (choice) => {
      const at = choice.lastIndexOf(':');
      const [file, spec] = at > 0 ? [choice.slice(0, at).trim(), choice.slice(at + 1).trim()] : ['', ''];
      return file && spec ? { file, spec } : null;
    },
    (choice) =>
      `With a folder, --not-exempt names the file as well: FILE:ITEM (not “${choice}”: an item number is one meeting’s).`,
  );
