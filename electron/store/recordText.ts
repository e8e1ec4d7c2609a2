// Text the officer types is stored exactly as typed (a space typed just before a reload must not be
// lost), so a document trims it where it is used: the record and the house style as documents read
// them, never as the screens load them back.
import type { HouseStyle } from '../../shared/houseStyle';
import type { ItemRecord, MeetingRecord } from '../../shared/meetingRecord';

/** The house style's typed fields without the spaces around them. */
export const styleForDocument = (style: HouseStyle): HouseStyle => ({
  ...style,
  councilName: style.councilName.trim(),
  fontFamily: style.fontFamily.trim(),
  minuteHeading: style.minuteHeading.trim(),
});

function itemForDocument(entry: ItemRecord): ItemRecord {
  return {
    ...entry,
    people: entry.people.map((person) => ({ ...person, capacity: person.capacity.trim() })),
    decisions: entry.decisions.map((decision) => ({
      ...decision,
      qualifier: decision.qualifier.trim(),
      preamble: decision.preamble.trim(),
      publicWording: decision.publicWording.trim(),
      reasons: decision.reasons.trim(),
      alternatives: decision.alternatives.trim(),
      clauses: decision.clauses.map((clause) => ({ ...clause, groupHeading: clause.groupHeading.trim() })),
    })),
    actions: entry.actions.map((action) => ({ ...action, text: action.text.trim() })),
    updates: entry.updates.map((update) => ({ ...update, heading: update.heading.trim() })),
    report: {
      ...entry.report,
      contactPoints: entry.report.contactPoints.trim(),
      backgroundPapers: entry.report.backgroundPapers.trim(),
    },
  };
}

/** The record with each typed field trimmed, as every document (and its preview) gives it. */
export const recordForDocument = (record: MeetingRecord): MeetingRecord => ({
  ...record,
  style: styleForDocument(record.style),
  items: record.items.map(itemForDocument),
});
