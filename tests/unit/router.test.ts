import { describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api';
import type { AgendaItem, Committee, Meeting, MeetingDetail } from '../../shared/domain';
import { handlers } from '../../electron/api/handlers';
import { createRouter, type Handlers } from '../../electron/api/router';
import { createCommittee } from '../../electron/store/committees';
import { AppError } from '../../shared/result';
import { ok, tempCore } from './helpers';

const committeeInput = {
  name: 'Overview and Scrutiny Committee',
  kind: 'scrutiny',
  quorum: 3,
  defaultVenue: 'Council Chamber',
  numberingScheme: '{n}',
};

async function meetingWithItems(core: ReturnType<typeof tempCore>, titles: string[]) {
  const committee = await ok<Committee>(core, 'committees.create', committeeInput);
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-06-09',
    startTime: '14:00',
  });
  for (const title of titles) {
    await ok(core, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
  }
  return { committee, meeting };
}

/** Every row of every table, to prove a refused call wrote nothing. */
function snapshot(core: ReturnType<typeof tempCore>) {
  const tables = core.db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((table) => [table, core.db.prepare(`SELECT * FROM ${table}`).all()]));
}

describe('the router', () => {
  it('implements every method the contract declares, and no others', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('answers { ok: true, value } for a good call', async () => {
    const core = tempCore();
    const result = await core.router.call('committees.create', committeeInput);
    expect(result).toEqual({
      ok: true,
      value: {
        id: expect.any(String),
        ...committeeInput,
        remoteCounts: false,
        nation: 'england',
        callInDays: 5,
      },
    });
  });

  it('rejects an unknown method by name', async () => {
    const core = tempCore();
    expect(await core.router.call('committees.explode', {})).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Minutebook has no method called "committees.explode".' },
    });
    expect((await core.router.call('toString', {})).ok).toBe(false);
    expect((await core.router.call('__proto__', {})).ok).toBe(false);
  });

  it('rejects an empty title with a message a person can act on, and writes nothing', async () => {
    const core = tempCore();
    const { meeting } = await meetingWithItems(core, ['Apologies']);
    const before = snapshot(core);
    const result = await core.router.call('items.create', {
      meetingId: meeting.id,
      title: '   ',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Title must not be empty.' },
    });
    expect(snapshot(core)).toEqual(before);
  });

  it('rejects wrong types field by field', async () => {
    const core = tempCore();
    const result = await core.router.call('committees.create', {
      ...committeeInput,
      quorum: 'three',
      kind: 'parish',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          'Kind must be one of: cabinet, scrutiny, regulatory, full council, other. Quorum must be a number.',
      },
    });
    expect(snapshot(core).committees).toEqual([]);
  });

  it('names missing fields and unexpected ones', async () => {
    const core = tempCore();
    const missing = await core.router.call('committees.create', { name: 'Audit Committee' });
    expect(missing.ok ? '' : missing.error.message).toBe(
      'Kind is missing. Quorum is missing. Default venue is missing. Minute numbering scheme is missing.',
    );
    const extra = await core.router.call('committees.create', { ...committeeInput, chair: 'Cllr Smith' });
    expect(extra.ok ? '' : extra.error.message).toBe('Unexpected field: chair.');
  });

  it('rejects input that is not an object', async () => {
    const core = tempCore();
    for (const input of [null, 42, 'committee', [1, 2]]) {
      const result = await core.router.call('committees.create', input);
      expect(result.ok).toBe(false);
    }
    const result = await core.router.call('committees.create', 42);
    expect(result.ok ? '' : result.error.message).toBe('The request must be an object of named fields.');
  });

  it('reports an unknown id as not found, and writes nothing', async () => {
    const core = tempCore();
    await meetingWithItems(core, ['Apologies']);
    const before = snapshot(core);
    const missingId = '00000000-0000-4000-8000-000000000000';
    const results = await Promise.all([
      core.router.call('committees.get', { id: missingId }),
      core.router.call('items.update', { id: missingId, title: 'New title' }),
      core.router.call('items.create', {
        meetingId: missingId,
        title: 'Lost',
        purpose: '',
        leadOfficerId: null,
        exempt: false,
        exemptParagraph: null,
      }),
      core.router.call('meetings.delete', { id: missingId }),
    ]);
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('not_found');
        expect(result.error.message).toMatch(/was not found/);
      }
    }
    expect(snapshot(core)).toEqual(before);
    const malformed = await core.router.call('committees.get', { id: 'not-an-id' });
    expect(malformed).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Committee is not a valid id.' },
    });
  });

  it('needs a Schedule 12A paragraph for an exempt item, and only for one', async () => {
    const core = tempCore();
    const { meeting } = await meetingWithItems(core, []);
    const base = { meetingId: meeting.id, title: 'Land disposal', purpose: '', leadOfficerId: null };
    const noParagraph = await core.router.call('items.create', {
      ...base,
      exempt: true,
      exemptParagraph: null,
    });
    expect(noParagraph.ok ? '' : noParagraph.error.message).toBe(
      'An exempt item needs the Schedule 12A paragraph it is exempt under.',
    );
    const publicWithParagraph = await core.router.call('items.create', {
      ...base,
      exempt: false,
      exemptParagraph: 3,
    });
    expect(publicWithParagraph.ok ? '' : publicWithParagraph.error.message).toBe(
      'Only an exempt item has a Schedule 12A paragraph.',
    );
    const badParagraph = await core.router.call('items.create', {
      ...base,
      exempt: true,
      exemptParagraph: 9,
    });
    expect(badParagraph.ok ? '' : badParagraph.error.message).toMatch(
      /1 to 7 \(England\) or 12 to 18 \(Wales\)/,
    );
    const exempt = await ok<AgendaItem>(core, 'items.create', { ...base, exempt: true, exemptParagraph: 3 });
    expect(exempt).toMatchObject({ exempt: true, exemptParagraph: 3, number: 1 });
    const madePublic = await ok<AgendaItem>(core, 'items.update', { id: exempt.id, exempt: false });
    expect(madePublic).toMatchObject({ exempt: false, exemptParagraph: null });
  });

  it('refuses impossible dates and times', async () => {
    const core = tempCore();
    const committee = await ok<Committee>(core, 'committees.create', committeeInput);
    const on = (date: string, startTime: string) =>
      core.router.call('meetings.create', { committeeId: committee.id, date, startTime });
    const messages = await Promise.all([
      on('2026-02-30', '14:00'),
      on('15/03/2026', '14:00'),
      on('2026-03-15', '2pm'),
    ]);
    expect(messages.map((r) => (r.ok ? '' : r.error.message))).toEqual([
      'Date is not a real calendar date.',
      'Date must be written as YYYY-MM-DD, e.g. 2026-03-15.',
      'Start time must be on the 24-hour clock, e.g. 14:00.',
    ]);
  });

  it('gives a new meeting the committee’s default venue', async () => {
    const core = tempCore();
    const committee = await ok<Committee>(core, 'committees.create', committeeInput);
    const meeting = await ok<Meeting>(core, 'meetings.create', {
      committeeId: committee.id,
      date: '2026-06-09',
      startTime: '14:00',
    });
    expect(meeting).toMatchObject({ venue: 'Council Chamber', status: 'draft' });
  });

  it('reorders items and the numbers follow', async () => {
    const core = tempCore();
    const { meeting } = await meetingWithItems(core, ['Apologies', 'Declarations', 'Minutes', 'Budget']);
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
    const budget = detail.items.find((i) => i.title === 'Budget')!;
    const order = await ok<AgendaItem[]>(core, 'items.move', { id: budget.id, toNumber: 2 });
    expect(order.map((i) => `${i.number}. ${i.title}`)).toEqual([
      '1. Apologies',
      '2. Budget',
      '3. Declarations',
      '4. Minutes',
    ]);
  });

  it('loads sample data once, into an empty Minutebook only', async () => {
    const core = tempCore();
    const sample = await ok<{ meetingId: string }>(core, 'sample.load', {});
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: sample.meetingId });
    expect(detail.items.length).toBeGreaterThanOrEqual(5);
    expect(detail.items.filter((i) => i.exempt)).toHaveLength(1);
    const again = await core.router.call('sample.load', {});
    expect(again).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Sample data can only be loaded into an empty Minutebook.' },
    });
  });

  it('rolls a failing mutation back whole', async () => {
    const core = tempCore();
    const committee = await ok<Committee>(core, 'committees.create', committeeInput);
    const person = await ok<{ id: string }>(core, 'people.create', {
      name: 'Ada Quill',
      honorific: 'Councillor',
      role: '',
      organisation: '',
      party: '',
      kind: 'member',
    });
    await ok(core, 'memberships.add', { committeeId: committee.id, personId: person.id, role: 'chair' });
    const before = snapshot(core);
    const duplicate = await core.router.call('memberships.add', {
      committeeId: committee.id,
      personId: person.id,
      role: 'member',
    });
    expect(duplicate).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'That person is already a member of this committee.' },
    });
    expect(snapshot(core)).toEqual(before);
  });
});

