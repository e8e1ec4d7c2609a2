// The structure found (and corrected in the preview) written as a meeting: its committee, register,
// items, minutes, decisions, actions, updates and reports, in the caller's one transaction. People
// are matched to the directory by name; a new entry is made only where the officer chose "new" or
// no one in the directory has that name, and the result lists everyone it added.
import type { Vote } from '../../shared/decisions';
import { noVote } from '../../shared/decisions';
import type { CommitteeKind, MembershipRole } from '../../shared/domain';
import { membersOn } from '../../shared/attendance';
import { nameKey, type ImportResult, type ImportStructure, type ImportTarget } from '../../shared/importing';
import { AppError } from '../../shared/result';
import { createAction } from '../store/actions';
import { createUpdate } from '../store/updates';
import { createAgendaItem, setPublishedNumber } from '../store/agendaItems';
import { meetingDetail } from '../store/meetingRecord';
import {
  addAttendee,
  getAttendance,
  setMemberAttendance,
  setSubstitute,
  setTextOverride,
  updateAttendee,
} from '../store/attendance';
import { createCommittee, getCommittee } from '../store/committees';
import type { Db } from '../store/database';
import { createDecision, setClauses, updateDecision } from '../store/decisions';
import { setItemPeople } from '../store/itemPeople';
import { createMeeting, getMeeting, updateMeeting } from '../store/meetings';
import { addMember, listMembers, updateMembershipDates } from '../store/memberships';
import { saveMinutes } from '../store/minutes';
import { createPerson, getPerson, listPeople } from '../store/people';
import { saveReport } from '../store/reports';
import { docOfLines } from '../import/narrative';
import { attendingName, mayBe, peopleNamed } from '../import/preview';
import { noneDeclared, tidyItem, withoutSentences } from './importClosing';
import type { RichDoc } from '../../shared/richText';
import { recordDeclarations } from './importDeclarations';
import { hasWords } from '../../shared/document/text';
import { isDeclarationsItem } from '../../shared/document/minutes';
import { exemptionProblem, importedExemption } from '../../shared/exemptBasis';
import {
  committeeNamed,
  committeeNameOf,
  meetingDateOf,
  refuseApproved,
  refuseSecondMeeting,
} from './importTarget';

/** The first entry for each person: a name written twice in the text is one person once. */
const onePerPerson = <T extends { personId: string }>(entries: T[]): T[] =>
  entries.filter((entry, index) => entries.findIndex((e) => e.personId === entry.personId) === index);

function committeeKind(name: string): CommitteeKind {
  if (/\bcabinet\b|\bexecutive\b/i.test(name)) return 'cabinet';
  if (/scrutiny|overview/i.test(name)) return 'scrutiny';
  if (/planning|licensing|regulatory|development control/i.test(name)) return 'regulatory';
  if (
    /^(?:full\s+)?(?:county\s+|city\s+|borough\s+|district\s+)?council(?:\s+meeting)?$/i.test(name.trim())
  ) {
    return 'full council';
  }
  return 'other';
}

/**
 * The role on the committee a title in the text stands for. The title itself ("Mayor", "Convener",
 * "Chairman") is what the minutes print (kept as the member's capacity at the meeting).
 */
const membershipRole = (role: string): MembershipRole =>
  /vice|deputy|depute/i.test(role)
    ? 'vice-chair'
    : /\bchair|conven[eo]r\b|in the chair|\bprovost\b|\bmayor\b|presiding member/i.test(role)
      ? 'chair'
      : 'member';

/**
 * Writes the structure. Call inside one write transaction: the router runs a mutation in one, so a
 * failure part-way leaves nothing behind.
 */
