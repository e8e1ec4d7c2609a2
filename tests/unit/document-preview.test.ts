// The minutes as a document in the app (issue 17): the preview is the Word document's own model, so
// it says the same words in the same order; its public edition is made in the main process and holds
// nothing of an exempt item the public document does not; asked again with nothing saved, it is not
// made again; a write by another program on the file is seen; approved minutes show as approved.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../shared/document';
import { ListCounter } from '../../shared/document';
import type { Meeting } from '../../shared/domain';
import { doc, fullMeeting } from './exportFixture';
import { ok, SLOW, tempCore } from './helpers';
import { exported } from './exported';

type Preview = { stamp: string; model: DocumentModel | null };

/** Each block's words: a paragraph or heading its runs, a table each cell. */
const modelParagraphs = (model: DocumentModel) =>
  model.blocks.flatMap((block: Block) =>
    block.type === 'table'
      ? [...block.header, ...block.rows.flat()]
      : [block.runs.map((run) => run.text).join('')],
  );

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each paragraph of the Word body (table cells included), with its line breaks. */
const wordParagraphs = (xml: string) =>
  [...xml.matchAll(/<w:p\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map(([, inner]) =>
    unescape(
      [...(inner ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
        .map(([whole, text]) => (whole === '<w:br/>' ? '\n' : text))
        .join(''),
    ),
  );

describe('the preview of a document', () => {
  it('holds the Word document’s paragraphs, in the same order, in both editions', SLOW, async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    await ok(core, 'meetings.update', { id: f.meeting.id, endTime: '16:45' });
    for (const [kind, itemId] of [
      ['minutes', undefined],
      ['agenda', undefined],
      ['report', f.publicItem.id],
    ] as const) {
      for (const edition of ['public', 'confidential'] as const) {
        const { model } = await ok<Preview>(core, 'exports.preview', {
          meetingId: f.meeting.id,
          kind,
          itemId,
          edition,
        });
        const { doc: word } = await exported(core, { meetingId: f.meeting.id, kind, itemId, edition });
        expect(modelParagraphs(model!), `${kind} ${edition}`).toEqual(
          wordParagraphs(word.parts.get('word/document.xml')!),
        );
        const header = [...word.parts].find(([name]) => name.startsWith('word/header'))?.[1] ?? '';
        expect(wordParagraphs(header).filter(Boolean)).toEqual(model!.banner);
      }
    }
  });

  it('in the public edition holds nothing of an exempt item but what the public document holds', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    for (const kind of ['minutes', 'agenda'] as const) {
      const confidential = await ok<Preview>(core, 'exports.preview', {
        meetingId: f.meeting.id,
        kind,
        edition: 'confidential',
      });
      const shown = await ok<Preview>(core, 'exports.preview', {
        meetingId: f.meeting.id,
        kind,
        edition: 'public',
      });
      const json = JSON.stringify(shown.model);
      for (const secret of Object.values(f.secrets)) expect(json, `${kind}: ${secret}`).not.toContain(secret);
      expect(json).not.toMatch(/Zephyr|Marlowe|Quentin/);
      expect(json).not.toContain('NOT FOR PUBLICATION');
      expect(
        modelParagraphs(shown.model!).some((text) => text.endsWith('Award of the Home Care Contract')),
      ).toBe(true);
      if (kind === 'minutes') {
        expect(JSON.stringify(confidential.model)).toContain(f.secrets.minutes);
        expect(modelParagraphs(shown.model!)).toContain(f.publicWording);
      }
    }
    // A public report of an exempt item is refused, as the Word file is.
    const refused = await core.router.call('exports.preview', {
      meetingId: f.meeting.id,
      kind: 'report',
      itemId: f.exemptItem.id,
      edition: 'public',
    });
    expect(refused.ok === false && refused.error.message).toContain('has no public version');
  });

  it('is not made again until something is saved', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const request = { meetingId: f.meeting.id, kind: 'minutes', edition: 'confidential' };
    const first = await ok<Preview>(core, 'exports.preview', request);
    expect(first.model).not.toBeNull();
    const again = await ok<Preview>(core, 'exports.preview', { ...request, unlessStamp: first.stamp });
    expect(again).toEqual({ stamp: first.stamp, model: null });
    await ok<Meeting>(core, 'meetings.update', { id: f.meeting.id, endTime: '17:05' });
    const changed = await ok<Preview>(core, 'exports.preview', { ...request, unlessStamp: first.stamp });
    expect(changed.stamp).not.toBe(first.stamp);
    expect(modelParagraphs(changed.model!).at(-1)).toBe('The meeting ended at 5.05 pm.');
  });

  it('is made again when another program writes to the file', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const request = { meetingId: f.meeting.id, kind: 'minutes', edition: 'public' };
    const first = await ok<Preview>(core, 'exports.preview', request);
    const other = new Database(core.dataFile);
    try {
      other.prepare("UPDATE meetings SET end_time = '18:00' WHERE id = ?").run(f.meeting.id);
    } finally {
      other.close();
    }
    const changed = await ok<Preview>(core, 'exports.preview', { ...request, unlessStamp: first.stamp });
    expect(changed.stamp).not.toBe(first.stamp);
    expect(modelParagraphs(changed.model!).at(-1)).toBe('The meeting ended at 6.00 pm.');
  });

  it('shows approved minutes as approved, and the current version when asked', SLOW, async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const saveMinutes = async (words: string) => {
      const { version } = await ok<{ version: number }>(core, 'minutes.get', { itemId: f.publicItem.id });
      await ok(core, 'minutes.save', {
        itemId: f.publicItem.id,
        baseVersion: version,
        doc: doc({ type: 'paragraph', content: [{ type: 'text', text: words }] }),
      });
    };
    await saveMinutes('The Panel noted the strategy as approved text.');
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: '2021-04-12',
      startTime: '14:00',
    });
    await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
    await ok(core, 'meetings.reopen', { id: f.meeting.id, reason: 'A misspelt name.' });
    await saveMinutes('The Panel noted the strategy as corrected text.');

    const words = async (version?: 'approved' | 'current') => {
      const request = { meetingId: f.meeting.id, kind: 'minutes' as const, edition: 'public', version };
      const { model } = await ok<Preview>(core, 'exports.preview', request);
      const { doc: word } = await exported(core, { ...request, version: version ?? 'approved' });
      expect(modelParagraphs(model!)).toEqual(wordParagraphs(word.parts.get('word/document.xml')!));
      return modelParagraphs(model!);
    };
    const approved = await words();
    expect(approved).toContain('The Panel noted the strategy as approved text.');
    expect(approved).not.toContain('The Panel noted the strategy as corrected text.');
    const current = await words('current');
    expect(current).toContain('The Panel noted the strategy as corrected text.');
    expect(current).not.toContain('The Panel noted the strategy as approved text.');
  });

  it('numbers lists as Word does', () => {
    const counter = new ListCounter();
    const clause = { kind: 'clause (a)' as const, instance: 1, level: 0 };
    const ordered = (level: number) => ({ kind: 'ordered' as const, instance: 2, level });
    expect([counter.marker(clause), counter.marker(clause)]).toEqual(['(a)', '(b)']);
    expect(counter.marker(ordered(0))).toBe('1.');
    expect(counter.marker(ordered(1))).toBe('a)');
    expect(counter.marker(ordered(1))).toBe('b)');
    expect(counter.marker(ordered(2))).toBe('i.');
    expect(counter.marker(ordered(0))).toBe('2.');
    // A new entry at a level restarts the levels below it.
    expect(counter.marker(ordered(1))).toBe('a)');
    expect(counter.marker({ kind: 'bullet', instance: 3, level: 1 })).toBe('\u25E6');
    expect(counter.marker({ kind: 'clause (i)', instance: 4, level: 0 })).toBe('(i)');
  });
});
