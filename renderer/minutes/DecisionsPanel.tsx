import { useCallback, useEffect, useState } from 'react';
import type { Decision } from '../../shared/decisions';
import type { Person } from '../../shared/domain';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useAppStore } from '../state/store';
import { DecisionEditor } from './DecisionEditor';

interface DecisionsPanelProps {
  itemId: string;
  committeeId: string;
  /** Incremented by the item screen's Alt+D. */
  newDecisionRequests: number;
}

export function DecisionsPanel({ itemId, committeeId, newDecisionRequests }: DecisionsPanelProps) {
  const [decisions, setDecisions] = useState<Decision[] | null>(null);
  const [members, setMembers] = useState<Person[]>([]);
  const [deleting, setDeleting] = useState<Decision | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const perform = useAppStore((state) => state.perform);

  useEffect(() => {
    let current = true;
    void Promise.all([
      api.call('decisions.list', { itemId }),
      api.call('committees.get', { id: committeeId }),
    ]).then(([loaded, committee]) => {
      if (!current) return;
      setDecisions(loaded);
      setMembers(committee.members.map((membership) => membership.person));
    });
    return () => {
      current = false;
    };
  }, [itemId, committeeId]);

  const addDecision = useCallback(() => {
    void perform(
      () => api.call('decisions.create', { itemId, keyword: 'RESOLVED' }),
      (decision) => `Decision ${decision.number} added.`,
    ).then((decision) => {
      if (!decision) return;
      setCreated(decision.id);
      setDecisions((current) => [...(current ?? []), decision]);
    });
  }, [itemId, perform]);

  useEffect(() => {
    if (newDecisionRequests > 0) addDecision();
  }, [newDecisionRequests, addDecision]);

  if (!decisions) return null;
  return (
    <section aria-labelledby="decisions-heading" className="decisions">
      <h2 id="decisions-heading">Decisions</h2>
      {decisions.length === 0 ? <p>No decisions on this item yet.</p> : null}
      {decisions.map((decision) => (
        <DecisionEditor
          key={decision.id}
          decision={decision}
          members={members}
          autoFocus={created === decision.id}
          onDelete={() => setDeleting(decision)}
        />
      ))}
      <button type="button" aria-keyshortcuts="Alt+D" onClick={addDecision}>
        New decision (Alt+D)
      </button>
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
