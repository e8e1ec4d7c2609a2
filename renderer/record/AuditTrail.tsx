// The audit trail of a meeting or of one item: each change after the meeting's end with its text
// before and after, and each approval and reopening with its reason. Newest first. On the meeting's
// page each entry names the item it changed. Before the meeting has ended there is nothing to show.
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../shared/domain';
import { capitalise, formatMoment } from '../../shared/format';
import { api } from '../api/client';

const when = (iso: string) => formatMoment(iso);

const subjectNames: Record<AuditEntry['subject'], string> = {
  minutes: 'Minutes',
  decisions: 'Decisions',
  people: 'People at the item',
  report: 'Report',
  item: 'Item details',
  agenda: 'Agenda',
  attendance: 'Attendance and declarations',
  meeting: 'Meeting details',
  record: 'The record',
  kept: 'Typed minutes kept',
};

/** "Minutes changed", or on the meeting's page "Minutes of 4/26 Budget changed". */
function heading(entry: AuditEntry, items: { id: string; name: string }[] | undefined): string {
  if (entry.change !== 'changed') {
    return capitalise(entry.change === 'approved' ? 'minutes approved' : 'minutes reopened');
  }
  const subject = subjectNames[entry.subject];
  // Typed minutes kept apart from the record (or discarded): no part of the record changed.
  const changed = entry.subject === 'kept' ? '' : ' changed';
  if (!items || !entry.itemId) return `${subject}${changed}`;
  const item = items.find((candidate) => candidate.id === entry.itemId);
  if (entry.subject === 'agenda') return `Agenda changed: ${item ? item.name : 'an item since removed'}`;
  if (entry.subject === 'kept') return `Typed minutes of ${item ? item.name : 'an item since removed'} kept`;
  return `${subject} of ${item ? item.name : 'an item since removed'} changed`;
}

export function AuditTrail({
  meetingId,
  itemId,
  refreshKey,
  ended = true,
  items,
}: {
  meetingId: string;
  itemId?: string;
  /** Changes when the trail may have grown (a save, an approval). */
  refreshKey?: unknown;
  /** Whether the meeting has ended: before then changes are not recorded, and nothing is shown. */
  ended?: boolean;
  /** On the meeting's page: the agenda, so that each entry can say which item it changed. */
  items?: { id: string; name: string }[];
}) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api.call('audit.list', { meetingId, ...(itemId ? { itemId } : {}) }).then(
      (list) => current && setEntries(list),
      (failure: unknown) => current && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      current = false;
    };
  }, [meetingId, itemId, refreshKey]);

  if (!ended && !error && (entries === null || entries.length === 0)) return null;
  return (
    <section aria-labelledby="audit-heading" className="audit-trail">
      <h2 id="audit-heading">Changes after the meeting</h2>
      {error ? <p role="alert">{error}</p> : null}
      {entries === null ? null : entries.length === 0 ? (
        <p>No changes recorded since the meeting ended.</p>
      ) : (
        <ol className="audit-entries">
          {entries.map((entry) => (
            <li key={entry.seq}>
              <h3>
                {heading(entry, items)}, {when(entry.at)}
              </h3>
              {entry.reason ? <p>Reason: {entry.reason}</p> : null}
              {entry.change === 'changed' && entry.subject !== 'kept' ? (
                <Diff before={entry.before ?? ''} after={entry.after ?? ''} />
              ) : (
                <p>{entry.after}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Longer than this (about two pages each), the texts before and after are shown when asked for. */
const LONG_DIFF_CHARS = 12_000;

/**
 * The part's text before and after. A long one (the whole minutes of a long item) starts folded:
 * laid out on the item's screen, 200 pages of it below the editor slowed every keystroke.
 */
function Diff({ before, after }: { before: string; after: string }) {
  const diff = (
    <div className="audit-diff">
      <div>
        <h4>Before</h4>
        <pre aria-label="Before">{before || '(empty)'}</pre>
      </div>
      <div>
        <h4>After</h4>
        <pre aria-label="After">{after || '(empty)'}</pre>
      </div>
    </div>
  );
  const length = before.length + after.length;
  if (length <= LONG_DIFF_CHARS) return diff;
  return (
    <details className="audit-long">
      <summary>Show the text before and after ({length.toLocaleString('en-GB')} characters)</summary>
      {diff}
    </details>
  );
}
