// The desktop app itself, through Playwright's Electron driver. Where Electron's binary cannot be
// had (as on the build machines, which cannot download it) these tests report themselves skipped.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from '../../electron/launcher';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lookup = findElectron();

test.skip(!lookup.ok, `Electron cannot run here: ${lookup.ok ? '' : lookup.reason}`);

test('the desktop app opens and an officer creates a committee', async () => {
  if (!lookup.ok) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'minutebook-electron-'));
  const app = await electron.launch({
    executablePath: lookup.executable,
    args: [appRoot, `--data=${dataDir}`],
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: 'Minutebook' })).toBeVisible();
    // The renderer has no Node: only the one bridge object (calls, and the flush asked for before the window closes).
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await page.evaluate(() => Object.keys((window as unknown as { minutebook: object }).minutebook)),
    ).toEqual(['call', 'onFlushRequest']);
    await page.getByLabel('Council name').fill('Borsetshire District Council');
    await page.getByRole('button', { name: 'Create your first committee' }).click();
    await page.getByLabel('Committee name').fill('Audit and Governance Committee');
    await page.getByRole('button', { name: 'Create committee' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Audit and Governance Committee' }),
    ).toBeVisible();
    // Navigation away and new windows are refused.
    await page.evaluate(() => {
      window.open('https://example.org');
    });
    expect(app.windows()).toHaveLength(1);
    await page.evaluate(() => {
      window.location.href = 'https://example.org';
    });
    await expect(
      page.getByRole('heading', { level: 1, name: 'Audit and Governance Committee' }),
    ).toBeVisible();
  } finally {
    await app.close();
  }
});
