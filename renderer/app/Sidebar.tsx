import { meetingDayLabel, upcomingFirst } from '../../shared/meetingDates';
import type { Meeting } from '../../shared/domain';
import { href } from '../state/route';
import { useAppStore } from '../state/store';
import { SearchButton } from '../search/SearchButton';

/** Each committee lists its meetings to come, soonest first, then the last few held. */
const PAST_SHOWN = 3;

export function Sidebar() {
  const committees = useAppStore((state) => state.committees);
  const meetings = useAppStore((state) => state.meetings);
  const route = useAppStore((state) => state.route);
  const committeeOnScreen = useAppStore(
    (state) => state.meeting?.committee.id ?? state.committee?.committee.id,
  );
  const meetingOnScreen = useAppStore((state) => state.meeting?.meeting.id);
  return (
    <nav className="sidebar" aria-label="Committees and people">
      <a className="brand" href={href({ screen: 'home' })}>
        Minutebook
      </a>
      <SearchButton />
      <h2 id="committees-heading">Committees</h2>
      <ul aria-labelledby="committees-heading" className="committee-list">
        {committees.map((committee) => {
          const { upcoming, past } = upcomingFirst(meetings.filter((m) => m.committeeId === committee.id));
          const link = (meeting: Meeting, when: 'upcoming' | 'held') => (
            <li key={meeting.id}>
              <a
                href={href({ screen: 'meeting', id: meeting.id })}
                aria-current={meeting.id === meetingOnScreen ? 'page' : undefined}
              >
                {meetingDayLabel(meeting, meetings)}
                <span className="visually-hidden">, {when}</span>
              </a>
            </li>
          );
          return (
            <li key={committee.id}>
              <a
                href={href({ screen: 'committee', id: committee.id })}
                aria-current={committee.id === committeeOnScreen && !meetingOnScreen ? 'page' : undefined}
                className="committee-link"
              >
                {committee.name}
              </a>
              {upcoming.length ? (
                <>
                  <p className="meetings-when" aria-hidden="true">
                    Upcoming
                  </p>
                  <ul aria-label={`${committee.name}: upcoming`} className="meeting-links">
                    {upcoming.map((meeting) => link(meeting, 'upcoming'))}
                  </ul>
                </>
              ) : null}
              {past.length ? (
                <>
                  <p className="meetings-when" aria-hidden="true">
                    Held
                  </p>
                  <ul aria-label={`${committee.name}: held`} className="meeting-links">
                    {past.slice(0, PAST_SHOWN).map((meeting) => link(meeting, 'held'))}
                  </ul>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <a className="button-link" href={href({ screen: 'new-committee' })}>
        New committee
      </a>{' '}
      <a
        className="button-link"
        href={href({ screen: 'import' })}
        aria-current={route.screen === 'import' ? 'page' : undefined}
      >
        Import minutes
      </a>
      <h2>Record</h2>
      <a
        href={href({ screen: 'decisions' })}
        aria-current={route.screen === 'decisions' ? 'page' : undefined}
      >
        Decisions register
      </a>
      <h2>Directory</h2>
      <a href={href({ screen: 'people' })} aria-current={route.screen === 'people' ? 'page' : undefined}>
        People
      </a>
      <h2>Council</h2>
      <a
        href={href({ screen: 'house-style' })}
        aria-current={route.screen === 'house-style' ? 'page' : undefined}
      >
        House style
      </a>{' '}
      <a href={href({ screen: 'backups' })} aria-current={route.screen === 'backups' ? 'page' : undefined}>
        Backups
      </a>{' '}
      <a href={href({ screen: 'calendar' })} aria-current={route.screen === 'calendar' ? 'page' : undefined}>
        Calendar and deadlines
      </a>{' '}
      <a
        href={href({ screen: 'officer-decisions' })}
        aria-current={route.screen === 'officer-decisions' ? 'page' : undefined}
      >
        Officer decisions
      </a>
    </nav>
  );
}
