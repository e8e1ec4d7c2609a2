import { useItemAttendance } from '../attendance/LiveAttendance';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { clauseStyles, noVote, type ClauseStyle, type Decision } from '../../shared/decisions';
import type { Person } from '../../shared/domain';
import { inSurnameOrder } from '../../shared/names';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useAppStore } from '../state/store';
import { Lockable } from '../record/RecordLock';
import { DecisionEditor, type DecisionEditorHandle } from './DecisionEditor';

/** What the item screen's quick keys ask of the decisions. */
export interface DecisionsHandle {
  addDecision: () => void;
  /** Alt+C outside any decision: a clause on the last decision (a new decision when there is none). */
  addClauseToLast: () => void;
}

interface DecisionsPanelProps {
  itemId: string;
  committeeId: string;
  /** Approved minutes: shown, not editable. */
  locked?: boolean;
  ref?: Ref<DecisionsHandle>;
}

export function DecisionsPanel({ itemId, committeeId, locked = false, ref }: DecisionsPanelProps) {
  const [decisions, setDecisions] = useState<Decision[] | null>(null);
  const [members, setMembers] = useState<Person[]>([]);
  // With the register started, the meeting's own voting members (substitutes included).
  const attendance = useItemAttendance();
  const [deleting, setDeleting] = useState<Decision | null>(null);
  const perform = useAppStore((state) => state.perform);
  // Each decision created in this window, until the server has it: its saves wait for it.
  const creations = useRef(new Map<string, Promise<unknown>>());
  const editors = useRef(new Map<string, DecisionEditorHandle>());
  const latest = useRef<Decision[]>([]);
  useEffect(() => {
    latest.current = decisions ?? [];
  }, [decisions]);

  useEffect(() => {
    let current = true;
    void Promise.all([
      api.call('decisions.list', { itemId }),
      api.call('committees.get', { id: committeeId }),
      api.call('houseStyle.get', {}),
    ]).then(([loaded, committee, house]) => {
      if (!current) return;
      clauseStyle.current = house.style.clauseStyle;
      setDecisions(loaded);
      setMembers(committee.members.map((membership) => membership.person));
    });
    return () => {
      current = false;
    };
  }, [itemId, committeeId]);

  /**
   * The decision appears and takes focus at once, in the same keystroke, so that what is typed next
   * lands in it; the server is told in the background, and the decision's saves wait for that.
   */
  // New decisions are numbered in the council's house style.
  const clauseStyle = useRef<ClauseStyle>(clauseStyles[0]);
  const addDecision = useCallback((): string | undefined => {
    if (!decisions) return undefined;
    const id = crypto.randomUUID();
    const draft: Decision = {
      id,
      itemId,
      number: latest.current.length + 1,
      keyword: 'RESOLVED',
      qualifier: '',
      preamble: '',
      clauseStyle: clauseStyle.current,
      clauses: [],
      moverId: null,
      seconderId: null,
      vote: noVote(),
      publicWording: '',
      reasons: '',
      alternatives: '',
      version: 1,
    };
    const created = api.call('decisions.create', {
      id,
      itemId,
      keyword: draft.keyword,
      clauseStyle: draft.clauseStyle,
    });
    creations.current.set(id, created);
    // Once the server has it, its saves need not wait: they go out in the same task as the change,
    // which matters when the page is going away.
    created.then(
      () => creations.current.delete(id),
      () => undefined,
    );
    void perform(
      () => created,
      (decision) => `Decision ${decision.number} added.`,
    ).then((decision) => {
      if (!decision) setDecisions((current) => current?.filter((d) => d.id !== id) ?? null);
    });
    flushSync(() => setDecisions((current) => [...(current ?? []), draft]));
    latest.current = [...latest.current, draft];
    editors.current.get(id)?.focusFirstField();
    return id;
  }, [decisions, itemId, perform]);

  const addClauseToLast = useCallback(() => {
    const last = latest.current.at(-1)?.id ?? addDecision();
    if (last) editors.current.get(last)?.addClause();
  }, [addDecision]);

  // A quick key pressed while the item's decisions are still loading is kept, and acted on once they
  // are here, rather than dropped.
  const pending = useRef<('decision' | 'clause')[]>([]);
  useEffect(() => {
    if (!decisions || pending.current.length === 0) return;
    const queued = pending.current;
    pending.current = [];
    // Outside the effect, so each addition can render and take focus at once (flushSync).
    setTimeout(() => {
      for (const what of queued) {
        if (what === 'decision') addDecision();
        else addClauseToLast();
      }
    });
  }, [decisions, addDecision, addClauseToLast]);

  useImperativeHandle(
    ref,
    () => ({
      addDecision: () => {
        if (decisions) addDecision();
        else pending.current.push('decision');
      },
      addClauseToLast: () => {
        if (decisions) addClauseToLast();
        else pending.current.push('clause');
      },
    }),
    [decisions, addDecision, addClauseToLast],
  );

  if (!decisions) return null;
  return (
    <section aria-labelledby="decisions-heading" className="decisions">
      <h2 id="decisions-heading">Decisions</h2>
      {decisions.length === 0 ? <p>No decisions on this item yet.</p> : null}
      <Lockable locked={locked}>
        {decisions.map((decision) => (
          <DecisionEditor
            key={decision.id}
            ref={(handle) => {
              if (handle) editors.current.set(decision.id, handle);
              else editors.current.delete(decision.id);
            }}
            decision={decision}
            members={inSurnameOrder(attendance?.votingPeople ?? members)}
            whenCreated={() => creations.current.get(decision.id)}
            onDelete={() => setDeleting(decision)}
            locked={locked}
          />
        ))}
        <button type="button" aria-keyshortcuts="Alt+D" onClick={() => addDecision()}>
          New decision (Alt+D)
        </button>
      </Lockable>
      {deleting ? (
        <ConfirmDialog
          title={`Delete decision ${deleting.number}?`}
          message="The decision, its clauses and its vote will be removed from this item’s minutes."
          confirmLabel="Delete decision"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const decision = deleting;
            setDeleting(null);
            void perform(
              () => api.call('decisions.delete', { id: decision.id }),
              `Decision ${decision.number} deleted.`,
            ).then((deleted) => deleted && void api.call('decisions.list', { itemId }).then(setDecisions));
          }}
        />
      ) : null}
    </section>
  );
}
