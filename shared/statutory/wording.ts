// The sentences the statutory cycle puts in documents, in the house wording, so the officer never
// types them: the minute recording the chair's agreement to take a late item as urgent, and how a
// call-in ended.
import { agendaRules, type Nation } from '../calendar';

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => numberWords[n] ?? String(n);

/** Where the law lets the chair take an item not published in time. */
const urgencyPower: Record<Nation, string> = {
  england: 'section 100B(4)(b) of the Local Government Act 1972',
  wales: 'section 100B(4)(b) of the Local Government Act 1972',
  scotland: 'section 50B(4)(b) of the Local Government (Scotland) Act 1973',
  ni: 'the Council’s standing orders',
};

/**
 * The minute of a late item (s100B(4)(b): the special circumstances "shall be specified in the
 * minutes"): "The Chair agreed that this item, which had not been available for public inspection
 * for five clear days before the meeting, be considered as a matter of urgency under section
 * 100B(4)(b) of the Local Government Act 1972 by reason of the following special circumstances: …".
 * With no reason (the public edition of an exempt item), the reason is said to be in the
 * confidential minutes.
 */
export function urgencyMinute(nation: Nation | undefined, reason: string): string {
  const rule = agendaRules[nation ?? 'england'];
  const head = `The Chair agreed that this item, which had not been available for public inspection for ${inWords(
    rule.clearDays,
  )} clear days before the meeting, be considered as a matter of urgency under ${urgencyPower[nation ?? 'england']}`;
  const text = reason.trim().replace(/\.$/, '');
  return text
    ? `${head} by reason of the following special circumstances: ${text}.`
    : `${head}; the special circumstances are recorded in the confidential minutes.`;
}
