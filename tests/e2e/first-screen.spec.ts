// The first screen from the launch address (issue 21): the page comes with the first screen's
// reads in it, so it makes none of those calls; a page without them (a reload, an address without
// the launch key, replies made for another address) asks for them as before.
import { expect, test, type Page } from '@playwright/test';
import { FIRST_SCREEN_METHODS } from '../../shared/firstScreen';
import { newDataDir, serve, serverApi, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const COMMITTEE = 'Communities and Wellbeing Scrutiny Committee';

/** A data folder with the sample council in it, served. */
async function serveSample(): Promise<ServeProcess> {
  const running = await serve(newDataDir());
  await serverApi(running)('sample.load', {});
  return running;
}

/** The API methods the page calls from now on, in order. */
function apiCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) calls.push(decodeURIComponent(pathname.slice('/api/'.length)));
  });
  return calls;
}

const firstScreenCalls = (calls: string[]) =>
  calls.filter((method) => (FIRST_SCREEN_METHODS as readonly string[]).includes(method));

async function expectFirstScreen(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Minutebook' })).toBeVisible();
  const sidebar = page.getByRole('navigation', { name: 'Committees and people' });
  await expect(sidebar.getByRole('link', { name: COMMITTEE, exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Open a committee' }).getByRole('link')).toHaveText([
    COMMITTEE,
  ]);
}

test('the launch address shows the committees without calling app.info or the lists', async ({ page }) => {
  server = await serveSample();
  const calls = apiCalls(page);
  await page.goto(server.launchUrl);
  await expectFirstScreen(page);
  // The address is tidied as before: neither the key nor the token stays in it.
  expect(page.url()).toBe(`${server.origin}#/`);
  expect(firstScreenCalls(calls)).toEqual([]);

  // What happens next is asked for: opening the committee, and a reload (no replies in that page).
  await page
    .getByRole('navigation', { name: 'Committees and people' })
    .getByRole('link', { name: COMMITTEE, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: COMMITTEE })).toBeVisible();
  expect(calls).toContain('committees.get');
  await page.goto(`${server.origin}#/`);
  await page.reload();
  await expectFirstScreen(page);
  expect(firstScreenCalls(calls)).toContain('app.info');
});

test('without the launch key the page asks for the first screen, and shows the same', async ({ page }) => {
  server = await serveSample();
  const calls = apiCalls(page);
  await page.goto(server.launchUrl.replace(/\?launch=[\w-]+/, ''));
  await expectFirstScreen(page);
  expect(firstScreenCalls(calls).sort()).toEqual([...FIRST_SCREEN_METHODS].sort());
});

test('replies made for another address are not used: the page asks', async ({ page }) => {
  server = await serveSample();
  // As a page kept from elsewhere would carry: the launch key in the replies is not the address's.
  await page.route(/\/\?launch=/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/"launch":"[\w-]+"/, '"launch":"another"');
    await route.fulfill({ response, body });
  });
  const calls = apiCalls(page);
  await page.goto(server.launchUrl);
  await expectFirstScreen(page);
  expect(firstScreenCalls(calls).sort()).toEqual([...FIRST_SCREEN_METHODS].sort());
});
