// One late item: why it is late, the day a supplementary agenda published it, and the chair's
// reason for taking it as urgent.
import { useState } from 'react';
import { formatLongDate } from '../../shared/format';
import type { ItemNotice } from '../../shared/statutory';
import { api } from '../api/client';
import { TextField } from '../components/Field';
import { useAppStore } from '../state/store';

export function LateItem({ item, locked }: { item: ItemNotice; locked: boolean }) {
  const perform = useAppStore((state) => state.perform);
  const [reason, setReason] = useState(item.urgencyReason);
  const [publishedOn, setPublishedOn] = useState(item.publishedOn ?? '');
  const why = item.addedAfterPublication
    ? item.publishedOn
      ? `added after the agenda was published; published on ${formatLongDate(item.publishedOn)}, ${item.clearDays} clear days before the meeting`
      : 'added after the agenda was published'
    : `published with the agenda, ${item.clearDays} clear days before the meeting`;
  return (
    <li data-testid="late-item">
      <p>
        <strong>
          Item {item.number}, {item.title}
        </strong>
        : late ({why}).{' '}
        {item.urgencyReason.trim()
          ? 'The urgency reason is recorded.'
          : 'It needs the chair’s urgency reason.'}
      </p>
      {locked ? (
        <p>{item.urgencyReason}</p>
      ) : (
        <form
          className="stacked-form"
          aria-label={`Urgency of item ${item.number}`}
          onSubmit={(event) => {
            event.preventDefault();
            void perform(
              () =>
                api.call('publication.setItem', {
                  itemId: item.itemId,
                  urgencyReason: reason,
                  ...(item.addedAfterPublication ? { publishedOn: publishedOn || null } : {}),
                }),
              `Urgency of item ${item.number} saved.`,
            );
          }}
        >
          {item.addedAfterPublication ? (
            <TextField
              label={`Published on a supplementary agenda (item ${item.number})`}
              type="date"
              value={publishedOn}
              hint="Leave empty if it was tabled at the meeting."
              onChange={setPublishedOn}
            />
          ) : null}
          <TextField
            label={`Reason for urgency (item ${item.number})`}
            value={reason}
            multiline
            hint="The special circumstances for which the chair agreed to take the item, e.g. the grant must be accepted before 31 March."
            onChange={setReason}
          />
          <div className="form-actions">
            <button type="submit">Save urgency of item {item.number}</button>
          </div>
        </form>
      )}
    </li>
  );
}
