// The register's vocabulary: statuses, kinds of attendee, movements, declarations, the sections
// the minutes carry, and what each item's count says.
import type { Nation } from '../calendar/settings';
import type { Committee, Meeting, Membership, Person } from '../domain';

export const attendanceStatuses = ['present', 'apologies', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** member: on the committee on the meeting's date; substitute: attends for one who sent apologies. */
export const attendeeKinds = ['member', 'substitute', 'officer', 'other'] as const;
export type AttendeeKind = (typeof attendeeKinds)[number];

export const movementKinds = ['arrived', 'left'] as const;
export type MovementKind = (typeof movementKinds)[number];

/**
 * The kinds of interest each nation's code of conduct names, as its councils' minutes write them:
 * England's (Localism Act 2011 and the model code), Wales's (the Members' Model Code of Conduct:
 * personal, and personal and prejudicial), Scotland's (the Councillors' Code of Conduct: financial
 * and non-financial) and Northern Ireland's (the Local Government Code of Conduct for Councillors:
 * pecuniary, and significant private or personal non-pecuniary).
 */
export const interestCategoriesByNation = {
  england: ['disclosable pecuniary', 'other registrable', 'non-registrable'],
  wales: ['personal', 'personal and prejudicial'],
  scotland: ['financial', 'non-financial'],
  ni: ['pecuniary', 'significant private or personal non-pecuniary'],
} as const satisfies Record<Nation, readonly string[]>;

/**
 * Every kind a declaration may be recorded as, whichever nation's: the codes' kinds, and two that
 * councils' minutes write for them and an import keeps as written ("a prejudicial interest" in Wales,
 * "a non-pecuniary interest" in Northern Ireland).
 */
export const interestCategories = [
  ...interestCategoriesByNation.england,
  ...interestCategoriesByNation.wales,
  ...interestCategoriesByNation.scotland,
  ...interestCategoriesByNation.ni,
  'prejudicial',
  'non-pecuniary',
] as const;
export type InterestCategory = (typeof interestCategories)[number];

/** The kinds of interest offered for a committee in `nation`, its own code's words. */
export const interestCategoriesFor = (nation: Nation): readonly InterestCategory[] =>
  interestCategoriesByNation[nation];

/**
 * The kind of interest as recorded: one of those, or 'unstated' where the minutes say only that
 * an interest was declared (an imported "declared an interest in item 5"), so no kind is made up.
 */
export const declaredCategories = [...interestCategories, 'unstated'] as const;
export type DeclaredCategory = (typeof declaredCategories)[number];

/** "a non-registrable interest", "an other registrable interest"; "an interest" where the kind is not stated. */
export function interestWords(category: DeclaredCategory): string {
  if (category === 'unstated') return 'an interest';
  return `${/^[aeiou]/.test(category) ? 'an' : 'a'} ${category} interest`;
}

export const textSections = [
  'present',
  'apologies',
  'substitutes',
  'officers',
  'others',
  'movements',
  'declarations',
] as const;
export type TextSection = (typeof textSections)[number];

export interface Attendee {
  personId: string;
  kind: AttendeeKind;
  /** For members; substitutes, officers and others are present. */
  status: AttendanceStatus;
  /** For a substitute: the member whose place they take. */
  substituteForId: string | null;
  remote: boolean;
  /** How an officer or guest is described at this meeting, when not their directory role. */
  capacity: string;
  person: Person;
}

export interface Movement {
  id: string;
  personId: string;
  kind: MovementKind;
  /** The agenda item under way. */
  itemId: string;
  /** HH:MM, or null when not noted. */
  time: string | null;
}

export interface Declaration {
  id: string;
  itemId: string;
  personId: string;
  category: DeclaredCategory;
  /** The interest in words, to follow "declared … interest in minute 46": "as a director of a care provider". */
  interest: string;
  /** Whether the member withdrew; null where the minutes do not say (neither "withdrew" nor "remained"). */
  withdrew: boolean | null;
  /**
   * How the minutes worded the withdrawal or the staying, printed as they said it ("left the
   * meeting for that item"); '' or absent where they give none of their own, for the usual words.
   */
  withdrawalWords?: string;
}

/**
 * The end of a declaration's sentence: ", and left the meeting for that item." in the minutes' own
 * words where they give them, else the usual words (`withdrewWords` differs between the declarations
 * section and the item); "." where the minutes do not say whether the member withdrew.
 */
export function withdrawalEnding(declaration: Declaration, withdrewWords: string): string {
  if (declaration.withdrew === null) return '.';
  const own = (declaration.withdrawalWords ?? '').trim().replace(/[.\s]+$/, '');
  if (own) return `, and ${own.replace(/^and\s+/i, '')}.`;
  return declaration.withdrew ? `, and ${withdrewWords}.` : ', and remained in the room.';
}

export interface TextOverride {
  section: TextSection;
  text: string;
  /** What was generated when the officer wrote the override: if it changes, the officer is told. */
  generatedWhenWritten: string;
}

export interface RegisterItem {
  id: string;
  number: number;
  title: string;
  /** Taken in private: a declaration made at it gives its interest's wording in the confidential edition only. */
  exempt: boolean;
}

/** Everything the rules need about one meeting. */
export interface Register {
  quorum: number;
  /** Whether members attending remotely count towards the quorum and may vote (Wales: yes; England: no). */
  remoteCounts: boolean;
  /** Committee membership on the meeting's date, chair first. */
  members: Membership[];
  attendees: Attendee[];
  movements: Movement[];
  declarations: Declaration[];
  items: RegisterItem[];
  minuteNumbers: Record<string, string>;
}

/** What the attendance screens read: the register, and the officer's own wording where it replaces ours. */
export interface AttendanceDetail {
  meeting: Meeting;
  committee: Committee;
  register: Register;
  overrides: TextOverride[];
}

export type NotCountedReason =
  | 'apologies'
  | 'absent'
  | 'not recorded'
  | 'remote'
  | 'arrived during the item'
  | 'left during the item'
  | 'not in the room'
  | 'withdrew';

export interface ItemCount {
  itemId: string;
  /** Members (and substitutes) who count for this item's quorum and vote, in register order. */
  counting: string[];
  /** Members of the committee (or their substitutes) who do not count for this item, and why. */
  notCounting: { personId: string; reason: NotCountedReason }[];
  quorum: number;
  quorate: boolean;
  /** Who presides: the Chair if they count, else the Vice-Chair if they count, else null. */
  presiding: string | null;
}
