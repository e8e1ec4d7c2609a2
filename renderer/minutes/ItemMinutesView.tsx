import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { exemptionLabel, exemptionOf } from '../../shared/exemptBasis';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ItemMinutes, KeptMinutes } from '../../shared/domain';
import type { RichDoc } from '../../shared/richText';
import { formatLongDate, formatTime } from '../../shared/format';
import { emptyDoc } from '../../shared/richText';
import { api } from '../api/client';
import {
  InAndOut,
  ItemAttendanceContext,
  QuorumStatus,
  useItemAttendanceState,
} from '../attendance/LiveAttendance';
import { ViewHeading } from '../components/ViewHeading';
import { ActionsPanel, type ActionsHandle } from './ActionsPanel';
import { DecisionsPanel, type DecisionsHandle } from './DecisionsPanel';
import { ItemPeoplePanel } from './ItemPeoplePanel';
import { RichTextEditor, showNewerText } from '../components/RichTextEditor';
import { SaveIndicator } from '../saving/SaveIndicator';
import { UpdatesPanel } from './UpdatesPanel';
import { minutesKeeper, minutesWriter } from './minutesWriter';
import { KeptMinutesNotices } from './KeptMinutesNotice';
import { AuditTrail } from '../record/AuditTrail';
import { ApprovedNote, Lockable } from '../record/RecordLock';
import {
  announceSave,
  flushAll,
  useAcknowledgedSaves,
  useAutosaver,
  useSaveStates,
  useScreenSaveState,
  type Shared,
} from '../saving/saveStates';
import { SHOW_CURRENT } from '../saving/Autosaver';
import { href, navigate } from '../state/route';
import { useAppStore } from '../state/store';
import { searchTarget } from '../search/reveal';
import { useParagraphReveal } from '../search/useParagraphReveal';
import { SearchButton } from '../search/SearchButton';
import { meetingHasEnded } from '../../shared/meetingDates';

