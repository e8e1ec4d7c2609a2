import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { Action, ItemPerson, ItemUpdate, Person } from '../../shared/domain';
import type { RichDoc } from '../../shared/richText';
import { itemFixture, ok, tempCore } from './helpers';

const doc = (words: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

const officer = (core: Core, name: string, role: string) =>
  ok<Person>(core, 'people.create', {
    name,
    honorific: '',
    role,
    organisation: '',
    party: '',
    kind: 'officer',
  });

describe('who presented and who attended an item', () => {
  it('keeps each list in the order given, with an item-specific capacity, and refuses duplicates', async () => {
    const { core, item, councillor } = await itemFixture(tempCore());
    const venner = await councillor('Fiona Venner');
    const baria = await officer(core, 'Caroline Baria', 'Director of Adults and Health');
    const eaton = await officer(core, 'Victoria Eaton', 'Director of Public Health');
    await ok(core, 'itemPeople.set', {
      itemId: item.id,
      role: 'attendee',
      people: [
        { personId: venner.id, capacity: 'Executive Member for Equality, Health and Wellbeing' },
        { personId: eaton.id },
        { personId: baria.id },
      ],
    });
    const listed = await ok<ItemPerson[]>(core, 'itemPeople.set', {
      itemId: item.id,
      role: 'presenter',
      people: [{ personId: baria.id }],
    });
    expect(listed.map((p) => [p.role, p.person.name, p.capacity])).toEqual([
      ['presenter', 'Caroline Baria', ''],
      ['attendee', 'Fiona Venner', 'Executive Member for Equality, Health and Wellbeing'],
      ['attendee', 'Victoria Eaton', ''],
      ['attendee', 'Caroline Baria', ''],
    ]);

    const twice = await core.router.call('itemPeople.set', {
      itemId: item.id,
      role: 'attendee',
      people: [{ personId: eaton.id }, { personId: eaton.id }],
    });
    expect(twice).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'A person can be listed only once.' },
    });
    const unknown = await core.router.call('itemPeople.set', {
      itemId: item.id,
      role: 'attendee',
      people: [{ personId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.ok ? '' : unknown.error.code).toBe('not_found');
    // Neither refusal changed what was saved.
    expect(await ok<ItemPerson[]>(core, 'itemPeople.list', { itemId: item.id })).toEqual(listed);
  });

  it('stops someone recorded on an item from being deleted from the directory', async () => {
    const { core, item } = await itemFixture(tempCore());
    const eaton = await officer(core, 'Victoria Eaton', 'Director of Public Health');
    await ok(core, 'itemPeople.set', { itemId: item.id, role: 'attendee', people: [{ personId: eaton.id }] });
    const refused = await core.router.call('people.delete', { id: eaton.id });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Victoria Eaton is recorded as presenting or attending an item, so they cannot be deleted. Remove them from those items first.',
      },
    });
    await ok(core, 'itemPeople.set', { itemId: item.id, role: 'attendee', people: [] });
    await ok(core, 'people.delete', { id: eaton.id });
  });
});

describe('actions arising', () => {
  it('are created, updated and listed in order, with an owner from the directory', async () => {
    const { core, item } = await itemFixture(tempCore());
    const director = await officer(core, 'Sam Hale', 'Director for Adult Social Care and Commissioning');
    const first = await ok<Action>(core, 'actions.create', {
      itemId: item.id,
      text: 'Produce and distribute the letter on behalf of the Chair',
      ownerId: director.id,
    });
    expect(first).toMatchObject({ status: 'open', dueOn: null, ownerId: director.id });
    await ok(core, 'actions.create', { itemId: item.id, text: 'Bring provider data to a future meeting' });
    const done = await ok<Action>(core, 'actions.update', {
      id: first.id,
      baseVersion: first.version,
      status: 'done',
      dueOn: '2018-03-31',
    });
    expect(done).toMatchObject({ status: 'done', dueOn: '2018-03-31', text: first.text });
    expect((await ok<Action[]>(core, 'actions.list', { itemId: item.id })).map((a) => a.text)).toEqual([
      'Produce and distribute the letter on behalf of the Chair',
      'Bring provider data to a future meeting',
    ]);
  });

  it('refuse an unknown status, a malformed date and an owner who does not exist', async () => {
    const { core, item } = await itemFixture(tempCore());
    const action = await ok<Action>(core, 'actions.create', { itemId: item.id, text: 'Write to providers' });
    const status = await core.router.call('actions.update', {
      id: action.id,
      baseVersion: 1,
      status: 'finished',
    });
    expect(status.ok ? '' : status.error.message).toBe(
      'Status must be one of: open, in progress, done, cancelled.',
    );
    const date = await core.router.call('actions.update', {
      id: action.id,
      baseVersion: 1,
      dueOn: '31/03/2018',
    });
    expect(date.ok).toBe(false);
    const owner = await core.router.call('actions.update', {
      id: action.id,
      baseVersion: 1,
      ownerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(owner.ok ? '' : owner.error.code).toBe('not_found');
    expect(await ok<Action[]>(core, 'actions.list', { itemId: item.id })).toEqual([action]);
  });
});

describe('actions and updates in two windows', () => {
  it('refuse a save over an older version, keeping the other window’s', async () => {
    const { core, item } = await itemFixture(tempCore());
    const action = await ok<Action>(core, 'actions.create', { itemId: item.id, text: 'Write to providers' });
    await ok(core, 'actions.update', { id: action.id, baseVersion: 1, text: 'Window A' });
    const b = await core.router.call('actions.update', { id: action.id, baseVersion: 1, text: 'Window B' });
    expect(b.ok ? '' : b.error.message).toBe(
      'This action was changed in another window after you opened it. What you typed is still on screen: copy it, then reload to see the other version.',
    );
    expect((await ok<Action[]>(core, 'actions.list', { itemId: item.id }))[0]).toMatchObject({
      text: 'Window A',
      version: 2,
    });

    const update = await ok<ItemUpdate>(core, 'updates.create', { itemId: item.id, heading: 'Update' });
    await ok(core, 'updates.update', { id: update.id, baseVersion: 1, heading: 'From A' });
    const late = await core.router.call('updates.update', {
      id: update.id,
      baseVersion: 1,
      heading: 'From B',
    });
    expect(late.ok ? '' : late.error.code).toBe('conflict');
    expect((await ok<ItemUpdate[]>(core, 'updates.list', { itemId: item.id }))[0]!.heading).toBe('From A');
  });
});

describe('post-meeting updates', () => {
  it('are kept apart from the minutes, and go with their item', async () => {
    const { core, item } = await itemFixture(tempCore());
    const update = await ok<ItemUpdate>(core, 'updates.create', {
      itemId: item.id,
      heading: 'Information update from the Director after the meeting',
    });
    const edited = await ok<ItemUpdate>(core, 'updates.update', {
      id: update.id,
      baseVersion: update.version,
      doc: doc('The current domiciliary care contract allows for an inflationary increase.'),
    });
    expect(edited.heading).toBe('Information update from the Director after the meeting');
    expect(core.db.prepare('SELECT plain_text FROM item_updates').pluck().get()).toBe(
      'The current domiciliary care contract allows for an inflationary increase.',
    );
    expect(core.db.prepare('SELECT count(*) FROM item_minutes').pluck().get()).toBe(0);
    await ok(core, 'items.delete', { id: item.id });
    expect(core.db.prepare('SELECT count(*) FROM item_updates').pluck().get()).toBe(0);
  });
});
