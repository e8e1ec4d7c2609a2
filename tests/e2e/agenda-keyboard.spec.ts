// Building an agenda by keyboard at an officer's typing speed: a new officer found that after "Add
// item" the focus stayed on the button until the item was saved, so the first word of the next
// item's title ("Acquisition ") was lost.
import { expect, test, type Page } from '@playwright/test';
import type { AgendaItem, Committee, Meeting, MeetingDetail } from '../../shared/domain';
import { appReady, callApi, tabTo } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** 15–20 keys a second, straight after the button: no wait for the page between. */
const TYPING = { delay: 55 };

async function meetingScreen(page: Page) {
  await page.goto(server!.launchUrl);
  await appReady(page);
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Planning Committee',
    kind: 'regulatory',
    quorum: 3,
    defaultVenue: 'Town Hall',
    numberingScheme: 'PL{n}/{yy}',
  });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-03-10',
    startTime: '18:30',
  });
  await page.evaluate((to) => (window.location.hash = to), `#/meetings/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Planning Committee');
  return { committee, meeting };
}

const itemsOf = async (page: Page, meetingId: string) =>
  (await callApi<MeetingDetail>(page, 'meetings.get', { id: meetingId })).items.map(
    (item: AgendaItem) => item.title,
  );

test.setTimeout(180_000);

test('after "Add item" the focus is in the next item’s Title and nothing typed straight after is lost', async ({
  page,
}) => {
  server = await serve(newDataDir());
  const { meeting } = await meetingScreen(page);
  const form = page.getByRole('form', { name: 'Add item' });
  const title = form.getByLabel('Title');

  // Opening the form and typing at once: the keys land in its Title.
  await page.getByRole('button', { name: 'Add an item' }).click();
  await page.keyboard.type('Apologies for absence', TYPING);

  // "Add item" by click, and the next title typed at once.
  await form.getByRole('button', { name: 'Add item' }).click();
  await page.keyboard.type('Acquisition of land at Mill Lane', TYPING);
  await expect(page.getByRole('status')).toHaveText('Item 1 added: Apologies for absence.');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Acquisition of land at Mill Lane');

  // "Add item" by keyboard (Tab to it, Enter), and the next title typed at once.
  await tabTo(page, form.getByRole('button', { name: 'Add item' }));
  await page.keyboard.press('Enter');
  await page.keyboard.type('Minutes of the last meeting', TYPING);
  await expect(page.getByRole('status')).toHaveText('Item 2 added: Acquisition of land at Mill Lane.');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Minutes of the last meeting');

  // By Space on the button, then Enter in the Title (the form's own submit), each typed straight on.
  await tabTo(page, form.getByRole('button', { name: 'Add item' }));
  await page.keyboard.press('Space');
  await page.keyboard.type('Tree preservation order', TYPING);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Any other business', TYPING);
  await expect(page.getByRole('status')).toHaveText('Item 4 added: Tree preservation order.');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Any other business');

  // Every title whole, each once, in order: no lost words and no item added twice.
  expect(await itemsOf(page, meeting.id)).toEqual([
    'Apologies for absence',
    'Acquisition of land at Mill Lane',
    'Minutes of the last meeting',
    'Tree preservation order',
  ]);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
