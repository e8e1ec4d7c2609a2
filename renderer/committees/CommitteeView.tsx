import { useState } from 'react';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ViewHeading } from '../components/ViewHeading';
import { href } from '../state/route';
import { nationNames } from '../../shared/calendar/settings';
import { useAppStore } from '../state/store';
import { CommitteeForm } from './CommitteeForm';
import { MeetingsPanel } from './MeetingsPanel';
import { MembersPanel } from './MembersPanel';
import { capitalise } from '../../shared/format';
import { numberedLike } from './numberedLike';

export function CommitteeView() {
  const detail = useAppStore((state) => state.committee);
  const perform = useAppStore((state) => state.perform);
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  if (!detail) return null;
  const { committee } = detail;
  return (
    <section>
      <ViewHeading focusKey={committee.id}>{committee.name}</ViewHeading>
      <p className="summary">
        {capitalise(committee.kind)} · quorum {committee.quorum}
        {committee.defaultVenue ? ` · ${committee.defaultVenue}` : ''} · minutes numbered{' '}
        {numberedLike(committee.numberingScheme)} · {nationNames[committee.nation]} · call-in{' '}
        {committee.callInDays} working days
      </p>
      {committee.kind === 'cabinet' ? (
        <p>
          <a href={href({ screen: 'forward-plan', id: committee.id })}>
            Notice of key decisions (forward plan)
          </a>
        </p>
      ) : null}
      <MeetingsPanel detail={detail} />
      <MembersPanel detail={detail} />
      <section aria-labelledby="committee-details">
        <h2 id="committee-details">Committee details</h2>
        {editing ? (
          <CommitteeForm
            key={committee.id}
            initial={committee}
            submitLabel="Save committee"
            onSubmit={(draft) =>
              void perform(
                () => api.call('committees.update', { id: committee.id, ...draft }),
                'Committee saved.',
              ).then((saved) => saved && setEditing(false))
            }
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div className="form-actions">
            <button type="button" onClick={() => setEditing(true)}>
              Edit committee details
            </button>
            <button type="button" className="danger" onClick={() => setConfirmingDelete(true)}>
              Delete committee
            </button>
          </div>
        )}
      </section>
      {confirmingDelete ? (
        <ConfirmDialog
          title={`Delete ${committee.name}?`}
          message={`This deletes the committee, its membership list and all ${detail.meetings.length} of its meetings with their agendas. People stay in the directory.`}
          confirmLabel="Delete committee"
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => {
            setConfirmingDelete(false);
            void perform(
              () => api.call('committees.delete', { id: committee.id }),
              `Committee “${committee.name}” deleted.`,
              { leaveTo: { screen: 'home' } },
            );
          }}
        />
      ) : null}
    </section>
  );
}
