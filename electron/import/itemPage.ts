// A single agenda item page (Modern.gov and the like): "Agenda item", the title, the purpose,
// "Minutes:" and the minutes.
import type { ImportStructure } from '../../shared/importing';
import { type Para } from './text';
import { parseItem } from './item';

export const itemNumber =
  /^(?:(?:Minute|Item|Agenda Item)\s+(?:No\.?\s*)?)?((?:[A-Z]{1,6}\s?)?\d{1,4}(?:\/\d{2,4})?[a-z]?)(?:[.:)]|\s+[–—-])\s*(\S.*)$/;

export function itemPage(paras: Para[], minutesAt: number, notes: string[]): ImportStructure {
  let head = paras.slice(0, minutesAt);
  if (head[0] && /^Agenda item\b/i.test(head[0].text)) {
    const rest = head[0].text.replace(/^Agenda item\s*[-–—:]?\s*/i, '');
    head = rest ? [{ ...head[0], text: rest }, ...head.slice(1)] : head.slice(1);
  }
  const [titlePara, ...purpose] = head;
  let number = '';
  let title = titlePara?.text ?? '';
  const numbered = itemNumber.exec(title);
  if (numbered) [, number = '', title = ''] = numbered;
  if (!title) notes.push('No title was found before “Minutes:”; give the item one.');
  const item = parseItem(
    { number, title, purpose: purpose.map((para) => para.text).join('\n') },
    paras.slice(minutesAt + 1),
    notes,
  );
  return { kind: 'item', meeting: null, items: [item], notes };
}
