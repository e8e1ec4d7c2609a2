// The statutory cycle around each meeting: the council's calendar settings, a meeting's deadlines
// and late items, key decisions and the forward plan, decision notices and call-in, officer
// decision records, and what is due. Pure; counted on shared/calendar.
export * from './houseCalendar';
export * from './meetingDeadlines';
export * from './wording';
export * from './keyDecisions';
export * from './decisionNotices';
export * from './records';
export * from './due';
