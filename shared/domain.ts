// The committee officer's vocabulary, shared by the main process and the renderer.
import type { Nation } from './calendar/settings';
import type { ExemptBasis } from './exemptBasis';
import type { RichDoc } from './richText';

export const committeeKinds = ['cabinet', 'scrutiny', 'regulatory', 'full council', 'other'] as const;
export type CommitteeKind = (typeof committeeKinds)[number];

export const personKinds = ['member', 'officer', 'external'] as const;
export type PersonKind = (typeof personKinds)[number];

export const membershipRoles = ['chair', 'vice-chair', 'member'] as const;
export type MembershipRole = (typeof membershipRoles)[number];

export const meetingStatuses = [
  'draft',
  'agenda published',
  'in progress',
  'minutes drafted',
  'minutes approved',
] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/**
 * Paragraphs of Schedule 12A to the Local Government Act 1972 under which an item may be exempt:
 * 1–7 in England (Part 1), 12–18 in Wales (Part 4).
 */
export const exemptParagraphs = [1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 16, 17, 18] as const;

export interface Committee {
  id: string;
  name: string;
  kind: CommitteeKind;
  quorum: number;
  defaultVenue: string;
  /** How minute numbers are written, e.g. `{n}`, `{n}/{yy}`, `CAB{n}`. */
  numberingScheme: string;
  /** Whether members attending remotely count towards the quorum and may vote (Wales: yes; England: no). */
  remoteCounts: boolean;
  /** Whose law and bank holidays its deadlines follow. */
  nation: Nation;
  /** Working days after a decision notice is published during which its decisions can be called in. */
  callInDays: number;
}

export interface Person {
  id: string;
  name: string;
  honorific: string;
  role: string;
  organisation: string;
  party: string;
  kind: PersonKind;
}

export interface Membership {
  id: string;
  committeeId: string;
  personId: string;
  role: MembershipRole;
  joinedOn: string | null;
  leftOn: string | null;
  person: Person;
}

export interface Meeting {
  id: string;
  committeeId: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** 24-hour clock, HH:MM. */
  startTime: string;
  /** When the meeting ended (HH:MM), for "The meeting ended at …"; null until it is entered. */
  endTime: string | null;
  venue: string;
  status: MeetingStatus;
  /** Named on the agenda's front sheet as the officer to contact about the meeting. */
  contactOfficerId: string | null;
  /** While the minutes stand approved: the date they were approved (ISO), else null. */
  approvedAt: string | null;
  /** While the minutes stand approved: the meeting that approved them, else null. */
  approvedByMeetingId: string | null;
  /** The day the officer published the agenda and reports (ISO), or null while not yet published. */
  agendaPublishedOn: string | null;
  /** Wales: the day the note of the meeting was published (ISO), or null. */
  notePublishedOn: string | null;
}

/** One approval of a meeting's minutes, and its reopening if they were reopened since. */
export interface Approval {
  id: string;
  approvedOn: string;
  approvedByMeetingId: string;
  /** "Cabinet, Monday 12 April 2021": the approving meeting as the minutes name it. */
  approvedByLabel: string;
  recordedAt: string;
  reopenedAt: string | null;
  reopenReason: string | null;
}

/** The parts of the record the audit trail follows, each kept as readable text. */
export const auditSubjects = [
  'minutes',
  'decisions',
  'people',
  'report',
  'item',
  'agenda',
  'attendance',
  'meeting',
] as const;
export type AuditSubject = (typeof auditSubjects)[number];

/**
 * One change made after a meeting's end, or an approval or reopening; or ('kept') typed minutes a
 * save could not put in the record kept apart from it, or discarded (the entry never holds their text).
 */
export interface AuditEntry {
  seq: number;
  meetingId: string;
  itemId: string | null;
  subject: AuditSubject | 'record' | 'kept';
  change: 'changed' | 'approved' | 'reopened';
  before: string | null;
  after: string | null;
  reason: string | null;
  /** When this run of edits began and last changed (ISO timestamps). */
  firstAt: string;
  at: string;
}

