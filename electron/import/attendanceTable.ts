// A committee website's attendance page pasted above the minutes: a table "Attendee / Role /
// Attendance", one person a row ("Councillor Rachel Amberley  Chair  Present"), its cells run
// together once the tabs are gone. The person is the name before the role's first word; the last
// cell says where they go: present, apologies, in attendance (officers under an "Officers" table,
// others otherwise); absent and expected people attended nothing.
/** The lists of the heading a line of attendance can belong to. */
export type Section = 'present' | 'apologies' | 'substitutes' | 'officers' | 'others' | 'absent';

export const tableHeader = /^Attendee\s+Role\s+Attendance$/i;

const status =
  /\s+(Present(?:,?\s+as\s+(?:a\s+)?substitute)?|Apologies(?:,?\s+(?:sent|received))?|Absent|In attendance|Expected|Attended(?:\s+virtually|\s+remotely)?|Present\s+(?:virtually|remotely))$/i;
/** Words that open a role cell: "Chair", "Committee Member", "Portfolio Holder for Finance", "Head of Internal Audit". */
const roleStart =
  /^(?:Chair|Chairman|Chairperson|Vice-Chair\w*|Vice|Deputy|Committee|Independent|Co-opted|Lay|Substitute|Reserve|Portfolio|Cabinet|Executive|Lead|Leader|Chief|Head|Director|Assistant|Senior|Principal|Democratic|Legal|Monitoring|Corporate|Strategic|Service|Interim|Acting|Member|Officer|Clerk|Observer|Ward|Group|Opposition|Scrutiny|Managing|Manager|Team|Solicitor|Advis[eo]r|Mayor|Councillor|Non-voting|Voting|Parent|Church|Diocesan|Youth|External|Internal|Audit|Finance|Planning|Committee)\b/;

/** A row of the table: the person as a name line and the section they belong in; null when the line is not one. */
export function tableRow(
  text: string,
  officersTable: boolean,
): { name: string; section: Section | null } | null {
  const said = status.exec(text);
  if (!said) return null;
  const cells = text.slice(0, said.index).split(/\s+/);
  const honorific = /^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Alderman|Professor|Prof|Rev|Revd)$/i.test(
    cells[0] ?? '',
  )
    ? 1
    : 0;
  // The name: at least a forename and surname (or one word after a title), then the role's first word.
  let end = -1;
  for (let i = honorific + 1; i < cells.length && i <= honorific + 4; i++) {
    if (i - honorific >= (honorific ? 1 : 2) && roleStart.test(cells.slice(i).join(' '))) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const name = cells.slice(0, end).join(' ');
  const word = said[1]!.toLowerCase();
  const section: Section | null = word.startsWith('apolog')
    ? 'apologies'
    : word === 'absent' || word === 'expected'
      ? null
      : word === 'in attendance'
        ? officersTable
          ? 'officers'
          : 'others'
        : 'present';
  return { name, section };
}
