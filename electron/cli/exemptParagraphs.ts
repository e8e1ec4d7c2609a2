// `--exempt-paragraph`: the paragraph (of Schedule 12A, or Schedule 7A in Scotland) an exempt item is
// exempt under, where the text does not say. For one file, "N" (every such item) or "ITEM=N" (one
// item by its number). For a folder each names its file too, "FILE:N" or "FILE:ITEM=N": a paragraph
// is the law one meeting excluded the public under, so a bare N is not applied to a folder's every
// meeting (it would be a guess for all but one), and is refused there with the form to use.
import path from 'node:path';
import { importedExemption, meetingSchedule } from '../../shared/exemptBasis';
import type { ImportStructure } from '../../shared/importing';

/** What the officer gave, as a list whichever way parseArgs returned it. */
export const givenParagraphs = (given: unknown): string[] =>
  Array.isArray(given) ? given.map(String) : typeof given === 'string' ? [given] : [];

/**
 * The paragraphs --exempt-paragraph gives ("7A's 6 for item 9": "9=6"; "6" for every exempt item whose
 * text names none) set on the structure; a sentence saying what is wrong with one, else null. Each is
 * checked against the item's law when it is imported.
 */
export function withExemptParagraphs(structure: ImportStructure, given: string[] | undefined): string | null {
  for (const choice of given ?? []) {
    const match = /^(?:(.+)=)?\s*(\d{1,2})$/.exec(choice.trim());
    if (!match)
      return `--exempt-paragraph takes a paragraph number, or ITEM=N for one item (not “${choice}”).`;
    const [, number, paragraph] = match;
    const items = structure.items.filter((item) =>
      number === undefined
        ? item.exempt && item.exemptBasis !== '1960 Act' && importedExemption(item)?.paragraph == null
        : item.number === number.trim(),
    );
    if (number !== undefined && items.length === 0) return `--exempt-paragraph: there is no item ${number}.`;
    // An item the text does not mark exempt, though its words say it may be (exemptSigns): giving
    // its paragraph is the officer's answer that it is.
    if (items.some((item) => !item.exempt && !item.exemptSigns?.length))
      return `--exempt-paragraph: item ${number} is not exempt; only an exempt item has a paragraph.`;
    // Marked exempt here, it is exempt under the law the meeting's other exempt items are (Schedule 7A
    // for a Scottish council's), else Schedule 12A.
    const law = meetingSchedule(structure.items);
    for (const item of items) {
      if (!item.exempt && law) item.exemptBasis = law;
      item.exempt = true;
      item.exemptParagraph = Number(paragraph);
    }
  }
  return null;
}

/** "FILE:9=6" → its file and "9=6"; null where there is no FILE: before a paragraph. */
function splitFile(choice: string): { file: string; spec: string } | null {
  const match = /^(.+):((?:[^:=]+=)?\s*\d{1,2})$/.exec(choice.trim());
  return match ? { file: match[1]!.trim(), spec: match[2]!.trim() } : null;
}

/**
 * For a folder: each file's choices of an option, by the file's name in the folder; or a sentence
 * saying what is wrong (a choice that names no file, or a file the folder does not hold). FILE is the
 * name the folder's table gives, or a path to that file. `split` takes a choice apart into its file
 * and what it says of that file's items; `unsplit` is the sentence for a choice that names no file.
 */
export function choicesByFile(
  option: string,
  dir: string,
  names: readonly string[],
  given: readonly string[],
  split: (choice: string) => { file: string; spec: string } | null,
  unsplit: (choice: string) => string,
): Map<string, string[]> | string {
  const byFile = new Map<string, string[]>();
  for (const choice of given) {
    const parts = split(choice);
    if (!parts) return unsplit(choice);
    const name = names.find(
      (candidate) => candidate === parts.file || path.resolve(dir, candidate) === path.resolve(parts.file),
    );
    if (name === undefined) {
      return `${option}: ${dir} holds no file ${parts.file} to import (give its name as the table shows it).`;
    }
    byFile.set(name, [...(byFile.get(name) ?? []), parts.spec]);
  }
  return byFile;
}

/** For a folder: each file's paragraphs, by its name in the folder, as withExemptParagraphs takes them. */
export const folderParagraphs = (
  dir: string,
  names: readonly string[],
  given: readonly string[],
): Map<string, string[]> | string =>
  choicesByFile(
    '--exempt-paragraph',
    dir,
    names,
    given,
    splitFile,
    (choice) =>
      `With a folder, --exempt-paragraph names the file as well: FILE:N for every exempt item of that file whose text names no paragraph, or FILE:ITEM=N for one item (not “${choice}”: a paragraph is one meeting’s, so it is not given to every file).`,
  );
