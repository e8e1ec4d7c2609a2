// Narrative paragraphs to rich text: bullets drawn as "·", "Ø", "•", "o" or "-" become real
// lists, "1." runs numbered lists, short title-like lines headings, and “quoted statements” quotes.
import type { RichDoc, RichNode } from '../../shared/richText';
import { inlineMarkdown, type Para } from './text';

const bulletMark = /^([·•Ø▪◦§➢►✓*o\-–—])\s+(.*)$/s;
const firstLevel = new Set(['·', '•', 'Ø', '➢', '►', '✓', '*']);
const secondLevel = new Set(['o', '◦', '-', '–', '§', '▪']);
const numberedMark = /^\(?(\d{1,3})[.)](?!\d)\s+(.*)$/s;

export function bulletOf(text: string): { mark: string; rest: string } | null {
  const match = bulletMark.exec(text);
  return match && match[2]!.trim() ? { mark: match[1]!, rest: match[2]!.trim() } : null;
}

export function inline(text: string): RichNode[] {
  return inlineMarkdown(text).map((run) =>
    run.bold ? { type: 'text', text: run.text, marks: [{ type: 'bold' }] } : { type: 'text', text: run.text },
  );
}

export const paragraph = (text: string): RichNode =>
  text.trim() ? { type: 'paragraph', content: inline(text.trim()) } : { type: 'paragraph' };

/** A heading as minutes set them: short, no closing full stop, in title or sentence case. */
export function headingLike(text: string): boolean {
  // The length first: a paragraph of prose is not split into words to find it too long.
  return (
    text.length <= 90 &&
    text.split(/\s+/).length <= 12 &&
    /^[A-Z0-9“"‘']/.test(text) &&
    !/[.,;:!?]$/.test(text) &&
    !/^(?:That|To|This|These|It|There|They|We|He|She)\b/.test(text)
  );
}

const opensQuote = /^[“"]/;
const closesQuote = /[”"][.,]?$/;

/** Paragraphs as rich-text blocks. */
export function blocks(paras: Para[], quoted = false): RichNode[] {
  const out: RichNode[] = [];
  for (let i = 0; i < paras.length; i++) {
    const text = paras[i]!.text;
    if (!quoted && opensQuote.test(text)) {
      const end = quoteEnd(paras, i);
      if (end !== null) {
        // The quotation marks stay: they are the published text's, and say whose words these are.
        const inner = paras.slice(i, end + 1);
        out.push({ type: 'blockquote', content: blocks(inner, true) });
        i = end;
        continue;
      }
    }
    const bullet = bulletOf(text);
    if (bullet) {
      const last = out.at(-1);
      const item: RichNode = { type: 'listItem', content: [paragraph(bullet.rest)] };
      const firstMark = last?.attrs?.mark;
      const nests = firstLevel.has(String(firstMark)) && secondLevel.has(bullet.mark);
      if (last?.type === 'bulletList' && nests) {
        // "o" under "·": the next level down, inside the last item.
        const parent = last.content!.at(-1)!;
        const nested = parent.content!.at(-1);
        if (nested?.type === 'bulletList') nested.content!.push(item);
        else parent.content!.push({ type: 'bulletList', content: [item] });
      } else if (last?.type === 'bulletList') last.content!.push(item);
      else out.push({ type: 'bulletList', attrs: { mark: bullet.mark }, content: [item] });
      continue;
    }
    const numbered = numberedMark.exec(text);
    if (numbered && numbered[2]!.trim()) {
      const last = out.at(-1);
      const n = Number(numbered[1]);
      const item: RichNode = { type: 'listItem', content: [paragraph(numbered[2]!)] };
      const expected =
        last?.type === 'orderedList'
          ? Number(last.attrs?.start ?? 1) + (last.content?.length ?? 0)
          : Number.NaN;
      if (n === expected) last!.content!.push(item);
      else out.push({ type: 'orderedList', attrs: { start: n }, content: [item] });
      continue;
    }
    const next = paras[i + 1]?.text;
    if (headingLike(text) && next !== undefined && !headingLike(next)) {
      out.push({ type: 'heading', attrs: { level: 3 }, content: inline(text) });
      continue;
    }
    out.push(paragraph(text));
  }
  // The bullet character was only needed while reading.
  for (const node of out) if (node.type === 'bulletList') delete node.attrs;
  return out;
}

/** The paragraph a quotation opened at `start` closes in, if it closes within a sensible distance. */
function quoteEnd(paras: Para[], start: number): number | null {
  const first = paras[start]!.text;
  if (first.length > 1 && closesQuote.test(first)) return start;
  for (let j = start + 1; j < Math.min(paras.length, start + 200); j++) {
    const text = paras[j]!.text;
    if (opensQuote.test(text) && !closesQuote.test(text)) return null;
    if (closesQuote.test(text)) return j;
  }
  return null;
}

export function docOf(paras: Para[]): RichDoc {
  const content = blocks(paras);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

/** Plain lines (an update, a clause with sub-clauses) as rich text, a paragraph each. */
export function docOfLines(text: string): RichDoc {
  const lines = text.split('\n').filter((line) => line.trim());
  return docOf(lines.map((line) => ({ text: line.trim(), indent: 0 })));
}
