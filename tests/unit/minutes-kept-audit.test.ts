// Keeping a copy of typed minutes a save could not put in the record is in the audit trail, as using
// one is: one entry a refusal (not one for each keptMinutes.keep the window sends as the officer types
// on after it), and one when a kept copy is discarded; only for a meeting that has ended, as every
// entry is. The entry never holds the kept text, so an exempt item's confidential words reach the
// trail only if they are used, as the save they then are. All on the real router over a real SQLite
// file, with the windows named as the transports name them.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { AgendaItem, AuditEntry, KeptMinutes, Meeting } from '../../shared/domain';
import type { SearchAnswer } from '../../shared/api';
import type { RichDoc } from '../../shared/richText';
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

async function refused(core: Core, caller: { window: string }, method: string, input: unknown) {
  const result = await core.router.call(method, input, caller);
  expect(result.ok, `${method} should be refused`).toBe(false);
  return (result as { ok: false; error: { code: string } }).error.code;
}

const version = async (core: Core, itemId: string) =>
  (await ok<{ version: number }>(core, 'minutes.get', { itemId })).version;
const trail = (core: Core, meetingId: string, itemId?: string) =>
  ok<AuditEntry[]>(core, 'audit.list', { meetingId, ...(itemId ? { itemId } : {}) });
const keptEntries = async (core: Core, meetingId: string, itemId: string) =>
  (await trail(core, meetingId, itemId))
    .filter((entry) => entry.subject === 'kept')
    .reverse()
    .map(({ itemId: of, change, before, after }) => ({ itemId: of, change, before, after }));

const keptSentence = (words: number, why: string) =>
  `Typed minutes that could not be saved (${words} words), ${why}, were kept apart from the record, to be used instead or discarded on the item’s screen.`;

describe('keeping typed minutes a save could not put in the record is in the audit trail', () => {
  it(
    'one entry a refusal, not one a keystroke after it; one for a discarding; never the kept text of an exempt item',
    SLOW,
    async () => {
      const core = tempCore();
      const f = await fullMeeting(core);
      const itemId = f.exemptItem.id;
      const meetingId = f.meeting.id;
      const start = await version(core, itemId);
      await as(core, B, 'minutes.save', {
        itemId,
        doc: docOf('Saved by B.'),
        baseVersion: start,
        saveId: 'b1',
      });
      expect(
        await refused(core, A, 'minutes.save', {
          itemId,
          doc: docOf('Quillfeather offered 640,000.'),
          baseVersion: start,
          saveId: 'a1',
        }),
      ).toBe('conflict');
      // A types on once saving has stopped: each keystroke's text replaces its window's kept copy.
      for (const typed of [
        'Quillfeather offered 640,000. The',
        'Quillfeather offered 640,000. The Panel agreed.',
      ])
        await as(core, A, 'keptMinutes.keep', { itemId, doc: docOf(typed), reason: 'conflict' });
      const conflict = keptSentence(3, 'another window having changed them first');
      expect(await keptEntries(core, meetingId, itemId)).toEqual([
        { itemId, change: 'changed', before: null, after: conflict },
      ]);

      // The trail, the documents and the search, public or not, hold none of the kept words.
      const secret = /Quillfeather|640,000|Panel agreed/;
      expect(JSON.stringify(await trail(core, meetingId))).not.toMatch(secret);
      for (const edition of ['public', 'confidential'] as const) {
        const { doc } = await exported(core, { meetingId, kind: 'minutes', edition });
        expect(allXml(doc), edition).not.toMatch(secret);
      }
      for (const publicOnly of [true, false]) {
        const answer = await ok<SearchAnswer>(core, 'search.query', { text: 'Quillfeather', publicOnly });
        expect(answer.hits, `publicOnly ${publicOnly}`).toEqual([]);
      }

      // B's window, refused too, is another refusal; A's copy discarded is an entry of its own.
      expect(
        await refused(core, B, 'minutes.save', {
          itemId,
          doc: docOf('B again, over the old version.'),
          baseVersion: start,
          saveId: 'b2',
        }),
      ).toBe('conflict');
      const copies = await ok<KeptMinutes[]>(core, 'keptMinutes.list', { itemId });
      expect(copies).toHaveLength(2);
      await as(core, A, 'keptMinutes.discard', { itemId, keptId: copies[0]!.id });
      expect(await keptEntries(core, meetingId, itemId)).toEqual([
        { itemId, change: 'changed', before: null, after: conflict },
        {
          itemId,
          change: 'changed',
          before: null,
          after: keptSentence(6, 'another window having changed them first'),
        },
        {
          itemId,
          change: 'changed',
          before: null,
          after: 'Kept typed minutes (6 words) were discarded without being used.',
        },
      ]);
      expect(JSON.stringify(await trail(core, meetingId))).not.toMatch(secret);
    },
  );

  it(
    'approved minutes: each window refused once is one entry, saying why; a meeting still to come has none',
    SLOW,
    async () => {
      const core = tempCore();
      const f = await fullMeeting(core);
      const itemId = f.publicItem.id;
      const start = await version(core, itemId);
      const next = await ok<Meeting>(core, 'meetings.create', {
        committeeId: f.committee.id,
        date: '2021-04-12',
        startTime: '14:00',
      });
      await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
      for (const [caller, saveId] of [
        [A, 'a1'],
        [A, 'a2'],
        [B, 'b1'],
      ] as const) {
        expect(
          await refused(core, caller, 'minutes.save', {
            itemId,
            doc: docOf(`Typed after approval by ${saveId}.`),
            baseVersion: start,
            saveId,
          }),
        ).toBe('approved');
      }
      const approved = keptSentence(5, 'the minutes being approved');
      expect(await keptEntries(core, f.meeting.id, itemId)).toEqual([
        { itemId, change: 'changed', before: null, after: approved },
        { itemId, change: 'changed', before: null, after: approved },
      ]);
      // A meeting still to come has no trail: keeping its typed minutes is not in one either.
      const committee = await ok<{ id: string }>(core, 'committees.create', {
        name: 'Cabinet',
        kind: 'cabinet',
        quorum: 3,
        defaultVenue: '',
        numberingScheme: '{n}',
      });
      const meeting = await ok<Meeting>(core, 'meetings.create', {
        committeeId: committee.id,
        date: '2099-12-07',
        startTime: '18:30',
      });
      const item = await ok<AgendaItem>(core, 'items.create', {
        meetingId: meeting.id,
        title: 'Community services',
        purpose: '',
        leadOfficerId: null,
        exempt: false,
        exemptParagraph: null,
      });
      const first = await version(core, item.id);
      await as(core, B, 'minutes.save', {
        itemId: item.id,
        doc: docOf('B.'),
        baseVersion: first,
        saveId: 'b1',
      });
      expect(
        await refused(core, A, 'minutes.save', {
          itemId: item.id,
          doc: docOf('A.'),
          baseVersion: first,
          saveId: 'a1',
        }),
      ).toBe('conflict');
      expect(await ok<KeptMinutes[]>(core, 'keptMinutes.list', { itemId: item.id })).toHaveLength(1);
      expect(await trail(core, meeting.id)).toEqual([]);
    },
  );
});
