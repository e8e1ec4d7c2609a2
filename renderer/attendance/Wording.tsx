// The sentences the minutes carry, written from the register; the officer may reword each one for
// this meeting (saved as it is typed) or go back to the generated wording.
import { useState } from 'react';
import { searchTarget } from '../search/reveal';
import {
  attendanceText,
  textSections,
  type AttendanceDetail,
  type TextSection,
} from '../../shared/attendance';
import { api } from '../api/client';
import { TextField } from '../components/Field';
import { SaveIndicator } from '../saving/SaveIndicator';
import { useAutosaver } from '../saving/saveStates';
import type { Change } from './useAttendance';

const sectionLabels: Record<TextSection, string> = {
  present: 'Present',
  apologies: 'Apologies and absence',
  substitutes: 'Substitutes',
  officers: 'Officers in attendance',
  others: 'Others in attendance',
  movements: 'Arrivals and departures',
  declarations: 'Declarations of interest',
};

export function Wording({
  detail,
  change,
  replace,
}: {
  detail: AttendanceDetail;
  change: Change;
  replace: (detail: AttendanceDetail) => void;
}) {
  const generated = attendanceText(detail.register);
  return (
    <section aria-labelledby="wording-heading">
      <h2 id="wording-heading">In the minutes</h2>
      <p className="hint">
        Written from the register above. Rewording a section keeps the register as it is; the minutes use your
        words until you go back to the generated ones.
      </p>
      <dl className="wording">
        {textSections.map((section) => (
          <WordingSection
            key={section}
            section={section}
            generated={generated[section]}
            override={detail.overrides.find((o) => o.section === section)}
            meetingId={detail.meeting.id}
            change={change}
            replace={replace}
          />
        ))}
      </dl>
    </section>
  );
}

function WordingSection({
  section,
  generated,
  override,
  meetingId,
  change,
  replace,
}: {
  section: TextSection;
  generated: string;
  override: AttendanceDetail['overrides'][number] | undefined;
  meetingId: string;
  change: Change;
  replace: (detail: AttendanceDetail) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const label = sectionLabels[section];
  const shown = override?.text ?? generated;
  const stale = override && override.generatedWhenWritten !== generated;
  // The officer's wording is saved as it is typed, like the minutes.
  const { change: saveWording, state } = useAutosaver<string>(
    `wording:${meetingId}:${section}`,
    0,
    async (text) => {
      replace(await api.call('attendance.setText', { meetingId, section, text }, { durable: true }));
      return { version: 0 };
    },
  );
  const useGenerated = () =>
    void change(
      () => api.call('attendance.setText', { meetingId, section, text: null }),
      `${label}: back to the generated wording.`,
    );
  return (
    <div className="wording-section" data-search-target={searchTarget('attendance', section)}>
      <dt>{label}</dt>
      <dd>
        {editing !== null ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setEditing(null);
            }}
          >
            <TextField
              label={`${label}: your wording`}
              value={editing}
              multiline
              autoFocus
              onChange={(text) => {
                setEditing(text);
                saveWording(text);
              }}
            />
            <p className="save-line">
              <SaveIndicator state={state} />
              <button type="submit">Done</button>
            </p>
          </form>
        ) : (
          <>
            <p data-testid={`wording-${section}`}>{shown || <em>Nothing to say.</em>}</p>
            {override ? <p className="hint">Your wording{stale ? '' : '.'}</p> : null}
            {stale ? (
              <p className="warning" role="note">
                The register has changed since you wrote this. The generated wording is now: “{generated}”
              </p>
            ) : null}
            <button type="button" aria-label={`Reword: ${label}`} onClick={() => setEditing(shown)}>
              Reword
            </button>
            {override ? (
              <button type="button" aria-label={`Use the generated wording: ${label}`} onClick={useGenerated}>
                Use the generated wording
              </button>
            ) : null}
          </>
        )}
      </dd>
    </div>
  );
}
