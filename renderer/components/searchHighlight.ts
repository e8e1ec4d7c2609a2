// A search hit shown in the editor: the paragraph it is in, scrolled into view and highlighted. The
// highlight is a ProseMirror decoration, drawn over the document and never part of it: the text the
// officer saves is exactly what it was, and nothing is saved because a hit was shown. It goes at the
// first change to the document or click in it.
import { Extension, type Editor } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const key = new PluginKey<DecorationSet>('searchHighlight');

export const SEARCH_HIT_CLASS = 'search-hit';

export const SearchHighlight = Extension.create({
  name: 'searchHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, current) {
            const asked = tr.getMeta(key) as { from: number; to: number } | null | undefined;
            if (asked !== undefined) {
              return asked
                ? DecorationSet.create(tr.doc, [
                    Decoration.node(asked.from, asked.to, { class: SEARCH_HIT_CLASS }),
                  ])
                : DecorationSet.empty;
            }
            return tr.docChanged ? DecorationSet.empty : current;
          },
        },
        props: {
          decorations: (state) => key.getState(state),
          handleDOMEvents: {
            mousedown: (view) => {
              if (key.getState(view.state) !== DecorationSet.empty) {
                view.dispatch(view.state.tr.setMeta(key, null).setMeta('addToHistory', false));
              }
              return false;
            },
          },
        },
      }),
    ];
  },
});

/**
 * Where the text block at `path` starts ([3, 0, 0]: doc.child(3).child(0).child(0), as the search
 * index gives it), or null when the document has no text block there.
 */
export function positionOf(doc: ProseMirrorNode, path: readonly number[]): number | null {
  let node = doc;
  let start = 0;
  let before = 0;
  for (const index of path) {
    if (!Number.isInteger(index) || index < 0 || index >= node.childCount) return null;
    before = start;
    for (let sibling = 0; sibling < index; sibling += 1) before += node.child(sibling).nodeSize;
    node = node.child(index);
    start = before + 1;
  }
  return path.length && node.isTextblock ? before : null;
}

/**
 * Shows the paragraph at `path`: highlighted, scrolled into the middle of the screen, with the cursor
 * at its start (so the keyboard and a screen reader are where the hit is). False when it is not there.
 */
export function revealParagraph(editor: Editor, path: readonly number[]): boolean {
  const { state, view } = editor;
  const at = positionOf(state.doc, path);
  if (at === null) return false;
  const node = state.doc.nodeAt(at)!;
  view.dispatch(
    state.tr
      .setMeta(key, { from: at, to: at + node.nodeSize })
      .setSelection(TextSelection.create(state.doc, at + 1))
      .setMeta('addToHistory', false),
  );
  view.focus();
  const element = view.nodeDOM(at);
  if (element instanceof HTMLElement) element.scrollIntoView({ block: 'center' });
  return true;
}
