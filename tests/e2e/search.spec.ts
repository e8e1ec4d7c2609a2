// The search box from any screen: Ctrl+K in meeting mode while typing the minutes, results as the
// officer types, Enter landing on the paragraph (scrolled into view and highlighted, the saved text
// untouched); / where nothing is being typed; exempt content marked and left out on request; Enter
// pressed before the answer comes opens the best match of what was typed.
import { expect, test, type Page } from '@playwright/test';
import type { MeetingDetail } from '../../shared/domain';
import { appReady, bulletList, callApi, itemIdOf, paragraph, text } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const filler = (n: number) =>
  paragraph(text(`Paragraph ${n}: members discussed the consultation responses in some detail.`));

/** The sample council, with long minutes on the library item (the hit deep in a list) and the exempt item. */
async function sampleWithMinutes(page: Page) {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await expect(page.getByRole('link', { name: 'Minutes of item 1' })).toBeVisible();
  const [committee] = await callApi<{ id: string }[]>(page, 'committees.list', {});
  const { meetings } = await callApi<{ meetings: { id: string }[] }>(page, 'committees.get', {
    id: committee!.id,
  });
  const detail = await callApi<MeetingDetail>(page, 'meetings.get', { id: meetings[0]!.id });
  const library = detail.items[3]!;
  const exempt = detail.items[6]!;
  const libraryDoc = {
    type: 'doc',
    content: [
      ...Array.from({ length: 40 }, (_, n) => filler(n + 1)),
      bulletList(
        'Opening hours at Ashby branch were kept.',
        'The Quernmore branch will open on Saturday mornings from April.',
      ),
      paragraph(text('Costs <img src=x onerror="window.injected=1"> rose at Quernmore by 4%.')),
      ...Array.from({ length: 20 }, (_, n) => filler(n + 41)),
    ],
  };
  const saved = await callApi<{ version: number }>(page, 'minutes.save', {
    itemId: library.id,
    baseVersion: 0,
    doc: libraryDoc,
  });
  await callApi(page, 'minutes.save', {
    itemId: exempt.id,
    baseVersion: 0,
    doc: {
      type: 'doc',
      content: [paragraph(text('Bidder Quernmore Leisure Trust offered the lowest price.'))],
    },
  });
  return { detail, library, exempt, savedVersion: saved.version };
}

