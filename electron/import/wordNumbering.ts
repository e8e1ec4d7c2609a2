// Word's own numbering read back (word/numbering.xml), so a numbered minute heading keeps the number
// Word shows: "45." where the list starts at 45, numbering that carries on past the paragraphs
// between headings, "(a)" and "21.1" at deeper levels, and numbering a paragraph takes from its style
// (a numbered Heading 1). Each numbered paragraph gets its number as text at its start, and is then
// marked as not numbered, so mammoth does not number it again from 1 as a list of its own.
// Values in, values out: document.xml and the other parts as read in docx.ts.
import { lowerLetters, lowerRoman } from '../../shared/numerals';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** abstractNumId → its levels by ilvl. */
  abstracts: Map<string, Map<number, Level>>;
  /** numId → its abstractNumId and the levels it restarts (startOverride). */
  nums: Map<string, { abstract: string; overrides: Map<number, number> }>;
}

const attribute = (xml: string, name: string) =>
  new RegExp(`<w:${name}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1];

function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const [, id, body] of xml.matchAll(
    /<w:abstractNum\b[^>]*?w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<number, Level>();
    for (const [, ilvl, level] of body!.matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(ilvl), {
        start: Number(attribute(level!, 'start') ?? 1),
        format: attribute(level!, 'numFmt') ?? 'decimal',
        text: attribute(level!, 'lvlText') ?? '',
      });
    }
    abstracts.set(id!, levels);
  }
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  for (const [, id, body] of xml.matchAll(/<w:num\b[^>]*?w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const overrides = new Map<number, number>();
    for (const [, ilvl, override] of body!.matchAll(
      /<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g,
    )) {
      const start = attribute(override!, 'startOverride');
      if (start !== undefined) overrides.set(Number(ilvl), Number(start));
    }
    nums.set(id!, { abstract: attribute(body!, 'abstractNumId') ?? '', overrides });
  }
  return { abstracts, nums };
}

/** A counter's value in a level's format, or null for bullets and formats shown as nothing. */
function formatted(n: number, format: string): string | null {
  switch (format) {
    case 'decimal':
    case 'decimalZero':
      return format === 'decimalZero' && n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return lowerLetters(n);
    case 'upperLetter':
      return lowerLetters(n).toUpperCase();
    case 'lowerRoman':
      return lowerRoman(n);
    case 'upperRoman':
      return lowerRoman(n).toUpperCase();
    default:
      return null;
  }
}

/** Style id → the numbering its paragraphs take (numId, ilvl), from styles.xml. */
function styleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const styles = new Map<string, { numId: string; ilvl: number }>();
  for (const [, id, body] of xml.matchAll(
    /<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g,
  )) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body!)?.[1];
    const numId = numPr && attribute(numPr, 'numId');
    if (numId) styles.set(id!, { numId, ilvl: Number(attribute(numPr, 'ilvl') ?? 0) });
  }
  return styles;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** No numbering: numId 0 is Word's own way of saying so, and mammoth finds no list for it. */
const unnumbered = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

/**
 * document.xml with each numbered paragraph's number written at its start as Word would show it.
 * Bulleted paragraphs and documents without numbering.xml are left to mammoth.
 */
export function withWordNumbers(documentXml: string, numberingXml?: string, stylesXml = ''): string {
  if (!numberingXml) return documentXml;
  const { abstracts, nums } = readNumbering(numberingXml);
  const styles = styleNumbering(stylesXml);
  /** abstractNumId → the counters of its levels. */
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  return documentXml.replace(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g, (paragraph) => {
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(paragraph)?.[1] ?? '';
    const own = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(properties)?.[1];
    const style = styles.get(attribute(properties, 'pStyle') ?? '');
    const numId = (own && attribute(own, 'numId')) ?? style?.numId;
    const ilvl = Number((own && attribute(own, 'ilvl')) ?? style?.ilvl ?? 0);
    const num = numId === undefined ? undefined : nums.get(numId);
    const levels = num && abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || formatted(1, level.format) === null) return paragraph;
    const counts = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, counts);
    if (!restarted.has(numId!)) {
      restarted.add(numId!);
      for (const [at, start] of num.overrides) counts[at] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    // A deeper level starts again under each new number above it.
    counts.length = ilvl + 1;
    const label = level.text.replace(/%(\d)/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const shown = levels.get(at);
      const value = counts[at] ?? shown?.start ?? 1;
      return formatted(value, shown?.format ?? 'decimal') ?? '';
    });
    const run = `<w:r><w:t xml:space="preserve">${escape(label)} </w:t></w:r>`;
    const marked = own
      ? paragraph.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, unnumbered)
      : paragraph.replace('<w:pPr>', `<w:pPr>${unnumbered}`);
    const afterProperties = marked.indexOf('</w:pPr>');
    if (afterProperties >= 0) {
      const at = afterProperties + '</w:pPr>'.length;
      return marked.slice(0, at) + run + marked.slice(at);
    }
    return marked.replace(/^(<w:p\b[^>]*>)/, `$1${run}`);
  });
}