export function importMeeting(
  db: Db,
  structure: ImportStructure,
  target: ImportTarget,
  choices: Record<string, string>,
): ImportResult {
  const notes: string[] = [];
  const found = structure.meeting;
  // Whether the file's declarations are the new meeting's declarations section, in its words.
  let sectionSet = false;
  let meetingId: string;
  let committeeId: string;
  let newMeeting = false;
  let newCommittee = false;
  if (target.meetingId) {
    const meeting = getMeeting(db, target.meetingId);
    refuseApproved(db, meeting);
    meetingId = meeting.id;
    committeeId = meeting.committeeId;
  } else {
    if (target.committeeId) committeeId = getCommittee(db, target.committeeId).id;
    else {
      const name = committeeNameOf(structure, target);
      const existing = committeeNamed(db, name);
      committeeId =
        existing?.id ??
        createCommittee(db, {
          name,
          kind: committeeKind(name),
          quorum: 3,
          defaultVenue: '',
          numberingScheme: '{n}',
        }).id;
      newCommittee = !existing;
    }
    const date = meetingDateOf(structure, target);
    const startTime = target.startTime ?? found?.startTime ?? '';
    if (!newCommittee) refuseSecondMeeting(db, committeeId, date, startTime);
    const meeting = createMeeting(db, {
      committeeId,
      date,
      // No time in the text: the meeting has none ('') rather than one made up.
      startTime,
      venue: target.venue ?? found?.venue ?? '',
    });
    updateMeeting(db, meeting.id, { status: 'minutes drafted' });
    meetingId = meeting.id;
    newMeeting = true;
  }
  const meeting = getMeeting(db, meetingId);

  // ---- People: chosen, matched by name, or added. ----
  const directory = listPeople(db);
  const ids = new Map<string, string>();
  const peopleAdded: string[] = [];
  let peopleMatched = 0;
  const named = new Map(peopleNamed(structure).map((person) => [nameKey(person.name), person]));
  const asAttending = attendingName(structure);
  // Who the meeting's register has present (an existing meeting's), read once when first needed.
  let presentPeople: { id: string; name: string }[] | null = null;
  const present = () =>
    (presentPeople ??= newMeeting
      ? []
      : getAttendance(db, meetingDetail(db, meetingId))
          .register.attendees.filter((a) => a.kind !== 'member' || a.status === 'present')
          .map((a) => a.person));
  const personId = (written: string): string | null => {
    // "Patel" moving a motion is the Councillor J Patel the Present list gives, when only one fits.
    const name = asAttending(written);
    const key = nameKey(name);
    if (!key) return null;
    const known = ids.get(key);
    if (known) return known;
    const person = named.get(key) ?? { name, honorific: '', role: '', kind: 'officer' as const };
    const choice = choices[key];
    let id: string;
    const exact = directory.filter((entry) => nameKey(entry.name) === key);
    if (choice && choice !== 'new') {
      id = getPerson(db, choice).id;
      peopleMatched++;
    } else if (choice !== 'new' && exact.length === 1) {
      id = exact[0]!.id;
      peopleMatched++;
    } else if (!choice && exact.length === 0 && present().filter((p) => mayBe(name, p.name)).length === 1) {
      // Items added to a meeting: "Patel" is the one Patel the meeting's register has present.
      id = present().find((p) => mayBe(name, p.name))!.id;
      peopleMatched++;
    } else {
      id = createPerson(db, {
        name: person.name,
        honorific: person.honorific,
        role: person.kind === 'member' ? '' : person.role,
        organisation: '',
        party: '',
        kind: person.kind,
      }).id;
      peopleAdded.push(person.honorific ? `${person.honorific} ${person.name}` : person.name);
    }
    ids.set(key, id);
    return id;
  };

  // ---- The register: a new meeting's, or merged into an existing meeting's. ----
  // Into an existing meeting, the file's people are added to its register where they are not on it
  // already; anyone the officer recorded keeps their entry as recorded.
  const onRegister = new Set(
    newMeeting
      ? []
      : getAttendance(db, meetingDetail(db, meetingId)).register.attendees.map((a) => a.personId),
  );
  if (found) {
    const dayAfter = (() => {
      const next = new Date(`${meeting.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      return next.toISOString().slice(0, 10);
    })();
    const memberOnDate = (id: string) =>
      membersOn(listMembers(db, committeeId), meeting.date).some((membership) => membership.personId === id);
    const ensureMember = (id: string, role: string): boolean => {
      if (memberOnDate(id)) return true;
      try {
        const membership = addMember(db, { committeeId, personId: id, role: membershipRole(role) });
        // A committee that already existed: the membership shown is for this meeting's date only.
        if (!newCommittee)
          updateMembershipDates(db, membership.id, { joinedOn: meeting.date, leftOn: dayAfter });
        return true;
      } catch {
        return false;
      }
    };
    const attempt = (what: string, write: () => void) => {
      try {
        write();
      } catch (error) {
        notes.push(
          `${what} is not on the register: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    };
    const substitutes = new Set(found.substitutes.map((person) => nameKey(person.name)));
    for (const [people, status] of [
      [found.present, 'present'],
      [found.apologies, 'apologies'],
    ] as const) {
      for (const person of people) {
        if (substitutes.has(nameKey(person.name))) continue;
        const id = personId(person.name)!;
        if (onRegister.has(id)) continue;
        if (!ensureMember(id, person.role)) {
          notes.push(
            `${person.name} is not on the register: their membership of the committee does not cover the meeting’s date.`,
          );
          continue;
        }
        attempt(person.name, () => {
          setMemberAttendance(db, { meetingId, personId: id, status });
          // The title the minutes gave ("Mayor", "Convener", "Chairman"), printed as they gave it.
          if (status === 'present' && person.role.trim())
            updateAttendee(db, { meetingId, personId: id, capacity: person.role.trim() });
        });
        onRegister.add(id);
      }
    }
    for (const person of found.substitutes) {
      const memberId = personId(person.for);
      const substituteId = personId(person.name)!;
      if (!memberId || onRegister.has(memberId) || onRegister.has(substituteId)) continue;
      if (!ensureMember(memberId, '')) continue;
      attempt(person.name, () => setSubstitute(db, { meetingId, memberId, substituteId }));
      onRegister.add(memberId);
      onRegister.add(substituteId);
    }
    // Officers, and everyone else "also present" or "in attendance" (a ward councillor, a guest):
    // attendees of the meeting, listed in the minutes as the register lists them.
    for (const [people, listed] of [
      [found.officers, 'officer'],
      [found.others, 'other'],
    ] as const) {
      for (const person of people) {
        const id = personId(person.name)!;
        if (onRegister.has(id)) continue;
        const kind = person.honorific === 'Councillor' ? 'other' : listed;
        attempt(person.name, () => addAttendee(db, { meetingId, personId: id, kind, capacity: person.role }));
        onRegister.add(id);
      }
    }
    // An existing meeting's declarations section is the officer's: the file's are recorded at its
    // items below, and any that cannot be stay in the items' own words.
    if (newMeeting && found.declarations.length > 0) {
      sectionSet = true;
      // The attendance block says what the minutes said, not "No declarations of interest were made".
      setTextOverride(
        db,
        meetingDetail(db, meetingId),
        'declarations',
        found.declarations.map((d) => d.text).join('\n'),
      );
    }
  }
  // Declarations are recorded at their item as each item is made (below); those that cannot be
  // (no item or member present to match) stay in the minutes' words and are listed in the notes.
  const declarations = found ? found.declarations : [];
  const recordedDeclarations = new Set<(typeof declarations)[number]>();

  // ---- The items. ----
  const itemIds: string[] = [];
  const narratives: { itemId: string; minutes: RichDoc }[] = [];
  const noneSaid = new Set<string>();
  let endTime: string | null = null;
  // A closing time without am or pm is read against the meeting's start and its body's usual hours.
  const closing = {
    startTime: meeting.startTime || null,
    committee: getCommittee(db, meeting.committeeId).name,
  };
  for (const [index, item] of structure.items.entries()) {
    const tidied = tidyItem(item, index === structure.items.length - 1, closing);
    endTime ??= tidied.endTime;
    const name = item.number ? `Item ${item.number}` : `“${item.title}”`;
    if (!item.title.trim()) throw new AppError('invalid_input', `${name} has no title: give it one.`);
    // Exempt under a schedule, with its paragraph, or under the 1960 Act, with none.
    const exemption = importedExemption(item);
    const exemptBasis = exemption?.basis ?? null;
    const exemptParagraph = exemption?.paragraph ?? null;
    if (exemption && exemptParagraph === null && exemptBasis !== '1960 Act') {
      throw new AppError(
        'invalid_input',
        exemptBasis === 'schedule 7A'
          ? `${name} is exempt under Schedule 7A to the Local Government (Scotland) Act 1973, but the text does not say under which paragraph: choose it (1 to 15).`
          : `${name} is exempt: choose the paragraph of Schedule 12A it is exempt under, or the Public Bodies (Admission to Meetings) Act 1960 (a parish or town council's confidential business), which has none.`,
      );
    }
    const problem = exemptionProblem(item.exempt, exemptBasis, exemptParagraph);
    if (problem) throw new AppError('invalid_input', `${name}: ${problem}`);
    const created = createAgendaItem(db, {
      meetingId,
      title: item.title.trim(),
      purpose: item.purpose.trim(),
      leadOfficerId: null,
      exempt: item.exempt,
      exemptBasis,
      exemptParagraph,
    });
    itemIds.push(created.id);
    if (item.number) setPublishedNumber(db, created.id, item.number);
    const { recorded } = recordDeclarations(
      db,
      meetingId,
      declarations.filter((declaration) => !recordedDeclarations.has(declaration)),
      { number: item.number, id: created.id },
      personId,
    );
    for (const declaration of recorded) recordedDeclarations.add(declaration);
    // Saved once every declaration is recorded (below): the declarations minute comes before the
    // items its declarations name.
    if (item.minutesText.trim()) narratives.push({ itemId: created.id, minutes: tidied.minutes });
    // "There were no declarations of interest." in a new meeting's declarations minute, with none
    // read: the declarations section says it, in the minute's words, and the minute does not say it
    // again (else the minutes print "No declarations of interest were made." beside it).
    const none = newMeeting && !sectionSet && isDeclarationsItem(item.title) && noneDeclared(tidied.minutes);
    if (none) {
      sectionSet = true;
      setTextOverride(db, meetingDetail(db, meetingId), 'declarations', none);
      noneSaid.add(none);
    }
    if (item.attendees.length > 0) {
      const people = item.attendees.map((person) => ({
        personId: personId(person.name)!,
        capacity: person.role,
      }));
      setItemPeople(db, created.id, 'attendee', onePerPerson(people));
    }
    for (const [at, decision] of item.decisions.entries()) {
      const stored = createDecision(db, {
        itemId: created.id,
        keyword: decision.keyword,
        qualifier: decision.qualifier,
        preamble: decision.preamble,
        clauseStyle: decision.clauseStyle,
      });
      const clauses = decision.clauses.map((clause, index) => ({
        groupHeading: clause.group && clause.group !== decision.clauses[index - 1]?.group ? clause.group : '',
        doc: docOfLines(clause.text),
      }));
      if (at === item.decisions.length - 1 && tidied.afterDecision.length > 0) {
        // What the text gives after the decision ("Reason for decision: …") follows its last clause,
        // so the minutes print it after the RESOLVED, as the text does.
        const last = clauses.at(-1);
        if (last) last.doc = { type: 'doc', content: [...(last.doc.content ?? []), ...tidied.afterDecision] };
        else clauses.push({ groupHeading: '', doc: { type: 'doc', content: tidied.afterDecision } });
      }
      setClauses(db, stored.id, clauses);
      let vote: Vote = noVote();
      if (decision.recorded) {
        const recorded = (['for', 'against', 'abstain'] as const).flatMap((side) =>
          decision.recorded![side].map((voter) => ({ personId: personId(voter)!, vote: side })),
        );
        vote = { ...vote, kind: 'recorded', recorded: onePerPerson(recorded), ...decision.votes! };
      } else if (decision.votes) vote = { ...vote, kind: 'show of hands', ...decision.votes };
      updateDecision(db, stored.id, {
        moverId: decision.mover ? personId(decision.mover) : null,
        seconderId: decision.seconder ? personId(decision.seconder) : null,
        vote,
      });
    }
    for (const action of item.actions) {
      const owner = action.owner.trim();
      const text = owner && !action.text.includes(owner) ? `${action.text} (${owner})` : action.text;
      createAction(db, { itemId: created.id, text, ownerId: null, dueOn: null, status: 'open' });
    }
    for (const update of item.updates)
      createUpdate(db, { itemId: created.id, heading: update.heading, doc: update.doc });
    if (item.report) {
      saveReport(
        db,
        created.id,
        {
          doc: item.report.doc,
          contactPoints: item.report.contactPoints,
          backgroundPapers: item.report.backgroundPapers,
        },
        0,
      );
    }
  }
  // A declaration recorded as structure (on the register at its item, and in a new meeting's
  // declarations section, which holds them all) is not kept as narrative too, in the declarations
  // minute or at the item: the minutes print it once, and the public edition's rule for an exempt
  // item's interest applies to it. What the text said that was not read as a declaration stays.
  const structured = new Set([
    ...(sectionSet ? declarations : [...recordedDeclarations]).map((declaration) => declaration.text.trim()),
    ...noneSaid,
  ]);
  for (const { itemId, minutes } of narratives) {
    const kept = withoutSentences(minutes, structured);
    if (hasWords(kept)) saveMinutes(db, itemId, kept, 0);
  }
  const unrecorded = declarations.filter((declaration) => !recordedDeclarations.has(declaration)).length;
  if (unrecorded > 0) {
    notes.push(
      `${unrecorded === 1 ? 'A declaration of interest is' : `${unrecorded} declarations of interest are`} kept in the minutes’ text only (no item or member present to record ${unrecorded === 1 ? 'it' : 'them'} against); record ${unrecorded === 1 ? 'it' : 'them'} on the register to have ${unrecorded === 1 ? 'it' : 'them'} counted.`,
    );
  }
  // "The meeting closed at 4.10 pm.": the meeting's end time, which the minutes print last.
  if (endTime && !meeting.endTime) updateMeeting(db, meetingId, { endTime });
  return { meetingId, committeeId, itemIds, peopleAdded, peopleMatched, notes };
}
