import { lazy, Suspense, useEffect } from 'react';
import { StatusRegion } from './StatusRegion';
import { Sidebar } from './Sidebar';
import { parseRoute, wasMovedByTheApp } from '../state/route';
import { useAppStore } from '../state/store';
import { HomeView } from './HomeView';
import { RecoveryView } from '../record/RecoveryView';
import { DataNotices } from '../record/DataNotices';
import { RevealElement } from '../search/RevealElement';
import { SearchLauncher } from '../search/SearchLauncher';

// Only the first screen (home, or recovery) is in the page's first script. The screens with the
// rich-text editor (TipTap and ProseMirror), the import and the house style, and the rest of the
// screens (screens.ts, one chunk), load when first opened, so that the first screen is painted
// without them; a little after it is, they are fetched while the page is idle.
const screens = {
  item: () => import('../minutes/ItemMinutesView'),
  report: () => import('../items/ReportView'),
  import: () => import('../import/ImportView'),
  houseStyle: () => import('../settings/HouseStyleView'),
  others: () => import('./screens'),
};
type OtherScreens = Awaited<ReturnType<typeof screens.others>>;
const other = <K extends keyof OtherScreens>(name: K) =>
  lazy(() => screens.others().then((module) => ({ default: module[name] })));
const CommitteeView = other('CommitteeView');
const AttendanceView = other('AttendanceView');
const MeetingView = other('MeetingView');
const NewCommitteeView = other('NewCommitteeView');
const PeopleView = other('PeopleView');
const DocumentView = other('DocumentView');
const BackupsView = other('BackupsView');
const DecisionNoticesView = other('DecisionNoticesView');
const ForwardPlanView = other('ForwardPlanView');
const OfficerDecisionsView = other('OfficerDecisionsView');
const CalendarSettingsView = other('CalendarSettingsView');
const DecisionRegisterView = other('DecisionRegisterView');
const ItemMinutesView = lazy(() => screens.item().then((module) => ({ default: module.ItemMinutesView })));
const ReportView = lazy(() => screens.report().then((module) => ({ default: module.ReportView })));
const ImportView = lazy(() => screens.import().then((module) => ({ default: module.ImportView })));
const HouseStyleView = lazy(() =>
  screens.houseStyle().then((module) => ({ default: module.HouseStyleView })),
);

export function App() {
  const route = useAppStore((state) => state.route);
  const loaded = useAppStore((state) => state.loaded);
  const setRoute = useAppStore((state) => state.setRoute);
  const info = useAppStore((state) => state.info);
  const refresh = useAppStore((state) => state.refresh);

  useEffect(() => {
    if (!loaded) return;
    // Not at once: compiling the editor's code would hold up the first screen's own frames.
    let idle: number | undefined;
    const later = setTimeout(() => {
      idle = window.requestIdleCallback(() => Object.values(screens).forEach((load) => void load()), {
        timeout: 2000,
      });
    }, 1500);
    return () => {
      clearTimeout(later);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [loaded]);

  useEffect(() => {
    const follow = () =>
      void setRoute(parseRoute(window.location.hash), { keepStatus: wasMovedByTheApp(window.location.hash) });
    void setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [setRoute]);

  if (info?.recovery) {
    return (
      <main id="main" tabIndex={-1}>
        <RecoveryView recovery={info.recovery} onRecovered={() => void refresh()} />
      </main>
    );
  }

  return (
    <div className={route.screen === 'item' && route.live ? 'layout meeting-mode-layout' : 'layout'}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The fragment holds the route, so move focus instead of following the link.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      {route.screen === 'item' && route.live ? null : <Sidebar />}
      <SearchLauncher />
      <RevealElement />
      <main id="main" tabIndex={-1}>
        <StatusRegion />
        {info?.warnings.map((warning) => (
          <p key={warning} className="storage-warning" role="note">
            {warning}
          </p>
        ))}
        {info ? <DataNotices info={info} /> : null}
        <Suspense fallback={<p>Opening…</p>}>
          {!loaded ? (
            <p>Opening…</p>
          ) : route.screen === 'item' ? (
            <ItemMinutesView key={route.id} itemId={route.id} live={route.live} />
          ) : route.screen === 'report' ? (
            <ReportView key={route.id} itemId={route.id} />
          ) : route.screen === 'document' ? (
            <DocumentView key={route.id} meetingId={route.id} kind={route.kind} edition={route.edition} />
          ) : route.screen === 'import' ? (
            <ImportView key={route.meetingId ?? ''} meetingId={route.meetingId} />
          ) : (
            <Screen screen={route.screen} />
          )}
        </Suspense>
      </main>
    </div>
  );
}

function Screen({
  screen,
}: {
  screen: Exclude<ReturnType<typeof parseRoute>['screen'], 'item' | 'report' | 'import' | 'document'>;
}) {
  switch (screen) {
    case 'home':
      return <HomeView />;
    case 'people':
      return <PeopleView />;
    case 'house-style':
      return <HouseStyleView />;
    case 'backups':
      return <BackupsView />;
    case 'decisions':
      return <DecisionRegisterView />;
    case 'new-committee':
      return <NewCommitteeView />;
    case 'committee':
      return <CommitteeView />;
    case 'meeting':
      return <MeetingView />;
    case 'attendance':
      return <AttendanceView />;
    case 'notices':
      return <DecisionNoticesView />;
    case 'forward-plan':
      return <ForwardPlanView />;
    case 'officer-decisions':
      return <OfficerDecisionsView />;
    case 'calendar':
      return <CalendarSettingsView />;
  }
}
