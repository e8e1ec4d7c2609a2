// What a search of the record gives back, and how to ask for it. Pure: shared by the store, the
// API, the command line and the renderer.

export const searchKinds = [
  'item',
  'minutes',
  'report',
  'decision',
  'action',
  'update',
  'declaration',
  'attendance',
] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Each kind as the officer would name it. */
export const searchKindLabels: Record<SearchKind, string> = {
  item: 'agenda item',
  minutes: 'minutes',
  report: 'report',
  decision: 'decision',
  action: 'action',
  update: 'update after the meeting',
  declaration: 'declaration of interest',
  attendance: 'attendance',
};

export const searchOrders = ['relevance', 'newest'] as const;
export type SearchOrder = (typeof searchOrders)[number];

export interface SearchFilters {
  /** Only these committees (ids); all when absent or empty. */
  committeeIds?: string[];
  /** Meetings on or after this date (YYYY-MM-DD). */
  from?: string;
  /** Meetings on or before this date (YYYY-MM-DD). */
  to?: string;
  /** Only these kinds of text; all when absent or empty. */
  kinds?: SearchKind[];
  /** Leave out exempt items' confidential content (their titles, publishable decision wording and declarations stay). */
  publicOnly?: boolean;
  order?: SearchOrder;
  /** How many hits (default 20, at most 100). */
  limit?: number;
}

/** Where in the record a hit is: enough to open it and scroll the words into view. */
export interface SearchHit {
  meetingId: string;
  /** Null for a meeting's attendance wording. */
  itemId: string | null;
  committeeId: string;
  committee: string;
  /** The meeting's date, YYYY-MM-DD. */
  date: string;
  /** As the minutes print it ("45", "77/21"); null for attendance wording. */
  minuteNumber: string | null;
  itemTitle: string | null;
  kind: SearchKind;
  /**
   * Which text of its source: 'title' or 'purpose' (item), 'minutes', 'report', 'contact_points',
   * 'background_papers', 'preamble', 'public_wording', 'clause', 'action', 'update', 'declaration',
   * or the attendance section ('present', 'apologies', …).
   */
  field: string;
  /** The row the text belongs to: the item (title, purpose, minutes, report), decision, clause, action, update, declaration or meeting. */
  sourceId: string;
  /**
   * For a paragraph of minutes or a report: the indexes into successive `content` arrays of the
   * document that lead to the paragraph ([3, 0, 0]: doc.content[3].content[0].content[0]).
   */
  paragraph: number[] | null;
  /** The words around the match, each matched word between SNIPPET_MARK_START and SNIPPET_MARK_END. */
  snippet: string;
  /** Higher is more relevant (bm25, weighted). */
  score: number;
  /** Exempt (Part 2) content: shown only marked as exempt, and never when searching public content only. */
  exempt: boolean;
}

export type SearchResult =
  | {
      ok: true;
      hits: SearchHit[];
      /**
       * False when the query matched so much that ranking by relevance looked only at the newest
       * matches (see CANDIDATES in electron/store/search.ts): add words or a date range to reach further back.
       */
      complete: boolean;
    }
  | {
      ok: false;
      message: string;
      /** The index itself is damaged: rebuild it (repairSearchIndex), then search again. */
      damaged?: true;
    };

/** Control characters, so no text the officer typed can be mistaken for a highlight. */
export const SNIPPET_MARK_START = '\u0002';
export const SNIPPET_MARK_END = '\u0003';

/** A snippet as runs of plain and matched text, for showing the matches highlighted. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let match = false;
  let text = '';
  for (const char of snippet) {
    if (char === SNIPPET_MARK_START || char === SNIPPET_MARK_END) {
      if (text) parts.push({ text, match });
      text = '';
      match = char === SNIPPET_MARK_START;
    } else {
      text += char;
    }
  }
  if (text) parts.push({ text, match });
  return parts;
}

/** A snippet without its highlight marks. */
export const plainSnippet = (snippet: string): string =>
  snippet.replaceAll(SNIPPET_MARK_START, '').replaceAll(SNIPPET_MARK_END, '');
