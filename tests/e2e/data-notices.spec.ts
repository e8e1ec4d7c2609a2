// A large data file opens at once and is checked in the background: damage found there shows at
// the top of the window, with the latest good backup to restore, without the officer doing anything;
// restoring keeps the damaged file aside.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Committee } from '../../shared/domain';
import { callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('damage found by the background check of a large file is shown, and the latest backup restores', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dataDir = newDataDir();
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await callApi<Committee>(page, 'committees.create', {
    name: 'Licensing Committee',
    kind: 'regulatory',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  // Stopping makes a backup (something changed).
  await server.stop();
  server = undefined;

  // Over 16 MB, so it is not checked whole before opening; then a page deep inside is damaged.
  const file = path.join(dataDir, 'minutebook.sqlite3');
  const writer = new Database(file);
  const insert = writer.prepare(
    "INSERT INTO people (id, name, honorific, role, organisation, party, kind, created_at, updated_at) VALUES (?, ?, '', ?, '', '', 'member', '', '')",
  );
  writer.transaction(() => {
    for (let i = 0; i < 9000; i += 1) insert.run(`bulk-${i}`, `Person ${i}`, 'y'.repeat(2000));
  })();
  writer.pragma('wal_checkpoint(TRUNCATE)');
  writer.close();
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const victim = Math.floor(bytes.length / pageSize) - 40;
  bytes.fill(0x5a, victim * pageSize, victim * pageSize + 12);
  writeFileSync(file, bytes);

  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'Minutebook’s check of the data file found damage' });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(notice).toContainText(/The latest good backup is from \w+day \d+ \w+ \d{4}/);
  await notice.getByRole('button', { name: 'Restore it…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored\./ })).toBeVisible();
  await expect(notice).toBeHidden();
  expect((await callApi<Committee[]>(page, 'committees.list', {})).map((c) => c.name)).toEqual([
    'Licensing Committee',
  ]);
  // The damaged file could not be copied as a backup (its copy fails the same check): it is kept
  // beside the restored one, byte for byte.
  const aside = readdirSync(dataDir).find((name) => /^minutebook\.sqlite3\.damaged-[\dT-]+$/.test(name));
  expect(aside).toBeTruthy();
  expect(readFileSync(path.join(dataDir, aside!)).equals(bytes)).toBe(true);
});
