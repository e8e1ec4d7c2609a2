// Approving a meeting's minutes at a later meeting, and reopening them with a reason.
import { useEffect, useState } from 'react';
import type { Meeting, MeetingDetail } from '../../shared/domain';
import { approvedAt, formatLongDate } from '../../shared/format';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { TextField } from '../components/Field';
import { meetingDayLabel, meetingHasEnded } from '../../shared/meetingDates';
import { useAppStore } from '../state/store';

export function ApprovalPanel({ detail }: { detail: MeetingDetail }) {
  const perform = useAppStore((state) => state.perform);
  const { meeting, committee, approvals } = detail;
  const [later, setLater] = useState<Meeting[]>([]);
  // All the committee's meetings: a day with two is named with each one's time.
  const [all, setAll] = useState<Meeting[]>([]);
  const [approvingId, setApprovingId] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const approved = meeting.status === 'minutes approved';
  const current = approvals.at(-1);

  useEffect(() => {
    let live = true;
    void api.call('committees.get', { id: committee.id }).then((found) => {
      if (!live) return;
      const after = found.meetings
        .filter((other) => other.id !== meeting.id && other.date >= meeting.date)
        .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
      setAll(found.meetings);
      setLater(after);
      setApprovingId((chosen) => chosen || (after[0]?.id ?? ''));
    });
    return () => {
      live = false;
    };
  }, [committee.id, meeting.id, meeting.date]);

  return (
    <section aria-labelledby="approval-heading">
      <h2 id="approval-heading">Approval</h2>
      {approved && current ? (
        <>
          <p className="approved-note">
            These minutes were approved at {approvedAt(current.approvedByLabel, current.approvedOn)}. They are
            the signed record and can no longer be changed.
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void perform(
                () => api.call('meetings.reopen', { id: meeting.id, reason }),
                'Minutes reopened. Changes are recorded in the audit trail; exports still give the approved version unless you ask for the current one.',
              ).then((done) => done && setReason(''));
            }}
          >
            <TextField
              label="Reason for reopening"
              multiline
              required
              value={reason}
              hint="Kept with the approval in the changes after the meeting."
              onChange={setReason}
            />
            <div className="form-actions">
              <button type="submit">Reopen minutes</button>
            </div>
          </form>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setConfirming(true);
          }}
        >
          {current?.reopenedAt ? (
            <p>
              Reopened after approval at {current.approvedByLabel}. Reason: {current.reopenReason}
            </p>
          ) : null}
          {!meetingHasEnded(meeting) ? (
            <p className="hint">
              The minutes of this meeting can be approved at a later meeting once it has been held.
            </p>
          ) : later.length === 0 ? (
            <p className="hint">
              Minutes are approved at a later meeting of the {committee.name}. Add that meeting first.
            </p>
          ) : (
            <>
              <label htmlFor="approving-meeting">Approved at the meeting of</label>
              <select
                id="approving-meeting"
                value={approvingId}
                onChange={(event) => setApprovingId(event.target.value)}
              >
                {later.map((other) => (
                  <option key={other.id} value={other.id}>
                    {meetingDayLabel(other, all)}
                  </option>
                ))}
              </select>
              <button type="submit">Approve minutes</button>
            </>
          )}
        </form>
      )}
      {confirming ? (
        <ConfirmDialog
          title="Approve these minutes?"
          message={`They become the signed record of ${meetingDayLabel(meeting, all)}, approved at the meeting of ${(() => {
            const approving = later.find((other) => other.id === approvingId);
            return approving ? meetingDayLabel(approving, all) : formatLongDate(meeting.date);
          })()}: read-only from then on, in this app and in the data file. To correct them later you will need to reopen them with a reason.`}
          confirmLabel="Approve minutes"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void perform(
              () => api.call('meetings.approve', { id: meeting.id, approvedByMeetingId: approvingId }),
              'Minutes approved. They are now read-only.',
            );
          }}
        />
      ) : null}
    </section>
  );
}
