// A committee website's attendance page pasted above the minutes: a table "Attendee / Role /
// Attendance", one person a row ("Councillor Rachel Amberley  Chair  Present"), its cells run
// together once the tabs are gone. The person is the name before the role's first word; the last
// cell says where they go: present, apologies, in attendance (officers under an "Officers" table,
// others otherwise); absent and expected people attended nothing.
import { honorificOf, honorificThenName, isName, roleWords } from './names';

/** The lists of the heading a line of attendance can belong to. */
export type Section = 'present' | 'apologies' | 'substitutes' | 'officers' | 'others' | 'absent';

/** The header row: "Attendee Role Attendance", "Name Role Attendance", "Member Position Status". */
export const tableHeader =
  /^(?:Attendee|Name|Member|Members|Councillor|Councillors)\s+(?:(?:Role|Position|Title|Party|Category|Type|Representing|Organisation)\s+)?(?:Attendance|Status|Attended)$/i;

/** The last cell: how the person attended, with a note in brackets ("Present (remote – not voting)"). */
const status =
  /\s+(Present(?:,?\s+as\s+(?:a\s+)?substitute)?|Apologies(?:,?\s+(?:sent|received))?|Absent|In attendance|Expected|Attended(?:\s+(?:virtually|remotely|in\s+person))?|Present\s+(?:virtually|remotely|in\s+person)|In\s+person|Remote(?:ly)?|Virtual(?:ly)?|Online|Substitut\w*\s+(?:for|replacing)\s+[^()]+?)(?:\s*\([^()]*\))?$/i;
/** Words that open a role cell: "Chair", "Committee Member", "Portfolio Holder for Finance", "Head of Internal Audit". */
const roleStart =
  /^(?:(?:County|District|Borough|Town|City|Parish|Community)\s+(?=Councillor|Council\b|and\s)|Chair|Chairman|Chairperson|Vice-Chair\w*|Vice|Deputy|Committee|Independent|Co-opted|Lay|Substitute|Reserve|Portfolio|Cabinet|Executive|Lead|Leader|Chief|Head|Director|Assistant|Senior|Principal|Democratic|Legal|Monitoring|Corporate|Strategic|Service|Interim|Acting|Member|Officer|Clerk|Observer|Ward|Group|Opposition|Scrutiny|Managing|Manager|Team|Solicitor|Advis[eo]r|Mayor|Councillor|Non-voting|Voting|Parent|Church|Diocesan|Youth|External|Internal|Audit|Finance|Planning|Committee)\b/;

/** A row of the table: the person as a name line and the section they belong in; null when the line is not one. */
export function tableRow(
  text: string,
  officersTable: boolean,
): { name: string; section: Section | null } | null {
  if (text.includes('\t')) return tabbedRow(text, officersTable);
  const said = status.exec(text) ?? mark.exec(text);
  if (!said) return null;
  const before = text.slice(0, said.index).trim();
  // "… – substitute for  In person" over "Councillor Lydia Kerr": the cell wrapped, whom for is on the next line.
  const substitute =
    /^Substitut\w*\s+(?:for|replacing)\s+(?!(?:In\s+person|Remote|Virtual|Online|Present|Attended)\b)(.+)$/i.exec(
      said[1]!,
    );
  // "Councillor A Bell  P": no role cell, the name alone.
  const alone = isName(before) && (honorificThenName.test(before) || before.includes(' ')) ? before : null;
  const name = rowName(before) ?? nameThenParty(before) ?? alone;
  if (name && substitute) return { name: `${name} (substitute for ${substitute[1]})`, section: 'present' };
  return name ? { name, section: statusSection(said[1]!, officersTable) } : null;
}

/**
 * A row whose cells kept their tabs (a Word table): the name in the first cell, the attendance in the
 * last ("Present (remote – not voting)", "Apologies", "Substitute for Mr P Coultas"); the cells between
 * (role, party) are passed over.
 */
