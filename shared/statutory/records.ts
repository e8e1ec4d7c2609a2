// The values the statutory cycle's screens and Word documents are made from: decision notices with
// what they draw from the minutes, the notice of key decisions for a period, officer decision
// records. Read by the store (the public edition made there), laid out by electron/export.
import type { Exemption } from '../exemptBasis';
import type { DeclaredCategory } from '../attendance';
import type { IsoDate } from '../calendar';
import type { Decision } from '../decisions';
import type { Committee, Meeting, Membership, Person } from '../domain';
import type { HouseStyle } from '../houseStyle';
import type { Edition } from '../meetingRecord';
import type { DecisionNotice, NoticeStatus } from './decisionNotices';
import type { KeyDecision, KeyDecisionCheck } from './keyDecisions';

/** A declaration made at the item, as the notice gives it (reg 12(d)). */
export interface NoticeDeclaration {
  name: string;
  category: DeclaredCategory;
  /** Empty in the public notice of an exempt item. */
  interest: string;
  /** null where the minutes do not say. */
  withdrew: boolean | null;
  /** The minutes' own words for the withdrawal ("left the meeting for that item"); '' or absent: the usual words. */
  withdrawalWords?: string;
}

/** One decision of an executive meeting, with its notice (null until the officer prepares it). */
export interface DecisionNoticeEntry {
  decision: Decision;
  itemId: string;
  itemTitle: string;
  minuteNumber: string;
  /** The item is exempt (its paragraph; 0 under the 1960 Act, which has none), or null. */
  exemptParagraph: number | null;
  /** What the item is exempt under, or null for a public item. */
  exemption: Exemption | null;
  notice: DecisionNotice | null;
  status: NoticeStatus;
  declarations: NoticeDeclaration[];
  /**
   * The public notice of an exempt item's decision: the decision's clauses, reasons, alternatives
   * and the interests' wording are removed; only its publishable wording is given.
   */
  withheld: boolean;
}

/** A meeting's decisions and their notices, in the edition asked for. */
export interface DecisionNotices {
  edition: Edition;
  committee: Committee;
  meeting: Meeting;
  /** The decision-making body's members on the day (reg 12 names the decision maker). */
  members: Membership[];
  entries: DecisionNoticeEntry[];
}

export interface DecisionNoticesDocument extends DecisionNotices {
  style: HouseStyle;
}

export type KeyDecisionEntry = KeyDecision & {
  check: KeyDecisionCheck;
  /** "Cabinet, Thursday 13 April 2023, item 4": where it is to be taken, when linked to an agenda item. */
  itemLabel: string | null;
};

/** An executive body's notice of key decisions for a period (reg 9). */
export interface KeyDecisionsDocument {
  style: HouseStyle;
  committee: Committee;
  /** The body's members, listed as reg 9(1)(c) asks. */
  members: Membership[];
  from: IsoDate;
  to: IsoDate;
  /** The day the document is made, printed as its date. */
  madeOn: IsoDate;
  entries: KeyDecisionEntry[];
}

export const officerDecisionKinds = ['delegated', 'executive'] as const;
export type OfficerDecisionKind = (typeof officerDecisionKinds)[number];

/**
 * A decision taken by an officer: delegated (Openness of Local Government Bodies Regulations 2014,
 * reg 7) or executive (2012 Regulations, reg 13).
 */
export interface OfficerDecision {
  id: string;
  kind: OfficerDecisionKind;
  reference: string;
  title: string;
  /** The decision taken. */
  decision: string;
  decidedOn: IsoDate;
  /** The officer who took it. */
  officerId: string | null;
  /** The delegation relied on: the scheme of delegation's paragraph, or the resolution. */
  authority: string;
  reasons: string;
  /** Alternative options considered and rejected. */
  alternatives: string;
  /** Who was consulted (an executive member consulted is named here). */
  consultation: string;
  /** Conflicts of interest declared by any member consulted (reg 13(d)), or by members (reg 7(3)(d)). */
  interests: string;
  /** Dispensations granted in respect of those conflicts (reg 13(e)). */
  dispensations: string;
  /** Exempt under this Schedule 12A paragraph: the public register keeps only its heading. */
  exemptParagraph: number | null;
  /** The day it was published; null while not yet. */
  publishedOn: IsoDate | null;
  /** Bumped by every save; a save over an older version is refused as a conflict. */
  version: number;
}

export type OfficerDecisionEntry = OfficerDecision & {
  officer: Person | null;
  /** The public edition of an exempt record: everything but its heading removed. */
  withheld: boolean;
};

/** One officer decision record, or the register of them for a period. */
export interface OfficerDecisionsDocument {
  style: HouseStyle;
  edition: Edition;
  /** A register lists every record of the period; otherwise the one record. */
  register: { from: IsoDate; to: IsoDate } | null;
  madeOn: IsoDate;
  entries: OfficerDecisionEntry[];
}
