// The record of a meeting as one value: everything a document of it says (details, attendance
// sentences, each item with its minutes, decisions, actions, updates and report), in the edition it is
// for. Read from the store (electron/store/meetingRecord.ts), kept whole as the approved version, and
// handed to the exporters, which never read the database themselves.
import type { TextSection } from './attendance';
import type { Decision } from './decisions';
import type {
  Action,
  AgendaItem,
  ItemPerson,
  ItemReport,
  ItemUpdate,
  MeetingDetail,
  Membership,
  Person,
} from './domain';
import type { HouseStyle } from './houseStyle';
import type { RichDoc } from './richText';

export type Edition = 'public' | 'confidential';

export interface ItemRecord {
  item: AgendaItem;
  minuteNumber: string;
  leadOfficer: Person | null;
  minutes: RichDoc | null;
  people: ItemPerson[];
  decisions: Decision[];
  actions: Action[];
  updates: ItemUpdate[];
  report: ItemReport;
  /**
   * The declarations of interest made on this item, as sentences for the minute itself (with the
   * withdrawal). None in the public edition of an exempt item; none in a version approved before
   * they were recorded here.
   */
  declarations: string[];
  /** In the public edition, an exempt item: the only decision wording that may be published. */
  withheld: { publicWording: string[] } | null;
  /**
   * A late item the chair took as urgent: the special circumstances the minutes must give
   * (s100B(4)(b)); empty in the public edition of an exempt item. Absent from records approved
   * before it was kept.
   */
  urgency?: { reason: string } | null;
}

export interface MeetingRecord {
  edition: Edition;
  style: HouseStyle;
  detail: MeetingDetail;
  members: Membership[];
  contactOfficer: Person | null;
  /** The attendance block's sentences, the officer's own wording where it replaces ours. */
  attendance: Record<TextSection, string>;
  /**
   * The chair's title at this meeting as the record gives it ("Convener"), which the signature
   * block of approved minutes uses; absent or '' where it gives none: "Chair".
   */
  chairTitle?: string;
  /**
   * The declarations' sentences for the public edition: without the interest's wording of a
   * declaration made at an exempt item. Absent from versions approved before it was kept, whose
   * public edition gives the declarations as they were approved.
   */
  publicDeclarations?: string;
  /**
   * Where the minutes' own words already say who moved and seconded a decision, a counted vote's
   * figures, or that the public were excluded (imported minutes do), nothing generated says it
   * again. Absent from versions
   * approved before it was kept, which print as they were approved.
   */
  saidOnce?: boolean;
  /**
   * Each declaration of interest is printed once: in the meeting's declarations item where it has
   * one (the declarations section there, not at the items too), else in the section before the
   * minutes (not at its item too). Absent from versions approved before it was kept, which print the
   * section and the item's declarations as they were approved.
   */
  declarationsOnce?: boolean;
  people: Map<string, Person>;
  items: ItemRecord[];
}
