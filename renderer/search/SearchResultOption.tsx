// One result in the search box's list: what kind of text it is and where (committee, date, minute
// number, item), exempt content marked as such, and the words around the match with the matched
// words highlighted. The snippet is text from the record: it is only ever shown as text, its
// highlights as <mark> elements, never read as HTML.
import { formatLongDate } from '../../shared/format';
import { searchKindLabels, snippetParts, type SearchHit } from '../../shared/search/results';

export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}

interface SearchResultOptionProps {
  id: string;
  hit: SearchHit;
  selected: boolean;
  /** The pointer is over it: it becomes the chosen one. */
  onPoint: () => void;
  onOpen: () => void;
}

export function SearchResultOption({ id, hit, selected, onPoint, onOpen }: SearchResultOptionProps) {
  const where = [
    hit.committee,
    formatLongDate(hit.date),
    hit.minuteNumber ? `minute ${hit.minuteNumber}` : null,
  ].filter(Boolean);
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className={hit.exempt ? 'search-result exempt' : 'search-result'}
      onMouseMove={() => !selected && onPoint()}
      onClick={onOpen}
    >
      <span className="search-result-heading">
        <span className="search-kind">{searchKindLabels[hit.kind]}</span>{' '}
        {hit.exempt ? <span className="badge badge-exempt">Exempt: not for publication</span> : null}{' '}
        <span className="search-item">{hit.itemTitle ?? 'Attendance'}</span>
      </span>
      <span className="search-snippet">
        <Snippet snippet={hit.snippet} />
      </span>
      <span className="search-where">{where.join(' · ')}</span>
    </li>
  );
}
