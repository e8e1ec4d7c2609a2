// One entry of the notice of key decisions, with the notice it has had and what to put right.
import { useState } from 'react';
import type { CommitteeDetail } from '../../shared/domain';
import { capitalise, formatLongDate } from '../../shared/format';
import type { KeyDecisionEntry } from '../../shared/statutory';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useAppStore } from '../state/store';
import { KeyDecisionForm } from './KeyDecisionForm';

export function KeyDecisionEntryView({
  detail,
  entry,
  onChanged,
}: {
  detail: CommitteeDetail;
  entry: KeyDecisionEntry;
  onChanged: () => void;
}) {
  const perform = useAppStore((state) => state.perform);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { check } = entry;
  return (
    <li aria-label={`Key decision: ${entry.matter}`}>
      <h3>
        {entry.reference ? `${entry.reference}: ` : ''}
        {entry.matter}
      </h3>
      <p>
        {entry.decisionMaker || 'Decision maker to be confirmed'}, {formatLongDate(entry.decisionDate)}
        {entry.itemLabel ? ` (${entry.itemLabel})` : ''}. {capitalise(entry.status)}.
        {entry.private && entry.exemptParagraph
          ? ` In private (Schedule 12A, paragraph ${entry.exemptParagraph}).`
          : ''}
      </p>
      <p data-testid="key-decision-notice">
        {entry.noticePublishedOn
          ? `First published in the notice on ${formatLongDate(entry.noticePublishedOn)}: ${check.clearDays} clear days before the decision.`
          : check.noticeBy
            ? `Not yet published; for 28 clear days’ notice publish by ${formatLongDate(check.noticeBy)}.`
            : 'Not yet published.'}
        {entry.urgencyRoute !== 'none' ? ` Route: ${entry.urgencyRoute}.` : ''}
        {check.privateReasonsBy
          ? ` Notice of the private meeting, with reasons, by ${formatLongDate(check.privateReasonsBy)}.`
          : ''}
      </p>
      {check.warnings.length ? (
        <ul className="problems" aria-label={`Warnings for ${entry.matter}`}>
          {check.warnings.map((warning) => (
            <li key={warning} data-testid="key-decision-warning">
              {warning}
            </li>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <KeyDecisionForm
          detail={detail}
          initial={entry}
          submitLabel="Save key decision"
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            const saved = await perform(
              () => api.call('keyDecisions.update', { id: entry.id, baseVersion: entry.version, ...draft }),
              'Key decision saved.',
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
            aria-label={`Edit key decision: ${entry.matter}`}
          >
            Edit
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => setDeleting(true)}
            aria-label={`Delete key decision: ${entry.matter}`}
          >
            Delete
          </button>
        </div>
      )}
      {deleting ? (
        <ConfirmDialog
          title="Delete this key decision?"
          message={`“${entry.matter}” will be removed from the notice of key decisions.`}
          confirmLabel="Delete key decision"
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            void perform(
              () => api.call('keyDecisions.delete', { id: entry.id }),
              'Key decision deleted.',
            ).then(onChanged);
          }}
        />
      ) : null}
    </li>
  );
}
