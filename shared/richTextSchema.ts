// The rich-text schema the API checks minutes against: a clean document as it is, in one pass,
// anything else through zod. Apart from richText.ts so that the renderer loads without zod.
import { z } from 'zod';
import {
  MAX_RICH_TEXT_DEPTH,
  plainText,
  richMarkTypes,
  richNodeTypes,
  type RichDoc,
  type RichNode,
} from './richText';

/** Minutes longer than this (about 2,000 pages) are refused rather than slowing every save. */
export const MAX_RICH_TEXT_CHARS = 5_000_000;
const MAX_DEPTH = MAX_RICH_TEXT_DEPTH;

const richMark = z.object({
  type: z.enum(richMarkTypes, { error: 'The text has formatting Minutebook does not keep.' }),
});

const richNode: z.ZodType<RichNode> = z.lazy(() =>
  z.object({
    type: z.enum(richNodeTypes, { error: 'The text has a kind of block Minutebook does not keep.' }),
    attrs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    content: z.array(richNode).optional(),
    text: z.string().optional(),
    marks: z.array(richMark).optional(),
  }),
);

function sizeIssue(doc: RichDoc): string | null {
  const size = plainText(doc).length;
  return size > MAX_RICH_TEXT_CHARS
    ? `The text is too long to save (${size.toLocaleString('en-GB')} characters).`
    : null;
}

const richDocShape = z
  .object({
    type: z.literal('doc', { error: 'Minutes must be a rich-text document.' }),
    content: z.array(richNode).optional(),
  })
  .superRefine((doc, ctx) => {
    const message = sizeIssue(doc);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

const nodeTypes = new Set<string>(richNodeTypes);
const markTypes = new Set<string>(richMarkTypes);
const nodeKeys = new Set(['type', 'attrs', 'content', 'text', 'marks']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isAttribute = (value: unknown) =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * Whether a document is already exactly what the schema would give back: every node of a known
 * type with only known keys of the right kinds. The editor's documents always are, so a save is
 * checked in one pass over the nodes, copying nothing (zod's recursive schema took 2.3 s and 160 MB
 * to copy 200,000 paragraphs). Anything else goes through the schema, which strips or explains.
 */
function isCleanDoc(value: unknown): value is RichDoc {
  if (!isRecord(value) || value.type !== 'doc') return false;
  for (const key of Object.keys(value)) if (key !== 'type' && key !== 'content') return false;
  const nodes: unknown[] = [];
  if (value.content !== undefined) {
    if (!Array.isArray(value.content)) return false;
    for (const child of value.content as unknown[]) nodes.push(child);
  }
  while (nodes.length) {
    const node = nodes.pop();
    if (!isRecord(node) || typeof node.type !== 'string' || !nodeTypes.has(node.type)) return false;
    for (const key of Object.keys(node)) if (!nodeKeys.has(key)) return false;
    const { attrs, content, text, marks } = node;
    if (text !== undefined && typeof text !== 'string') return false;
    if (attrs !== undefined) {
      if (!isRecord(attrs)) return false;
      for (const key of Object.keys(attrs)) if (!isAttribute(attrs[key])) return false;
    }
    if (marks !== undefined) {
      if (!Array.isArray(marks)) return false;
      for (const mark of marks as unknown[]) {
        if (!isRecord(mark) || typeof mark.type !== 'string' || !markTypes.has(mark.type)) return false;
        if (Object.keys(mark).length !== 1) return false;
      }
    }
    if (content !== undefined) {
      if (!Array.isArray(content)) return false;
      for (const child of content as unknown[]) nodes.push(child);
    }
  }
  return true;
}

/** A clean document as it is (checked for size), anything else through the schema. */
const richDocChecked = z.unknown().transform((value, ctx): RichDoc => {
  if (isCleanDoc(value)) {
    const message = sizeIssue(value);
    if (message) ctx.addIssue({ code: 'custom', message });
    return value;
  }
  const parsed = richDocShape.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

/** The depth is checked first, iteratively, so a hostile document cannot overflow the recursive schema. */
export const richDoc = z
  .custom<unknown>((value) => depthOf(value) <= MAX_DEPTH, {
    error: `The text is nested more than ${MAX_DEPTH} levels deep.`,
  })
  .pipe(richDocChecked) as unknown as z.ZodType<RichDoc>;

function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (depth > MAX_DEPTH) return depth;
    const content = (current as { content?: unknown } | null)?.content;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Top-level blocks (a change to part of a document): checked as the document they would make, by
 * the same one pass, so a block is accepted exactly when it would be accepted in a whole save.
 */
export const richBlocks = z
  .array(z.unknown(), { error: 'The changed text must be a list of blocks.' })
  .transform((blocks, ctx): RichNode[] => {
    const parsed = richDoc.safeParse({ type: 'doc', content: blocks });
    if (parsed.success) return parsed.data.content ?? [];
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.slice(1) });
    return z.NEVER;
  });