test('Ctrl+K from meeting mode: results as you type, Enter lands on the paragraph, highlighted, text untouched', async ({
  page,
}) => {
  const { detail, library, savedVersion } = await sampleWithMinutes(page);
  await page.getByRole('link', { name: 'Minutes of item 1' }).click();
  const minutes = page.getByRole('textbox', { name: /^Minutes of item 1,/ });
  await minutes.click();
  await page.keyboard.press('Alt+m');
  await expect(page).toHaveURL(/\/live$/);
  await minutes.click();
  await page.keyboard.type('Apologies were received');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Ctrl+K while typing the minutes: the search box, its combobox focused.
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the record' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox', { name: 'Words to find' });
  await expect(box).toBeFocused();
  // The minutes typed before are as they were: Ctrl+K typed nothing into them.
  await expect(minutes).toHaveText('Apologies were received');

  // As you type: the last word, three letters or more, counts as a beginning.
  await page.keyboard.type('quernm');
  const results = dialog.getByRole('listbox', { name: 'Results' });
  const options = results.getByRole('option');
  await expect(options).toHaveCount(3);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const exemptOption = options.filter({ hasText: 'Exempt: not for publication' });
  await expect(exemptOption).toHaveCount(1);
  await expect(exemptOption).toContainText('Leisure centre operator contract');

  // The snippet's words are text; the matches are <mark> elements, and nothing in it is HTML.
  const costs = options.filter({ hasText: 'Costs' });
  await expect(costs).toContainText('Costs <img src=x onerror="window.injected=1"> rose at Quernmore by 4%.');
  await expect(costs.locator('mark')).toHaveText('Quernmore');
  await expect(results.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();

  // Each result says what and where: kind, committee, date, minute number.
  const saturday = options.filter({ hasText: 'Saturday mornings' });
  await expect(saturday).toContainText('minutes');
  await expect(saturday).toContainText('Branch library opening hours: outcome of consultation');
  await expect(saturday).toContainText(
    new RegExp(`Communities and Wellbeing Scrutiny Committee · \\w+ \\d+ \\w+ \\d{4} · minute `),
  );
  await expect(saturday).toContainText(`minute ${detail.minuteNumbers[library.id]}`);

  // ↓ to the Saturday paragraph (↑ and ↓ wrap), then Enter.
  const count = await options.count();
  for (let moves = 0; moves < count; moves += 1) {
    if ((await saturday.getAttribute('aria-selected')) === 'true') break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(saturday).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await saturday.getAttribute('id'))!);
  await page.keyboard.press('Enter');

  // The library item, still in meeting mode (the same meeting), with the paragraph shown.
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/items/${library.id}/live$`));
  const hit = page.locator('.minutes-editor .search-hit');
  await expect(hit).toHaveText('The Quernmore branch will open on Saturday mornings from April.');
  await expect(hit).toBeInViewport();
  // The cursor is in it, so the keyboard (and a screen reader) is where the hit is.
  await expect(page.getByRole('textbox', { name: /^Minutes of item 4,/ })).toBeFocused();

  // Showing the hit changed nothing that is saved.
  const stored = await callApi<{ version: number }>(page, 'minutes.get', { itemId: library.id });
  expect(stored.version).toBe(savedVersion);
  expect(itemIdOf(page)).toBe(library.id);
  await expect(page.getByTestId('save-state')).not.toHaveText(/Saving|Not saved/);
  const doc = await callApi<{ doc: { content: { type: string }[] } }>(page, 'minutes.get', {
    itemId: library.id,
  });
  expect(JSON.stringify(doc.doc)).not.toContain('search-hit');

  // The highlight goes at the first click in the editor.
  await hit.click();
  await expect(page.locator('.minutes-editor .search-hit')).toHaveCount(0);
});

test('/ opens the search where nothing is being typed; public content only; a sentence for what cannot be searched', async ({
  page,
}) => {
  const { exempt } = await sampleWithMinutes(page);
  // In a field, / is a slash.
  await page.getByRole('link', { name: 'Minutes of item 2' }).click();
  const minutes = page.getByRole('textbox', { name: /^Minutes of item 2,/ });
  await minutes.click();
  await page.keyboard.type('Items 4/5');
  await expect(minutes).toHaveText('Items 4/5');
  await expect(page.getByRole('dialog', { name: 'Search the record' })).toHaveCount(0);

  // Elsewhere, / opens it; Escape closes it and gives focus back.
  const heading = page.getByRole('heading', { level: 1 });
  await heading.focus();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the record' });
  const box = dialog.getByRole('combobox', { name: 'Words to find' });
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(heading).toBeFocused();

  await page.getByRole('button', { name: 'Search (Ctrl+K)' }).click();
  await expect(box).toBeFocused();
  await box.fill('bidder');
  const options = dialog.getByRole('listbox', { name: 'Results' }).getByRole('option');
  // The exempt item's minutes and its purpose (“offered by bidders”): both marked exempt.
  await expect(options).toHaveCount(2);
  await expect(options.filter({ hasText: 'Exempt: not for publication' })).toHaveCount(2);
  await dialog.getByRole('checkbox', { name: 'Public content only (leave out exempt items)' }).check();
  await expect(dialog.getByRole('status')).toHaveText('Nothing found.');
  await expect(options).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: 'Public content only (leave out exempt items)' }).uncheck();
  await expect(options).toHaveCount(2);

  // What cannot be searched gets a sentence, not an error.
  await box.fill('-bidder');
  await expect(dialog.getByRole('status')).toHaveText(/^Add a word to look for/);
  await box.fill('"');
  await expect(dialog.getByRole('status')).toHaveText(/^There is nothing to search for/);

  // Enter on the exempt hit opens the exempt item at its paragraph.
  await box.fill('bidder lowest');
  await expect(options).toHaveCount(1);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/items/${exempt.id}$`));
  await expect(page.locator('.minutes-editor .search-hit')).toHaveText(
    'Bidder Quernmore Leisure Trust offered the lowest price.',
  );
});

test('Enter pressed before the answer comes opens the best match of what was typed, not the list still shown', async ({
  page,
}) => {
  const { library, exempt } = await sampleWithMinutes(page);
  await page.getByRole('button', { name: 'Search (Ctrl+K)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the record' });
  const box = dialog.getByRole('combobox', { name: 'Words to find' });
  const options = dialog.getByRole('listbox', { name: 'Results' }).getByRole('option');
  // "Quernmore" keeps it to this test's minutes: the sample's finished meeting speaks of Saturday
  // mornings too.
  await box.fill('quernmore saturday mornings');
  await expect(options).toHaveCount(1);
  await expect(options).toContainText('Saturday mornings');

  // Typed over and Enter at once: the Saturday result is still on screen, but it is not what was asked.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('bidder lowest');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/items/${exempt.id}$`));
  await expect(page).not.toHaveURL(new RegExp(library.id));
  await expect(page.locator('.minutes-editor .search-hit')).toHaveText(
    'Bidder Quernmore Leisure Trust offered the lowest price.',
  );
});
