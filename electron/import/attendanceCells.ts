// A list's line whose columns kept their gaps ("Janet Ward<TAB>Cabinet Member for Health", "Cllr A
// Bell<TAB>Cllr B Cole<TAB>Cllr C Dunn"): the cells made one list again, each gap a comma, so that a
// name and the role beside it, or two names side by side, are told apart as the page showed them.
import { HONORIFIC, honorificOf, isName } from './names';
import { isRole } from './peopleList';

/** A cell that runs on from the one before: a bracket, lower case, or a closing mark. */
const runsOn = /^[(\p{Ll},;)–—-]/u;
/** A cell left unfinished: a comma, an "and", a preposition, an open bracket or a dash at its end. */
const leftOpen = /(?:[,;&(–—-]|\b(?:and|of|for|the|to|in|at|on|with))$/;

/** A name of two or more words, a bracket after it allowed: "Ruth Ashby", "Cllr A Bell (Chair)". */
const bare = (cell: string) => cell.replace(/\s*\([^()]*\)/g, '').trim();
const honorificStart = new RegExp(String.raw`^(?:${HONORIFIC})\s+`, 'u');
/** A table's column heads, never a name's words: "Item No", "Minute Ref", "Action By". */
const tableWords =
  /\b(?:Item|Items|No|Minute|Minutes|Agenda|Page|Ref|Report|Subject|Action|Date|Time|Title)\b/;
/**
 * A name of two or more words besides its honorifics, a bracket after it allowed: "Ruth Ashby",
 * "Cllr A Bell (Chair)"; not "Councillors Atherton" (a surname column's first cell).
 */
const wholeName = (cell: string) => {
  const name = bare(cell);
  return (
    isName(name) &&
    !tableWords.test(name) &&
    name.replace(honorificStart, '').replace(honorificStart, '').includes(' ')
  );
};

/**
 * The cells of a line joined as a list: ", " between cells; a space where one cell runs on into the
 * next (a bracket, lower case, an "and" at the end, an honorific alone: "Councillor<TAB>J Smith"); and
 * a dash between a role and the name after it where those are the only two cells ("Chief
 * Executive<TAB>Jane Doe" reads "Chief Executive – Jane Doe").
 */
export function joinCells(line: string): string {
  if (!line.includes('\t')) return line;
  const cells = line
    .split('\t')
    .map((cell) => cell.trim())
    .filter(Boolean);
  if (cells.length === 0) return '';
  // Only a line with a whole name in a cell is a row of names: "Item No<TAB>Item under discussion" is not.
  if (!cells.some(wholeName)) return cells.join(' ');
  let out = cells[0]!;
  for (let at = 1; at < cells.length; at++) {
    const left = cells[at - 1]!;
    const cell = cells[at]!;
    const honorificOnly = left.split(/\s+/).every((word) => !!honorificOf(word));
    if (runsOn.test(cell) || leftOpen.test(out) || honorificOnly) out = `${out} ${cell}`;
    else if (
      cells.length === 2 &&
      isRole(left) &&
      !isName(bare(left)) &&
      !honorificStart.test(left) &&
      isName(cell)
    )
      out = `${out} – ${cell}`;
    // Two whole names side by side ("Denise Ludlam<TAB>Mark Castledine"): two people, never a name
    // and its role, so a semicolon parts them.
    else if (wholeName(left) && wholeName(cell)) out = `${out}; ${cell}`;
    else out = `${out}, ${cell}`;
  }
  return out;
}
