// Issue 5 end to end in browser mode: the house style set on its screen, a report written on the
// report screen, an exempt item's publishable wording typed in its decision, then the minutes,
// agenda and report saved as Word from the app (downloads) and read back.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { AgendaItem, Committee, Meeting } from '../../shared/domain';
import { readDocx } from '../unit/docx';
import { callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('house style, report and publishable wording, saved as Word from the app', async ({ page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: 'Guildhall',
    numberingScheme: 'CAB{n}',
  });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-06-18',
    startTime: '10:00',
  });
  const item = (title: string, exempt: boolean) =>
    callApi<AgendaItem>(page, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose: exempt ? 'Secret purpose of the land sale.' : 'To consider the budget.',
      leadOfficerId: null,
      exempt,
      exemptParagraph: exempt ? 3 : null,
    });
  await item('Budget monitoring', false);
  const land = await item('Sale of land at Mill Lane', true);

  // The house style, from its screen, with the keyboard.
  await page.getByRole('link', { name: 'House style' }).click();
  const councilName = page.getByLabel('Council name');
  await councilName.fill('Borsetshire County Council');
  await page.getByRole('combobox', { name: 'Font', exact: true }).selectOption('Georgia');
  await page.getByRole('combobox', { name: 'Item headings', exact: true }).selectOption('capitals');
  await page.getByRole('combobox', { name: 'Date format', exact: true }).selectOption('15 March 2021');
  await page
    .getByRole('combobox', { name: 'Numbering of a new decision’s clauses', exact: true })
    .selectOption('(a)');
  // Saved as it is changed, like everything else typed: no Save button.
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The report, from the agenda's Report link.
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  await page.getByRole('link', { name: 'Report for item 1' }).click();
  const editor = page.getByRole('textbox', { name: 'Report for item 1, Budget monitoring' });
  await editor.click();
  await page.keyboard.type('The forecast outturn is within budget.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Reserves remain above the minimum.');
  await page.getByLabel('Contact points (a line each)').fill('Jo Bloggs, Finance Manager');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const reportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save report as Word (public)' }).click();
  const report = await readDocx(readFileSync(await (await reportDownload).path()));
  expect(report.text).toContain('The forecast outturn is within budget.');
  expect(report.text).toContain('Jo Bloggs, Finance Manager');
  expect(report.parts.get('word/styles.xml')).toContain('w:ascii="Georgia"');

  // The exempt item's decision: clauses for the confidential minutes, wording for the public ones.
  await page.evaluate((id) => (window.location.hash = `#/items/${id}`), land.id);
  await page.getByRole('button', { name: 'New decision (Alt+D)' }).click();
  await page
    .getByLabel('Publishable wording', { exact: false })
    .fill('RESOLVED that the land be sold as set out in the exempt report.');
  await page.getByRole('button', { name: 'Add clause (Alt+C)' }).click();
  await page.keyboard.type('The land be sold to Greenfield Homes for £2.4m.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const [decision] = await callApi<{ clauseStyle: string }[]>(page, 'decisions.list', { itemId: land.id });
  expect(decision!.clauseStyle).toBe('(a)');

  // Minutes and agenda, public and confidential, from the meeting screen.
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  const saved = async (name: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name, exact: true }).click();
    const file = await download;
    await expect(
      page.getByRole('status').filter({ hasText: `Downloaded “${file.suggestedFilename()}”.` }),
    ).toBeVisible();
    return { name: file.suggestedFilename(), doc: await readDocx(readFileSync(await file.path())) };
  };
  const publicMinutes = await saved('Minutes (public)');
  expect(publicMinutes.name).toBe('Cabinet 2026-06-18 minutes (public).docx');
  expect(publicMinutes.doc.text).toContain('Borsetshire County Council');
  expect(publicMinutes.doc.text).toContain(
    'Minutes of the meeting held at Guildhall on 18 June 2026 at 10.00 am',
  );
  expect(publicMinutes.doc.text).toContain('CAB1. BUDGET MONITORING');
  expect(publicMinutes.doc.text).toContain('CAB2. SALE OF LAND AT MILL LANE');
  expect(publicMinutes.doc.text).toContain('RESOLVED that the land be sold as set out in the exempt report.');
  expect(publicMinutes.doc.text).not.toContain('Greenfield');
  const confidentialMinutes = await saved('Minutes (confidential)');
  expect(confidentialMinutes.doc.text).toContain('The land be sold to Greenfield Homes for £2.4m.');
  const header = [...confidentialMinutes.doc.parts].find(([part]) => part.startsWith('word/header'))![1];
  expect(header).toContain('NOT FOR PUBLICATION');
  const publicAgenda = await saved('Agenda (public)');
  expect(publicAgenda.doc.text).toContain('SALE OF LAND AT MILL LANE');
  expect(publicAgenda.doc.text).not.toContain('Secret purpose');
  expect((await saved('Agenda (confidential)')).doc.text).toContain('Secret purpose of the land sale.');
});
