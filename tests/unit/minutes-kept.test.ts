// Typed minutes a save could not put in the record are kept, never dropped (migration 019): a whole
// save or a change refused because another window saved first, or because the minutes were approved,
// leaves its whole text in a kept copy (one a window), offered by keptMinutes.list until used (a save
// like any other, audited) or discarded. A change carries only its blocks: it is rebuilt from the
// text it was made from, which the server still knows (the minutes, a kept copy, or the text another
// window's save replaced). Kept text is never in a document or the search, public or confidential.
// All on the real router over a real SQLite file, with the windows named as the transports name them.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { AuditEntry, ItemMinutes, KeptMinutes, Meeting } from '../../shared/domain';
import type { SearchAnswer } from '../../shared/api';
import { plainText, type RichDoc } from '../../shared/richText';
import { fullMeeting } from './exportFixture';
import { allXml, exported } from './exported';
import { ok, SLOW, tempCore } from './helpers';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const docOf = (...texts: string[]): RichDoc => ({ type: 'doc', content: texts.map(p) }) as RichDoc;
const A = { window: 'browser:window-a' };
const B = { window: 'browser:window-b' };

async function as<T>(core: Core, caller: { window: string }, method: string, input: unknown): Promise<T> {
  const result = await core.router.call(method, input, caller);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(core: Core, caller: { window: string }, method: string, input: unknown) {
  const result = await core.router.call(method, input, caller);
  expect(result.ok, `${method} should be refused`).toBe(false);
  return (result as { ok: false; error: { code: string } }).error.code;
}

const kept = (core: Core, itemId: string) => ok<KeptMinutes[]>(core, 'keptMinutes.list', { itemId });
const stored = async (core: Core, itemId: string) => {
  const minutes = await ok<ItemMinutes>(core, 'minutes.get', { itemId });
  return { version: minutes.version, text: minutes.doc ? plainText(minutes.doc) : '' };
};

describe('typed minutes a save could not put in the record are kept', () => {
  it(
    'a whole save refused as a conflict: kept (the window’s newest), offered, used as a save in the audit trail',
    SLOW,
    async () => {
      const core = tempCore();
      const { meeting, publicItem } = await fullMeeting(core);
      const itemId = publicItem.id;
      const { version } = await stored(core, itemId);
      // Both windows opened the item at `version`; B saves first.
      await as(core, B, 'minutes.save', {
        itemId,
        doc: docOf('B’s minutes.'),
        baseVersion: version,
        saveId: 'b1',
      });
      expect(
        await refusal(core, A, 'minutes.save', {
          itemId,
          doc: docOf('A’s first words.'),
          baseVersion: version,
          saveId: 'a1',
        }),
      ).toBe('conflict');
      expect((await kept(core, itemId)).map((one) => [one.reason, plainText(one.doc)])).toEqual([
        ['conflict', 'A’s first words.'],
      ]);
      // A types on: its window's kept copy is the newest text (sent by keptMinutes.keep once saving stopped).
      await as(core, A, 'keptMinutes.keep', {
        itemId,
        doc: docOf('A’s first words.', 'And more.'),
        reason: 'conflict',
      });
      const [copy, ...others] = await kept(core, itemId);
      expect(others).toEqual([]);
      expect(plainText(copy!.doc)).toBe('A’s first words.\nAnd more.');
      // B's text stands until the kept text is used.
      expect(await stored(core, itemId)).toEqual({ version: version + 1, text: 'B’s minutes.' });
      const used = await as<{ version: number }>(core, B, 'keptMinutes.use', { itemId, keptId: copy!.id });
      expect(used.version).toBe(version + 2);
      expect(await stored(core, itemId)).toEqual({
        version: version + 2,
        text: 'A’s first words.\nAnd more.',
      });
      expect(await kept(core, itemId)).toEqual([]);
      // The meeting is over, so the change is in its audit trail, from B's text to A's.
      const trail = await ok<AuditEntry[]>(core, 'audit.list', { meetingId: meeting.id, itemId });
      expect(trail.some((entry) => entry.subject === 'minutes' && entry.after?.includes('And more.'))).toBe(
        true,
      );
      // Discarding: gone, the minutes unchanged.
      await as(core, A, 'minutes.save', {
        itemId,
        doc: docOf('Refused again.'),
        baseVersion: version,
        saveId: 'a9',
      }).catch(() => undefined);
      const [again] = await kept(core, itemId);
      expect(plainText(again!.doc)).toBe('Refused again.');
      await as(core, A, 'keptMinutes.discard', { itemId, keptId: again!.id });
      expect(await kept(core, itemId)).toEqual([]);
      expect((await stored(core, itemId)).text).toBe('A’s first words.\nAnd more.');
    },
  );

  it(
    'a change refused as a conflict is kept whole, rebuilt from the text it was made from',
    SLOW,
    async () => {
      const core = tempCore();
      const { publicItem } = await fullMeeting(core);
      const itemId = publicItem.id;
      const { version } = await stored(core, itemId);
      await as(core, A, 'minutes.save', {
        itemId,
        doc: docOf('One.', 'Two.', 'Three.'),
        baseVersion: version,
        saveId: 'a1',
      });
      // B opened it at a1's version and saves a change first: a1's text is replaced.
      await as(core, B, 'minutes.saveChanges', {
        itemId,
        from: 2,
        to: 3,
        blocks: [p('Three, as B corrected it.')],
        length: 3,
        baseVersion: version + 1,
        baseSaveId: 'a1',
        saveId: 'b1',
      });
      // A's change from a1's text: refused, kept as the whole text it makes.
      const a2 = { from: 0, to: 1, blocks: [p('One, as A typed it.')], length: 3 };
      expect(
        await refusal(core, A, 'minutes.saveChanges', {
          itemId,
          ...a2,
          baseVersion: version + 1,
          baseSaveId: 'a1',
          saveId: 'a2',
        }),
      ).toBe('conflict');
      expect((await kept(core, itemId)).map((one) => plainText(one.doc))).toEqual([
        'One, as A typed it.\nTwo.\nThree.',
      ]);
      // A's change handed off over a2 as the page went away: refused, rebuilt from a2's kept text.
      const a3 = { from: 1, to: 2, blocks: [p('Two, as A typed it.'), p('Four.')], length: 4 };
      expect(
        await refusal(core, A, 'minutes.saveChanges', {
          itemId,
          ...a3,
          baseVersion: version + 2,
          baseSaveId: 'a2',
          saveId: 'a3',
        }),
      ).toBe('conflict');
      const [copy, ...others] = await kept(core, itemId);
      expect(others).toEqual([]);
      expect(plainText(copy!.doc)).toBe('One, as A typed it.\nTwo, as A typed it.\nFour.\nThree.');
      // B's text stands.
      expect((await stored(core, itemId)).text).toBe('One.\nTwo.\nThree, as B corrected it.');
      // A save tried over one that may not have been committed is not kept: the window sends it again.
      const C = { window: 'browser:window-c' };
      expect(
        await refusal(core, C, 'minutes.save', {
          itemId,
          doc: docOf('Tentative.'),
          baseVersion: version + 5,
          saveId: 'c1',
          tentative: true,
        }),
      ).toBe('conflict');
      expect(await kept(core, itemId)).toHaveLength(1);
      // A kept copy whose text is the minutes' own is not offered.
      await as(core, B, 'minutes.save', {
        itemId,
        doc: copy!.doc,
        baseVersion: version + 2,
        baseSaveId: 'b1',
        saveId: 'b2',
      });
      expect(await kept(core, itemId)).toEqual([]);
    },
  );

  it(
    'approved minutes: a refused save or change is kept as text to copy, and never applied',
    SLOW,
    async () => {
      const core = tempCore();
      const f = await fullMeeting(core);
      const itemId = f.publicItem.id;
      const { version } = await stored(core, itemId);
      await as(core, A, 'minutes.save', {
        itemId,
        doc: docOf('One.', 'Two.'),
        baseVersion: version,
        saveId: 'a1',
      });
      const next = await ok<Meeting>(core, 'meetings.create', {
        committeeId: f.committee.id,
        date: '2021-04-12',
        startTime: '14:00',
      });
      await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
      expect(
        await refusal(core, A, 'minutes.saveChanges', {
          itemId,
          from: 1,
          to: 2,
          blocks: [p('Two, typed after approval.')],
          length: 2,
          baseVersion: version + 1,
          baseSaveId: 'a1',
          saveId: 'a2',
        }),
      ).toBe('approved');
      const [copy] = await kept(core, itemId);
      expect(copy).toMatchObject({ reason: 'approved' });
      expect(plainText(copy!.doc)).toBe('One.\nTwo, typed after approval.');
      expect(
        await refusal(core, B, 'minutes.save', {
          itemId,
          doc: docOf('B after approval.'),
          baseVersion: version + 1,
          saveId: 'b1',
        }),
      ).toBe('approved');
      expect((await kept(core, itemId)).map((one) => one.reason)).toEqual(['approved', 'approved']);
      // Using it is refused as any save of approved minutes is: nothing changes, the copy stays.
      expect(await refusal(core, A, 'keptMinutes.use', { itemId, keptId: copy!.id })).toBe('approved');
      expect(await stored(core, itemId)).toEqual({ version: version + 1, text: 'One.\nTwo.' });
      expect(await kept(core, itemId)).toHaveLength(2);
    },
  );

  it('kept text is never in a document or the search, public or confidential', SLOW, async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    for (const item of [f.publicItem, f.exemptItem]) {
      const { version } = await stored(core, item.id);
      await as(core, B, 'minutes.save', {
        itemId: item.id,
        doc: docOf('Saved by B.'),
        baseVersion: version,
        saveId: `b${version}`,
      });
      await refusal(core, A, 'minutes.save', {
        itemId: item.id,
        doc: docOf('Quillfeather kept words.'),
        baseVersion: version,
        saveId: `a${version}`,
      });
      expect(await kept(core, item.id)).toHaveLength(1);
    }
    for (const edition of ['public', 'confidential'] as const) {
      const { doc } = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition });
      const xml = allXml(doc);
      expect(xml, edition).toContain('Saved by B.');
      expect(xml, edition).not.toContain('Quillfeather');
      const preview = await ok<{ model: unknown }>(core, 'exports.preview', {
        meetingId: f.meeting.id,
        kind: 'minutes',
        edition,
      });
      expect(JSON.stringify(preview.model), edition).not.toContain('Quillfeather');
    }
    for (const publicOnly of [true, false]) {
      const answer = await ok<SearchAnswer>(core, 'search.query', { text: 'Quillfeather', publicOnly });
      expect(answer.hits, `publicOnly ${publicOnly}`).toEqual([]);
      const saved = await ok<SearchAnswer>(core, 'search.query', { text: '"Saved by B"', publicOnly });
      expect(saved.hits.length, `publicOnly ${publicOnly}`).toBeGreaterThan(0);
    }
  });
});
