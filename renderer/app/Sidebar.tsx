import { href } from '../state/route';
import { useAppStore } from '../state/store';
import { SearchButton } from '../search/SearchButton';

export function Sidebar() {
  const committees = useAppStore((state) => state.committees);
  const route = useAppStore((state) => state.route);
  const committeeOnScreen = useAppStore(
    (state) => state.meeting?.committee.id ?? state.committee?.committee.id,
  );
  return (
    <nav className="sidebar" aria-label="Committees and people">
      <a className="brand" href={href({ screen: 'home' })}>
        Minutebook
      </a>
      <SearchButton />
      <h2 id="committees-heading">Committees</h2>
      <ul aria-labelledby="committees-heading">
        {committees.map((committee) => (
          <li key={committee.id}>
            <a
              href={href({ screen: 'committee', id: committee.id })}
              aria-current={committee.id === committeeOnScreen ? 'page' : undefined}
            >
              {committee.name}
            </a>
          </li>
        ))}
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
