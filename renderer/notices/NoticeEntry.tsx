// One decision's notice: what it says, the day it is published, dispensations, urgency, call-in.
import { useState } from 'react';
import { clauseLabel } from '../../shared/decisions';
import type { Edition } from '../../shared/meetingRecord';
import { plainText } from '../../shared/richText';
import type { DecisionNoticeEntry, DecisionNotices } from '../../shared/statutory';
import { api } from '../api/client';
import { CheckboxField, TextField } from '../components/Field';
import { today } from '../deadlines/today';
import { href } from '../state/route';
import { useAppStore } from '../state/store';
import { CallInPanel } from './CallInPanel';

interface NoticeEntryProps {
  entry: DecisionNoticeEntry;
  /** The notices as they now stand, or undefined to reload them. */
  onChanged: (notices?: DecisionNotices) => void;
  onSave: (edition: Edition) => void;
}

export function NoticeEntry({ entry, onChanged, onSave }: NoticeEntryProps) {
  const perform = useAppStore((state) => state.perform);
  const { decision, notice, status } = entry;
  const [publishedOn, setPublishedOn] = useState(notice?.publishedOn ?? today());
  const [dispensations, setDispensations] = useState(notice?.dispensations ?? '');
  const [exempt, setExempt] = useState(notice?.exemptFromCallIn ?? false);
  const [urgencyReason, setUrgencyReason] = useState(notice?.urgencyReason ?? '');
  const name = `minute ${entry.minuteNumber}, decision ${decision.number}`;
  const wording = [
    [decision.keyword, decision.qualifier && `(${decision.qualifier})`, decision.preamble]
      .filter(Boolean)
      .join(' '),
    ...decision.clauses.map((clause, index) =>
      `${clauseLabel(decision.clauseStyle, index, decision.clauses.length)} ${plainText(clause.doc)}`.trim(),
    ),
  ];
  const saveNotice = (publish: boolean) =>
    void perform(
      () =>
        api.call('decisionNotices.save', {
          decisionId: decision.id,
          publishedOn: publish ? publishedOn : null,
          dispensations,
          exemptFromCallIn: exempt,
          urgencyReason,
        }),
      publish
        ? `Decision notice for ${name} published.`
        : `Decision notice for ${name} saved, not published.`,
    ).then((next) => next && onChanged(next));
  return (
    <li aria-label={`Decision notice for ${name}`}>
      <h2>
        {entry.minuteNumber}. {entry.itemTitle} (decision {decision.number})
      </h2>
      <p>{wording.join(' ')}</p>
      <p className="hint">
        Reasons: {decision.reasons.trim() ? 'given' : 'not yet given'}; alternatives considered and rejected:{' '}
        {decision.alternatives.trim() ? 'given' : 'not yet given'} (
        <a href={href({ screen: 'item', id: entry.itemId })}>type them with the decision</a>).{' '}
        {entry.declarations.length
          ? `Interests declared at the item: ${entry.declarations.map((d) => `${d.name} (${d.category === 'unstated' ? 'kind not stated' : d.category})`).join('; ')}.`
          : 'No interests were declared at the item.'}
      </p>
      <p data-testid="notice-status" className={status.state === 'called in' ? 'warning' : undefined}>
        {status.sentence}
      </p>
      <form
        className="stacked-form"
        aria-label={`Notice of ${name}`}
        onSubmit={(event) => {
          event.preventDefault();
          saveNotice(true);
        }}
      >
        <TextField
          label={`Notice published on (${name})`}
          type="date"
          value={publishedOn}
          onChange={setPublishedOn}
        />
        <TextField
          label={`Dispensations (${name})`}
          value={dispensations}
          multiline
          hint="Any dispensation granted to a member who declared a conflict of interest."
          onChange={setDispensations}
        />
        <CheckboxField
          label={`Urgent: exempt from call-in (${name})`}
          checked={exempt}
          onChange={setExempt}
        />
        {exempt ? (
          <TextField
            label={`Why it is urgent (${name})`}
            value={urgencyReason}
            multiline
            onChange={setUrgencyReason}
          />
        ) : null}
        <div className="form-actions">
          <button type="submit">{notice?.publishedOn ? 'Save published notice' : 'Publish notice'}</button>
          {notice?.publishedOn && notice.callIns.length === 0 ? (
            <button type="button" onClick={() => saveNotice(false)}>
              Mark not published
            </button>
          ) : null}
          <button type="button" onClick={() => onSave('public')} aria-label={`Word (public): ${name}`}>
            Word (public)
          </button>
          <button
            type="button"
            onClick={() => onSave('confidential')}
            aria-label={`Word (confidential): ${name}`}
          >
            Word (confidential)
          </button>
        </div>
      </form>
      {notice?.publishedOn && !notice.exemptFromCallIn ? (
        <CallInPanel entry={entry} name={name} onChanged={() => onChanged()} />
      ) : null}
    </li>
  );
}
