import type { Person } from '../../shared/domain';
import { formatPersonName } from '../../shared/format';

interface PersonSelectProps {
  label: string;
  value: string | null;
  people: Person[];
  onChange: (personId: string | null) => void;
}

/** Picks one person from a list (mover, seconder…), or nobody. */
export function PersonSelect({ label, value, people, onChange }: PersonSelectProps) {
  return (
    <label className="inline-label">
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">Not recorded</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {formatPersonName(person)}
          </option>
        ))}
      </select>
    </label>
  );
}
