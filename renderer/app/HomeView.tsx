import { useEffect, useState, type FormEvent } from 'react';
import { formatLongDate } from '../../shared/format';
import { defaultHouseStyle, type HouseStyle } from '../../shared/houseStyle';
import { upcomingFirst } from '../../shared/meetingDates';
import { api } from '../api/client';
import { TextField } from '../components/Field';
import { ViewHeading } from '../components/ViewHeading';
import { href, navigate } from '../state/route';
import { useAppStore } from '../state/store';
import { WhatIsDue } from '../due/WhatIsDue';

export function HomeView() {
  const info = useAppStore((state) => state.info);
  const committees = useAppStore((state) => state.committees);
  const meetings = useAppStore((state) => state.meetings);
  const { upcoming } = upcomingFirst(meetings);
  return (
    <section>
      <ViewHeading focusKey="home">Minutebook</ViewHeading>
      {info?.empty ? (
        <Welcome />
      ) : (
        <>
          <WhatIsDue refreshKey={committees} />
          {upcoming.length ? (
            <>
              <h2 id="next-meetings">Next meetings</h2>
              <ul className="card-list" aria-labelledby="next-meetings">
                {upcoming.slice(0, 5).map((meeting) => (
                  <li key={meeting.id}>
                    <a href={href({ screen: 'meeting', id: meeting.id })}>
                      {committees.find((c) => c.id === meeting.committeeId)?.name}:{' '}
                      {formatLongDate(meeting.date)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>Open a committee</h2>
          <ul className="card-list" aria-label="Open a committee">
            {committees.map((committee) => (
              <li key={committee.id}>
                <a href={href({ screen: 'committee', id: committee.id })}>{committee.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {info ? <p className="hint">Data file: {info.dataFile}</p> : null}
    </section>
  );
}

/**
 * The first run: the council's name first (it heads every document), then the first committee; or
 * a fictional council with a finished meeting to look round first.
 */
function Welcome() {
  const perform = useAppStore((state) => state.perform);
  const [style, setStyle] = useState<{ style: HouseStyle; version: number } | null>(null);
  const [councilName, setCouncilName] = useState('');
  useEffect(() => {
    let current = true;
    void api.call('houseStyle.get', {}).then((loaded) => {
      if (!current) return;
      setStyle(loaded);
      // The default is a placeholder, not a name to keep.
      if (loaded.style.councilName !== defaultHouseStyle.councilName)
        setCouncilName(loaded.style.councilName);
    });
    return () => {
      current = false;
    };
  }, []);
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (!style) return;
    const name = councilName.trim();
    void perform(
      () =>
        api.call('houseStyle.save', {
          style: { ...style.style, councilName: name },
          baseVersion: style.version,
        }),
      `${name} will head your documents.`,
    ).then((saved) => saved && navigate({ screen: 'new-committee' }));
  };
  const loadSample = () =>
    void perform(
      () => api.call('sample.load', {}),
      'Sample council loaded. This is its meeting being prepared; its finished meeting, with the minutes approved, is under “Held” in the sidebar: open it to see what Minutebook produces.',
    ).then((sample) => sample && navigate({ screen: 'meeting', id: sample.meetingId }));
  return (
    <>
      <p>
        Welcome. Minutebook keeps your committees, their members, meetings and agendas on this computer, so
        you can take the minutes with or without a network, and save them as Word documents in your council’s
        house style.
      </p>
      <form onSubmit={start} aria-label="Your council" className="inline-form">
        <h2>Your council</h2>
        <TextField
          label="Council name"
          value={councilName}
          required
          hint="As it heads your minutes and agendas, e.g. Fernley Vale District Council."
          onChange={setCouncilName}
        />
        <div className="form-actions">
          <button type="submit">Create your first committee</button>
        </div>
        <p className="hint">
          <a href={href({ screen: 'house-style' })}>Set the font, headings and date format</a> of your
          documents now, or at any time later.
        </p>
      </form>
      <h2>Or look around first</h2>
      <p>
        A fictional council with a finished meeting, its minutes approved, and the next one being prepared.
      </p>
      <div className="form-actions">
        <button type="button" onClick={loadSample}>
          Load sample council
        </button>
      </div>
    </>
  );
}
