// The council's calendar: its closure days (a Christmas shutdown) and whether its constitution counts
// clear days on working days only. Every deadline in Minutebook counts on these with the committee's
// nation.
import { useEffect, useState } from 'react';
import { formatLongDate } from '../../shared/format';
import type { HouseCalendar } from '../../shared/statutory';
import { api } from '../api/client';
import { CheckboxField, TextField } from '../components/Field';
import { ViewHeading } from '../components/ViewHeading';
import { useAppStore } from '../state/store';

export function CalendarSettingsView() {
  const perform = useAppStore((state) => state.perform);
  const [loaded, setLoaded] = useState<{ calendar: HouseCalendar; version: number } | null>(null);
  const [draft, setDraft] = useState<HouseCalendar | null>(null);
  const [day, setDay] = useState('');
  useEffect(() => {
    void api.call('calendar.get', {}).then((calendar) => {
      setLoaded(calendar);
      setDraft(calendar.calendar);
    });
  }, []);
  if (!draft || !loaded) return <p>Opening the calendar…</p>;
  const save = () =>
    void perform(
      () => api.call('calendar.save', { calendar: draft, baseVersion: loaded.version }),
      'Calendar settings saved.',
    ).then((saved) => {
      if (saved) {
        setLoaded(saved);
        setDraft(saved.calendar);
      }
    });
  return (
    <section>
      <ViewHeading focusKey="calendar">Calendar and deadlines</ViewHeading>
      <p className="hint">
        Deadlines count working days: Monday to Friday, not the bank holidays of the committee’s nation, and
        not the council’s own closure days listed here. The day of publication and the day of the meeting are
        never clear days.
      </p>
      <form
        id="calendar-settings"
        className="stacked-form"
        aria-label="Calendar settings"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <CheckboxField
          label="Clear days leave out weekends, bank holidays and closure days (untick if the constitution counts every day)"
          checked={draft.clearDaysExcludeNonWorkingDays}
          onChange={(clearDaysExcludeNonWorkingDays) =>
            setDraft({ ...draft, clearDaysExcludeNonWorkingDays })
          }
        />
        <h2 id="closure-heading">Closure days</h2>
        {draft.closureDays.length === 0 ? <p>No closure days.</p> : null}
        <ul aria-labelledby="closure-heading">
          {draft.closureDays.map((closure) => (
            <li key={closure}>
              {formatLongDate(closure)}{' '}
              <button
                type="button"
                aria-label={`Remove closure day ${formatLongDate(closure)}`}
                onClick={() =>
                  setDraft({ ...draft, closureDays: draft.closureDays.filter((d) => d !== closure) })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      </form>
      {/* A form of its own, so Enter in the day adds it to the list rather than saving the settings. */}
      <form
        className="inline-form"
        aria-label="Add a closure day"
        onSubmit={(event) => {
          event.preventDefault();
          if (!day) return;
          setDraft({ ...draft, closureDays: [...new Set([...draft.closureDays, day])].sort() });
          setDay('');
        }}
      >
        <TextField label="Closure day" type="date" value={day} onChange={setDay} />
        <div className="form-actions">
          <button type="submit">Add closure day</button>
        </div>
      </form>
      <div className="form-actions">
        <button type="submit" form="calendar-settings">
          Save calendar settings
        </button>
      </div>
    </section>
  );
}
