// An item's report (seed 004's shape): the title block, headings, numbered paragraphs, lettered
// lists, contact points and background papers.
import type { ImportItem, ImportStructure } from '../../shared/importing';
import { plainText, type RichDoc, type RichNode } from '../../shared/richText';
import { labelOf, readHead } from './decisions';
import { blocks, bulletOf, headingLike, inline, paragraph } from './narrative';
import { withoutMarkdown, type Para } from './text';
import { pushAll, smallest } from '../../shared/arrays';
import { emptyItem, emptyMeeting } from './item';
import { exemptionOf } from './exemption';
import { findDate, fromCapitals } from './header';

export const contactHeading = /^Contact (?:Points?|Officers?|Details)\s*:?$/i;
export const papersHeading = /^Background (?:Papers|Documents|Information)\s*:?$/i;

export function looksLikeReport(paras: Para[]): boolean {
  if (
    paras.some((para) => {
      const reading = readHead(para.text);
      return reading !== null && 'head' in reading;
    })
  )
    return false;
  if (paras.some((para) => contactHeading.test(para.text) || papersHeading.test(para.text))) return true;
  let expected = 1;
  for (const para of paras) {
    const label = labelOf(para.text);
    if (label?.family === 'number' && label.value === expected && label.rest.length > 80) expected++;
  }
  return expected > 5;
}

export function reportPage(paras: Para[], notes: string[]): ImportStructure {
  const first = paras[0]?.text ?? '';
  const date = findDate(first);
  const titleAt = date ? 1 : 0;
  const meeting = date
    ? emptyMeeting(
        fromCapitals(
          first
            .slice(0, date.index)
            .replace(/[\s,–—-]+$/, '')
            .trim(),
        ),
        date.iso,
      )
    : null;
  const title = paras[titleAt]?.text ?? '';
  const body = paras.slice(titleAt + 1);
  const contactAt = body.findIndex((para) => contactHeading.test(para.text));
  const papersAt = body.findIndex((para) => papersHeading.test(para.text));
  const ends = [contactAt, papersAt].filter((at) => at >= 0);
  const mainEnd = smallest(ends, body.length);
  const doc = reportDoc(body.slice(0, mainEnd), notes);
  const linesBetween = (from: number, to: number) =>
    from < 0
      ? ''
      : body
          .slice(from + 1, to > from ? to : undefined)
          .map((para) => withoutMarkdown(bulletOf(para.text)?.rest ?? para.text))
          .join('\n');
  const item: ImportItem = {
    ...emptyItem({ number: '', title, purpose: '' }),
    report: {
      doc,
      text: plainText(doc),
      contactPoints: linesBetween(contactAt, papersAt),
      backgroundPapers: linesBetween(papersAt, contactAt),
    },
  };
  if (!meeting) notes.push('The report’s heading gives no committee and date; choose the meeting.');
  exemptionOf(item, [title, ...body.slice(0, 3).map((para) => para.text)].join('\n'));
  return { kind: 'report', meeting, items: [item], notes };
}

/** A report's body: numbered paragraphs (Word numbers them), headings, bullets and lettered lists. */
export function reportDoc(paras: Para[], notes: string[]): RichDoc {
  const content: RichNode[] = [];
  let expected = 1;
  for (let i = 0; i < paras.length; i++) {
    const text = paras[i]!.text;
    const label = labelOf(text);
    if (label?.family === 'number' && !label.raw.startsWith('(')) {
      if (label.value !== expected) {
        notes.push(
          `The report’s paragraph numbers jump from ${expected - 1} to ${label.value}; Word will number them in sequence.`,
        );
      }
      expected = label.value + 1;
      content.push(paragraph(label.rest));
      continue;
    }
    const bullet = bulletOf(text);
    const lettered = labelOf(bullet?.rest ?? text);
    if (lettered && lettered.family !== 'number') {
      const last = content.at(-1);
      const entry: RichNode = { type: 'listItem', content: [paragraph(lettered.rest)] };
      if (last?.type === 'orderedList') last.content!.push(entry);
      else content.push({ type: 'orderedList', content: [entry] });
      continue;
    }
    if (bullet) {
      pushAll(content, blocks([paras[i]!]));
      const last = content.at(-1)!;
      const before = content.at(-2);
      if (before?.type === 'bulletList' && last.type === 'bulletList') {
        pushAll(before.content!, last.content!);
        content.pop();
      }
      continue;
    }
    if (headingLike(text)) content.push({ type: 'heading', attrs: { level: 3 }, content: inline(text) });
    else content.push(paragraph(text));
  }
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
