import { useEffect, useRef, useState } from 'react';
import type { AgendaItem } from '../../shared/domain';
import { formatLongDate } from '../../shared/format';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ViewHeading } from '../components/ViewHeading';
import { href } from '../state/route';
import { useAppStore } from '../state/store';
import { type AgendaItemDraft } from '../items/AgendaItemForm';
import { NewItem } from '../items/NewItem';
import { meetingHasEnded } from '../../shared/meetingDates';
import { AgendaItemRow } from '../items/AgendaItemRow';
import { ExportPanel } from './ExportPanel';
import { ApprovalPanel } from '../record/ApprovalPanel';
import { AuditTrail } from '../record/AuditTrail';
import { ApprovedNote, Lockable } from '../record/RecordLock';
import { MeetingDetailsForm } from './MeetingDetailsForm';
import { DeadlinesPanel } from '../deadlines/DeadlinesPanel';
import { useMeetingDeadlines } from '../deadlines/useMeetingDeadlines';

export function MeetingView() {
  const detail = useAppStore((state) => state.meeting);
  const people = useAppStore((state) => state.people);
  const perform = useAppStore((state) => state.perform);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<AgendaItem | 'meeting' | null>(null);
  const focusAfterMove = useRef<{ itemId: string; control: string } | null>(null);
  const items = detail?.items;
  const publication = useMeetingDeadlines(detail?.meeting.id, detail);

  useEffect(() => {
    const pending = focusAfterMove.current;
    if (!pending) return;
    focusAfterMove.current = null;
    document
      .querySelector<HTMLElement>(`[data-item-id="${pending.itemId}"] [data-control="${pending.control}"]`)
      ?.focus();
  }, [items]);

  if (!detail) return null;
  const { meeting, committee } = detail;
  const locked = meeting.status === 'minutes approved';
  const officers = people.filter((person) => person.kind === 'officer');
  const title = `${committee.name}: ${formatLongDate(meeting.date)}`;
  const badgesOf = (item: AgendaItem): string[] => {
    const notice = publication?.items.find((entry) => entry.itemId === item.id);
    return [
      ...(notice?.late
        ? [
            notice.urgencyReason.trim()
              ? 'Late item: taken as urgent'
              : 'Late item: needs the chair’s urgency reason',
          ]
        : []),
      ...(publication?.keyDecisionItems.includes(item.id) ? ['Key decision'] : []),
    ];
  };

  const saveItem = (item: AgendaItem) => async (draft: AgendaItemDraft) => {
    const saved = await perform(
      () => api.call('items.update', { id: item.id, ...draft }),
      `Item ${item.number} saved.`,
    );
    if (saved) setEditingId(null);
    return saved !== undefined;
  };
  const moveItem = (item: AgendaItem) => (toNumber: number, control: string) => {
    focusAfterMove.current = { itemId: item.id, control };
    void perform(
      () => api.call('items.move', { id: item.id, toNumber }),
      `“${item.title}” is now item ${toNumber}.`,
    );
  };

  return (
    <section>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href({ screen: 'committee', id: committee.id })}>{committee.name}</a>
      </nav>
      <ViewHeading focusKey={meeting.id}>{title}</ViewHeading>
      <ApprovedNote onMeetingPage />
      <MeetingDetailsForm key={meeting.id} meeting={meeting} locked={locked} />
      <ExportPanel detail={detail} />

      {publication ? (
        <DeadlinesPanel
          key={`${meeting.id}-${publication.agendaPublishedOn}-${publication.welshNote?.publishedOn}`}
          deadlines={publication}
          locked={locked}
        />
      ) : null}

      <p>
        <a href={href({ screen: 'attendance', id: meeting.id })}>Attendance, declarations and quorum</a>
        {committee.kind === 'cabinet' ? (
          <>
            {' · '}
            <a href={href({ screen: 'notices', id: meeting.id })}>Decision notices and call-in</a>
          </>
        ) : null}
      </p>

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <p className="hint">
          To reorder, use the arrow buttons, or Alt+↑ and Alt+↓ anywhere in an item’s row.
        </p>
        {detail.items.length === 0 ? <p>No items yet.</p> : null}
        <Lockable locked={locked}>
          <ol className="agenda" aria-labelledby="agenda-heading">
            {detail.items.map((item) => (
              <AgendaItemRow
                key={item.id}
                item={item}
                minuteNumber={detail.minuteNumbers[item.id] ?? ''}
                badges={badgesOf(item)}
                count={detail.items.length}
                officers={officers}
                editing={editingId === item.id}
                onEdit={(editing) => setEditingId(editing ? item.id : null)}
                onSave={saveItem(item)}
                onMove={moveItem(item)}
                onDelete={() => setDeleting(item)}
                locked={locked}
              />
            ))}
          </ol>
          {locked ? null : (
            <NewItem
              officers={officers}
              onAdd={async (draft) =>
                (await perform(
                  () => api.call('items.create', { meetingId: meeting.id, ...draft }),
                  (item) => `Item ${item.number} added: ${item.title}.`,
                )) !== undefined
              }
            />
          )}
        </Lockable>
      </section>

      <ApprovalPanel detail={detail} />
      <AuditTrail
        meetingId={meeting.id}
        refreshKey={detail}
        ended={meetingHasEnded(meeting)}
        items={detail.items.map((item) => ({
          id: item.id,
          name: `${detail.minuteNumbers[item.id] ?? item.number} ${item.title}`,
        }))}
      />

      {locked ? null : (
        <>
          <p>
            <a href={href({ screen: 'import', meetingId: meeting.id })}>Import items into this meeting…</a>
          </p>
          <section aria-labelledby="danger-heading">
            <h2 id="danger-heading">Delete this meeting</h2>
            <button type="button" className="danger" onClick={() => setDeleting('meeting')}>
              Delete meeting
            </button>
          </section>
        </>
      )}

      {deleting === 'meeting' ? (
        <ConfirmDialog
          title="Delete this meeting?"
          message={`This deletes the meeting on ${formatLongDate(meeting.date)} and all ${detail.items.length} agenda items.`}
          confirmLabel="Delete meeting"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null);
            void perform(() => api.call('meetings.delete', { id: meeting.id }), 'Meeting deleted.', {
              leaveTo: { screen: 'committee', id: committee.id },
            });
          }}
        />
      ) : deleting ? (
        <ConfirmDialog
          title={`Delete item ${deleting.number}?`}
          message={`“${deleting.title}” will be removed from the agenda, and the items after it renumbered.`}
          confirmLabel="Delete item"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const item = deleting;
            setDeleting(null);
            void perform(() => api.call('items.delete', { id: item.id }), `Item “${item.title}” deleted.`);
          }}
        />
      ) : null}
    </section>
  );
}
