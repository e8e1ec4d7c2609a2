// For a screen with a document's editor (an item's minutes, its report): the paragraph a search hit
// asks to show, if the hit is in this document, and what to do once the editor has shown it.
import { useCallback } from 'react';
import { useReveal } from './reveal';

export function useParagraphReveal(document: 'minutes' | 'report', itemId: string) {
  const pending = useReveal((state) => state.pending);
  const path =
    pending?.kind === 'paragraph' && pending.document === document && pending.itemId === itemId
      ? pending.path
      : null;
  const fallback = pending?.kind === 'paragraph' ? pending.fallback : null;
  const onRevealed = useCallback(
    (shown: boolean) => {
      const { done, show } = useReveal.getState();
      // The paragraph has gone since the search (edited in another window): the document, then.
      if (shown || !fallback) done();
      else show({ kind: 'element', target: fallback });
    },
    [fallback],
  );
  return { path, onRevealed };
}
