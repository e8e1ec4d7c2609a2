// The rich-text check every save goes through: an editor's document passes as it is, in one pass
// and without a copy (200,000 paragraphs once took 2.3 s and 160 MB of the server's memory to copy);
// anything else is cleaned or explained exactly as the schema always did.
import { describe, expect, it } from 'vitest';
import { richDoc } from '../../shared/richTextSchema';

const paragraph = (text: string, marks?: { type: string }[]) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});

describe('a rich-text document as saved', () => {
  it('from the editor is taken as it is, however long', () => {
    const doc = {
      type: 'doc',
      content: Array.from({ length: 200_000 }, (_, i) =>
        i % 2 ? paragraph(`Note ${i}.`) : paragraph(`Note ${i}.`, [{ type: 'bold' }]),
      ),
    };
    const parsed = richDoc.safeParse(doc);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toBe(doc);
  });

  it('with keys Minutebook does not keep is cleaned of them', () => {
    const parsed = richDoc.safeParse({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          id: 'x1',
          content: [{ type: 'text', text: 'Hello', marks: [{ type: 'bold', attrs: { a: 1 } }] }],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [paragraph('Three')] }],
        },
      ],
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Hello', marks: [{ type: 'bold' }] }] },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [paragraph('Three')] }],
        },
      ],
    });
  });

  it('with a block or formatting Minutebook does not keep is refused with a sentence', () => {
    const table = richDoc.safeParse({ type: 'doc', content: [{ type: 'table', content: [] }] });
    expect(table.success).toBe(false);
    expect(table.error?.issues.map((issue) => issue.message)).toContain(
      'The text has a kind of block Minutebook does not keep.',
    );
    const underline = richDoc.safeParse({ type: 'doc', content: [paragraph('x', [{ type: 'underline' }])] });
    expect(underline.success).toBe(false);
    expect(underline.error?.issues.map((issue) => issue.message)).toContain(
      'The text has formatting Minutebook does not keep.',
    );
    expect(richDoc.safeParse({ type: 'doc', content: [{ type: 'text', text: 5 }] }).success).toBe(false);
    expect(richDoc.safeParse({ type: 'note', content: [] }).success).toBe(false);
    expect(
      richDoc.safeParse({ type: 'doc', content: [{ type: 'paragraph', attrs: { a: {} } }] }).success,
    ).toBe(false);
  });

  it('too long is refused, clean or not', () => {
    const long = 'x'.repeat(5_000_001);
    const clean = richDoc.safeParse({ type: 'doc', content: [paragraph(long)] });
    expect(clean.success).toBe(false);
    expect(clean.error?.issues[0]?.message).toBe('The text is too long to save (5,000,001 characters).');
    const untidy = richDoc.safeParse({ type: 'doc', content: [{ ...paragraph(long), id: 1 }] });
    expect(untidy.error?.issues[0]?.message).toBe('The text is too long to save (5,000,001 characters).');
  });
});
