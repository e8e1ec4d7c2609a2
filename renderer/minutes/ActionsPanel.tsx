import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { searchTarget } from '../search/reveal';
import { flushSync } from 'react-dom';
import { actionStatuses, type Action, type ActionStatus } from '../../shared/domain';
import { capitalise } from '../../shared/format';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { PersonSelect } from '../components/PersonSelect';
import { useAppStore } from '../state/store';
import { describeSaveState } from '../saving/Autosaver';
import { useAutosaver } from '../saving/saveStates';

export interface ActionsHandle {
  /** Alt+A: a new action, focused before returning; `text` is what was selected in the minutes. */
  addAction: (text: string) => void;
}

/** Actions arising from the item (seed 003), each saved as it is typed. */
export function ActionsPanel({ itemId, ref }: { itemId: string; ref?: Ref<ActionsHandle> }) {
  const [actions, setActions] = useState<Action[] | null>(null);
  const [deleting, setDeleting] = useState<Action | null>(null);
  const perform = useAppStore((state) => state.perform);
  const creations = useRef(new Map<string, Promise<unknown>>());
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let current = true;
    void api.call('actions.list', { itemId }).then((loaded) => current && setActions(loaded));
    return () => {
      current = false;
    };
  }, [itemId]);

  // Shown and focused in the same keystroke; the server is told in the background and saves wait for it.
  const addAction = useCallback(
    (text: string) => {
      if (!actions) return;
      const action: Action = {
        id: crypto.randomUUID(),
        itemId,
        text,
        ownerId: null,
        dueOn: null,
        status: 'open',
        version: 1,
      };
      const created = api.call('actions.create', { id: action.id, itemId, text });
      creations.current.set(action.id, created);
      // Once the server has it, its saves go out at once (see DecisionsPanel).
      created.then(
        () => creations.current.delete(action.id),
        () => undefined,
      );
      void perform(() => created, 'Action added. Type what is to be done, then choose who does it.').then(
        (saved) => saved ?? setActions((current) => current?.filter((a) => a.id !== action.id) ?? null),
      );
      flushSync(() => setActions((current) => [...(current ?? []), action]));
      list.current?.querySelector<HTMLElement>(`[data-action-id="${action.id}"] textarea`)?.focus();
    },
    [actions, itemId, perform],
  );
  // Alt+A while the actions are still loading is kept and acted on once they are here.
  const pending = useRef<string[]>([]);
  useEffect(() => {
    if (!actions || pending.current.length === 0) return;
    const queued = pending.current;
    pending.current = [];
    setTimeout(() => queued.forEach((text) => addAction(text)));
  }, [actions, addAction]);
  useImperativeHandle(
    ref,
    () => ({
      addAction: (text: string) => {
        if (actions) addAction(text);
        else pending.current.push(text);
      },
    }),
    [actions, addAction],
  );

  if (!actions) return null;
  return (
    <section aria-labelledby={`actions-${itemId}`} className="actions">
      <h2 id={`actions-${itemId}`}>Actions</h2>
      {actions.length === 0 ? <p>No actions on this item yet.</p> : null}
      <ol className="action-list" ref={list}>
        {actions.map((action, index) => (
          <ActionRow
            key={action.id}
            action={action}
            number={index + 1}
            whenCreated={() => creations.current.get(action.id)}
            onDelete={() => setDeleting(action)}
          />
        ))}
      </ol>
      <button type="button" aria-keyshortcuts="Alt+A" onClick={() => addAction('')}>
        New action (Alt+A)
      </button>
      {deleting ? (
        <ConfirmDialog
          title="Delete this action?"
          message={`“${deleting.text || 'Untitled action'}” will be removed from this item.`}
          confirmLabel="Delete action"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const action = deleting;
            setDeleting(null);
            void perform(() => api.call('actions.delete', { id: action.id }), 'Action deleted.').then(
              (deleted) =>
                deleted && setActions((current) => current?.filter((a) => a.id !== action.id) ?? null),
            );
          }}
        />
      ) : null}
    </section>
  );
}

function ActionRow({
  action,
  number,
  whenCreated,
  onDelete,
}: {
  action: Action;
  number: number;
  whenCreated: () => Promise<unknown> | undefined;
  onDelete: () => void;
}) {
  const people = useAppStore((state) => state.people);
  const [draft, setDraft] = useState(action);
  const { change, state } = useAutosaver<Action>(
    `action:${action.id}`,
    action.version,
    async (value, baseVersion) => {
      const creating = whenCreated();
      if (creating) await creating;
      const { id, text, ownerId, dueOn, status } = value;
      return api.call('actions.update', { id, baseVersion, text, ownerId, dueOn, status }, { durable: true });
    },
    // Another window's save of this action: "Saved" is not said beside the older text.
    { shared: { id: `action:${action.id}` } },
  );
  const set = (patch: Partial<Action>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    change(next);
  };
  const name = `action ${number}`;
  return (
    <li
      className="action"
      aria-label={`Action ${number}`}
      data-action-id={action.id}
      data-search-target={searchTarget('action', action.id)}
    >
      <label className="action-text">
        <span className="visually-hidden">What is to be done ({name})</span>
        <textarea
          rows={2}
          value={draft.text}
          placeholder="e.g. The Director to produce and distribute the letter"
          onChange={(event) => set({ text: event.target.value })}
        />
      </label>
      <div className="decision-fields">
        <PersonSelect
          label="Owner"
          value={draft.ownerId}
          people={people}
          onChange={(ownerId) => set({ ownerId })}
        />
        <label className="inline-label">
          Due
          <input
            type="date"
            defaultValue={draft.dueOn ?? ''}
            onChange={(event) => {
              // While a date is half typed the field can hold a five-digit year: only whole dates are saved.
              const value = event.target.value;
              if (value === '' || /^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(value)) set({ dueOn: value || null });
            }}
          />
        </label>
        <label className="inline-label">
          Status
          <select
            value={draft.status}
            onChange={(event) => set({ status: event.target.value as ActionStatus })}
          >
            {actionStatuses.map((status) => (
              <option key={status} value={status}>
                {capitalise(status)}
              </option>
            ))}
          </select>
        </label>
        <span className={`save-indicator save-${state.kind}`}>{describeSaveState(state)}</span>
        <button type="button" className="danger" aria-label={`Delete ${name}`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