/** Keyed by item in App, so moving to another item starts with fresh state. */
export function ItemMinutesView({ itemId, live = false }: { itemId: string; live?: boolean }) {
  const meeting = useAppStore((state) => state.meeting);
  const item = meeting?.items.find((candidate) => candidate.id === itemId);
  const [minutes, setMinutes] = useState<ItemMinutes | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const decisions = useRef<DecisionsHandle>(null);
  const actions = useRef<ActionsHandle>(null);
  // The editor's document is read when it is written, not at every key, and only what changed since
  // the save before is sent (see minutesWriter). Kept text used instead starts the editor afresh
  // (`round`), from the minutes saved from it; so does showing the current minutes once saving
  // stopped. Another window's newer save, shown in place while nothing is unsent here, starts the
  // writer afresh (its next save is a whole one over that version), not the editor.
  const writer = useRef<ReturnType<typeof minutesWriter> | null>(null);
  writer.current ??= minutesWriter(itemId);
  const writeMinutes = useCallback<ReturnType<typeof minutesWriter>>(
    (read, baseVersion) => writer.current!(read, baseVersion),
    [],
  );
  const [keepMinutes] = useState(() => minutesKeeper(itemId));
  const [round, setRound] = useState(0);
  const saverKey = round === 0 ? `minutes:${itemId}` : `minutes:${itemId}:${round}`;
  const editor = useRef<Editor | null>(null);
  const onEditor = useCallback((current: Editor | null) => void (editor.current = current), []);
  // The minutes as saved, for the kept text's comparison: newer than those the editor opened with
  // once another window's save is shown.
  const [savedDoc, setSavedDoc] = useState<RichDoc | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const shared: Shared = {
    id: `minutes:${itemId}`,
    check: async () => (await api.call('minutes.version', { itemId })).version,
    refresh: async () => {
      const loaded = await api.call('minutes.get', { itemId });
      return {
        version: loaded.version,
        show: () => {
          if (editor.current) showNewerText(editor.current, loaded.doc ?? emptyDoc());
          writer.current = minutesWriter(itemId);
          setSavedDoc(loaded.doc);
          setUpdatedAt(new Date());
        },
      };
    },
    note: 'Changed in another window: showing the newer minutes…',
  };
  const { change: saveMinutes } = useAutosaver<() => ProseMirrorNode>(
    saverKey,
    minutes?.version ?? null,
    writeMinutes,
    { ownState: false, keep: keepMinutes, shared },
  );
  /** The minutes as they stand, in a fresh editor: after kept text is used, or once saving stopped. */
  const reopen = useCallback(async () => {
    const loaded = await api.call('minutes.get', { itemId });
    writer.current = minutesWriter(itemId);
    setMinutes(loaded);
    setSavedDoc(loaded.doc);
    setUpdatedAt(null);
    setRound((before) => before + 1);
    return loaded;
  }, [itemId]);
  const useKept = useCallback(
    async (kept: KeptMinutes) => {
      await flushAll();
      const saved = await api.call('keptMinutes.use', { itemId, keptId: kept.id });
      announceSave(`minutes:${itemId}`, saved.version);
      await reopen();
    },
    [itemId, reopen],
  );
  // Saving stopped (another window's change first) and what was typed is kept: the minutes as they
  // stand are shown, with the kept text offered beside them (the notices read afresh, given the focus).
  const [reread, setReread] = useState(0);
  const showCurrent = useCallback(async () => {
    await flushAll();
    await reopen();
    setReread((before) => before + 1);
  }, [reopen]);
  const onMinutesChange = useCallback(
    (_json: unknown, node: () => ProseMirrorNode) => saveMinutes(node),
    [saveMinutes],
  );
  const revealing = useParagraphReveal('minutes', itemId);
  const attendance = useItemAttendanceState(meeting?.meeting.id, itemId);

  // The minutes are loaded once per item, never by the screen's general refresh,
  // so that nothing reloads the editor under the officer's cursor.
  useEffect(() => {
    let current = true;
    api.call('minutes.get', { itemId }).then(
      (loaded) => current && setMinutes(loaded),
      (error: unknown) => current && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [itemId]);

  if (!meeting || !item) return null;
  const index = meeting.items.indexOf(item);
  const approved = meeting.meeting.status === 'minutes approved';
  const held = meetingHasEnded(meeting.meeting);
  const people = (
    <Lockable locked={approved}>
      <ItemPeoplePanel itemId={item.id} />
    </Lockable>
  );
  const previous = meeting.items[index - 1];
  const next = meeting.items[index + 1];
  return (
    <section className={live ? 'item-minutes meeting-mode' : 'item-minutes'}>
      <QuickKeys
        onKey={(key) => {
          // The panels are on screen from the first render and keep a key pressed before their
          // records have loaded, so nothing typed while the item opens is dropped.
          // Approved minutes take no new decisions or clauses (the panel is disabled too).
          if (key === 'decision' && !approved) decisions.current?.addDecision();
          if (key === 'clause' && !approved) decisions.current?.addClauseToLast();
          if (key === 'action') {
            // Text selected in the minutes becomes the action's text: nothing is typed twice.
            const selected = window.getSelection()?.toString().trim() ?? '';
            actions.current?.addAction(selected.slice(0, 2000));
          }
          if (key === 'next' && next) navigate({ screen: 'item', id: next.id, live }, { asTheOfficer: true });
          if (key === 'previous' && previous)
            navigate({ screen: 'item', id: previous.id, live }, { asTheOfficer: true });
          if (key === 'mode') navigate({ screen: 'item', id: item.id, live: !live }, { asTheOfficer: true });
        }}
      />
      {live ? (
        <div className="meeting-bar">
          <span className="meeting-name">
            {meeting.committee.name}, {formatLongDate(meeting.meeting.date)}
          </span>
          <span className="item-of" data-testid="item-of">
            item {item.number} of {meeting.items.length}
          </span>
          <Clock />
          <SearchButton />
          <a href={href({ screen: 'item', id: item.id })} aria-keyshortcuts="Alt+M">
            Leave meeting mode (Alt+M)
          </a>
        </div>
      ) : (
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <a href={href({ screen: 'committee', id: meeting.committee.id })}>{meeting.committee.name}</a> ›{' '}
          <a href={href({ screen: 'meeting', id: meeting.meeting.id })}>
            {formatLongDate(meeting.meeting.date)}
          </a>{' '}
          ·{' '}
          <a href={href({ screen: 'item', id: item.id, live: true })} aria-keyshortcuts="Alt+M">
            Meeting mode (Alt+M)
          </a>
        </nav>
      )}
      <div className="minutes-header" data-search-target={searchTarget('item-title', item.id)}>
        <ViewHeading focusKey={item.id}>
          <span className="minute-number">{meeting.minuteNumbers[item.id]}</span> {item.title}
        </ViewHeading>
        <ScreenSaveIndicator />
      </div>
      <ShowCurrentMinutes saverKey={saverKey} show={showCurrent} />
      <div className="item-status">
        <QuorumStatus attendance={attendance.value} loading={!attendance.detail && !attendance.error} />
        {live && attendance.detail ? (
          <Lockable locked={approved}>
            <InAndOut detail={attendance.detail} itemId={item.id} change={attendance.change} />
          </Lockable>
        ) : null}
      </div>
      {item.exempt ? (
        <p className="badge badge-exempt">
          Exempt: not for publication ({exemptionLabel(exemptionOf(item)!)}). These minutes stay out of public
          documents.
        </p>
      ) : null}
      {live ? null : (
        <p className="summary">
          Agenda item {item.number}. The minute number is as it will appear in the minutes.
        </p>
      )}
      {item.purpose && !live ? (
        <p className="item-purpose" data-search-target={searchTarget('item-purpose', item.id)}>
          {item.purpose}
        </p>
      ) : null}
      {loadError ? <p role="alert">{loadError}</p> : null}
      <ApprovedNote />
      {minutes ? (
        <KeptMinutesNotices
          key={reread}
          itemId={item.id}
          saved={savedDoc ?? minutes.doc}
          approved={approved}
          use={useKept}
          focusFirst={reread > 0}
        />
      ) : null}
      {minutes && !live ? people : null}
      {/* Said politely, the focus left where it is: the minutes shown are another window's newer save. */}
      <p className="minutes-updated" role="status" aria-live="polite" data-testid="minutes-updated">
        {updatedAt ? `Updated from another window at ${clockTime(updatedAt)}.` : ''}
      </p>
      {minutes ? (
        <div data-search-target={searchTarget('minutes', item.id)}>
          <RichTextEditor
            key={`${item.id}:${round}`}
            label={`Minutes of item ${item.number}, ${item.title}`}
            visibleLabel="Minutes"
            placeholder="Type the minutes of this item: what was presented, the discussion, who said what. Decisions go below."
            initial={minutes.doc ?? emptyDoc()}
            onChange={onMinutesChange}
            readOnly={approved}
            reveal={revealing.path}
            onRevealed={revealing.onRevealed}
            onEditor={onEditor}
          />
        </div>
      ) : loadError ? null : (
        <p>Opening the minutes…</p>
      )}
      {/* In meeting mode the minutes come first, so the editor starts in the top half of a laptop's screen. */}
      {minutes && live ? people : null}
      <ItemAttendanceContext.Provider value={attendance.value}>
        <DecisionsPanel
          ref={decisions}
          itemId={item.id}
          committeeId={meeting.committee.id}
          locked={approved}
        />
      </ItemAttendanceContext.Provider>
      <ActionsPanel ref={actions} itemId={item.id} />
      {minutes && !live ? <UpdatesPanel itemId={item.id} /> : null}
      {live ? null : <ItemAuditTrail meetingId={meeting.meeting.id} itemId={item.id} ended={held} />}
      <nav aria-label="Items" className="item-pager">
        {previous ? (
          <a href={href({ screen: 'item', id: previous.id, live })} aria-keyshortcuts="Alt+PageUp">
            ← {meeting.minuteNumbers[previous.id]} {previous.title}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={href({ screen: 'item', id: next.id, live })} aria-keyshortcuts="Alt+PageDown">
            {meeting.minuteNumbers[next.id]} {next.title} →
          </a>
        ) : null}
      </nav>
      {live ? (
        <p className="quick-keys">
          Alt+D new decision · Alt+C new clause · Alt+A new action · Alt+PageDown next item · Alt+PageUp
          previous item · Alt+M leave meeting mode
        </p>
      ) : null}
    </section>
  );
}

/**
 * The screen's save state, read here rather than by the screen, so that a save (four a second while
 * the officer types) re-renders the indicator alone, not the item's panels around the editor.
 */
function ScreenSaveIndicator() {
  return <SaveIndicator state={useScreenSaveState()} />;
}

/** "10.32 am", as the minutes write a time. */
function clockTime(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return formatTime(`${pad(at.getHours())}:${pad(at.getMinutes())}`);
}

/**
 * Once saving of the minutes stopped (another window's change first, or approval) and what was typed
 * is kept: the one thing to do, as the indicator's sentence names it.
 */
function ShowCurrentMinutes({ saverKey, show }: { saverKey: string; show: () => Promise<void> }) {
  const state = useSaveStates((store) => store.states[saverKey]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (state?.kind !== 'failed' || !state.kept) return null;
  return (
    <div className="show-current">
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setProblem(null);
          show().catch((error: unknown) => {
            setProblem(error instanceof Error ? error.message : String(error));
            setBusy(false);
          });
        }}
      >
        {SHOW_CURRENT}
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}

/** How long the saves must have settled before the audit trail is read again. */
const TRAIL_SETTLE_MS = 1500;

/**
 * The item's audit trail, read again once saves have settled, not at each save acknowledged while
 * the officer types: each read brings the part's whole text before and after (200 pages for 100
 * pages of minutes), whose parsing and layout took frames from the typing.
 */
function ItemAuditTrail(props: { meetingId: string; itemId: string; ended: boolean }) {
  const acknowledged = useAcknowledgedSaves();
  const [settled, setSettled] = useState(acknowledged);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(acknowledged), TRAIL_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [acknowledged]);
  return <AuditTrail {...props} refreshKey={settled} />;
}

type QuickKey = 'decision' | 'clause' | 'action' | 'next' | 'previous' | 'mode';

/**
 * The item screen's quick keys, wherever focus is (even on nothing). Inside a decision, Alt+C is the
 * decision's own (a clause there), and it has already been handled when it reaches the window.
 */
function QuickKeys({ onKey }: { onKey: (key: QuickKey) => void }) {
  const latest = useRef(onKey);
  useEffect(() => {
    latest.current = onKey;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (document.querySelector('[role="dialog"], dialog[open]')) return;
      const key: QuickKey | undefined = (
        { d: 'decision', c: 'clause', a: 'action', m: 'mode', pagedown: 'next', pageup: 'previous' } as const
      )[event.key.toLowerCase() as 'd'];
      if (!key) return;
      event.preventDefault();
      latest.current(key);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
  return null;
}

/** The time now, as the minutes write it ("2.05 pm"), for noting arrivals and the close. */
function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 5000);
    return () => clearInterval(timer);
  }, []);
  const clock = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  return (
    <time className="clock" dateTime={clock} aria-label={`Time now: ${formatTime(clock)}`}>
      {formatTime(clock)}
    </time>
  );
}
