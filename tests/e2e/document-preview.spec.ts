// Issue 17 end to end in browser mode: the minutes (and agenda) as a document in the app. The preview
// holds the same paragraphs, in the same order, as the Word file saved from it, in the public and the
// confidential version, including an exempt item; it follows what is typed in another window; and
// saving minutes whose votes do not square with the attendance asks first, listing why.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import { readDocx } from '../unit/docx';
import { bulletList, callApi, paragraph, text } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const secrets = ['Greenfield Homes offered £2.4m for the land.', 'The Greenfield bid be accepted.'];

/** A meeting with attendance, a public item and an exempt one, built through the API. */
async function meetingThroughTheApi(page: Page) {
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
async function choose(page: Page, name: string) {
  const radio = page.getByRole('radio', { name, exact: true });
  await radio.click();
  await expect(radio).toBeChecked();
}

/**
 * The text of each paragraph under `root`, in order, as a reader meets them: paragraphs, headings, a
 * list entry's own words (its number left out: Word adds it), each table cell. Runs in the page, for
 * the preview and for mammoth's reading of the Word file alike.
 */
function paragraphsIn(root: Element): string[] {
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

test('the preview reads as the Word document, public and confidential, and follows what is typed', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const { meeting, budget } = await meetingThroughTheApi(page);

  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  // When the meeting ended, in the meeting's details (folded away until opened).
  const endTime = page.getByLabel('End time');
  if (!(await endTime.isVisible())) await page.locator('summary', { hasText: '10.00 am' }).click();
  await endTime.fill('12:15');
  await page.getByRole('button', { name: 'Save meeting details' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Meeting details saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'See the minutes and agenda as the documents read' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Minutes of Cabinet, Thursday 18 June 2026',
  );
  const preview = page.getByRole('article', { name: 'Minutes (public) as the Word document reads' });
  await expect(preview).toBeVisible();

  const fromWord = async (html: string) =>
    page.evaluate(
      ([markup, walker]) => {
        const root = new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html').body;
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the same function, run in the page
        return (new Function(`return ${walker}`)() as (root: Element) => string[])(root);
      },
      [html, paragraphsIn.toString()] as const,
    );

  for (const edition of ['public', 'confidential'] as const) {
    for (const kind of ['Minutes', 'Agenda'] as const) {
      await choose(page, kind);
      await choose(page, edition === 'public' ? 'Public' : 'Confidential');
      const article = page.getByRole('article', { name: `${kind} (${edition}) as the Word document reads` });
      await expect(article).toBeVisible();
      const shown = await article.locator('.document-body').evaluate(paragraphsIn);

      // Saving the minutes asks first: five votes where three count, and an inquorate item.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Save as Word (${edition})` }).click();
      if (kind === 'Minutes') {
        const dialog = page.getByRole('dialog', { name: 'Save the minutes with these warnings?' });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('listitem')).toHaveText([
          'Minute CAB1 (Budget monitoring), decision 1: 5 votes were recorded, but only 3 members count for this item.',
          // Councillor Shah withdrew from it.
          'Minute CAB2 (Sale of land at Mill Lane): inquorate — 2 members count for it; the quorum is 3.',
        ]);
        await dialog.getByRole('button', { name: 'Save anyway' }).click();
      }
      const word = await readDocx(readFileSync(await (await download).path()));
      expect(shown, `${kind} (${edition})`).toEqual(await fromWord(word.html));
      expect(shown.length).toBeGreaterThan(8);

      const everything = shown.join('\n');
      expect(everything).toContain('Sale of land at Mill Lane');
      for (const secret of secrets) {
        if (edition === 'public' || kind === 'Agenda') expect(everything).not.toContain(secret);
        else expect(everything).toContain(secret);
      }
      if (kind === 'Minutes') {
        expect(everything).toContain('RESOLVED by a majority that:');
        expect(everything).toContain('Exclusion of the public');
        expect(everything).toContain('The meeting ended at 12.15 pm.');
        if (edition === 'public') {
          expect(everything).toContain('RESOLVED that the land be sold as set out in the exempt report.');
          await expect(article.getByLabel('Page header, on every page')).toHaveText(
            'DRAFT — subject to approval',
          );
          await expect(article).not.toContainText('NOT FOR PUBLICATION');
        } else {
          expect(everything).toContain(
            'Councillor Priya Shah declared a non-registrable interest in this item as a neighbour of the site, and withdrew from the room for this item, taking no part in the discussion or vote.',
          );
          await expect(article.getByLabel('Page header, on every page')).toContainText('NOT FOR PUBLICATION');
        }
        // Word's own numbers, as the page shows them.
        await expect(article.locator('.doc-marker')).toContainText(['•', '•', '(1)', '(2)']);
      }
    }
  }

  // Typed in another window: the preview follows once it is saved.
  await choose(page, 'Minutes');
  const editor = await context.newPage();
  await editor.goto(server.launchUrl);
  await editor.evaluate((id) => (window.location.hash = `#/items/${id}`), budget.id);
  const minutes = editor.getByRole('textbox', { name: 'Minutes of item 1, Budget monitoring' });
  await minutes.click();
  await editor.keyboard.press('Control+End');
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('Members asked for a mid-year review.');
  await expect(editor.getByTestId('save-state')).toHaveText('Saved');
  await expect(
    page.getByRole('article', { name: 'Minutes (confidential) as the Word document reads' }),
  ).toContainText('Members asked for a mid-year review.', { timeout: 20_000 });
});

test('the meeting page asks before saving minutes with warnings, lists what is left, and saves only when told', async ({
  page,
}) => {
  test.setTimeout(120_000);
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const { meeting, decision } = await meetingThroughTheApi(page);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));

  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  const dialog = page.getByRole('dialog', { name: 'Save the minutes with these warnings?' });
  await page.getByRole('button', { name: 'Minutes (public)', exact: true }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('2 things do not square with the attendance.');
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Minute CAB1 (Budget monitoring), decision 1: 5 votes were recorded, but only 3 members count for this item.',
    'Minute CAB2 (Sale of land at Mill Lane): inquorate — 2 members count for it; the quorum is 3.',
  ]);
  // Escape is Cancel: nothing is saved, and the page says so.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toBeVisible();

  // The vote put right in another window: asked again, only the quorum is left.
  await callApi(page, 'decisions.update', {
    id: decision.id,
    baseVersion: 2,
    vote: { kind: 'show of hands', for: 3, against: 0, abstain: 0, recorded: [], castingVote: null },
  });
  await page.getByRole('button', { name: 'Minutes (public)', exact: true }).click();
  await expect(dialog).toContainText('One thing does not square with the attendance.');
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Minute CAB2 (Sale of land at Mill Lane): inquorate — 2 members count for it; the quorum is 3.',
  ]);
  const minutes = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  const word = await readDocx(readFileSync(await (await minutes).path()));
  expect(word.text).toContain('RESOLVED by a majority that:');

  // The agenda has nothing to ask about: it is saved at once.
  const agenda = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Agenda (public)', exact: true }).click();
  expect((await agenda).suggestedFilename()).toBe('Cabinet 2026-06-18 agenda (public).docx');
  await expect(dialog).toBeHidden();
  // Two saves in all: the one cancelled wrote nothing.
  expect(downloads).toEqual([
    'Cabinet 2026-06-18 minutes (public).docx',
    'Cabinet 2026-06-18 agenda (public).docx',
  ]);
});
