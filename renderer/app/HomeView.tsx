import { api } from '../api/client';
import { ViewHeading } from '../components/ViewHeading';
import { href, navigate } from '../state/route';
import { useAppStore } from '../state/store';
import { WhatIsDue } from '../due/WhatIsDue';

export function HomeView() {
  const info = useAppStore((state) => state.info);
  const committees = useAppStore((state) => state.committees);
  const perform = useAppStore((state) => state.perform);
  const loadSample = () =>
    void perform(() => api.call('sample.load', {}), 'Sample council loaded.').then(
      (sample) => sample && navigate({ screen: 'meeting', id: sample.meetingId }),
    );
  return (
    <section>
      <ViewHeading focusKey="home">Minutebook</ViewHeading>
      {info?.empty ? (
        <>
          <p>
            Welcome. Minutebook keeps your committees, their members, meetings and agendas on this computer,
            so you can take the minutes with or without a network.
          </p>
          <p>Start with your own committee, or look around a fictional council first.</p>
          <div className="form-actions">
            <a className="button-link" href={href({ screen: 'new-committee' })}>
              Create your first committee
            </a>
            <button type="button" onClick={loadSample}>
              Load sample council
            </button>
          </div>
        </>
      ) : (
        <>
          <WhatIsDue refreshKey={committees} />
          <h2>Committees</h2>
          <p>Choose a committee.</p>
          <ul className="card-list">
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
