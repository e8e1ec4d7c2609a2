import { useEffect, useRef, useState } from 'react';
import type { ItemUpdate } from '../../shared/domain';
import type { RichDoc } from '../../shared/richText';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useAppStore } from '../state/store';
import { searchTarget } from '../search/reveal';
import { RichTextEditor } from '../components/RichTextEditor';
import { useAutosaver } from '../saving/saveStates';

/** Information added after the meeting (seed 003), shown apart from the minutes proper. */
export function UpdatesPanel({ itemId }: { itemId: string }) {
  const [updates, setUpdates] = useState<ItemUpdate[] | null>(null);
  const [deleting, setDeleting] = useState<ItemUpdate | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const perform = useAppStore((state) => state.perform);
  useEffect(() => {
    let current = true;
    void api.call('updates.list', { itemId }).then((loaded) => current && setUpdates(loaded));
    return () => {
      current = false;
    };
  }, [itemId]);
  if (!updates) return null;
  return (
    <section aria-labelledby={`updates-${itemId}`} className="updates">
      <h2 id={`updates-${itemId}`}>Updates after the meeting</h2>
      <p className="hint">Kept apart from the minutes of the meeting, and published after them.</p>
      {updates.map((update, index) => (
        <UpdateEditor
          key={update.id}
          update={update}
          number={index + 1}
          autoFocus={added === update.id}
          onDelete={() => setDeleting(update)}
        />
      ))}
      <button
        type="button"
        onClick={() =>
          void perform(() => api.call('updates.create', { itemId }), 'Update added.').then((update) => {
            if (!update) return;
            setAdded(update.id);
            setUpdates((current) => [...(current ?? []), update]);
          })
        }
      >
        Add an update after the meeting
      </button>
      {deleting ? (
        <ConfirmDialog
          title="Delete this update?"
          message="The update and its text will be removed from this item."
          confirmLabel="Delete update"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const update = deleting;
            setDeleting(null);
            void perform(() => api.call('updates.delete', { id: update.id }), 'Update deleted.').then(
              (deleted) =>
                deleted && setUpdates((current) => current?.filter((u) => u.id !== update.id) ?? null),
            );
          }}
        />
      ) : null}
    </section>
  );
}

function UpdateEditor({
  update,
  number,
  autoFocus,
  onDelete,
}: {
  update: ItemUpdate;
  number: number;
  autoFocus: boolean;
  onDelete: () => void;
}) {
  const [heading, setHeading] = useState(update.heading);
  // The editor's callback outlives renders: it must change the latest value, never a stale one.
  const latest = useRef<{ heading: string; doc: RichDoc }>({ heading: update.heading, doc: update.doc });
  const { change } = useAutosaver<{ heading: string; doc: RichDoc }>(
    `update:${update.id}`,
    update.version,
    (value, baseVersion) =>
      api.call('updates.update', { id: update.id, baseVersion, ...value }, { durable: true }),
    // Another window's save of this update: "Saved" is not said beside the older text.
    { shared: { id: `update:${update.id}` } },
  );
  return (
    <div
      className="update"
      role="group"
      aria-label={`Update ${number}`}
      data-search-target={searchTarget('update', update.id)}
    >
      <label className="field">
        Heading of update {number}
        <input
          value={heading}
          autoFocus={autoFocus}
          placeholder="Information update from the Director after the meeting"
          onChange={(event) => {
            setHeading(event.target.value);
            latest.current = { ...latest.current, heading: event.target.value };
            change(latest.current);
          }}
        />
      </label>
      <RichTextEditor
        compact
        label={`Text of update ${number}`}
        initial={update.doc}
        onChange={(read) => {
          latest.current = { ...latest.current, doc: read() };
          change(latest.current);
        }}
      />
      <button type="button" className="danger" onClick={onDelete}>
        Delete update {number}
      </button>
    </div>
  );
}
