// Results as the officer types: each change waits a moment (a word typed fast is one search, not
// five), and an answer to a search already typed over is ignored, so the list always matches the box.
import { useEffect, useRef, useState } from 'react';
import type { MethodInput, SearchAnswer } from '../../shared/api';
import { api } from '../api/client';

export type SearchRequest = MethodInput<'search.query'>;

/** How long the box is left alone before it is searched. */
export const DEBOUNCE_MS = 150;

export interface SearchState {
  /** The answer to the latest search answered; while `searching`, it may be the search before. */
  answer: SearchAnswer | null;
  /** Why there is no answer: the search cannot be run as typed ("Type at least 3 letters…"). */
  message: string | null;
  /** The box has changed since the answer shown: a newer search is on its way. */
  searching: boolean;
}

interface Answered {
  key: string;
  answer: SearchAnswer | null;
  message: string | null;
}

export function useSearch(request: SearchRequest | null): SearchState {
  const [answered, setAnswered] = useState<Answered | null>(null);
  // Which search is the latest: an answer to any other is stale, and ignored.
  const latest = useRef(0);
  const key = request?.text.trim() ? JSON.stringify(request) : null;
  useEffect(() => {
    const mine = (latest.current += 1);
    if (!key) return;
    const timer = setTimeout(() => {
      api.call('search.query', JSON.parse(key) as SearchRequest).then(
        (answer) => {
          if (mine === latest.current) setAnswered({ key, answer, message: null });
        },
        (error: unknown) => {
          if (mine !== latest.current) return;
          setAnswered({ key, answer: null, message: error instanceof Error ? error.message : String(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  if (!key) return { answer: null, message: null, searching: false };
  return {
    answer: answered?.answer ?? null,
    message: answered?.key === key ? answered.message : null,
    searching: answered?.key !== key,
  };
}
