// One officer decision in the register: its heading, and editing it, saving it as Word, deleting it.
import { useState } from 'react';
import type { Person } from '../../shared/domain';
import { capitalise, formatLongDate, formatPersonName } from '../../shared/format';
import type { Edition } from '../../shared/meetingRecord';
import type { OfficerDecisionEntry } from '../../shared/statutory';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useAppStore } from '../state/store';
import { OfficerDecisionForm } from './OfficerDecisionForm';

export function OfficerDecisionRow({
  entry,
  officers,
  onChanged,
  onSave,
}: {
  entry: OfficerDecisionEntry;
  officers: Person[];
  onChanged: () => void;
  onSave: (edition: Edition) => void;
}) {
  const perform = useAppStore((state) => state.perform);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <li aria-label={`Officer decision: ${entry.title}`}>
      <h3>
        {entry.reference ? `${entry.reference}: ` : ''}
        {entry.title}
      </h3>
      <p>
        {capitalise(entry.kind)} decision taken on {formatLongDate(entry.decidedOn)}
        {entry.officer ? ` by ${formatPersonName(entry.officer)}` : ''}.{' '}
        {entry.publishedOn ? `Published on ${formatLongDate(entry.publishedOn)}.` : 'Not yet published.'}
        {entry.exemptParagraph !== null ? ` Exempt (Schedule 12A, paragraph ${entry.exemptParagraph}).` : ''}
      </p>
      {editing ? (
        <OfficerDecisionForm
          officers={officers}
          initial={entry}
          submitLabel="Save officer decision"
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            const saved = await perform(
              () =>
                api.call('officerDecisions.update', { id: entry.id, baseVersion: entry.version, ...draft }),
              'Officer decision saved.',
            );
            if (saved) onChanged();
            return saved !== undefined;
          }}
        />
      ) : (
        <div className="form-actions">
          <button
            type="button"
            onClick={() => setEditing(true)}
            aria-label={`Edit officer decision: ${entry.title}`}
          >
            Edit
          </button>
          <button type="button" onClick={() => onSave('public')} aria-label={`Word (public): ${entry.title}`}>
            Word (public)
          </button>
          <button
            type="button"
            onClick={() => onSave('confidential')}
            aria-label={`Word (confidential): ${entry.title}`}
          >
            Word (confidential)
          </button>
          {entry.publishedOn ? null : (
            <button
              type="button"
              className="danger"
              onClick={() => setDeleting(true)}
              aria-label={`Delete officer decision: ${entry.title}`}
            >
              Delete
            </button>
          )}
        </div>
      )}
      {deleting ? (
        <ConfirmDialog
          title="Delete this officer decision?"
          message={`“${entry.title}” has not been published; it will be removed from the register.`}
          confirmLabel="Delete officer decision"
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            void perform(
              () => api.call('officerDecisions.delete', { id: entry.id }),
              'Officer decision deleted.',
            ).then(onChanged);
          }}
        />
      ) : null}
    </li>
  );
}
