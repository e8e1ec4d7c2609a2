// Issue 7 end to end in browser mode: approving minutes makes them read-only, reopening needs a
// reason, the change is in the audit trail with before and after, and the export gives the approved
// version. Then a damaged data file opens on the recovery screen, and a full disk shows "Not saved"
// and keeps the text until space is freed.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AgendaItem, Committee, Meeting } from '../../shared/domain';
import { readDocx } from '../unit/docx';
import { callApi, nameCouncil } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function meetingWithMinutes(page: Page, text: string) {
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Licensing Committee',
    kind: 'regulatory',
    quorum: 3,
    defaultVenue: 'Town Hall',
    numberingScheme: '{n}',
  });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-09-10',
    startTime: '10:00',
  });
  await callApi(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-10-08',
    startTime: '10:00',
  });
  const item = await callApi<AgendaItem>(page, 'items.create', {
    meetingId: meeting.id,
    title: 'Premises licence: The Swan',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  await callApi(page, 'minutes.save', { itemId: item.id, baseVersion: 0, doc: doc(text) });
  return { committee, meeting, item };
}

test('approve, refused edit, reopen with a reason, edit, audit trail, approved export', async ({ page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await nameCouncil(page);
  const { meeting, item } = await meetingWithMinutes(page, 'The licence was granted subject to conditions.');

  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  await expect(page.getByRole('combobox', { name: 'Approved at the meeting of', exact: true })).toHaveValue(
    /.+/,
  );
  await page.getByRole('button', { name: 'Approve minutes' }).click();
  // Approving asks first: it makes the record read-only.
  const confirm = page.getByRole('dialog', { name: 'Approve these minutes?' });
  await confirm.getByRole('button', { name: 'Approve minutes' }).click();
  await expect(
    page.getByText(
      /These minutes were approved at the meeting of Licensing Committee on Thursday 8 October 2026\./,
    ),
  ).toBeVisible();

  // The item's minutes are shown read-only; a save through the API is refused.
  await page.evaluate((id) => (window.location.hash = `#/items/${id}`), item.id);
  const editor = page.getByRole('textbox', { name: /^Minutes of item 1/ });
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await expect(
    page.getByText(/were approved on \w+day \d+ \w+ \d{4} and are the signed record/),
  ).toBeVisible();
  const current = await callApi<{ version: number }>(page, 'minutes.get', { itemId: item.id });
  await expect(
    callApi(page, 'minutes.save', {
      itemId: item.id,
      baseVersion: current.version,
      doc: doc('Changed quietly.'),
    }),
  ).rejects.toThrow(/approved, so they can no longer be changed/);

  // Reopen with a reason, from the meeting page.
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  await page
    .getByLabel('Reason for reopening')
    .fill('The chair asked for the condition numbers to be added.');
  await page.getByRole('button', { name: 'Reopen minutes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Minutes reopened.' })).toBeVisible();

  // Edit from the keyboard; the trail on the item shows before and after.
  await page.evaluate((id) => (window.location.hash = `#/items/${id}`), item.id);
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Conditions 1 to 4 apply.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const trail = page.getByRole('region', { name: 'Changes after the meeting' });
  await expect(
    trail.getByRole('heading', { name: /^Minutes changed, \w+day \d+ \w+ \d{4}, \d+\.\d\d [ap]m$/ }).first(),
  ).toBeVisible();
  await expect(trail.getByLabel('Before').first()).toHaveText(
    'The licence was granted subject to conditions.',
  );
  await expect(trail.getByLabel('After').first()).toHaveText(
    'The licence was granted subject to conditions. Conditions 1 to 4 apply.',
  );
  await expect(
    trail.getByText('Reason: The chair asked for the condition numbers to be added.'),
  ).toBeVisible();

  // The export gives the approved version unless the current one is asked for.
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  const download = async () => {
    const file = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Minutes (public)', exact: true }).click();
    return (await readDocx(readFileSync(await (await file).path()))).text;
  };
  const approved = await download();
  expect(approved).toContain('The licence was granted subject to conditions.');
  expect(approved).not.toContain('Conditions 1 to 4 apply.');
  expect(approved).toMatch(/Signed …+ Chair/);
  await page.getByLabel(/Export the current version/).check();
  const currentText = await download();
  expect(currentText).toContain('Conditions 1 to 4 apply.');
});

test('a damaged data file opens on the recovery screen, and the latest good backup is restored', async ({
  page,
}) => {
  const dataDir = newDataDir();
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await meetingWithMinutes(page, 'Kept in the backup.');
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backed up.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore…' })).toHaveCount(1);
  await server.stop();

  const file = path.join(dataDir, 'minutebook.sqlite3');
  truncateSync(file, 5000);
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await expect(page.getByRole('heading', { name: 'Your data file needs attention' })).toBeVisible();
  await expect(page.getByText(/cut short/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore the latest good backup' }).click();
  await expect(
    page.getByRole('list', { name: 'Committees' }).getByRole('link', { name: 'Licensing Committee' }),
  ).toBeVisible();
  // The damaged file is kept beside the restored one.
  const aside = execFileSync('ls', [dataDir], { encoding: 'utf8' })
    .split('\n')
    .find((name) => name.includes('damaged'));
  expect(aside).toBeTruthy();
  expect(readFileSync(path.join(dataDir, aside!)).length).toBe(5000);
});

test('a second server on the same data folder is refused with a message', async ({ page }) => {
  const dataDir = newDataDir();
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await expect(serve(dataDir)).rejects.toThrow(/already open on this data folder \(browser mode/);
});

/** A 2 MB tmpfs for the data folder, where the machine lets us mount one (root on Linux). */
function smallDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const mountPoint = newDataDir();
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]);
  return mounted.status === 0 ? mountPoint : null;
}

test('disk full while typing: "Not saved" within 2 seconds, the text kept, saved once space is freed', async ({
  page,
}) => {
  const disk = smallDisk();
  test.skip(
    disk === null,
    'mounting a small tmpfs needs root on Linux, so the full disk cannot be made here',
  );
  try {
    const dataDir = path.join(disk!, 'data');
    mkdirSync(dataDir);
    server = await serve(dataDir);
    await page.goto(server.launchUrl);
    const { item } = await meetingWithMinutes(page, 'Before the disk filled.');
    await page.evaluate((id) => (window.location.hash = `#/items/${id}`), item.id);
    const editor = page.getByRole('textbox', { name: /^Minutes of item 1/ });
    const saved = page.getByTestId('save-state');
    await expect(saved).toHaveText('Saved');

    // Fill the disk, then type.
    const filler = path.join(disk!, 'filler');
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) writeFileSync(filler, chunk, { flag: 'a' });
    } catch {
      // Full.
    }
    await editor.click();
    await page.keyboard.press('End');
    const typed = ` ${'Typed while the disk was full. '.repeat(400)}`;
    await page.keyboard.insertText(typed);
    await expect(saved).toHaveText(/^Not saved — The disk is full/, { timeout: 2000 });
    await expect(editor).toContainText('Typed while the disk was full.');

    // Space freed: the retry saves it, and it is in the file after a restart.
    rmSync(filler);
    await expect(saved).toHaveText('Saved', { timeout: 10_000 });
    await server.stop();
    server = await serve(dataDir);
    await page.goto(server.launchUrl);
    const stored = await callApi<{ doc: { content: { content: { text: string }[] }[] } }>(
      page,
      'minutes.get',
      {
        itemId: item.id,
      },
    );
    expect(stored.doc.content[0]!.content[0]!.text).toBe(`Before the disk filled.${typed}`);
  } finally {
    await server?.stop();
    server = undefined;
    spawnSync('umount', [disk!]);
    if (existsSync(disk!)) rmSync(disk!, { recursive: true, force: true });
  }
});
