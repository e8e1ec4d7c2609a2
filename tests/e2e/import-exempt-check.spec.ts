// The confidentiality check at import, end to end in browser mode: two items the text does not mark
// exempt, though their words say they may be, are shown with those words beside their exempt
// checkbox, and nothing is imported until the officer answers for each, with the keyboard alone:
// "Exempt" (with its paragraph) for one, "Not exempt" for the other. What was answered is imported.
import { expect, test } from '@playwright/test';
import type { MeetingDetail } from '../../shared/domain';
import { appReady, callApi, tabTo } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const minutes = `PLANNING COMMITTEE

Minutes of the meeting held on 4 March 2025 at 7.00 pm, Council Chamber

Present: Councillor A Brown (Chair), Councillor B Green

1. Private hire licensing fees

The Committee considered the private hire licensing fees, set in line with the private sector.

RESOLVED that the fees be approved.

2. Waste collection contract extension

Members noted the commercial sensitivity of the contractor's prices.

RESOLVED that the contract be extended for one year.

3. Land at Mill Lane

The report was commercially sensitive and was discussed with the press and public absent.

RESOLVED that the offer be accepted.
`;

test('an item whose words say it may be exempt waits for the officer: answered with the keyboard, imported as answered', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  await page.getByRole('textbox', { name: 'Text to import' }).fill(minutes);
  await page.getByRole('button', { name: 'Find the structure' }).click();

  const preview = page.getByRole('form', { name: 'What will be imported' });
  const waste = preview.getByRole('group', {
    name: 'Is item 2 “Waste collection contract extension” exempt?',
  });
  const land = preview.getByRole('group', { name: 'Is item 3 “Land at Mill Lane” exempt?' });
  await expect(waste).toContainText('its text says “commercial sensitivity”, but it is not marked exempt');
  await expect(land).toContainText('its text says “press and public absent”, “commercially sensitive”');
  // "Private hire" and "private sector" raise nothing.
  await expect(preview.getByRole('group', { name: /Private hire licensing fees.*exempt\?/ })).toHaveCount(0);
  const importButton = preview.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await expect(preview.getByRole('status')).toContainText(
    'Before importing, say whether each of 2 items is exempt',
  );

  // The keyboard alone: Tab to each answer, Space to press it.
  await tabTo(page, waste.getByRole('button', { name: 'Not exempt' }));
  await page.keyboard.press('Space');
  await expect(waste.getByRole('button', { name: 'Not exempt' })).toHaveAttribute('aria-pressed', 'true');
  await expect(waste).toContainText('you said: not exempt');
  await expect(importButton).toBeDisabled();

  await tabTo(page, land.getByRole('button', { name: 'Exempt', exact: true }));
  await page.keyboard.press('Space');
  const landItem = preview.getByRole('group', { name: 'Land at Mill Lane', exact: true });
  await expect(landItem.getByRole('checkbox', { name: 'Exempt (Part 2)' })).toBeChecked();
  const paragraph = landItem.getByLabel('Schedule 12A paragraph');
  await tabTo(page, paragraph);
  await paragraph.selectOption('3');
  await expect(importButton).toBeEnabled();
  await tabTo(page, importButton);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#\/meetings\//);
  const meetingId = /#\/meetings\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const detail = await callApi<MeetingDetail>(page, 'meetings.get', { id: meetingId });
  expect(detail.items.map((item) => [item.title, item.exempt, item.exemptParagraph])).toEqual([
    ['Private hire licensing fees', false, null],
    ['Waste collection contract extension', false, null],
    ['Land at Mill Lane', true, 3],
  ]);
});
