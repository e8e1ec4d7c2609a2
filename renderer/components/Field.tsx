import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'number';
  required?: boolean;
  hint?: string;
  multiline?: boolean;
  autoFocus?: boolean;
  min?: number;
}

export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  required,
  hint,
  multiline,
  autoFocus,
  min,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    required,
    autoFocus,
    'aria-describedby': hint ? hintId : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} min={min} {...common} />}
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({ label, value, options, onChange }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A form's submit button, and Cancel where the form can be left without saving. */
export function FormButtons({
  submitLabel,
  onCancel,
  cancelLabel = 'Cancel',
}: {
  submitLabel: string;
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  return (
    <div className="form-actions">
      <button type="submit">{submitLabel}</button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
    </div>
  );
}

/** Only the named fields: a record passed in as a form's initial value also carries its id and more. */
export function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<T, K>;
}

/** "Committee" as a filter: all committees, or one of them (the search box, the decisions register). */
export function CommitteeFilterField({
  committees,
  value,
  onChange,
}: {
  committees: readonly { id: string; name: string }[];
  value: string;
  onChange: (committeeId: string) => void;
}) {
  return (
    <SelectField
      label="Committee"
      value={value}
      options={[
        { value: '', label: 'All committees' },
        ...committees.map((committee) => ({ value: committee.id, label: committee.name })),
      ]}
      onChange={onChange}
    />
  );
}
