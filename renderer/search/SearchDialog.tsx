// The search box (Ctrl+K or /, from any screen): a combobox whose list of results follows what is
// typed, with filters for committee, kind, dates and public content. ↑ and ↓ move through the
// results, Enter opens the one chosen with the hit shown, Escape closes.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { searchKindLabels, searchKinds, type SearchHit, type SearchKind } from '../../shared/search/results';
import { CheckboxField, SelectField, TextField, CommitteeFilterField } from '../components/Field';
import { useAppStore } from '../state/store';
import { openHit } from './openHit';
import { SearchResultOption } from './SearchResultOption';
import { asTypedSoFar } from '../../shared/search/query';
import { useSearch, type SearchRequest } from './useSearch';

interface Filters {
  committeeId: string;
  kind: SearchKind | '';
  from: string;
  to: string;
  publicOnly: boolean;
  newest: boolean;
}

const noFilters: Filters = { committeeId: '', kind: '', from: '', to: '', publicOnly: false, newest: false };

/** Kept between openings, so the officer comes back to their last search. */
let remembered = { text: '', filters: noFilters };

function requestFor(text: string, filters: Filters): SearchRequest | null {
  if (!text.trim()) return null;
  return {
    text: asTypedSoFar(text),
    ...(filters.committeeId ? { committeeIds: [filters.committeeId] } : {}),
    ...(filters.kind ? { kinds: [filters.kind] } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.publicOnly ? { publicOnly: true } : {}),
    ...(filters.newest ? { order: 'newest' as const } : {}),
    limit: 30,
  };
}

function summary(hits: SearchHit[] | undefined, searching: boolean, complete: boolean): string {
  if (!hits) return searching ? 'Searching…' : '';
  const found =
    hits.length === 0
      ? 'Nothing found.'
      : `${hits.length === 1 ? 'One result' : `${hits.length} results`}${hits.length >= 30 ? ' (the first 30)' : ''}. ↑ and ↓ to choose, Enter to open.`;
  return complete
    ? found
    : `${found} So much matched that only the newest were ranked: add words or dates to reach further back.`;
}

export function SearchDialog({ onClose }: { onClose: (opened: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const committees = useAppStore((state) => state.committees);
  const route = useAppStore((state) => state.route);
  const meetingId = useAppStore((state) => state.meeting?.meeting.id ?? null);
  const [text, setText] = useState(remembered.text);
  const [filters, setFilters] = useState<Filters>(remembered.filters);
  const [chosen, setChosen] = useState<{ hits: SearchHit[] | undefined; index: number }>({
    hits: undefined,
    index: 0,
  });
  // Enter pressed before the answer to what is typed came: open its best match when it comes.
  const openWhenAnswered = useRef(false);
  const { answer, message, searching } = useSearch(requestFor(text, filters));
  const hits = answer?.hits;
  // A new list starts at its first result, so Enter opens the best match.
  const active = chosen.hits === hits ? chosen.index : 0;
  const setActive = (index: number) => setChosen({ hits, index });
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-result-${index}`;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    input.current?.select();
    return () => element?.close();
  }, []);
  useEffect(() => {
    remembered = { text, filters };
  }, [text, filters]);
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose(true);
    openHit(hit, { route, meetingId });
  };
  useEffect(() => {
    if (!openWhenAnswered.current || searching) return;
    openWhenAnswered.current = false;
    open(hits?.[0]);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = hits?.length ?? 0;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive((active - 1 + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (searching) openWhenAnswered.current = true;
      else open(hits?.[active]);
    }
  };
  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((current) => ({ ...current, [key]: value }));
  const expanded = Boolean(hits?.length);

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
      onClick={(event) => {
        // A click on the backdrop (outside the panel) closes it.
        if (event.target === dialog.current) onClose(false);
      }}
    >
      <div className="search-panel">
        <h2 id={`${id}-title`}>Search the record</h2>
        <div className="field search-field">
          <label htmlFor={`${id}-input`}>Words to find</label>
          <input
            ref={input}
            id={`${id}-input`}
            type="search"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded ? optionId(active) : undefined}
            aria-describedby={`${id}-hint ${id}-status`}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              openWhenAnswered.current = false;
            }}
            onKeyDown={onKeyDown}
          />
          <p className="hint" id={`${id}-hint`}>
            All the words are found, in any order. &quot;A phrase&quot; in quotes, -word to leave it out,
            begin* for words that start so, this OR that for either.
          </p>
        </div>
        <fieldset className="search-filters">
          <legend>Only</legend>
          <CommitteeFilterField
            committees={committees}
            value={filters.committeeId}
            onChange={(value) => setFilter('committeeId', value)}
          />
          <SelectField<SearchKind | ''>
            label="Kind"
            value={filters.kind}
            options={[
              { value: '', label: 'Everything' },
              ...searchKinds.map((kind) => ({ value: kind, label: searchKindLabels[kind] })),
            ]}
            onChange={(value) => setFilter('kind', value)}
          />
          <TextField
            label="From"
            type="date"
            value={filters.from}
            onChange={(value) => setFilter('from', value)}
          />
          <TextField label="To" type="date" value={filters.to} onChange={(value) => setFilter('to', value)} />
          <CheckboxField
            label="Public content only (leave out exempt items)"
            checked={filters.publicOnly}
            onChange={(value) => setFilter('publicOnly', value)}
          />
          <CheckboxField
            label="Newest first"
            checked={filters.newest}
            onChange={(value) => setFilter('newest', value)}
          />
        </fieldset>
        <p className="search-status" id={`${id}-status`} role="status" aria-live="polite">
          {message ?? summary(hits, searching, answer?.complete ?? true)}
        </p>
        <ul id={listId} role="listbox" aria-label="Results" className="search-results" hidden={!expanded}>
          {hits?.map((hit, index) => (
            <SearchResultOption
              key={`${hit.kind}:${hit.field}:${hit.sourceId}:${hit.paragraph?.join('.') ?? ''}:${index}`}
              id={optionId(index)}
              hit={hit}
              selected={index === active}
              onPoint={() => setActive(index)}
              onOpen={() => open(hit)}
            />
          ))}
        </ul>
        <div className="form-actions">
          <button type="button" onClick={() => onClose(false)}>
            Close (Esc)
          </button>
        </div>
      </div>
    </dialog>
  );
}
