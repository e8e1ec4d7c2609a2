// An item's report (seed 004), written before the meeting: paragraphs that Word numbers through the
// report, sub-headings and lists, then contact points and background papers. Saved as typed; fixed,
// like the minutes, while the meeting's minutes stand approved.
import { useEffect, useRef, useState } from 'react';
import type { ItemReport } from '../../shared/domain';
import { emptyDoc, type RichDoc } from '../../shared/richText';
import { formatLongDate } from '../../shared/format';
import { api } from '../api/client';
import { saveDocument } from '../api/saveDocument';
import { TextField } from '../components/Field';
import { ViewHeading } from '../components/ViewHeading';
import { RichTextEditor } from '../components/RichTextEditor';
import { SaveIndicator } from '../saving/SaveIndicator';
import { useAutosaver, useScreenSaveState } from '../saving/saveStates';
import { href } from '../state/route';
import { ApprovedNote, Lockable } from '../record/RecordLock';
import { useAppStore } from '../state/store';
import { searchTarget } from '../search/reveal';
import { useParagraphReveal } from '../search/useParagraphReveal';

type ReportFields = Pick<ItemReport, 'contactPoints' | 'backgroundPapers'> & { doc: RichDoc };

/** Keyed by item in App, so moving to another item's report starts afresh. */
export function ReportView({ itemId }: { itemId: string }) {
  const meeting = useAppStore((state) => state.meeting);
  const perform = useAppStore((state) => state.perform);
  const item = meeting?.items.find((candidate) => candidate.id === itemId);
  const [report, setReport] = useState<ItemReport | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const latest = useRef<ReportFields | null>(null);
  const [fields, setFields] = useState<Pick<ItemReport, 'contactPoints' | 'backgroundPapers'>>({
    contactPoints: '',
    backgroundPapers: '',
  });
  const { change } = useAutosaver<ReportFields>(
    `report:${itemId}`,
    report?.version ?? null,
    (value, baseVersion) => api.call('reports.save', { itemId, baseVersion, ...value }, { durable: true }),
    // Another window's save of this report: "Saved" is not said beside the older text.
    { shared: { id: `report:${itemId}` } },
  );
  const saveState = useScreenSaveState();
  const revealing = useParagraphReveal('report', itemId);

  useEffect(() => {
    let current = true;
    api.call('reports.get', { itemId }).then(
      (loaded) => {
        if (!current) return;
        latest.current = {
          doc: loaded.doc ?? emptyDoc(),
          contactPoints: loaded.contactPoints,
          backgroundPapers: loaded.backgroundPapers,
        };
        setFields({ contactPoints: loaded.contactPoints, backgroundPapers: loaded.backgroundPapers });
        setReport(loaded);
      },
      (error: unknown) => current && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [itemId]);

  if (!meeting || !item) return null;
  const update = (patch: Partial<ReportFields>) => {
    if (!latest.current) return;
    latest.current = { ...latest.current, ...patch };
    change(latest.current);
  };
  const edition = item.exempt ? 'confidential' : 'public';
  const approved = meeting.meeting.status === 'minutes approved';
  return (
    <section>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href({ screen: 'committee', id: meeting.committee.id })}>{meeting.committee.name}</a> ›{' '}
        <a href={href({ screen: 'meeting', id: meeting.meeting.id })}>
          {formatLongDate(meeting.meeting.date)}
        </a>
      </nav>
      <ViewHeading focusKey={`report-${item.id}`}>Report: {item.title}</ViewHeading>
      <SaveIndicator state={saveState} />
      <ApprovedNote />
      <p className="hint">
        Each paragraph is numbered through the report when it is saved as Word; sub-headings and lists are
        not. {item.exempt ? 'This item is exempt: its report is only ever exported as confidential.' : ''}
      </p>
      {loadError ? <p role="alert">{loadError}</p> : null}
      {report ? (
        <>
          <Lockable locked={approved} label={approved ? 'Report (approved, read-only)' : undefined}>
            <div data-search-target={searchTarget('report', item.id)}>
              <RichTextEditor
                label={`Report for item ${item.number}, ${item.title}`}
                initial={report.doc ?? emptyDoc()}
                onChange={(read) => update({ doc: read() })}
                reveal={revealing.path}
                onRevealed={revealing.onRevealed}
                readOnly={approved}
              />
            </div>
            <div data-search-target={searchTarget('contact_points', item.id)}>
              <TextField
                label="Contact points (a line each)"
                multiline
                value={fields.contactPoints}
                onChange={(contactPoints) => {
                  setFields((current) => ({ ...current, contactPoints }));
                  update({ contactPoints });
                }}
              />
            </div>
            <div data-search-target={searchTarget('background_papers', item.id)}>
              <TextField
                label="Background papers (a line each)"
                multiline
                value={fields.backgroundPapers}
                onChange={(backgroundPapers) => {
                  setFields((current) => ({ ...current, backgroundPapers }));
                  update({ backgroundPapers });
                }}
              />
            </div>
          </Lockable>
          <div className="button-row">
            <button
              type="button"
              onClick={() =>
                void perform(
                  () => saveDocument({ meetingId: meeting.meeting.id, kind: 'report', itemId, edition }),
                  (message) => message ?? 'Not saved.',
                )
              }
            >
              Save report as Word ({edition})
            </button>
          </div>
        </>
      ) : loadError ? null : (
        <p>Opening the report…</p>
      )}
    </section>
  );
}
