// The preview's committee: the same choices as the folder's table (committeeChoices), its values
// a committee's id, "new:…" a new one by a name a file gives, or NEW for one the officer types, whose
// name field is shown for any new committee (filled with the name chosen, and free to change).
import type { Committee } from '../../shared/domain';
import type { ImportPreview } from '../../shared/importing';
import { SelectField, TextField } from '../components/Field';
import { committeeChoices, TYPED } from './committeeChoices';

export const NEW = 'new';

interface PreviewCommitteeProps {
  committees: readonly Committee[];
  preview: ImportPreview;
  namedInFolder: readonly string[];
  /** A committee's id, or NEW for a new one called `committeeName`. */
  committeeId: string;
  committeeName: string;
  choose: (committeeId: string, committeeName: string) => void;
}

export function PreviewCommittee({
  committees,
  preview,
  namedInFolder,
  committeeId,
  committeeName,
  choose,
}: PreviewCommitteeProps) {
  const named = preview.structure.meeting?.committee || undefined;
  const options = committeeChoices(committees, named, !!preview.committeeId, namedInFolder).map(
    ({ value, label }) => ({
      value: value === TYPED ? NEW : value.startsWith('id:') ? value.slice(3) : value,
      label,
    }),
  );
  const byName = options.find((option) => option.value === `new:${committeeName}`);
  const value = committeeId !== NEW ? committeeId : byName ? byName.value : NEW;
  return (
    <>
      <SelectField
        label="Committee"
        value={value}
        options={options}
        onChange={(chosen) =>
          chosen.startsWith('new:')
            ? choose(NEW, chosen.slice(4))
            : chosen === NEW
              ? choose(NEW, '')
              : choose(chosen, committeeName)
        }
      />
      {committeeId === NEW ? (
        <TextField
          label="New committee’s name"
          required
          value={committeeName}
          onChange={(name) => choose(NEW, name)}
        />
      ) : null}
    </>
  );
}
