// Decision notices of an executive meeting: each decision, built from what the minutes hold, with
// the day its notice is published, its call-in deadline and effective date, call-ins and their
// outcomes, and the notice as Word.
import { useCallback, useEffect, useState } from 'react';
import { formatLongDate } from '../../shared/format';
import type { DecisionNotices } from '../../shared/statutory';
import { api } from '../api/client';
import { saveStatutoryDocument, type StatutoryExportRequest } from '../api/saveDocument';
import { ViewHeading } from '../components/ViewHeading';
import { href } from '../state/route';
import { useAppStore } from '../state/store';
import { NoticeEntry } from './NoticeEntry';

export function DecisionNoticesView() {
  const detail = useAppStore((state) => state.meeting);
  const perform = useAppStore((state) => state.perform);
  const announce = useAppStore((state) => state.announce);
  const [notices, setNotices] = useState<DecisionNotices | null>(null);
  const meetingId = detail?.meeting.id;
  const reload = useCallback(() => {
    if (meetingId) void api.call('decisionNotices.list', { meetingId }).then(setNotices);
  }, [meetingId]);
  useEffect(reload, [reload]);
  if (!detail) return null;
  const { meeting, committee } = detail;
  const save = (request: StatutoryExportRequest) =>
    void perform(
      () => saveStatutoryDocument(request),
      (message) => message ?? 'Not saved.',
    ).then((message) => message === null && announce('Not saved.'));
  return (
    <section className="notices">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href({ screen: 'committee', id: committee.id })}>{committee.name}</a> ›{' '}
        <a href={href({ screen: 'meeting', id: meeting.id })}>{formatLongDate(meeting.date)}</a>
      </nav>
      <ViewHeading focusKey={`notices-${meeting.id}`}>
        Decision notices: {committee.name}, {formatLongDate(meeting.date)}
      </ViewHeading>
      <p className="hint">
        Each notice is made from the decision as the minutes record it, with its reasons and the alternatives
        rejected (typed with the decision) and the interests declared at the item. Call-in runs for{' '}
        {committee.callInDays} working days after the day a notice is published, until 5.00 pm; the decision
        takes effect the next working day unless called in.
      </p>
      {notices === null ? <p>Opening the decisions…</p> : null}
      {notices && notices.entries.length === 0 ? (
        <p>No decisions have been recorded at this meeting yet.</p>
      ) : null}
      {notices && notices.entries.length > 0 ? (
        <>
          <div className="button-row">
            <button
              type="button"
              onClick={() => save({ kind: 'decision notice', meetingId: meeting.id, edition: 'public' })}
            >
              All decision notices (public)
            </button>
            <button
              type="button"
              onClick={() =>
                save({ kind: 'decision notice', meetingId: meeting.id, edition: 'confidential' })
              }
            >
              All decision notices (confidential)
            </button>
          </div>
          <ul className="notice-list">
            {notices.entries.map((entry) => (
              <NoticeEntry
                key={`${entry.decision.id}-${JSON.stringify(entry.notice)}`}
                entry={entry}
                onChanged={(next) => (next ? setNotices(next) : reload())}
                onSave={(edition) =>
                  save({
                    kind: 'decision notice',
                    meetingId: meeting.id,
                    decisionId: entry.decision.id,
                    edition,
                  })
                }
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
