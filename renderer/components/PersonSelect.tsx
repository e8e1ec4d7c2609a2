import type { Person } from '../../shared/domain';
import { formatPersonName } from '../../shared/format';

interface PersonSelectProps {
  label: string;
  value: string | null;
  /** Who may be chosen. */
  people: Person[];
  /** Where to find the one chosen if they are no longer among `people` (shown, marked, to be changed). */
  known?: Person[];
  onChange: (personId: string | null) => void;
}

/** Picks one person from a list (mover, seconder…), or nobody. */
export function PersonSelect({ label, value, people, known = [], onChange }: PersonSelectProps) {
  const chosenElsewhere =
    value && !people.some((person) => person.id === value)
      ? known.find((person) => person.id === value)
      : undefined;
  return (
    <label className="inline-label">
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">Not recorded</option>
        {chosenElsewhere ? (
          <option value={chosenElsewhere.id}>
            {formatPersonName(chosenElsewhere)} (does not count for this item)
          </option>
        ) : null}
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {formatPersonName(person)}
          </option>
        ))}
      </select>
    </label>
  );
}
