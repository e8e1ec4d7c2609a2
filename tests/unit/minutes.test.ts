import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Committee, ItemMinutes, Meeting } from '../../shared/domain';
import { plainText, type RichDoc } from '../../shared/richText';
import { ok, tempCore } from './helpers';

async function item(core: ReturnType<typeof tempCore>) {
  const committee = await ok<Committee>(core, 'committees.create', {
    name: 'Health Scrutiny Board',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-07-07',
    startTime: '10:00',
  });
  return ok<AgendaItem>(core, 'items.create', {
    meetingId: meeting.id,
    title: 'Home care pilot',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
}

const text = (value: string, marks?: { type: 'bold' | 'italic' }[]) => ({
  type: 'text' as const,
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: ReturnType<typeof text>[]) => ({ type: 'paragraph' as const, content });
const bullets = (...items: string[]) => ({
  type: 'bulletList' as const,
  content: items.map((value) => ({ type: 'listItem' as const, content: [paragraph(text(value))] })),
});

const minutes: RichDoc = {
  type: 'doc',
  content: [
    paragraph(text('The Director submitted a report on the pilot.')),
    { type: 'heading', attrs: { level: 3 }, content: [text('Points raised')] },
    bullets('Staff would be paid a salary.', 'The pilot would run for 18 months.'),
    { type: 'blockquote', content: [paragraph(text('“I commend the officers.”', [{ type: 'italic' }]))] },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        { type: 'listItem', content: [paragraph(text('First')), bullets('nested')] },
        { type: 'listItem', content: [paragraph(text('Second'))] },
      ],
    },
  ],
};

describe('an item’s minutes', () => {
  it('are empty at version 0 until first saved, then read back exactly', async () => {
    const core = tempCore();
    const { id } = await item(core);
    expect(await ok<ItemMinutes>(core, 'minutes.get', { itemId: id })).toEqual({
      itemId: id,
      doc: null,
      version: 0,
      updatedAt: null,
    });
    const saved = await ok<{ version: number }>(core, 'minutes.save', {
      itemId: id,
      doc: minutes,
      baseVersion: 0,
    });
    expect(saved.version).toBe(1);
    const read = await ok<ItemMinutes>(core, 'minutes.get', { itemId: id });
    expect(read.doc).toEqual(minutes);
    expect(read.version).toBe(1);
  });

  it('keep a plain-text projection for search, lists and quotations marked', async () => {
    const core = tempCore();
    const { id } = await item(core);
    await ok(core, 'minutes.save', { itemId: id, doc: minutes, baseVersion: 0 });
    const stored = core.db.prepare('SELECT plain_text FROM item_minutes WHERE item_id = ?').pluck().get(id);
    expect(stored).toBe(
      [
        'The Director submitted a report on the pilot.',
        'Points raised',
        '• Staff would be paid a salary.',
        '• The pilot would run for 18 months.',
        '> “I commend the officers.”',
        '1. First',
        '   • nested',
        '2. Second',
      ].join('\n'),
    );
    expect(plainText(minutes)).toBe(stored);
  });

  it('refuse a save over a version another window has replaced, and keep the other window’s text', async () => {
    const core = tempCore();
    const { id } = await item(core);
    await ok(core, 'minutes.save', { itemId: id, doc: minutes, baseVersion: 0 });
    const otherWindow: RichDoc = { type: 'doc', content: [paragraph(text('Typed in the other window.'))] };
    await ok(core, 'minutes.save', { itemId: id, doc: otherWindow, baseVersion: 1 });
    const stale = await core.router.call('minutes.save', { itemId: id, doc: minutes, baseVersion: 1 });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('conflict');
      expect(stale.error.message).toMatch(/changed in another window/);
    }
    expect((await ok<ItemMinutes>(core, 'minutes.get', { itemId: id })).doc).toEqual(otherWindow);
  });

  it('refuse blocks and formatting outside the minutes schema, and write nothing', async () => {
    const core = tempCore();
    const { id } = await item(core);
    const attempts = [
      { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] },
      { type: 'doc', content: [paragraph({ type: 'text', text: 'x', marks: [{ type: 'link' }] } as never)] },
      { type: 'paragraph', content: [] },
      'just a string',
    ];
    for (const doc of attempts) {
      const result = await core.router.call('minutes.save', { itemId: id, doc, baseVersion: 0 });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect(core.db.prepare('SELECT count(*) FROM item_minutes').pluck().get()).toBe(0);
  });

  it('refuse a document nested deeper than minutes ever are, without overflowing the stack', async () => {
    const core = tempCore();
    const { id } = await item(core);
    let node: Record<string, unknown> = paragraph(text('deep'));
    for (let level = 0; level < 5000; level += 1) node = { type: 'blockquote', content: [node] };
    const result = await core.router.call('minutes.save', {
      itemId: id,
      doc: { type: 'doc', content: [node] },
      baseVersion: 0,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'The text is nested more than 40 levels deep.' },
    });
  });

  it('go with their item when it is deleted', async () => {
    const core = tempCore();
    const { id } = await item(core);
    await ok(core, 'minutes.save', { itemId: id, doc: minutes, baseVersion: 0 });
    await ok(core, 'items.delete', { id });
    expect(core.db.prepare('SELECT count(*) FROM item_minutes').pluck().get()).toBe(0);
  });
});

describe('another program holding the data file', () => {
  it('is reported as busy (worth retrying), not as a conflict, and the next save goes through', async () => {
    const core = tempCore();
    const { id } = await item(core);
    const intruder = new Database(core.dataFile);
    intruder.exec('BEGIN EXCLUSIVE');
    const blocked = await core.router.call('minutes.save', { itemId: id, doc: minutes, baseVersion: 0 });
    intruder.exec('ROLLBACK');
    intruder.close();
    expect(blocked).toEqual({
      ok: false,
      error: { code: 'busy', message: 'The data file is in use by another program. Try again in a moment.' },
    });
    expect((await core.router.call('minutes.save', { itemId: id, doc: minutes, baseVersion: 0 })).ok).toBe(
      true,
    );
  });
});
