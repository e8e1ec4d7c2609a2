// The API contract: every method declared once, with its input schema and its output type.
// The router in electron/api validates against these schemas; the renderer's client is typed by them.
import { z } from 'zod';
import {
  actionStatuses,
  committeeKinds,
  exemptParagraphs,
  itemPersonRoles,
  meetingStatuses,
  membershipRoles,
  personKinds,
  type AgendaItem,
  type AppInfo,
  type BackupFile,
  type BackupList,
  type Action,
  type AuditEntry,
  type Committee,
  type ItemMinutes,
  type ItemReport,
  type ItemUpdate,
  type ItemPerson,
  type CommitteeDetail,
  type Meeting,
  type MeetingDetail,
  type Membership,
  type Person,
} from './domain';
import { richDoc } from './richText';
import { houseStyleFields, type HouseStyle } from './houseStyle';
import { importStructure, type ImportPreview, type ImportResult } from './importing';

export const exportKinds = ['minutes', 'agenda', 'report'] as const;
export const editions = ['public', 'confidential'] as const;
/** Which version of minutes that have been approved: as approved, or as they stand now. */
export const exportVersions = ['approved', 'current'] as const;
import { clauseStyles, decisionKeywords, voteChoices, voteKinds, type Decision } from './decisions';
import {
  attendanceStatuses,
  interestCategories,
  movementKinds,
  textSections,
  type AttendanceDetail,
} from './attendance';

/**
 * A query only reads; a mutation runs in one write transaction; a task works on files beside the
 * database (backups, restoring) and may take its time.
 */
type MethodKind = 'query' | 'mutation' | 'task';

interface MethodSpec<I extends z.ZodType, O, K extends MethodKind = MethodKind> {
  kind: K;
  input: I;
  /** Never set: carries the output type for the client. */
  output?: O;
}

const query =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'query'> => ({ kind: 'query', input });
const mutation =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'mutation'> => ({ kind: 'mutation', input });

const task =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'task'> => ({ kind: 'task', input });

const id = (what: string) =>
  z.uuid({
    error: (issue) => (issue.input === undefined ? `${what} is missing.` : `${what} is not a valid id.`),
  });

/** "X is missing." when absent, `wrong` when present but of the wrong type. */
const typeError = (label: string, wrong: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `${label} is missing.` : wrong),
});

const text = (label: string, max: number) =>
  z
    .string(typeError(label, `${label} must be text.`))
    .trim()
    .max(max, { error: `${label} is too long (at most ${max} characters).` });

const requiredText = (label: string, max: number) =>
  text(label, max).min(1, { error: `${label} must not be empty.` });

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string(typeError('Date', 'Date must be text like 2026-03-15.'))
  .regex(isoDatePattern, { error: 'Date must be written as YYYY-MM-DD, e.g. 2026-03-15.' })
  .refine(
    (value) => {
      // A wrongly written date has been reported already.
      if (!isoDatePattern.test(value)) return true;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    { error: 'Date is not a real calendar date.' },
  );

const clock = (label: string) =>
  z.string(typeError(label, `${label} must be text like 14:00.`)).regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: `${label} must be on the 24-hour clock, e.g. 14:00.`,
  });
const clockTime = clock('Start time');

const committeeFields = {
  name: requiredText('Committee name', 200),
  kind: z.enum(committeeKinds, typeError('Kind', `Kind must be one of: ${committeeKinds.join(', ')}.`)),
  quorum: z
    .number(typeError('Quorum', 'Quorum must be a number.'))
    .int({ error: 'Quorum must be a whole number.' })
    .min(1, { error: 'Quorum must be at least 1.' })
    .max(200, { error: 'Quorum must be at most 200.' }),
  defaultVenue: text('Default venue', 300),
  numberingScheme: requiredText('Minute numbering scheme', 40).refine((s) => s.includes('{n}'), {
    error: 'Minute numbering scheme must contain {n} where the number goes, e.g. {n}/{yy}.',
  }),
  remoteCounts: z
    .boolean(typeError('Remote attendance', 'Remote attendance counts or it does not: true or false.'))
    .optional(),
};

