import { moverSeconderProblems, voteAttendanceProblems } from '../../shared/attendance';
import { searchTarget } from '../search/reveal';
import { useItemAttendance } from '../attendance/LiveAttendance';
import { useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { flushSync } from 'react-dom';
import {
  clauseLabel,
  clauseStyles,
  decisionKeywords,
  voteChoices,
  voteKinds,
  voteResult,
  type Clause,
  type Decision,
  type Vote,
} from '../../shared/decisions';
import type { Person } from '../../shared/domain';
import { capitalise, formatPersonName } from '../../shared/format';
import { emptyDoc } from '../../shared/richText';
import { api } from '../api/client';
import { useAppStore } from '../state/store';
import { PersonSelect } from '../components/PersonSelect';
import { describeSaveState } from '../saving/Autosaver';
import { RichTextEditor } from '../components/RichTextEditor';
import { useAutosaver } from '../saving/saveStates';
import { DecisionReasons } from './DecisionReasons';

interface DecisionEditorProps {
  decision: Decision;
  members: Person[];
  /** While the server is still creating this decision, that request: its saves wait for it. */
  whenCreated: () => Promise<unknown> | undefined;
  onDelete: () => void;
  /** Approved minutes: the clauses are read-only (the panel's fieldset disables the other fields). */
  locked?: boolean;
  ref?: Ref<DecisionEditorHandle>;
}

export interface DecisionEditorHandle {
  focusFirstField: () => void;
  /** Adds a clause and puts the cursor in it before returning, so the next keystroke lands there. */
  addClause: () => void;
}

/** One decision, saved as the officer types (one transaction a save, clauses included). */
export function DecisionEditor({
  decision,
  members,
  whenCreated,
  onDelete,
  locked = false,
  ref,
}: DecisionEditorProps) {
  const [draft, setDraft] = useState(decision);
  const exempt = useAppStore(
    (state) => state.meeting?.items.find((item) => item.id === decision.itemId)?.exempt === true,
  );
  const executive = useAppStore((state) => state.meeting?.committee.kind === 'cabinet');
  // Editors' callbacks outlive renders: they change the latest draft, never a stale one.
  const latest = useRef(decision);
  const { change: save, state: saveState } = useAutosaver<Decision>(
    `decision:${decision.id}`,
    decision.version,
    async (value, baseVersion) => {
      // Only wait when the decision is still being created: otherwise the request goes out at once
      // (in the same task), which matters when the page is going away.
      const creating = whenCreated();
      if (creating) await creating;
      // Everything the officer edits; the id, position and version are the server's to keep.
      const { itemId, number, version, ...fields } = value;
      const saved = await api.call('decisions.update', { ...fields, baseVersion }, { durable: true });
      return { version: saved.version };
    },
    // Another window's save of this decision: "Saved" is not said beside the older text.
    { shared: { id: `decision:${decision.id}` } },
  );

  const change = (update: (current: Decision) => Decision) => {
    const next = update(latest.current);
    latest.current = next;
    setDraft(next);
    save(next);
  };
  const setClauses = (update: (clauses: Clause[]) => Clause[]) =>
    change((current) => ({ ...current, clauses: update(current.clauses) }));
  const setVote = (patch: Partial<Vote>) =>
    change((current) => ({ ...current, vote: { ...current.vote, ...patch } }));
  const section = useRef<HTMLElement>(null);
  const addClause = () => {
    const clause: Clause = { id: crypto.randomUUID(), groupHeading: '', doc: emptyDoc() };
    flushSync(() => setClauses((clauses) => [...clauses, clause]));
    section.current?.querySelector<HTMLElement>(`[data-clause-id="${clause.id}"] .ProseMirror`)?.focus();
  };
  useImperativeHandle(ref, () => ({
    focusFirstField: () => section.current?.querySelector<HTMLElement>('select')?.focus(),
    addClause,
  }));
  const moveClause = (index: number, by: number) =>
    setClauses((clauses) => {
      const next = [...clauses];
      const [moved] = next.splice(index, 1);
      next.splice(index + by, 0, moved!);
      return next;
    });

  // Alt+C: a new clause, from anywhere in this decision.
  const onKeyDown = (event: KeyboardEvent) => {
    if (locked) return;
    if (event.altKey && !event.ctrlKey && event.key.toLowerCase() === 'c') {
      event.preventDefault();
      addClause();
    }
  };

  const result = voteResult(draft);
  // The vote checked against who counts for this item (absent, arrived late, withdrew…).
  const attendance = useItemAttendance();
  const problems = [
    ...result.problems,
    ...(attendance ? voteAttendanceProblems(draft.vote, attendance.count, attendance.nameOf) : []),
  ];
  // Only members who count for this item (present, in the room, not withdrawn) can move, second or vote.
  const eligible = attendance
    ? members.filter((member) => attendance.count.counting.includes(member.id))
    : members;
  // Anyone already recorded as voting who does not count stays listed, so the vote can be put right.
  const voters = members.filter(
    (member) => eligible.includes(member) || draft.vote.recorded.some((vote) => vote.personId === member.id),
  );
  const recordVote = (personId: string, choice: VoteChoice | '') =>
    setVote({
      recorded: [
        ...draft.vote.recorded.filter((vote) => vote.personId !== personId),
        ...(choice ? [{ personId, vote: choice }] : []),
      ],
    });
  const movingProblems = attendance ? moverSeconderProblems(draft, attendance.count, attendance.nameOf) : [];
  const label = `Decision ${draft.number}`;
  return (
    <section
      className="decision"
      aria-label={label}
      onKeyDown={onKeyDown}
      ref={section}
      data-search-target={searchTarget('decision', decision.id)}
    >
      <div className="decision-head">
        <h3>{label}</h3>
        <p className={`save-indicator save-${saveState.kind}`} role="status" aria-live="polite">
          {describeSaveState(saveState)}
        </p>
      </div>
      <div className="decision-fields">
        <label className="inline-label">
          Keyword
          <select
            value={draft.keyword}
            onChange={(event) =>
              change((d) => ({ ...d, keyword: event.target.value as Decision['keyword'] }))
            }
          >
            {decisionKeywords.map((keyword) => (
              <option key={keyword}>{keyword}</option>
            ))}
          </select>
        </label>
        <label className="inline-label">
          Qualifier
          <input
            value={draft.qualifier}
            placeholder="unanimously"
            onChange={(event) => change((d) => ({ ...d, qualifier: event.target.value }))}
          />
        </label>
        <label className="inline-label">
          Preamble
          <input
            value={draft.preamble}
            placeholder="That"
            onChange={(event) => change((d) => ({ ...d, preamble: event.target.value }))}
          />
        </label>
        <label className="inline-label">
          Clause numbering
          <select
            value={draft.clauseStyle}
            onChange={(event) =>
              change((d) => ({ ...d, clauseStyle: event.target.value as Decision['clauseStyle'] }))
            }
          >
            {clauseStyles.map((style) => (
              <option key={style}>{style}</option>
            ))}
          </select>
        </label>
      </div>
      {exempt ? (
        <label className="block-label">
          Publishable wording (the only part of this exempt item’s decision the public minutes give)
          <textarea
            rows={2}
            value={draft.publicWording}
            placeholder="RESOLVED that the recommendations in the exempt report be approved."
            onChange={(event) => change((d) => ({ ...d, publicWording: event.target.value }))}
          />
        </label>
      ) : null}
      {executive || draft.reasons || draft.alternatives ? (
        <DecisionReasons
          label={label.toLowerCase()}
          reasons={draft.reasons}
          alternatives={draft.alternatives}
          onChange={(patch) => change((d) => ({ ...d, ...patch }))}
        />
      ) : null}

      <ol className="clauses" aria-label={`Clauses of ${label.toLowerCase()}`}>
        {draft.clauses.map((clause, index) => {
          // Named by position even when a lone clause shows no number, so each control says which clause it is.
          const clauseName = `clause ${clauseLabel(draft.clauseStyle, index)}`;
          return (
            <li
              key={clause.id}
              className="clause"
              data-clause-id={clause.id}
              data-search-target={searchTarget('clause', clause.id)}
            >
              <input
                className="group-heading"
                aria-label={`Group heading above ${clauseName}`}
                placeholder="Group heading (optional)"
                value={clause.groupHeading}
                onChange={(event) =>
                  setClauses((clauses) =>
                    clauses.map((c) => (c.id === clause.id ? { ...c, groupHeading: event.target.value } : c)),
                  )
                }
              />
              <div className="clause-row">
                <span className="clause-label" aria-hidden="true">
                  {clauseLabel(draft.clauseStyle, index, draft.clauses.length)}
                </span>
                <RichTextEditor
                  compact
                  label={`${capitalise(clauseName)} of ${label.toLowerCase()}`}
                  initial={clause.doc}
                  readOnly={locked}
                  onChange={(read) => {
                    const doc = read();
                    setClauses((clauses) => clauses.map((c) => (c.id === clause.id ? { ...c, doc } : c)));
                  }}
                />
                <div className="row-actions">
                  <button
                    type="button"
                    aria-label={`Move ${clauseName} up`}
                    aria-disabled={index === 0}
                    onClick={() => index > 0 && moveClause(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${clauseName} down`}
                    aria-disabled={index === draft.clauses.length - 1}
                    onClick={() => index < draft.clauses.length - 1 && moveClause(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Delete ${clauseName}`}
                    onClick={() => setClauses((clauses) => clauses.filter((c) => c.id !== clause.id))}
                  >
                    Delete
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" aria-keyshortcuts="Alt+C" onClick={addClause}>
        Add clause (Alt+C)
      </button>

      <div className="decision-fields">
        <PersonSelect
          label="Moved by"
          value={draft.moverId}
          people={eligible}
          known={members}
          onChange={(moverId) => change((d) => ({ ...d, moverId }))}
        />
        <PersonSelect
          label="Seconded by"
          value={draft.seconderId}
          people={eligible}
          known={members}
          onChange={(seconderId) => change((d) => ({ ...d, seconderId }))}
        />
      </div>
      {movingProblems.length > 0 ? (
        <ul className="problems" aria-label="Check the mover and seconder">
          {movingProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}

      <fieldset className="vote">
        <legend>Vote</legend>
        <label className="inline-label">
          How
          <select
            value={draft.vote.kind}
            onChange={(event) => setVote({ kind: event.target.value as Vote['kind'] })}
          >
            {voteKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kind === 'none' ? 'No vote recorded' : capitalise(kind)}
              </option>
            ))}
          </select>
        </label>
        {draft.vote.kind === 'show of hands'
          ? (['for', 'against', 'abstain'] as const).map((choice) => (
              <label key={choice} className="inline-label">
                {choice === 'abstain' ? 'Abstentions' : `Votes ${choice}`}
                <input
                  type="number"
                  min={0}
                  value={draft.vote[choice]}
                  onChange={(event) =>
                    setVote({ [choice]: Math.max(0, Math.floor(Number(event.target.value) || 0)) })
                  }
                />
              </label>
            ))
          : null}
        {draft.vote.kind === 'recorded'
          ? voters.map((member) => (
              <RecordedVote
                key={member.id}
                member={member}
                vote={draft.vote.recorded.find((vote) => vote.personId === member.id)?.vote ?? ''}
                onChange={(choice) => recordVote(member.id, choice)}
              />
            ))
          : null}
        {/* The chair's casting vote is for a tie only; one already recorded stays, so it can be cleared. */}
        {draft.vote.kind !== 'none' &&
        ((result.for === result.against && result.for > 0) || draft.vote.castingVote) ? (
          <label className="inline-label">
            Chair’s casting vote
            <select
              value={draft.vote.castingVote ?? ''}
              onChange={(event) =>
                setVote({ castingVote: (event.target.value || null) as Vote['castingVote'] })
              }
            >
              <option value="">None</option>
              <option value="for">For</option>
              <option value="against">Against</option>
            </select>
          </label>
        ) : null}
        <p className="outcome" aria-live="polite">
          {result.outcome === 'not voted'
            ? 'No vote recorded.'
            : `${capitalise(result.outcome)}: ${result.for} for, ${result.against} against, ${result.abstain} abstaining.`}
        </p>
        {problems.length > 0 && result.outcome !== 'not voted' ? (
          <ul className="problems" aria-label="Check the vote">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <button type="button" className="danger" onClick={onDelete}>
        Delete {label.toLowerCase()}
      </button>
    </section>
  );
}

type VoteChoice = (typeof voteChoices)[number];

/** One member's named vote in a recorded vote. */
function RecordedVote({
  member,
  vote,
  onChange,
}: {
  member: Person;
  vote: VoteChoice | '';
  onChange: (choice: VoteChoice | '') => void;
}) {
  return (
    <label className="inline-label">
      {formatPersonName(member)}
      <select value={vote} onChange={(event) => onChange(event.target.value as VoteChoice | '')}>
        <option value="">Did not vote</option>
        {voteChoices.map((choice) => (
          <option key={choice} value={choice}>
            {capitalise(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}