export interface AgendaItem {
  id: string;
  meetingId: string;
  /** 1-based position on the agenda; follows reordering. */
  number: number;
  title: string;
  purpose: string;
  leadOfficerId: string | null;
  exempt: boolean;
  /** The law an exempt item is exempt under (shared/exemptBasis.ts); null for a public item. */
  exemptBasis: ExemptBasis | null;
  /** Its paragraph of that schedule; null for a public item, and under the 1960 Act, which has none. */
  exemptParagraph: number | null;
}

export interface ItemMinutes {
  itemId: string;
  /** null until the first save. */
  doc: RichDoc | null;
  /** 0 until the first save; each save names the version it replaces. */
  version: number;
  updatedAt: string | null;
}

/** An item's report (seed 004): paragraphs numbered through the report, then contact points and papers. */
export interface ItemReport {
  itemId: string;
  /** null until the first save. */
  doc: RichDoc | null;
  /** Who to contact, a line each: "Emma James, Overview and Scrutiny Officer, Tel: 01905 844964". */
  contactPoints: string;
  /** The background papers, a line each, or the proper officer's statement that there are none. */
  backgroundPapers: string;
  version: number;
  updatedAt: string | null;
}

export const actionStatuses = ['open', 'in progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export interface Action {
  id: string;
  itemId: string;
  text: string;
  ownerId: string | null;
  /** ISO date, or null when none was set. */
  dueOn: string | null;
  status: ActionStatus;
  /** Bumped by every save; a save over an older version is refused as a conflict. */
  version: number;
}

export const itemPersonRoles = ['presenter', 'attendee'] as const;
export type ItemPersonRole = (typeof itemPersonRoles)[number];

/** Someone who presented an item, or was "in attendance" for it (seed 000). */
export interface ItemPerson {
  personId: string;
  role: ItemPersonRole;
  /** How they are described for this item, when it differs from their directory role. */
  capacity: string;
  person: Person;
}

/** An addendum to an item added after the meeting (seed 003), apart from the minutes proper. */
export interface ItemUpdate {
  id: string;
  itemId: string;
  /** e.g. "Information update from the Director after the meeting". */
  heading: string;
  doc: RichDoc;
  version: number;
}

export interface CommitteeDetail {
  committee: Committee;
  members: Membership[];
  meetings: Meeting[];
}

export interface MeetingDetail {
  meeting: Meeting;
  committee: Committee;
  items: AgendaItem[];
  /** Each item's minute number as the minutes will show it, by item id. */
  minuteNumbers: Record<string, string>;
  /**
   * Where the house style makes the resolution excluding the public a minute of its own: its minute
   * number, by the id of the exempt item it comes before. Empty otherwise.
   */
  exclusionMinutes: Record<string, string>;
  /** Every approval of these minutes, oldest first; the last is open while they stand approved. */
  approvals: Approval[];
}

export interface AppInfo {
  version: string;
  dataFile: string;
  /** True until the officer has created or loaded anything. */
  empty: boolean;
  /** Things about where the data lives that the officer should know (a cloud-sync folder…). */
  warnings: string[];
  /** Set when the data file could not be opened: what is wrong, and the backup on offer. */
  recovery: RecoveryInfo | null;
  /**
   * What the officer must know about the open data file while working: a damaged log kept aside
   * (recent changes may be missing), or damage the background check found. Each offers the latest
   * good backup.
   */
  notices: DataNotice[];
  /** True while SQLite's full check of a large data file is still running in the background. */
  checking: boolean;
}

export interface DataNotice {
  message: string;
  latestGoodBackup: BackupFile | null;
}

export interface RecoveryInfo {
  problem: string;
  latestGoodBackup: BackupFile | null;
}

export interface BackupFile {
  /** The file's name in the backups folder. */
  id: string;
  /** When it was taken (local time, ISO without zone). */
  takenAt: string;
  bytes: number;
  kind: 'backup' | 'before restore';
}

export interface BackupList {
  folder: string;
  backups: BackupFile[];
}

/**
 * Typed minutes a save could not put in the record (migration 019): refused because another window
 * changed the minutes first ('conflict') or because they had been approved ('approved'), kept until
 * the officer uses or discards them. Never part of the record, a document or the search.
 */
export interface KeptMinutes {
  id: string;
  itemId: string;
  reason: 'conflict' | 'approved';
  keptAt: string;
  doc: RichDoc;
}