const personFields = {
  name: requiredText('Name', 200),
  honorific: text('Honorific', 40),
  role: text('Role or job title', 300),
  organisation: text('Organisation', 200),
  party: text('Party', 100),
  kind: z.enum(personKinds, typeError('Kind', `Kind must be one of: ${personKinds.join(', ')}.`)),
};

const meetingFields = {
  date: isoDate,
  startTime: clockTime,
  venue: text('Venue', 300),
  status: z.enum(
    meetingStatuses,
    typeError('Status', `Status must be one of: ${meetingStatuses.join(', ')}.`),
  ),
  contactOfficerId: id('Contact officer').nullable(),
};

const exemptParagraph = z
  .number(typeError('Schedule 12A paragraph', 'Schedule 12A paragraph must be a number.'))
  .refine((n) => (exemptParagraphs as readonly number[]).includes(n), {
    error: 'Schedule 12A paragraph must be 1 to 7 (England) or 12 to 18 (Wales).',
  })
  .nullable();

const agendaItemFields = {
  title: requiredText('Title', 500),
  purpose: text('Purpose', 5000),
  leadOfficerId: id('Lead officer').nullable(),
  exempt: z.boolean(typeError('Exempt', 'Exempt must be true or false.')),
  exemptParagraph,
};

/** An exempt item names its Schedule 12A paragraph; a public one has none. */
const exemptNeedsParagraph = <T extends { exempt?: boolean; exemptParagraph?: number | null }>(
  item: T,
  ctx: z.RefinementCtx,
) => {
  if (item.exempt === true && (item.exemptParagraph === null || item.exemptParagraph === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['exemptParagraph'],
      message: 'An exempt item needs the Schedule 12A paragraph it is exempt under.',
    });
  }
  if (item.exempt === false && item.exemptParagraph !== null && item.exemptParagraph !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['exemptParagraph'],
      message: 'Only an exempt item has a Schedule 12A paragraph.',
    });
  }
};

const none = z.strictObject({});

/** The version a change was made over; another window's save in between is a conflict. */
const baseVersion = (min: 0 | 1) =>
  z.number(typeError('Base version', 'Base version must be a number.')).int().min(min);

const actionFields = {
  text: text('Action', 2000),
  ownerId: id('Owner').nullable(),
  dueOn: isoDate.nullable(),
  status: z.enum(actionStatuses, typeError('Status', `Status must be one of: ${actionStatuses.join(', ')}.`)),
};

const decisionKeyword = z.enum(
  decisionKeywords,
  typeError('Keyword', `Keyword must be one of: ${decisionKeywords.join(', ')}.`),
);
const clauseStyle = z.enum(
  clauseStyles,
  typeError('Clause numbering', `Clause numbering must be one of: ${clauseStyles.join(' ')}.`),
);
const voteCount = (label: string) =>
  z
    .number(typeError(label, `${label} must be a number.`))
    .int({ error: `${label} must be a whole number.` })
    .min(0, { error: `${label} cannot be negative.` })
    .max(10_000, { error: `${label} is more than any council has members.` });
const vote = z.strictObject({
  kind: z.enum(voteKinds, typeError('Vote', `Vote must be one of: ${voteKinds.join(', ')}.`)),
  for: voteCount('Votes for'),
  against: voteCount('Votes against'),
  abstain: voteCount('Abstentions'),
  recorded: z
    .array(
      z.strictObject({
        personId: id('Member'),
        vote: z.enum(voteChoices, typeError('Vote', 'Each named vote is for, against or abstain.')),
      }),
    )
    .max(1000)
    .refine((votes) => new Set(votes.map((v) => v.personId)).size === votes.length, {
      error: 'A member can be named only once in a recorded vote.',
    }),
  castingVote: z
    .enum(['for', 'against'], typeError('Casting vote', 'The casting vote is for or against.'))
    .nullable(),
});

