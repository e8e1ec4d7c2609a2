// The header's paragraphs made one list a paragraph before the lists are read: a label in a left-hand
// column beside the first name ("Sub-Committee" over "Members Present:"), a label wrapped over two
// lines ("Officers in" / "Attendance:"), two lists run into one line ("… Town Clerk Also Present: …"),
// and the English half of a bilingual label ("Yn bresennol / Present:").
import { HONORIFIC } from './names';
import { labelOf } from './attendanceLabels';

/** "Sub-Committee" beside the first name, over "Members Present:" beside the next: a label in a left-hand column. */
export const leftColumn = new RegExp(
  String.raw`^((?:Sub-)?(?:Committee|Board|Panel|Cabinet|Members?)(?:\s+(?:Sub-)?(?:Committee|Board|Panel|Members?))?)\s+((?:${HONORIFIC})\s+\p{Lu}.*)$`,
  'u',
);

export function leftColumnLabels(paras: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    const held = leftColumn.exec(paras[i]!);
    const label = held && i + 1 < paras.length ? labelOf(paras[i + 1]!) : null;
    if (held && label?.rest && !labelOf(paras[i]!)) {
      const next = paras[i + 1]!;
      out.push(`${next.slice(0, next.length - label.rest.length).trim()} ${held[2]}`, label.rest);
      i++;
    } else out.push(paras[i]!);
  }
  return out;
}

/** A label with its colon inside a line: where two lists were run into one paragraph. */
const innerLabel =
  /(?<!\b(?:Members|Officers?|Also|Councillors|Other|Cabinet|Committee|Voting|Board|Council|In|Named|Substitute))\s(?=(?:Also|Officers?|In attendance|Apologies|Substitutes?|Members|Councillors|Absent|Present|Other Members|Non-Committee|Ward)\b[^:,;.()]{0,30}:)/gi;

/** "Officers Present: Mr K Fisher, Town Clerk Also Present: PCSO Grey": one list a paragraph again. */
/**
 * "Officers in  Dr C Maguire, …" over "Attendance:  Ms A Toner, …": a label in a left-hand column
 * wrapped over two lines, a name beside each half. The label whole, then both names.
 */
export function wrappedLabels(paras: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    const first =
      /^((?:Council\s+)?(?:Officers?|Others?|Also|Members?|Councillors?|Apologies))\s+(in|for)\s+(\S.*)$/i.exec(
        paras[i]!,
      );
    const second = first ? /^(attendance|absence)\s*:-?\s*(.*)$/i.exec(paras[i + 1] ?? '') : null;
    // The same label's two halves run into one paragraph around the first name: "Officers in J Doe – Clerk attendance: …".
    const around =
      /^((?:Council\s+)?(?:Officers?|Others?|Also|Members?|Councillors?|Apologies))\s+(in|for)\s+(\S.*?)\s+(attendance|absence)\s*:-?\s*(.*)$/i.exec(
        paras[i]!,
      );
    if (around && !first?.[3]?.startsWith(around[4]!)) {
      out.push(`${around[1]} ${around[2]} ${around[4]}: ${around[3]}`);
      if (around[5]) out.push(around[5]);
      continue;
    }
    if (first && second) {
      out.push(`${first[1]} ${first[2]} ${second[1]}: ${first[3]}`);
      if (second[2]) out.push(second[2]);
      i++;
    } else out.push(paras[i]!);
  }
  return out;
}

export function splitInnerLabels(paras: string[]): string[] {
  return paras.flatMap((para) => {
    if (!para.includes(':') || !labelOf(para)) return [para];
    const pieces = para.split(innerLabel);
    return pieces.length > 1 && pieces.every((piece) => labelOf(piece)?.rest) ? pieces : [para];
  });
}

/**
 * "Yn bresennol / Present:", "Cynghorwyr / Councillors …", "a/and": a bilingual text gives each word
 * in both languages; the English one is read.
 */
const bilingual =
  /(?<![^\s(])[^\s/:,;()]+(?:\s+[^\s/:,;()]+){0,3}\s*\/\s*(?=(?:Present|Also present|In attendance|Apologies|Absent|Substitutes?|Clerk|Officers?|Councillors?|County Councillors?|Cllrs?\.?|County Cllrs?\.?|Chair|Vice-Chair|Mayor|Local Member|members of the public)(?=[\s.:,;()]|$))/gi;
/** "Present / Yn Bresennol:", "Apologies / Ymddiheuriadau:": the English label first, the Welsh after it. */
const englishFirst =
  /^((?:Members\s+)?(?:Present|Also present|In attendance|Apologies(?:\s+for\s+absence)?|Absent|Substitutes?|Clerk|Officers?(?:\s+(?:present|in attendance))?|Councillors?))\s*\/\s*[^:/]{2,40}?(?=\s*:)/i;
export const english = (para: string) =>
  para.includes('/')
    ? para
        .replace(/\s\p{Ll}{1,3}\s*\/\s*and\s/gu, ' and ')
        .replace(englishFirst, '$1')
        .replace(bilingual, '')
    : para;