function tabbedRow(text: string, officersTable: boolean): { name: string; section: Section | null } | null {
  const cells = text
    .split(/\t+/)
    .map((cell) => cell.trim())
    .filter(Boolean);
  if (cells.length < 2 || !isName(cells[0]!.replace(/\s*\([^()]*\)/g, ''))) return null;
  const last = cells.at(-1)!;
  const substitute = /^(?:Substitut\w*|Sub)\s+(?:for\s+|replacing\s+)?(.+)$/i.exec(last);
  if (substitute) return { name: `${cells[0]} (substitute for ${substitute[1]})`, section: 'present' };
  const word =
    /^(?:Present|Attended|In attendance|Apolog\w*|Absent|Expected|Not present|P|A|Sub|Abs?|X|✓|✔|✗|✘|[–—-])(?=\s|\(|$)/iu.exec(
      last,
    );
  if (!word) return null;
  const said = word[0].toLowerCase();
  if (said === 'not present') return { name: cells[0]!, section: null };
  if (said === 'attended') return { name: cells[0]!, section: 'present' };
  return { name: cells[0]!, section: statusSection(word[0], officersTable) };
}

/** A header of columns without an attendance column ("Attendee Role Party"): the label above says where. */
export const columnHeader =
  /^(?:Attendee|Name|Member)\s+(?:Role|Position|Title)(?:\s+(?:Party|Organisation|Group|Representing|Body))?$/i;

/**
 * The name at the start of a row whose cells ran together: honorifics, then the name's words (a
 * bracket or a "*" mark after them stays with the name), up to the first word that opens the role
 * cell ("Cabinet Member …", "Place Clinical Director …", "District Commander …").
 */
export function rowName(text: string): string | null {
  const cells = text.trim().match(/\([^()]*\)|\S+/g) ?? [];
  let at = 0;
  while (at < cells.length - 1 && honorificOf(cells[at]!)) at++;
  const honoured = at > 0;
  let named = 0;
  for (let i = at; i < cells.length; i++) {
    const cell = cells[i]!;
    if (/^\(|^[*†‡]+$/u.test(cell)) continue;
    const ahead = cells
      .slice(i, i + 3)
      .filter((one) => !one.startsWith('('))
      .join(' ');
    const opensRole = roleStart.test(cells.slice(i).join(' ')) || (named >= 2 && roleWords.test(ahead));
    if (named >= (honoured ? 1 : 2) && opensRole) {
      return cells
        .slice(0, i)
        .join(' ')
        .replace(/\s*[*†‡]+/gu, '');
    }
    if (++named > 4) return null;
  }
  return null;
}

/**
 * A register's mark in the last cell, under a header: "P" present, "A" or "Apols" apologies, "Sub"
 * a substitute who attended, a tick present, "X", "–" or "Ab" absent.
 */
const mark = /\s+(P|A|Apols?|Sub|Abs?|X|✓|✔|✗|✘|[–—-])$/u;

/** Party cells after the name: "Cllr A Bell Con", "Councillor C Dunn Labour". */
const party =
  /^(?:Con|Lab|LD|Lib\s*Dem|Liberal Democrats?|Ind|Independent|Grn|Green|Conservative|Labour|Reform(?:\s+UK)?|UKIP|SNP|Plaid(?:\s+Cymru)?|PC|Alliance|DUP|SDLP|UUP|SF|Sinn Féin|TUV|Lab\/Co-op|Lab Co-op|C|L|I|G|R|Res|Residents)$/i;

/** A row whose middle cell is a party, not a role: the name before it (an honorific, then at least a surname). */
function nameThenParty(text: string): string | null {
  const cells = text.trim().split(/\s+/);
  for (let i = cells.length - 1; i >= 2; i--) {
    if (party.test(cells.slice(i).join(' '))) {
      const name = cells.slice(0, i).join(' ');
      return isName(name.replace(/\s*\([^()]*\)/g, '')) ? name : null;
    }
  }
  return null;
}

/** Where the last cell puts a person: absent and expected people attended nothing. */
function statusSection(status: string, officersTable: boolean): Section | null {
  const word = status.toLowerCase();
  if (/^(?:p|sub|✓|✔)$/u.test(word)) return 'present';
  if (/^(?:a|apols?)$/.test(word)) return 'apologies';
  if (/^(?:abs?|x|✗|✘|[–—-])$/u.test(word)) return null;
  if (word.startsWith('apolog')) return 'apologies';
  if (word === 'absent' || word === 'expected') return null;
  if (word === 'in attendance') return officersTable ? 'officers' : 'others';
  return 'present';
}

const statusCell =
  /^(?:Present(?:,?\s+as\s+(?:a\s+)?substitute)?|Apologies(?:,?\s+(?:sent|received))?|Absent|In attendance|Expected|Attended(?:\s+virtually|\s+remotely)?|Present\s+(?:virtually|remotely))$/i;

/**
 * The same table with one cell a line ("Member" / "Attendance" / "Cllr A Bell" / "Present" / …), as
 * copying a web page's table can leave it: a header of column names, then each row's cells, the
 * last its attendance. Null when the lines at `from` are not such a header.
 */
export function tableByLines(
  paras: string[],
  from: number,
  officersTable: boolean,
): { rows: { name: string; section: Section | null }[]; end: number } | null {
  if (!/^(?:Attendee|Name|Members?|Councillors?)$/i.test(paras[from] ?? '')) return null;
  let at = from + 1;
  if (/^(?:Role|Position|Title|Party)$/i.test(paras[at] ?? '')) at++;
  if (!/^(?:Attendance|Status)$/i.test(paras[at] ?? '')) return null;
  const rows: { name: string; section: Section | null }[] = [];
  let cells: string[] = [];
  for (at++; at < paras.length; at++) {
    const cell = paras[at]!;
    if (!statusCell.test(cell)) {
      // A row has a name and at most a role before its attendance.
      if (cells.length >= 2) break;
      cells.push(cell);
      continue;
    }
    if (cells.length === 0) break;
    rows.push({ name: cells[0]!, section: statusSection(cell, officersTable) });
    cells = [];
  }
  return rows.length > 0 ? { rows, end: at - cells.length } : null;
}
