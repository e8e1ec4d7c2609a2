import { SEARCH_KEYS, useSearchBox } from './searchBox';

/** Opens the search box; shown in the sidebar and in meeting mode's bar. */
export function SearchButton() {
  const show = useSearchBox((state) => state.show);
  return (
    <button type="button" className="search-button" aria-keyshortcuts={SEARCH_KEYS} onClick={show}>
      Search (Ctrl+K)
    </button>
  );
}
