// Bench section `start`: browser mode from process start to the first paint, and the desktop app's
// where Electron can run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type Browser } from '@playwright/test';
import { findElectron } from '../../electron/launcher';
import { FIRST_SCREEN_METHODS } from '../../shared/firstScreen';
import { cli, firstMatch, fmt, median, report, scratch, verdict, stopServer } from './common';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Process start to the first paint of a page with content, five runs each, median. */
export async function coldStartToFirstPaint(browser: Browser, runs: number): Promise<void> {
  const staticDir = scratch('static');
  rmSync(staticDir, { recursive: true, force: true });
  writeFileSync(scratch('static.html'), '<!doctype html><title>Baseline</title><h1>Minutebook</h1>');
  const baselineServer = `
    const http = require('node:http'); const fs = require('node:fs');
    const page = fs.readFileSync(${JSON.stringify(scratch('static.html'))});
    const server = http.createServer((_req, res) => { res.writeHead(200, {'Content-Type': 'text/html'}); res.end(page); });
    server.listen(0, '127.0.0.1', () => console.log('running at http://127.0.0.1:' + server.address().port + '/'));`;

  /**
   * The whole start, how much of it the server took to print its address, and when the page (from
   * its navigation's start) sent its first API call (none for the bare page).
   */
  const measure = async (
    command: string[],
    ready: RegExp,
  ): Promise<{ paint: number; server: number; firstCall: number | null; asked: number }> => {
    const start = performance.now();
    const child = spawn(process.execPath, command, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, CI: '1' },
    });
    const url = await firstMatch(child, ready);
    const server = performance.now() - start;
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const paint = performance.now() - start;
    const { firstCall, asked } = await page.evaluate((methods) => {
      const calls = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith('/api/'));
      return {
        firstCall: calls[0]?.startTime ?? null,
        // Of the first screen's reads, how many the page asked for (none when they came in it).
        asked: calls.filter((entry) => methods.some((method) => entry.name.endsWith(`/api/${method}`)))
          .length,
      };
    }, FIRST_SCREEN_METHODS);
    await page.close();
    await stopServer(child);
    return { paint, server, firstCall, asked };
  };

  const ours: { paint: number; server: number; firstCall: number | null; asked: number }[] = [];
  const baseline: { paint: number; server: number }[] = [];
  // The first start fills the compile cache (electron/compileCache.ts), as an officer's first start
  // after installing does; the runs measured are the starts after it.
  await measure([cli, 'serve', '--port', '0', '--data', scratch('serve-warm')], /running at (http:\/\/\S+)/);
  for (let run = 0; run < runs; run += 1) {
    const dataDir = scratch(`serve-${run}`);
    ours.push(await measure([cli, 'serve', '--port', '0', '--data', dataDir], /running at (http:\/\/\S+)/));
    baseline.push(await measure(['-e', baselineServer], /running at (http:\/\/\S+)/));
  }
  const paint = median(ours.map((run) => run.paint));
  const bare = median(baseline.map((run) => run.paint));
  report(
    `browser mode cold start to first paint, median (n=${runs})`,
    paint,
    'bare node http + static page',
    bare,
  );
  report(
    '  of which the server printing its address, median',
    median(ours.map((run) => run.server)),
    'bare node http',
    median(baseline.map((run) => run.server)),
  );
  const calls = ours.flatMap((run) => (run.firstCall === null ? [] : [run.firstCall]));
  if (calls.length) {
    console.log(
      `${'  the page sending its first API call, median'.padEnd(52)} ${fmt(median(calls)).padStart(10)}   (from its navigation's start)`,
    );
  }
  console.log(
    `  of the first screen's ${FIRST_SCREEN_METHODS.length} reads, the page asked for ${ours.map((run) => run.asked).join(', ')} (the rest came in the page)`,
  );
  verdict(
    'browser mode cold start to first paint',
    `${fmt(paint)}, ${(paint / bare).toFixed(2)}× the bare page`,
    paint <= 1000 && paint <= 1.6 * bare,
    '≤ 1.0 s and ≤ 1.6× the bare node static page',
  );
  await electronColdStart(runs);
}

/** The desktop app from launch to the first paint of its window; skipped, with why, where Electron cannot run. */
async function electronColdStart(runs: number): Promise<void> {
  const lookup = findElectron();
  if (!lookup.ok) {
    console.log(
      `desktop app cold start to first paint: skipped, Electron cannot run here (${lookup.reason})`,
    );
    return;
  }
  const times: number[] = [];
  for (let run = 0; run < runs + 1; run += 1) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'minutebook-bench-electron-'));
    const start = performance.now();
    const app = await electron.launch({
      executablePath: lookup.executable,
      args: [appRoot, `--data=${dataDir}`],
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      // The first launch fills the compile cache; the launches after it are measured.
      if (run > 0) times.push(performance.now() - start);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const ms = median(times);
  console.log(
    `${`desktop app cold start to first paint, median (n=${runs})`.padEnd(52)} ${fmt(ms).padStart(10)}`,
  );
  verdict('desktop app cold start to first paint', fmt(ms), ms <= 1000, '≤ 1.0 s');
}
