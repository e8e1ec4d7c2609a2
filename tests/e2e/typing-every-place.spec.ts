// QA: typing without a pause in the places the other typing specs do not cover (an update after the
// meeting, an item's report, the attendance wording), then leaving at once.
import { expect, test, type Page } from '@playwright/test';
import type { ItemReport, ItemUpdate } from '../../shared/domain';
import { plainText } from '../../shared/richText';
import { callApi, itemIdOf, typeAtPace } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const words = 'Councillor Dunmore asked whether the café’s hours — at Marsh Lane — would be kept. ';

const typeFor = async (page: Page, seconds: number) => (await typeAtPace(page, words, seconds, 55)).text;

async function openSample(page: Page) {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await page.getByRole('link', { name: 'Minutes of item 4' }).click();
  await expect(page.getByRole('textbox', { name: /^Minutes of item 4,/ })).toBeVisible();
  return itemIdOf(page);
}

type Leave = 'reload' | 'back' | 'another item';
async function leave(page: Page, how: Leave, otherHash: string) {
  await page.waitForTimeout(50);
  if (how === 'reload') await page.reload();
  if (how === 'back') await page.goBack();
  if (how === 'another item') await page.evaluate((hash) => (window.location.hash = hash), otherHash);
}

for (const how of ['reload', 'back', 'another item'] as const) {
  test(`an update's text typed without a pause, then ${how}`, async ({ page }) => {
    test.setTimeout(120_000);
    page.on('dialog', (dialog) => void dialog.accept());
    const itemId = await openSample(page);
    await page.getByRole('button', { name: 'Add an update after the meeting' }).click();
    const box = page.getByRole('textbox', { name: /^Text of update/ }).last();
    await box.click();
    const typed = await typeFor(page, 4);
    await leave(page, how, '#/');
    await expect
      .poll(
        async () => {
          const updates = await callApi<ItemUpdate[]>(page, 'updates.list', { itemId });
          return updates.map((u) => plainText(u.doc)).join('|');
        },
        { timeout: 10_000 },
      )
      .toContain(typed.trim());
  });

  test(`a report typed without a pause, then ${how}`, async ({ page }) => {
    test.setTimeout(120_000);
    page.on('dialog', (dialog) => void dialog.accept());
    const itemId = await openSample(page);
    await page.evaluate((id) => (window.location.hash = `#/items/${id}/report`), itemId);
    const box = page.getByRole('textbox', { name: /^Report for item/ });
    await box.click();
    await page.keyboard.press('ControlOrMeta+End');
    const before = plainText(
      (await callApi<ItemReport>(page, 'reports.get', { itemId })).doc ?? { type: 'doc', content: [] },
    );
    const typed = await typeFor(page, 4);
    await leave(page, how, `#/items/${itemId}`);
    await expect
      .poll(async () => plainText((await callApi<ItemReport>(page, 'reports.get', { itemId })).doc!), {
        timeout: 10_000,
      })
      .toBe(before + typed);
  });

  test(`the attendance wording typed without a pause, then ${how}`, async ({ page }) => {
    test.setTimeout(120_000);
    page.on('dialog', (dialog) => void dialog.accept());
    const itemId = await openSample(page);
    const meetingId = (await callApi<{ meetingId: string }>(page, 'items.get', { id: itemId })).meetingId;
    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/attendance`), meetingId);
    await page
      .getByRole('button', { name: /^Reword: / })
      .first()
      .click();
    const box = page.getByRole('textbox', { name: /: your wording$/ });
    await box.press('ControlOrMeta+End');
    const before = await box.inputValue();
    const typed = await typeFor(page, 4);
    await leave(page, how, `#/items/${itemId}`);
    await expect
      .poll(
        async () =>
          (await callApi<{ overrides: { text: string }[] }>(page, 'attendance.get', { meetingId })).overrides
            .map((o) => o.text)
            .join('|'),
        { timeout: 10_000 },
      )
      .toContain(before + typed);
  });
}

// QA: a declaration's interest is typed into a form saved with "Record declaration"; a reload (or
// closing the window) before it was pressed lost every key typed, without the browser asking.
for (const how of ['reload', 'close the tab'] as const) {
  test(`a declaration's interest typed without a pause, then ${how} before it is recorded: the form has it back`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    page.on('dialog', (dialog) => void dialog.accept());
    const itemId = await openSample(page);
    const meetingId = (await callApi<{ meetingId: string }>(page, 'items.get', { id: itemId })).meetingId;
    // A declaration is made by a member marked present.
    const { register } = await callApi<{ register: { members: { personId: string }[] } }>(
      page,
      'attendance.get',
      { meetingId },
    );
    await callApi(page, 'attendance.setMember', {
      meetingId,
      personId: register.members[0]!.personId,
      status: 'present',
      remote: false,
    });
    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/attendance`), meetingId);
    await page.getByLabel('The interest').click();
    const typed = await typeFor(page, 3);
    await page.waitForTimeout(50);
    let screen = page;
    if (how === 'reload') await page.reload();
    else {
      await page.close({ runBeforeUnload: true });
      screen = await context.newPage();
      await screen.goto(server!.launchUrl);
      await screen.evaluate((id) => (window.location.hash = `#/meetings/${id}/attendance`), meetingId);
    }
    const field = screen.getByLabel('The interest');
    await expect(field).toHaveValue(typed);
    await screen.getByRole('button', { name: 'Record declaration' }).click();
    await expect(field).toHaveValue('');
    await expect
      .poll(
        async () =>
          (
            await callApi<{ register: { declarations: { interest: string }[] } }>(screen, 'attendance.get', {
              meetingId,
            })
          ).register.declarations.map((d) => d.interest),
        { timeout: 10_000 },
      )
      .toContain(typed.trim());
  });
}
