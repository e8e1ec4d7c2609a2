// "What is due" on the home screen: across every committee, agendas to publish (with the days left),
// decision notices to publish, call-in periods ending, key decisions short of 28 clear days' notice,
// Welsh notes of meetings, minutes not yet drafted and overdue actions, each a link to where it is
// done. Counted from the data file alone: nothing here needs a network.
import { useEffect, useState } from 'react';
import { formatLongDate } from '../../shared/format';
import { dueHeadings, dueKinds, type DueLink, type DueList } from '../../shared/statutory';
import { api } from '../api/client';
import { href, type Route } from '../state/route';

const routeOf = (link: DueLink): Route =>
  link.screen === 'officer-decisions'
    ? { screen: 'officer-decisions' }
    : { screen: link.screen, id: link.id };

export function WhatIsDue({ refreshKey }: { refreshKey: unknown }) {
  const [due, setDue] = useState<DueList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void api.call('due.list', {}).then(
      (list) => current && setDue(list),
      (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [refreshKey]);
  const kinds = due ? dueKinds.filter((kind) => due.entries[kind].length > 0) : [];
  return (
    <section aria-labelledby="due-heading" className="due">
      <h2 id="due-heading">What is due</h2>
      {problem ? <p className="warning">{problem}</p> : null}
      {due === null && !problem ? <p>Counting what is due…</p> : null}
      {due ? <p className="hint">As at {formatLongDate(due.today)}.</p> : null}
      {due && kinds.length === 0 ? <p>Nothing is due.</p> : null}
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`due-${kind.replace(/\W+/g, '-')}`}>
          <h3 id={`due-${kind.replace(/\W+/g, '-')}`}>
            {dueHeadings[kind]} ({due!.entries[kind].length + due!.more[kind]})
          </h3>
          <ul className="due-list" aria-labelledby={`due-${kind.replace(/\W+/g, '-')}`}>
            {due!.entries[kind].map((entry, index) => (
              <li key={`${entry.link.screen}-${'id' in entry.link ? entry.link.id : ''}-${index}`}>
                <a href={href(routeOf(entry.link))}>{entry.title}</a>
                <p className={`due-detail${entry.daysLeft !== null && entry.daysLeft < 0 ? ' overdue' : ''}`}>
                  {entry.detail}
                </p>
              </li>
            ))}
          </ul>
          {due!.more[kind] ? <p className="hint">… and {due!.more[kind]} more.</p> : null}
        </section>
      ))}
    </section>
  );
}
