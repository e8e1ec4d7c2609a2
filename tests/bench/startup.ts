// Bench section `start`: browser mode from process start to the first paint.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { cli, firstMatch, median, report, scratch } from './common';

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

  const measure = async (command: string[], ready: RegExp): Promise<number> => {
    const start = performance.now();
    const child = spawn(process.execPath, command, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, CI: '1' },
    });
    const url = await firstMatch(child, ready);
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const elapsed = performance.now() - start;
    await page.close();
    child.kill();
    return elapsed;
  };

  const ours: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const dataDir = scratch(`serve-${run}`);
    ours.push(await measure([cli, 'serve', '--port', '0', '--data', dataDir], /running at (http:\/\/\S+)/));
    baseline.push(await measure(['-e', baselineServer], /running at (http:\/\/\S+)/));
  }
  report(
    `browser mode cold start to first paint, median (n=${runs})`,
    median(ours),
    'bare node http + static page',
    median(baseline),
  );
}