export const committeeInput = z.strictObject(committeeFields);
export const personInput = z.strictObject(personFields);
export const agendaItemInput = z
  .strictObject({ meetingId: id('Meeting'), ...agendaItemFields })
  .superRefine(exemptNeedsParagraph);

const declarationFields = {
  itemId: id('Agenda item'),
  personId: id('Member'),
  category: z.enum(
    interestCategories,
    typeError('Category', `The category is one of: ${interestCategories.join(', ')}.`),
  ),
  interest: text('The interest', 2000),
  withdrew: z.boolean(typeError('Withdrew', 'Withdrew is true or false.')),
};
const remote = z.boolean(typeError('Remote', 'Remote is true or false.')).optional();

const backupId = z
  .string(typeError('Backup', 'Say which backup.'))
  .regex(/^(minutebook-|before-restore-)[0-9T-]+\.sqlite3$/, { error: 'That is not the name of a backup.' });

export const methods = {
  'app.info': query<AppInfo>()(none),
  /** The backups folder and what is in it, newest first. */
  'backups.list': query<BackupList>()(none),
  /** "Back up now". */
  'backups.create': task<BackupFile>()(none),
  /**
   * "Restore from backup…": the current file is first saved aside (as a backup, or, when it is
   * damaged, moved aside as it is), then the backup is put in its place.
   */
  'backups.restore': task<{ restoredFrom: string; savedAs: string | null }>()(
    z.strictObject({ id: backupId }),
  ),
  /** When the data file is damaged and there is no backup to restore: move it aside and start empty. */
  'recovery.startAfresh': task<{ savedAs: string }>()(none),
  'sample.load': mutation<{ committeeId: string; meetingId: string }>()(none),

  'committees.list': query<Committee[]>()(none),
  'committees.get': query<CommitteeDetail>()(z.strictObject({ id: id('Committee') })),
  'committees.create': mutation<Committee>()(committeeInput),
  'committees.update': mutation<Committee>()(
    z
      .strictObject({ id: id('Committee'), ...committeeFields })
      .partial()
      .required({ id: true }),
  ),
  'committees.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Committee') })),

  'people.list': query<Person[]>()(none),
  'people.create': mutation<Person>()(personInput),
  'people.update': mutation<Person>()(
    z
      .strictObject({ id: id('Person'), ...personFields })
      .partial()
      .required({ id: true }),
  ),
  'people.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Person') })),

  'memberships.add': mutation<Membership>()(
    z.strictObject({
      committeeId: id('Committee'),
      personId: id('Person'),
      role: z.enum(membershipRoles, typeError('Role', `Role must be one of: ${membershipRoles.join(', ')}.`)),
    }),
  ),
  /** A person new to the directory, added to the directory and the committee in one transaction. */
  'memberships.addNewPerson': mutation<Membership>()(
    z.strictObject({
      committeeId: id('Committee'),
      person: personInput,
      role: z.enum(membershipRoles, typeError('Role', `Role must be one of: ${membershipRoles.join(', ')}.`)),
    }),
  ),
  /** A change of role, or of when the member joined or left (a meeting uses the membership on its date). */
  'memberships.update': mutation<Membership>()(
    z.strictObject({
      id: id('Membership'),
      role: z
        .enum(membershipRoles, typeError('Role', `Role must be one of: ${membershipRoles.join(', ')}.`))
        .optional(),
      joinedOn: isoDate.nullable().optional(),
      leftOn: isoDate.nullable().optional(),
    }),
  ),
  'memberships.remove': mutation<{ id: string }>()(z.strictObject({ id: id('Membership') })),

  'meetings.get': query<MeetingDetail>()(z.strictObject({ id: id('Meeting') })),
  'meetings.create': mutation<Meeting>()(
    z.strictObject({
      committeeId: id('Committee'),
      date: isoDate,
      startTime: clockTime,
      /** Left out: the committee's default venue. */
      venue: text('Venue', 300).optional(),
    }),
  ),
  'meetings.update': mutation<Meeting>()(
    z
      .strictObject({ id: id('Meeting'), ...meetingFields })
      .partial()
      .required({ id: true }),
  ),
  'meetings.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Meeting') })),
  /** Approves the minutes at a later meeting: the record as it stands becomes the approved version. */
  'meetings.approve': mutation<Meeting>()(
    z.strictObject({
      id: id('Meeting'),
      approvedByMeetingId: id('Approving meeting'),
      /** Left out: the approving meeting's date. */
      approvedOn: isoDate.optional(),
    }),
  ),
  /** Reopens approved minutes for correction; the reason goes in the audit trail. */
  'meetings.reopen': mutation<Meeting>()(
    z.strictObject({
      id: id('Meeting'),
      reason: z
        .string(typeError('Reason', 'Give the reason for reopening the minutes.'))
        .trim()
        .min(5, { error: 'Give the reason for reopening the minutes, in a few words at least.' })
        .max(2000, { error: 'The reason can be at most 2,000 characters.' }),
    }),
  ),
  /** The audit trail of a meeting, or of one of its items; newest first. */
  'audit.list': query<AuditEntry[]>()(
    z.strictObject({ meetingId: id('Meeting'), itemId: id('Agenda item').optional() }),
  ),

  'items.get': query<AgendaItem>()(z.strictObject({ id: id('Agenda item') })),
  'items.create': mutation<AgendaItem>()(agendaItemInput),
  'items.update': mutation<AgendaItem>()(
    z
      .strictObject({ id: id('Agenda item'), ...agendaItemFields })
      .partial()
      .required({ id: true })
      .superRefine(exemptNeedsParagraph),
  ),
  'items.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Agenda item') })),
  'minutes.get': query<ItemMinutes>()(z.strictObject({ itemId: id('Agenda item') })),
  /** Saves an item's minutes over `baseVersion`; another window's save in between is a conflict. */
  'minutes.save': mutation<{ version: number; updatedAt: string }>()(
    z.strictObject({
      itemId: id('Agenda item'),
      doc: richDoc,
      baseVersion: baseVersion(0),
    }),
  ),
  'decisions.list': query<Decision[]>()(z.strictObject({ itemId: id('Agenda item') })),
  'decisions.create': mutation<Decision>()(
    z.strictObject({
      /** Chosen by the window, so it can show and focus the decision before the server answers. */
      id: id('Decision').optional(),
      itemId: id('Agenda item'),
      keyword: decisionKeyword,
      qualifier: text('Qualifier', 200).default(''),
      preamble: text('Preamble', 200).default(''),
      /** Left out: the house style's. */
      clauseStyle: clauseStyle.optional(),
    }),
  ),
  /** Any of a decision's fields, and its clauses, in one transaction. */
  'decisions.update': mutation<Decision>()(
    z.strictObject({
      id: id('Decision'),
      /** The version the change was made over; another window's save in between is a conflict. */
      baseVersion: baseVersion(1),
      keyword: decisionKeyword.optional(),
      qualifier: text('Qualifier', 200).optional(),
      preamble: text('Preamble', 200).optional(),
      clauseStyle: clauseStyle.optional(),
      moverId: id('Mover').nullable().optional(),
      seconderId: id('Seconder').nullable().optional(),
      vote: vote.optional(),
      publicWording: text('Publishable wording', 5000).optional(),
      /** The clauses in order, replacing the old ones (reordering is sending them in the new order). */
      clauses: z
        .array(
          z.strictObject({
            id: id('Clause').optional(),
            groupHeading: text('Group heading', 300),
            doc: richDoc,
          }),
        )
        .max(500, { error: 'A decision can have at most 500 clauses.' })
        .optional(),
    }),
  ),
  'decisions.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Decision') })),
  'itemPeople.list': query<ItemPerson[]>()(z.strictObject({ itemId: id('Agenda item') })),
  /** Replaces who presented, or who attended, an item: the whole list for that role, in order. */
  'itemPeople.set': mutation<ItemPerson[]>()(
    z.strictObject({
      itemId: id('Agenda item'),
      role: z.enum(itemPersonRoles, typeError('Role', 'Role must be presenter or attendee.')),
      people: z
        .array(z.strictObject({ personId: id('Person'), capacity: text('Capacity', 300).default('') }))
        .max(200, { error: 'An item can list at most 200 people.' }),
    }),
  ),
  'actions.list': query<Action[]>()(z.strictObject({ itemId: id('Agenda item') })),
  'actions.create': mutation<Action>()(
    z
      .strictObject({ id: id('Action'), itemId: id('Agenda item'), ...actionFields })
      .partial()
      .required({ itemId: true }),
  ),
  'actions.update': mutation<Action>()(
    z
      .strictObject({ id: id('Action'), baseVersion: baseVersion(1), ...actionFields })
      .partial()
      .required({ id: true, baseVersion: true }),
  ),
  'actions.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Action') })),

  'updates.list': query<ItemUpdate[]>()(z.strictObject({ itemId: id('Agenda item') })),
  'updates.create': mutation<ItemUpdate>()(
    z.strictObject({
      itemId: id('Agenda item'),
      heading: text('Heading', 500).default(''),
      doc: richDoc.optional(),
    }),
  ),
  'updates.update': mutation<ItemUpdate>()(
    z.strictObject({
      id: id('Update'),
      baseVersion: baseVersion(1),
      heading: text('Heading', 500).optional(),
      doc: richDoc.optional(),
    }),
  ),
  'updates.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Update') })),

  /** Moves an item to a 1-based position; the others close up. Returns the new order. */
  'attendance.get': query<AttendanceDetail>()(z.strictObject({ meetingId: id('Meeting') })),
  /** A member's entry on the register; a null status clears it ("not yet recorded"). */
  'attendance.setMember': mutation<AttendanceDetail>()(
    z.strictObject({
      meetingId: id('Meeting'),
      personId: id('Member'),
      status: z
        .enum(attendanceStatuses, typeError('Status', `Status is one of: ${attendanceStatuses.join(', ')}.`))
        .nullable(),
      remote,
    }),
  ),
  'attendance.setSubstitute': mutation<AttendanceDetail>()(
    z.strictObject({
      meetingId: id('Meeting'),
      memberId: id('Member'),
      substituteId: id('Substitute'),
      remote,
    }),
  ),
  'attendance.addAttendee': mutation<AttendanceDetail>()(
    z.strictObject({
      meetingId: id('Meeting'),
      personId: id('Person'),
      kind: z.enum(['officer', 'other'], typeError('Kind', 'An attendee is an officer or other.')),
      capacity: text('Capacity', 300),
    }),
  ),
  'attendance.updateAttendee': mutation<AttendanceDetail>()(
    z.strictObject({
      meetingId: id('Meeting'),
      personId: id('Person'),
      capacity: text('Capacity', 300).optional(),
      remote,
    }),
  ),
  'attendance.removeAttendee': mutation<AttendanceDetail>()(
    z.strictObject({ meetingId: id('Meeting'), personId: id('Person') }),
  ),
  'attendance.addMovement': mutation<AttendanceDetail>()(
    z.strictObject({
      id: id('Movement').optional(),
      meetingId: id('Meeting'),
      personId: id('Person'),
      kind: z.enum(movementKinds, typeError('Movement', 'A movement is arrived or left.')),
      itemId: id('Agenda item'),
      time: clock('Time').nullable(),
    }),
  ),
  'attendance.removeMovement': mutation<AttendanceDetail>()(z.strictObject({ id: id('Movement') })),
  'attendance.setText': mutation<AttendanceDetail>()(
    z.strictObject({
      meetingId: id('Meeting'),
      section: z.enum(textSections, typeError('Section', `Section is one of: ${textSections.join(', ')}.`)),
      text: text('Text', 20_000).nullable(),
    }),
  ),
  'declarations.add': mutation<AttendanceDetail>()(
    z.strictObject({ meetingId: id('Meeting'), ...declarationFields }),
  ),
  'declarations.update': mutation<AttendanceDetail>()(
    z.strictObject({ id: id('Declaration'), ...declarationFields }),
  ),
  'declarations.remove': mutation<AttendanceDetail>()(z.strictObject({ id: id('Declaration') })),

  'houseStyle.get': query<{ style: HouseStyle; version: number }>()(none),
  'houseStyle.save': mutation<{ style: HouseStyle; version: number }>()(
    z.strictObject({ style: z.strictObject(houseStyleFields), baseVersion: baseVersion(0) }),
  ),
  'reports.get': query<ItemReport>()(z.strictObject({ itemId: id('Agenda item') })),
  /** Saves an item's report over `baseVersion`; another window's save in between is a conflict. */
  'reports.save': mutation<{ version: number; updatedAt: string }>()(
    z.strictObject({
      itemId: id('Agenda item'),
      doc: richDoc,
      contactPoints: text('Contact points', 5000),
      backgroundPapers: text('Background papers', 20_000),
      baseVersion: baseVersion(0),
    }),
  ),
  /** A Word document of a meeting, as bytes (base64) with the file name the officer would expect. */
  'exports.build': query<{ fileName: string; base64: string }>()(
    z
      .strictObject({
        meetingId: id('Meeting'),
        kind: z.enum(
          exportKinds,
          typeError('Document', `The document is one of: ${exportKinds.join(', ')}.`),
        ),
        itemId: id('Agenda item').optional(),
        edition: z.enum(editions, typeError('Edition', 'The edition is public or confidential.')),
        /** Minutes that have been approved: the approved version unless 'current' is asked for. */
        version: z
          .enum(exportVersions, typeError('Version', 'The version is approved or current.'))
          .default('approved'),
      })
      .refine((input) => input.kind !== 'report' || input.itemId !== undefined, {
        error: 'Say which item’s report to export.',
        path: ['itemId'],
      }),
  ),

  /**
   * What an import would bring in: pasted text, or a file's bytes (base64) of a .txt or .docx. Reads
   * the directory and committees to match names; writes nothing.
   */
  'imports.preview': query<ImportPreview>()(
    z
      .strictObject({
        text: z
          .string(typeError('Text', 'The text must be text.'))
          .max(20_000_000, { error: 'The text is too long to import (at most 20 million characters).' })
          .optional(),
        file: z
          .string(typeError('File', 'The file must be sent as base64.'))
          .max(28_000_000, { error: 'The file is too large to import (at most 20 MB).' })
          .optional(),
        fileName: text('File name', 500).optional(),
      })
      .refine((input) => (input.text === undefined) !== (input.file === undefined), {
        error: 'Paste text or choose a file to import.',
      }),
  ),
  /** Writes the (corrected) structure as one transaction: a new meeting, or items added to one. */
  'imports.commit': mutation<ImportResult>()(
    z.strictObject({
      structure: importStructure,
      target: z.strictObject({
        meetingId: id('Meeting').optional(),
        committeeId: id('Committee').optional(),
        committeeName: text('Committee name', 200).optional(),
        date: isoDate.optional(),
        startTime: clockTime.optional(),
        venue: text('Venue', 300).optional(),
      }),
      /** For each person (by name key): the directory entry they are, or "new". */
      people: z.record(z.string().max(200), z.union([z.literal('new'), id('Person')])),
    }),
  ),

  'items.move': mutation<AgendaItem[]>()(
    z.strictObject({
      id: id('Agenda item'),
      toNumber: z
        .number(typeError('Position', 'Position must be a number.'))
        .int({ error: 'Position must be a whole number.' })
        .min(1, { error: 'Position must be at least 1.' }),
    }),
  ),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

/** What the preload script puts on `window.minutebook`. */
export interface MinutebookBridge {
  call: (method: string, input: unknown) => Promise<unknown>;
  /** Desktop only: asks where to save, then writes a Word document (input as `exports.build`). */
  saveDocument?: (input: unknown) => Promise<unknown>;
  /**
   * Desktop only: the window is about to close; `flush` writes what is pending and says what could
   * not be saved. The main process waits for it (for a bounded time) before closing.
   */
  onFlushRequest?: (flush: () => Promise<{ unsaved: string[] }>) => void;
}
