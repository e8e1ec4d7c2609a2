// The sample's rich text, written as TipTap would store it.
import type { RichDoc, RichNode } from '../../../shared/richText';

export const para = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
export const quote = (...lines: string[]): RichNode => ({ type: 'blockquote', content: lines.map(para) });
export const bullets = (...lines: string[]): RichNode => ({
  type: 'bulletList',
  content: lines.map((line) => ({ type: 'listItem', content: [para(line)] })),
});
export const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content });
/** A doc of plain paragraphs. */
export const paragraphs = (...lines: string[]): RichDoc => doc(...lines.map(para));
