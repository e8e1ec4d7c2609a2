// Every screen but the first (home, or recovery), in one chunk of its own: App.tsx loads it when
// one of them is first opened, or when the page is idle a little after the first screen is up, so
// that the first screen is painted without compiling them.
export { AttendanceView } from '../attendance/AttendanceView';
export { CommitteeView } from '../committees/CommitteeView';
export { NewCommitteeView } from '../committees/NewCommitteeView';
export { DocumentView } from '../documents/DocumentView';
export { ForwardPlanView } from '../keyDecisions/ForwardPlanView';
export { MeetingView } from '../meetings/MeetingView';
export { DecisionNoticesView } from '../notices/DecisionNoticesView';
export { OfficerDecisionsView } from '../officerDecisions/OfficerDecisionsView';
export { PeopleView } from '../people/PeopleView';
export { DecisionRegisterView } from '../register/DecisionRegisterView';
export { BackupsView } from '../settings/BackupsView';
export { CalendarSettingsView } from '../settings/CalendarSettingsView';
