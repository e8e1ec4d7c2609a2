// The words of one text block of a rich-text document, for the search index's SQL (migration 014).
//
// SQL alone can join a block's pieces (its text nodes and hard breaks) in document order only with
// `group_concat(… ORDER BY …)`, which SQLite before 3.44 cannot parse in a schema (Debian 12's
// sqlite3 is 3.40), or with a window, which SQLite evaluates once per piece, copying the whole block
// each time: quadratic in a paragraph's pieces (16,000 bold and italic runs took 13 s to save). This
// function does it in one pass. Every connection that writes (openChecked) or reads paragraphs
// (openReadOnly) registers it; a connection without it fails a minutes or report save with "no such
// function: minutebook_block_text" (nothing is written), never an empty index. The sqlite3 shell
// still opens and reads the file (a trigger's functions are looked up only when it fires), but
// writing minutes or reports from the shell is not supported.
import type { Db } from './db';

export const BLOCK_TEXT = 'minutebook_block_text';

/** Dropped from the words, as 010's SQL did (char(2), char(3)). */
const STX = String.fromCharCode(2);
const ETX = String.fromCharCode(3);

/**
 * The words of a block from its `content` array (JSON text): each child's `text` (a string) in order,
 * a hard break as a new line, without the control characters 2 and 3. Null when no child is text or a
 * hard break (the block holds other blocks, or nothing).
 */
export function blockText(content: unknown): string | null {
  if (typeof content !== 'string') return null;
  let children: unknown;
  try {
    children = JSON.parse(content);
  } catch {
    return null;
  }
  if (!Array.isArray(children)) return null;
  const parts: string[] = [];
  for (const child of children) {
    if (child === null || typeof child !== 'object' || Array.isArray(child)) continue;
    for (const [key, value] of Object.entries(child as Record<string, unknown>)) {
      if (key === 'text' && typeof value === 'string') parts.push(value);
      else if (key === 'type' && value === 'hardBreak') parts.push('\n');
    }
  }
  return parts.length === 0 ? null : parts.join('').replaceAll(STX, '').replaceAll(ETX, '');
}

/** Registers minutebook_block_text on `db` (deterministic, so SQLite may use it in a trigger). */
export function registerBlockText(db: Db): void {
  db.function(BLOCK_TEXT, { deterministic: true }, (content: unknown) => blockText(content));
}
