// A meeting's minutes or agenda as the Word document reads: the same record, wording and numbering
// (the page draws the model the Word file is written from), kept up to date as minutes are saved in
// any window, in the public edition (made in the main process, holding of an exempt item only what
// the public document holds) or the confidential one; and saved as Word from here.
import { useState } from 'react';
import type { Edition } from '../../shared/meetingRecord';
import { formatClockTime, formatLongDate } from '../../shared/format';
import { CheckboxField } from '../components/Field';
import { ViewHeading } from '../components/ViewHeading';
import { href, navigate, type PreviewKind } from '../state/route';
import { useAppStore } from '../state/store';
import { DocumentPage } from './DocumentPage';
import { usePreview } from './usePreview';
import { useSaveWithWarnings } from './useSaveWithWarnings';

const kinds: { value: PreviewKind; label: string }[] = [
  { value: 'minutes', label: 'Minutes' },
  { value: 'agenda', label: 'Agenda' },
];
const editionsShown: { value: Edition; label: string }[] = [
  { value: 'public', label: 'Public' },
  { value: 'confidential', label: 'Confidential' },
];

function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function DocumentView({
  meetingId,
  kind,
  edition,
}: {
  meetingId: string;
  kind: PreviewKind;
  edition: Edition;
}) {
  const detail = useAppStore((state) => state.meeting);
  const [current, setCurrent] = useState(false);
  const everApproved = (detail?.approvals.length ?? 0) > 0;
  const version = everApproved && current ? 'current' : 'approved';
  const { model, shownAt, error } = usePreview({ meetingId, kind, edition, version });
  const { save, dialog } = useSaveWithWarnings();
  if (!detail || detail.meeting.id !== meetingId) return null;
  const { meeting, committee } = detail;
  const exempt = detail.items.filter((item) => item.exempt).length;
  const what = kind === 'minutes' ? 'Minutes' : 'Agenda';
  const label = `${what} (${edition}) as the Word document reads`;
  return (
    <section className="document-view">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href({ screen: 'committee', id: committee.id })}>{committee.name}</a> ›{' '}
        <a href={href({ screen: 'meeting', id: meeting.id })}>{formatLongDate(meeting.date)}</a>
      </nav>
      <ViewHeading focusKey={`document-${meetingId}`}>
        {what} of {committee.name}, {formatLongDate(meeting.date)}
      </ViewHeading>
      <p className="hint">
        As the Word document reads, paragraph by paragraph. It follows what is saved, here or in another
        window, within a few seconds.{' '}
        {exempt
          ? `The public version shows of the ${exempt === 1 ? 'exempt item' : `${exempt} exempt items`} only what the public document holds.`
          : 'No item is exempt.'}
      </p>
      <div className="document-controls">
        <Choice
          legend="Document"
          name="document-kind"
          value={kind}
          options={kinds}
          onChange={(next) => navigate({ screen: 'document', id: meetingId, kind: next, edition })}
        />
        <Choice
          legend="Version"
          name="document-edition"
          value={edition}
          options={editionsShown}
          onChange={(next) => navigate({ screen: 'document', id: meetingId, kind, edition: next })}
        />
        {everApproved ? (
          <CheckboxField
            label="The current version, with changes since approval"
            checked={current}
            onChange={setCurrent}
          />
        ) : null}
        <button type="button" onClick={() => save({ meetingId, kind, edition, version })}>
          Save as Word ({edition})
        </button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {model ? (
        <>
          <p className="hint" data-testid="preview-shown-at">
            As saved at {shownAt ? formatClockTime(shownAt) : ''}.
          </p>
          <DocumentPage model={model} label={label} />
        </>
      ) : error ? null : (
        <p>Laying out the {what.toLowerCase()}…</p>
      )}
      {dialog}
    </section>
  );
}
