// The search bench's saving while typing: what the index's triggers add to a minutes save.
import { openCore } from '../../electron/core';
import type { Committee, Meeting } from '../../shared/domain';
import type { RichDoc } from '../../shared/richText';
import { minutesDoc, PAGE_CHARS, percentile } from './common';
import { ms, PARAGRAPHS, RUNS } from './searchCommon';

const sentenceWords =
  'the board discussed commissioning of domiciliary care with members asking about continuity of care workers the national living wage provider quality safeguarding and the budget for the coming year'.split(
    ' ',
  );

/** The doc with `typed` added to the end of its middle paragraph: one keystroke's worth of change. */
function typeInto(doc: RichDoc, typed: string): RichDoc {
  const content = [...(doc.content ?? [])];
  const middle = content.findIndex((node, index) => index >= content.length / 2 && node.type === 'paragraph');
  const paragraph = content[middle]!;
  const text = paragraph.content![0]!.text!;
  content[middle] = { ...paragraph, content: [{ type: 'text', text: text + typed }] };
  return { ...doc, content };
}

export async function saveSection(recordDir: string): Promise<void> {
  const core = openCore(recordDir, { log: () => undefined });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.router.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  const committee = await call<Committee>('committees.create', {
    name: 'Bench Scrutiny Board',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await call<Meeting>('meetings.create', {
    committeeId: committee.id,
    date: '2026-01-13',
    startTime: '10:00',
  });
  const item = (title: string) =>
    call<{ id: string }>('items.create', {
      meetingId: meeting.id,
      title,
      purpose: 'To consider the report.',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
  // The 100-page meeting: 40 items of 2.5 pages, and the whole meeting typed into one item.
  const docs: { id: string; doc: RichDoc; version: number }[] = [];
  for (let n = 0; n < 41; n += 1) {
    const { id } = await item(
      n < 40 ? `Item ${n + 1} of the bench meeting` : 'The whole meeting in one item',
    );
    const doc = minutesDoc(n < 40 ? (100 * PAGE_CHARS) / 40 : 100 * PAGE_CHARS, n, sentenceWords);
    const { version } = await call<{ version: number }>('minutes.save', { itemId: id, doc, baseVersion: 0 });
    docs.push({ id, doc, version });
  }
  const typing = async (target: { id: string; doc: RichDoc; version: number }, saves: number) => {
    const times: number[] = [];
    for (let n = 0; n < saves; n += 1) {
      target.doc = typeInto(target.doc, n % 5 === 4 ? ' ' : 'x');
      const start = performance.now();
      target.version = (
        await call<{ version: number }>('minutes.save', {
          itemId: target.id,
          doc: target.doc,
          baseVersion: target.version,
        })
      ).version;
      times.push(performance.now() - start);
    }
    return times;
  };
  const wholeSave = async (pages: number, seed: number) => {
    const { id } = await item(`Pasted ${seed}`);
    const doc = minutesDoc(pages * PAGE_CHARS, 100 + seed, sentenceWords);
    const start = performance.now();
    await call('minutes.save', { itemId: id, doc, baseVersion: 0 });
    return performance.now() - start;
  };
  let pasted = 0;
  const measure = async () => {
    const item = await typing(docs[20]!, RUNS * 2);
    const whole = await typing(docs[40]!, RUNS);
    const paste: number[] = [];
    for (let n = 0; n < 3; n += 1) paste.push(await wholeSave(100, (pasted += 1)));
    return { item, whole, paste };
  };
  const withTriggers = await measure();
  const triggers = core.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'search_%'")
    .pluck()
    .all() as string[];
  core.db.transaction(() => triggers.forEach((name) => core.db.exec(`DROP TRIGGER ${name}`)))();
  const without = await measure();
  core.close();

  console.log(
    `\nSaving minutes through the router while typing (one keystroke's change), in the 100-page meeting inside the ${PARAGRAPHS.toLocaleString('en-GB')}-paragraph record`,
  );
  const line = (name: string, a: number[], b: number[]) =>
    console.log(
      `  ${name.padEnd(46)} with the index ${ms(percentile(a, 50)).padStart(9)} / ${ms(percentile(a, 95)).padStart(9)}` +
        `   without ${ms(percentile(b, 50)).padStart(9)} / ${ms(percentile(b, 95)).padStart(9)}   p50 ${(percentile(a, 50) / percentile(b, 50)).toFixed(2)}×`,
    );
  line('an item of 2.5 pages, p50 / p95', withTriggers.item, without.item);
  line('all 100 pages in one item, p50 / p95', withTriggers.whole, without.whole);
  line('100 pages saved new in one item (3 items), median', withTriggers.paste, without.paste);
}
