import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { personKinds, type Person, type PersonKind } from '../../shared/domain';
import { formatPersonName, parsePersonLine } from '../../shared/format';
import { api } from '../api/client';
import { useAppStore } from '../state/store';

interface PersonPickerProps {
  /** e.g. "Add someone in attendance". */
  label: string;
  people: Person[];
  /** Already listed: not offered again. */
  exclude: readonly string[];
  /** A person picked from the directory, or just added to it; `capacity` comes from a typed "Name, role" line. */
  onPick: (person: Person, capacity: string) => void;
}

const MAX_SHOWN = 8;
const kindLabels: Record<PersonKind, string> = {
  member: 'Councillor',
  officer: 'Officer',
  external: 'Other',
};

/**
 * Type-ahead over the people directory (a WAI-ARIA combobox). When nobody matches, the last option
 * adds the typed person to the directory without leaving the screen: "Councillor Fiona Venner,
 * Executive Member for …" fills in honorific, name and role from the one line.
 */
export function PersonPicker({ label, people, exclude, onPick }: PersonPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState<Omit<Person, 'id'> | null>(null);
  // After the inline form closes, focus goes back to the picker, ready for the next name.
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus) document.getElementById(`${id}-input`)?.focus();
  }, [refocus, id]);
  const perform = useAppStore((state) => state.perform);

  const query = parsePersonLine(text);
  const needle = query.name.toLowerCase();
  const matches = needle
    ? people
        .filter((person) => !exclude.includes(person.id))
        .filter((person) => `${person.name} ${person.role}`.toLowerCase().includes(needle))
        .slice(0, MAX_SHOWN)
    : [];
  const exact = matches.some((person) => person.name.toLowerCase() === needle);
  const options: ({ kind: 'person'; person: Person } | { kind: 'new' })[] = [
    ...matches.map((person) => ({ kind: 'person' as const, person })),
    ...(needle && !exact ? [{ kind: 'new' as const }] : []),
  ];
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const reset = () => {
    setText('');
    setActive(0);
    setOpen(false);
  };
  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.kind === 'person') {
      onPick(option.person, query.role && query.role !== option.person.role ? query.role : '');
      reset();
    } else {
      setCreating({
        name: query.name,
        honorific: query.honorific,
        role: query.role,
        organisation: '',
        party: '',
        kind: query.honorific === 'Councillor' ? 'member' : 'officer',
      });
      setOpen(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (options.length ? (current + step + options.length) % options.length : 0));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(Math.min(active, options.length - 1));
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    if (!creating) return;
    const input = creating;
    void perform(
      () => api.call('people.create', input),
      (person) => `${formatPersonName(person)} added to the people directory.`,
    ).then((person) => {
      if (!person) return;
      setCreating(null);
      reset();
      onPick(person, '');
      setRefocus((count) => count + 1);
    });
  };

  if (creating) {
    const set = (patch: Partial<Omit<Person, 'id'>>) => setCreating({ ...creating, ...patch });
    return (
      <form className="new-person" aria-label={`New person for: ${label}`} onSubmit={create}>
        <label className="inline-label">
          Title
          <input
            value={creating.honorific}
            placeholder="Councillor"
            onChange={(event) => set({ honorific: event.target.value })}
          />
        </label>
        <label className="inline-label">
          Name
          <input value={creating.name} onChange={(event) => set({ name: event.target.value })} required />
        </label>
        <label className="inline-label new-person-role">
          Role
          <input
            value={creating.role}
            placeholder="Director of Public Health"
            autoFocus
            onChange={(event) => set({ role: event.target.value })}
          />
        </label>
        <label className="inline-label">
          Kind
          <select value={creating.kind} onChange={(event) => set({ kind: event.target.value as PersonKind })}>
            {personKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabels[kind]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add to directory and item</button>
        <button
          type="button"
          onClick={() => {
            setCreating(null);
            setRefocus((count) => count + 1);
          }}
        >
          Cancel
        </button>
      </form>
    );
  }

  return (
    <div className="person-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded ? optionId(Math.min(active, options.length - 1)) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <p className="hint" id={`${id}-hint`}>
        Type a name, then Enter. Someone new can be typed as “Name, role”.
      </p>
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        className="picker-options"
      >
        {options.map((option, index) => (
          <li
            key={option.kind === 'person' ? option.person.id : 'new'}
            id={optionId(index)}
            role="option"
            aria-selected={index === Math.min(active, options.length - 1)}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(index);
            }}
          >
            {option.kind === 'person'
              ? `${formatPersonName(option.person)}${option.person.role ? `, ${option.person.role}` : ''}`
              : `Add “${query.honorific ? `${query.honorific} ` : ''}${query.name}” as a new person…`}
          </li>
        ))}
      </ul>
    </div>
  );
}