describe('adding a councillor new to the directory', () => {
  it('adds the person and the membership in one transaction, or neither', async () => {
    const core = tempCore();
    const committee = await ok<Committee>(core, 'committees.create', committeeInput);
    const person = {
      name: 'Dora Vane',
      honorific: 'Councillor',
      role: '',
      organisation: '',
      party: 'Green',
      kind: 'member',
    };
    const added = await ok<{ role: string; person: { name: string } }>(core, 'memberships.addNewPerson', {
      committeeId: committee.id,
      person,
      role: 'vice-chair',
    });
    expect(added).toMatchObject({ role: 'vice-chair', person: { name: 'Dora Vane' } });
    const before = snapshot(core);
    const missingCommittee = await core.router.call('memberships.addNewPerson', {
      committeeId: '00000000-0000-4000-8000-000000000000',
      person: { ...person, name: 'Eli Strand' },
      role: 'member',
    });
    expect(missingCommittee.ok).toBe(false);
    expect(snapshot(core)).toEqual(before);
  });
});

describe('one transaction per call', () => {
  it('rolls back what a mutation wrote before it failed', async () => {
    const core = tempCore();
    const failing: Handlers = {
      ...handlers,
      'committees.create': (input, ctx) => {
        createCommittee(ctx.db, input);
        throw new AppError('conflict', 'Refused after writing.');
      },
    };
    const router = createRouter(failing, {
      mode: 'open',
      ctx: { db: core.db, dataFile: core.dataFile, version: 'test' },
    });
    const result = await router.call('committees.create', committeeInput);
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: 'Refused after writing.' } });
    expect(core.db.prepare('SELECT count(*) FROM committees').pluck().get()).toBe(0);
  });

  it('turns an unexpected failure into an internal error with the reason, and logs it', async () => {
    const core = tempCore();
    const logged: string[] = [];
    const broken: Handlers = {
      ...handlers,
      'committees.list': () => {
        throw new TypeError('cannot read the shelf');
      },
    };
    const router = createRouter(
      broken,
      { mode: 'open', ctx: { db: core.db, dataFile: core.dataFile, version: 'test' } },
      { log: (message) => logged.push(message) },
    );
    expect(await router.call('committees.list', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Minutebook: cannot read the shelf' },
    });
    expect(logged).toEqual(['Minutebook: committees.list failed']);
  });
});
