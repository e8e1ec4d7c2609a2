// Typed minutes a save could not put in the record (another window's change first, or approved
// minutes), kept on the server and offered here when they differ from the minutes as saved: shown
// beside them, used instead (a save over the current version, in the audit trail), or discarded.
// Approved minutes take nothing: their kept text is shown to copy, never applied.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeptMinutes } from '../../shared/domain';
import { formatLongDate, formatTime } from '../../shared/format';
import { plainText, type RichDoc } from '../../shared/richText';
import { api } from '../api/client';

interface Props {
  itemId: string;
  /** The minutes as saved, to show beside the kept text. */
  saved: RichDoc | null;
  approved: boolean;
  /** Uses the kept text instead: resolves once the screen shows the minutes saved from it. */
  use: (kept: KeptMinutes) => Promise<void>;
  /** Asked for by the officer (the current minutes shown once saving stopped): the newest is given the focus. */
  focusFirst?: boolean;
}

export function KeptMinutesNotices({ itemId, saved, approved, use, focusFirst = false }: Props) {
  const [kept, setKept] = useState<KeptMinutes[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api.call('keptMinutes.list', { itemId }).then(
      (found) => current && setKept(found),
      (error: unknown) => current && setProblem(messageOf(error)),
    );
    return () => {
      current = false;
    };
  }, [itemId]);
  // What became of the last one settled: said, and given the focus, so the keyboard keeps its place
  // when the notice goes (it fell to the page before).
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const settle = (one: KeptMinutes, said: string) => {
    setKept((all) => all.filter((other) => other.id !== one.id));
    setDone(said);
  };
  if (kept.length === 0 && !problem && !done) return null;
  return (
    <div className="kept-minutes">
      {problem ? <p role="alert">{problem}</p> : null}
      {done ? (
        <p role="status" tabIndex={-1} ref={doneRef} data-testid="kept-minutes-done">
          {done}
        </p>
      ) : null}
      {kept.map((one, index) => (
        <KeptNotice
          key={one.id}
          focus={focusFirst && index === kept.length - 1}
          kept={one}
          saved={saved}
          approved={approved}
          use={async () => {
            await use(one);
            settle(
              one,
              'The minutes now hold the text that was not saved. The minutes it replaced are in the item’s changes.',
            );
          }}
          discard={async () => {
            await api.call('keptMinutes.discard', { itemId, keptId: one.id });
            settle(one, 'The text that was not saved was discarded.');
          }}
        />
      ))}
    </div>
  );
}

function KeptNotice(props: {
  focus: boolean;
  kept: KeptMinutes;
  saved: RichDoc | null;
  approved: boolean;
  use: () => Promise<void>;
  discard: () => Promise<void>;
}) {
  const { kept, saved, approved } = props;
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Using it replaces the saved minutes, and discarding it cannot be undone: each is asked first.
  const [asking, setAsking] = useState<'use' | 'discard' | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);
  const id = useId();
  const saysRef = useRef<HTMLParagraphElement>(null);
  const { focus } = props;
  useEffect(() => {
    if (focus) saysRef.current?.focus();
  }, [focus]);
  const act = (action: () => Promise<void>) => () => {
    setBusy(true);
    setProblem(null);
    action().catch((error: unknown) => {
      setProblem(messageOf(error));
      setBusy(false);
    });
  };
  const why =
    kept.reason === 'approved' || approved
      ? 'because these minutes had been approved. It is shown here for you to copy: approved minutes can only be changed by reopening them.'
      : 'because the minutes had been changed in a different window first.';
  return (
    <section className="warning kept-notice" aria-labelledby={`${id}-says`} data-testid="kept-minutes">
      <p id={`${id}-says`} tabIndex={-1} ref={saysRef}>
        Text typed in another window {when(kept.keptAt)} was not saved, {why}
      </p>
      <div className="kept-actions">
        <button
          type="button"
          aria-expanded={shown}
          aria-controls={`${id}-texts`}
          aria-describedby={`${id}-says`}
          onClick={() => setShown(!shown)}
        >
          {shown ? 'Hide the text not saved' : 'Show it beside the saved minutes'}
        </button>
        {approved ? null : (
          <button
            type="button"
            disabled={busy}
            aria-describedby={`${id}-says`}
            onClick={() => setAsking('use')}
          >
            Use it instead of the saved minutes
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          aria-describedby={`${id}-says`}
          onClick={() => setAsking('discard')}
        >
          Discard it
        </button>
      </div>
      {asking ? (
        <div className="kept-confirm" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`} tabIndex={-1} ref={questionRef}>
            {asking === 'use'
              ? 'Replace the saved minutes with the text that was not saved? The saved minutes stay in the item’s changes.'
              : 'Discard the text that was not saved? It cannot be brought back.'}
          </p>
          <button type="button" disabled={busy} onClick={act(asking === 'use' ? props.use : props.discard)}>
            {asking === 'use' ? 'Replace the saved minutes' : 'Discard it for good'}
          </button>
          <button type="button" disabled={busy} onClick={() => setAsking(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <div id={`${id}-texts`} className="kept-compare" hidden={!shown}>
        {shown ? (
          <>
            <Texts title="Saved minutes" doc={saved} />
            <Texts title="Text not saved" doc={kept.doc} />
          </>
        ) : null}
      </div>
    </section>
  );
}

function Texts({ title, doc }: { title: string; doc: RichDoc | null }) {
  const lines = doc ? plainText(doc).split('\n') : [];
  return (
    <section aria-label={title} className="kept-text">
      <h3>{title}</h3>
      {lines.length === 0 || (lines.length === 1 && lines[0] === '') ? (
        <p>(nothing saved yet)</p>
      ) : (
        lines.map((line, index) => <p key={index}>{line || '\u00a0'}</p>)
      )}
    </section>
  );
}

/** "at 10.32 am", or "on Tuesday 1 December 2026 at 10.32 am" when not today. */
function when(iso: string): string {
  const at = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  const time = `at ${formatTime(`${pad(at.getHours())}:${pad(at.getMinutes())}`)}`;
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const today = new Date();
  const isToday =
    at.getFullYear() === today.getFullYear() &&
    at.getMonth() === today.getMonth() &&
    at.getDate() === today.getDate();
  return isToday ? time : `on ${formatLongDate(day)} ${time}`;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
