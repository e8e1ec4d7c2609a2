// The decisions register as CSV for Excel and other tools: RFC 4180 (every field quoted, quotes
// doubled, records ended by CRLF), UTF-8 with a byte-order mark so that Excel reads "£" and "é" as
// they are, and safe to open: a cell Excel would take as a formula (one starting with =, +, -, @,
// a tab or a carriage return) starts with an apostrophe instead, so it shows as the text it is.
import type { DecisionRegister } from '../../shared/decisionRegister';
import { exemptUnder } from '../../shared/exemption';
import { clean } from '../../shared/document/text';

export const REGISTER_CSV_HEADERS = [
  'Date',
  'Committee',
  'Minute',
  'Item',
  'Keyword',
  'Qualifier',
  'Decision',
  'Vote',
  'Exempt',
] as const;

/** A cell as text that no spreadsheet will run as a formula. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field, quoted (RFC 4180 allows quotes on every field; it spares deciding which need them). */
const field = (text: string) => `"${neutralise(clean(text)).replaceAll('"', '""')}"`;

export function registerCsv(register: DecisionRegister): Uint8Array {
  const rows: string[][] = [
    [...REGISTER_CSV_HEADERS],
    ...register.entries.map((entry) => [
      entry.date,
      entry.committee,
      entry.minuteNumber,
      entry.itemTitle,
      entry.keyword,
      entry.qualifier,
      // Line breaks inside a quoted field are part of it; Excel shows them as lines of one cell.
      entry.wording.replace(/\r\n?/g, '\n'),
      entry.vote,
      entry.exemption === null
        ? ''
        : `${register.edition === 'public' ? 'Exempt: publishable wording only' : 'Exempt: not for publication'} (${exemptUnder([entry.exemption])})`,
    ]),
  ];
  const text = `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
  return new TextEncoder().encode(text);
}
