// Rich text has one form end to end: ProseMirror JSON as TipTap produces it, limited to what
// minutes use. Stored with a plain-text projection for search; mapped to Word by the exporter.

export const richNodeTypes = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'hardBreak',
] as const;
export const richMarkTypes = ['bold', 'italic'] as const;

/** How deep a document may nest, the document itself and each text counting as a level. */
export const MAX_RICH_TEXT_DEPTH = 40;

export interface RichMark {
  type: (typeof richMarkTypes)[number];
}

export interface RichNode {
  type: (typeof richNodeTypes)[number];
  attrs?: Record<string, string | number | boolean | null>;
  content?: RichNode[];
  text?: string;
  marks?: RichMark[];
}

export interface RichDoc extends RichNode {
  type: 'doc';
}

export const emptyDoc = (): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/** The words, one block a line, lists marked, for search and for comparing what was typed. */
export function plainText(doc: RichDoc): string {
  const lines: string[] = [];
  const inline = (node: RichNode): string =>
    node.type === 'text'
      ? (node.text ?? '')
      : node.type === 'hardBreak'
        ? '\n'
        : (node.content ?? []).map(inline).join('');
  const block = (node: RichNode, prefix: string): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        lines.push(prefix + inline(node));
        return;
      case 'bulletList':
        for (const item of node.content ?? []) listItem(item, `${prefix}• `);
        return;
      case 'orderedList': {
        const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
        (node.content ?? []).forEach((item, index) => listItem(item, `${prefix}${start + index}. `));
        return;
      }
      case 'blockquote':
        for (const child of node.content ?? []) block(child, `${prefix}> `);
        return;
      default:
        for (const child of node.content ?? []) block(child, prefix);
    }
  };
  const listItem = (item: RichNode, marker: string): void => {
    const [first, ...rest] = item.content ?? [];
    if (first) block(first, marker);
    const indent = ' '.repeat(marker.length);
    for (const child of rest) block(child, indent);
  };
  for (const child of doc.content ?? []) block(child, '');
  return lines.join('\n').replace(/\n+$/, '');
}
