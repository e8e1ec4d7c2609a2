// A paste (or drop) nested deeper than the record keeps (quotations in quotations, lists in lists,
// 40 levels in all) is flattened to its paragraphs where it would go too deep, rather than taken
// whole: the server refuses such a document, and every save of the text after it would then fail
// until the paste was found and undone.
import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { pushAll } from '../../shared/arrays';
import { MAX_RICH_TEXT_DEPTH } from '../../shared/richText';

const isList = (node: ProseMirrorNode) => node.type.name === 'bulletList' || node.type.name === 'orderedList';

/** The paragraphs and headings in a node, in order. */
function textblocksIn(node: ProseMirrorNode): ProseMirrorNode[] {
  const found: ProseMirrorNode[] = [];
  node.descendants((child) => {
    if (child.isTextblock) found.push(child);
    return !child.isTextblock;
  });
  return found;
}

/**
 * The fragment with every quotation or list that would take its text deeper than `budget` levels
 * (the fragment's own nodes at level `depth`) replaced by its paragraphs. A list is kept or
 * flattened whole, with its items, so a list never holds a paragraph.
 */
function flattened(
  fragment: Fragment,
  depth: number,
  budget: number,
): { fragment: Fragment; changed: boolean } {
  let changed = false;
  const nodes: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    if (node.isTextblock || node.isLeaf) {
      nodes.push(node);
      return;
    }
    // A quotation's paragraph is one level down and its text two; a list's are two and three.
    const needs = isList(node) ? 3 : 2;
    if (depth + needs > budget && node.type.name !== 'listItem') {
      pushAll(nodes, textblocksIn(node));
      changed = true;
      return;
    }
    const inner = flattened(node.content, depth + 1, budget);
    changed ||= inner.changed;
    nodes.push(inner.changed ? node.copy(inner.fragment) : node);
  });
  return { fragment: changed ? Fragment.fromArray(nodes) : fragment, changed };
}

/** For the editor's `transformPasted`: the slice as it is, or flattened to fit where it goes. */
export function limitPastedNesting(slice: Slice, view?: EditorView): Slice {
  const at = view ? view.state.selection.$from.depth : 0;
  // The document is level 1 and the block the cursor is in level `at` + 1; a spare level or two.
  const budget = MAX_RICH_TEXT_DEPTH - at - 2;
  const { fragment, changed } = flattened(slice.content, 1, budget);
  return changed ? Slice.maxOpen(fragment) : slice;
}
