// Every screen checked by a machine: axe-core (Deque's engine, as @axe-core/playwright runs it in
// the page) over each route the app has, with the sample council's finished meeting and its meeting
// to come, at a council laptop's 1366×768. No serious or critical violation is allowed. The list of
// screens is typed by the app's own Route: a screen added to renderer/state/route.ts does not
// type-check here until it is added to `screens` below.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pushAll } from '../../shared/arrays';
import type { MeetingDetail } from '../../shared/domain';
import { href, type Route } from '../../renderer/state/route';
import { appReady, callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.use({ viewport: { width: 1366, height: 768 } });
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

interface Ids {
  committeeId: string;
  /** The meeting being prepared (nothing recorded yet). */
  upcoming: MeetingDetail;
  /** The finished meeting (register, minutes, decisions, approved). */
  worked: MeetingDetail;
}

/** Each screen, with the states worth scanning: typed so that every Route['screen'] must be here. */
const screens: { [S in Route['screen']]: (ids: Ids) => Extract<Route, { screen: S }>[] } = {
  home: () => [{ screen: 'home' }],
  people: () => [{ screen: 'people' }],
  'house-style': () => [{ screen: 'house-style' }],
  backups: () => [{ screen: 'backups' }],
  decisions: () => [{ screen: 'decisions' }],
  'officer-decisions': () => [{ screen: 'officer-decisions' }],
  calendar: () => [{ screen: 'calendar' }],
  notices: ({ worked }) => [{ screen: 'notices', id: worked.meeting.id }],
  'forward-plan': ({ committeeId }) => [{ screen: 'forward-plan', id: committeeId }],
  import: ({ upcoming }) => [{ screen: 'import' }, { screen: 'import', meetingId: upcoming.meeting.id }],
  report: ({ worked }) => [{ screen: 'report', id: worked.items[3]!.id }],
  'new-committee': () => [{ screen: 'new-committee' }],
  committee: ({ committeeId }) => [{ screen: 'committee', id: committeeId }],
  meeting: ({ upcoming, worked }) => [
    { screen: 'meeting', id: upcoming.meeting.id },
    { screen: 'meeting', id: worked.meeting.id },
  ],
  document: ({ upcoming, worked }) => [
    { screen: 'document', id: worked.meeting.id, kind: 'minutes', edition: 'public' },
    { screen: 'document', id: worked.meeting.id, kind: 'minutes', edition: 'confidential' },
    { screen: 'document', id: upcoming.meeting.id, kind: 'agenda', edition: 'public' },
  ],
  attendance: ({ upcoming, worked }) => [
    { screen: 'attendance', id: upcoming.meeting.id },
    { screen: 'attendance', id: worked.meeting.id },
  ],
  item: ({ upcoming, worked }) => [
    { screen: 'item', id: upcoming.items[3]!.id },
    { screen: 'item', id: upcoming.items[3]!.id, live: true },
    { screen: 'item', id: worked.items[3]!.id },
    // The exempt item, with its publishable wording.
    { screen: 'item', id: worked.items.find((item) => item.exempt)!.id },
  ],
};

type Finding = { route: string; rule: string; impact: string; help: string; targets: string[] };

/** axe's serious and critical findings on what is on screen now. */
async function scan(page: Page, where: string): Promise<Finding[]> {
  // The screen has settled: its heading has focus and nothing is still being opened.
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByText(/^Opening/)).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      route: where,
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

test('every screen has no serious or critical accessibility violation', async ({ page }) => {
  // Every screen and state, each scanned whole: over 180 s with both cores busy elsewhere.
  test.setTimeout(480_000);
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  // The first run, before anything exists.
  const findings = await scan(page, 'home (first run)');

  const sample = await callApi<{ committeeId: string; meetingId: string; workedMeetingId: string }>(
    page,
    'sample.load',
    {},
  );
  const ids: Ids = {
    committeeId: sample.committeeId,
    upcoming: await callApi<MeetingDetail>(page, 'meetings.get', { id: sample.meetingId }),
    worked: await callApi<MeetingDetail>(page, 'meetings.get', { id: sample.workedMeetingId }),
  };
  const routes = Object.values(screens).flatMap((states) => states(ids) as Route[]);
  expect(new Set(routes.map((route) => route.screen))).toEqual(new Set(Object.keys(screens)));
  for (const route of routes) {
    await page.evaluate((hash) => (window.location.hash = hash), href(route));
    pushAll(findings, await scan(page, href(route)));
  }

  // States a screen opens into: the add-item form, a confirmation dialog, the details being edited.
  await page.evaluate(
    (hash) => (window.location.hash = hash),
    href({ screen: 'meeting', id: sample.meetingId }),
  );
  await page.getByRole('button', { name: 'Add an item' }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  pushAll(findings, await scan(page, 'meeting: adding an item, editing its details'));
  await page.getByRole('button', { name: 'Delete meeting' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  pushAll(findings, await scan(page, 'meeting: the delete dialog'));

  await page.keyboard.press('Escape');

  // A folder read on the import screen: what was found, before anything is imported (a file ready, one
  // needing a decision, a duplicate, a damaged PDF); then one of its files opened in the preview.
  const train = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/corpus/train');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'minutebook-folder-'));
  copyFileSync(path.join(train, 'eng-pdf-cabinet-code-prefix.txt'), path.join(folder, 'cabinet.txt'));
  copyFileSync(path.join(train, 'eng-pdf-cabinet-code-prefix.txt'), path.join(folder, 'copy.txt'));
  copyFileSync(path.join(train, 'eng-mgai-exclusion-motion.txt'), path.join(folder, 'item page.txt'));
  writeFileSync(path.join(folder, 'damaged.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');
  await page.evaluate((hash) => (window.location.hash = hash), href({ screen: 'import' }));
  await page.getByLabel('Folder to import').setInputFiles(folder);
  await expect(page.getByRole('table', { name: 'What was found' }).getByRole('row')).toHaveCount(5, {
    timeout: 60_000,
  });
  pushAll(findings, await scan(page, 'import: what was found in a folder'));
  await page.getByRole('button', { name: 'Open in preview: item page.txt' }).click();
  await expect(page.getByRole('form', { name: 'What will be imported' })).toBeVisible();
  pushAll(findings, await scan(page, 'import: a folder’s file in the preview'));

  // The search box, open over a screen with results listed.
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Search the record' });
  await expect(search).toBeVisible();
  await page.keyboard.type('budget');
  await expect(search.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toBeVisible();
  pushAll(findings, await scan(page, 'the search box, with results'));

  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
});
