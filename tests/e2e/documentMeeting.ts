// What the document specs share: a meeting with attendance, a public item and an exempt one, built
// through the API; the radio buttons of the preview; and a page's paragraphs as a reader meets them,
// for the preview and for the Word file read back alike.
import { expect, type Page } from '@playwright/test';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import { bulletList, callApi, paragraph, text } from './helpers';

export const secrets = ['Greenfield Homes offered £2.4m for the land.', 'The Greenfield bid be accepted.'];

/** A meeting with attendance, a public item and an exempt one, built through the API. */
export async function meetingThroughTheApi(page: Page) {
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: 'Guildhall',
    numberingScheme: 'CAB{n}',
  });
  const member = (name: string) =>
    callApi<Person>(page, 'people.create', {
      name,
      honorific: 'Councillor',
      role: '',
      organisation: '',
      party: '',
      kind: 'member',
    });
  const members = [await member('Harriet Okafor'), await member('Dennis Wright'), await member('Priya Shah')];
  for (const [index, person] of members.entries())
    await callApi(page, 'memberships.add', {
      committeeId: committee.id,
      personId: person.id,
      role: index === 0 ? 'chair' : 'member',
    });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-06-18',
    startTime: '10:00',
  });
  for (const person of members)
    await callApi(page, 'attendance.setMember', {
      meetingId: meeting.id,
      personId: person.id,
      status: 'present',
    });
  const item = (title: string, exempt: boolean) =>
    callApi<AgendaItem>(page, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose: exempt ? 'To consider the sale of the land.' : 'To consider the budget.',
      leadOfficerId: null,
      exempt,
      exemptParagraph: exempt ? 3 : null,
    });
  const budget = await item('Budget monitoring', false);
  const land = await item('Sale of land at Mill Lane', true);
  await callApi(page, 'minutes.save', {
    itemId: budget.id,
    baseVersion: 0,
    doc: {
      type: 'doc',
      content: [
        paragraph(text('The forecast outturn is '), text('within budget', [{ type: 'bold' }]), text('.')),
        bulletList('Reserves remain above the minimum.', 'Savings are on track.'),
        { type: 'blockquote', content: [paragraph(text('We will balance the books.'))] },
      ],
    },
  });
  await callApi(page, 'declarations.add', {
    meetingId: meeting.id,
    itemId: land.id,
    personId: members[2]!.id,
    category: 'non-registrable',
    interest: 'as a neighbour of the site',
    withdrew: true,
  });
  const decision = await callApi<Decision>(page, 'decisions.create', {
    itemId: budget.id,
    keyword: 'RESOLVED',
    qualifier: 'by a majority',
    preamble: 'that',
  });
  await callApi(page, 'decisions.update', {
    id: decision.id,
    baseVersion: 1,
    clauses: [
      { groupHeading: '', doc: { type: 'doc', content: [paragraph(text('The report be noted.'))] } },
      { groupHeading: '', doc: { type: 'doc', content: [paragraph(text('The reserves be kept.'))] } },
    ],
    // Five votes where three count: a warning to ask about before saving.
    vote: { kind: 'show of hands', for: 4, against: 1, abstain: 0, recorded: [], castingVote: null },
  });
  await callApi(page, 'minutes.save', {
    itemId: land.id,
    baseVersion: 0,
    doc: { type: 'doc', content: [paragraph(text(secrets[0]!))] },
  });
  const secret = await callApi<Decision>(page, 'decisions.create', { itemId: land.id, keyword: 'RESOLVED' });
  await callApi(page, 'decisions.update', {
    id: secret.id,
    baseVersion: 1,
    publicWording: 'RESOLVED that the land be sold as set out in the exempt report.',
    clauses: [{ groupHeading: '', doc: { type: 'doc', content: [paragraph(text(secrets[1]!))] } }],
  });
  return { meeting, budget, decision };
}

/** Picks a radio button as the officer does (it follows the address, so it is checked a moment later). */
export async function choose(page: Page, name: string) {
  const radio = page.getByRole('radio', { name, exact: true });
  await radio.click();
  await expect(radio).toBeChecked();
}

/**
 * The text of each paragraph under `root`, in order, as a reader meets them: paragraphs, headings, a
 * list entry's own words (its number left out: Word adds it), each table cell. Runs in the page, for
 * the preview and for mammoth's reading of the Word file alike.
 */
export function paragraphsIn(root: Element): string[] {
  const out: string[] = [];
  const words = (element: Element): string =>
    [...element.childNodes]
      .map((node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
        if (!(node instanceof Element)) return '';
        if (node.matches('ul, ol, p, h1, h2, h3, h4, h5, h6, table, .doc-marker')) return '';
        return words(node);
      })
      .join('');
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (child.matches('p, h1, h2, h3, h4, h5, h6')) out.push(words(child).trim());
      else if (child.matches('li, th, td')) {
        const own = words(child).trim();
        if (own) out.push(own);
        walk(child);
      } else walk(child);
    }
  };
  walk(root);
  return out.filter(Boolean);
}

/** The paragraphs of a Word file's HTML (mammoth's reading of it), walked as the preview is. */
export function wordParagraphs(page: Page, html: string): Promise<string[]> {
  return page.evaluate(
    ([markup, walker]) => {
      const root = new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html').body;
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the same function, run in the page
      return (new Function(`return ${walker}`)() as (root: Element) => string[])(root);
    },
    [html, paragraphsIn.toString()] as const,
  );
}
