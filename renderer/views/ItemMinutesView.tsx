import { useEffect, useRef, useState } from 'react';
import type { ItemMinutes } from '../../shared/domain';
import { formatLongDate } from '../../shared/format';
import { emptyDoc, type RichDoc } from '../../shared/richText';
import { api } from '../api/client';
import { ViewHeading } from '../components/ViewHeading';
import { DecisionsPanel } from '../minutes/DecisionsPanel';
import { MinutesEditor } from '../minutes/MinutesEditor';
import { Autosaver, type SaveState } from '../minutes/Autosaver';
import { SaveIndicator } from '../minutes/SaveIndicator';
import { href } from '../state/route';
import { useAppStore } from '../state/store';

/** Keyed by item in App, so moving to another item starts with fresh state. */
export function ItemMinutesView({ itemId }: { itemId: string }) {
  const meeting = useAppStore((state) => state.meeting);
  const item = meeting?.items.find((candidate) => candidate.id === itemId);
  const [minutes, setMinutes] = useState<ItemMinutes | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const saver = useRef<Autosaver<RichDoc> | null>(null);
  const [newDecisionRequests, setNewDecisionRequests] = useState(0);

  // The minutes are loaded once per item, never by the screen's general refresh,
  // so that nothing reloads the editor under the officer's cursor.
  useEffect(() => {
    let current = true;
    api.call('minutes.get', { itemId }).then(
      (loaded) => {
        if (!current) return;
        saver.current = new Autosaver<RichDoc>(
          loaded.version,
          (doc, baseVersion) => api.call('minutes.save', { itemId, doc, baseVersion }),
          setSaveState,
        );
        setSaveState({ kind: 'saved' });
        setMinutes(loaded);
      },
      (error: unknown) => current && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
      void saver.current?.flush();
      saver.current?.dispose();
      saver.current = null;
    };
  }, [itemId]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (saver.current?.hasUnsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  if (!meeting || !item) return null;
  const index = meeting.items.indexOf(item);
  const previous = meeting.items[index - 1];
  const next = meeting.items[index + 1];
  return (
    <section
      className="item-minutes"
      onKeyDown={(event) => {
        // Alt+D: a new decision on this item, from anywhere on the screen.
        if (event.altKey && !event.ctrlKey && event.key.toLowerCase() === 'd') {
          event.preventDefault();
          setNewDecisionRequests((count) => count + 1);
        }
      }}
    >
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href({ screen: 'committee', id: meeting.committee.id })}>{meeting.committee.name}</a> ›{' '}
        <a href={href({ screen: 'meeting', id: meeting.meeting.id })}>
          {formatLongDate(meeting.meeting.date)}
        </a>
      </nav>
      <div className="minutes-header">
        <ViewHeading focusKey={item.id}>
          <span className="minute-number">{meeting.minuteNumbers[item.id]}</span> {item.title}
        </ViewHeading>
        <SaveIndicator state={saveState} />
      </div>
      {item.exempt ? (
        <p className="badge badge-exempt">
          Exempt: not for publication (Schedule 12A, paragraph {item.exemptParagraph}). These minutes stay out
          of public documents.
        </p>
      ) : null}
      <p className="summary">
        Agenda item {item.number}. The minute number is as it will appear in the minutes.
      </p>
      {item.purpose ? <p className="item-purpose">{item.purpose}</p> : null}
      {loadError ? <p role="alert">{loadError}</p> : null}
      {minutes ? (
        <MinutesEditor
          key={item.id}
          label={`Minutes of item ${item.number}, ${item.title}`}
          initial={minutes.doc ?? emptyDoc()}
          onChange={(doc) => saver.current?.change(doc)}
        />
      ) : loadError ? null : (
        <p>Opening the minutes…</p>
      )}
      {minutes ? (
        <DecisionsPanel
          itemId={item.id}
          committeeId={meeting.committee.id}
          newDecisionRequests={newDecisionRequests}
        />
      ) : null}
      <nav aria-label="Items" className="item-pager">
        {previous ? (
          <a href={href({ screen: 'item', id: previous.id })}>
            ← {previous.number}. {previous.title}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={href({ screen: 'item', id: next.id })}>
            {next.number}. {next.title} →
          </a>
        ) : null}
      </nav>
    </section>
  );
}
