// Bench section `typing`: how far behind the typing the server's copy of the minutes is.
import { spawn } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { plainText, type RichDoc } from '../../shared/richText';
import { cli, firstMatch, meetingData, percentile, report, scratch, stopServer } from './common';

/**
 * Typing lag: typing at 20 keys a second without a pause into one item of the 100-page meeting, what
 * the server holds is read every 100 ms by a second client; the age of the newest character it holds
 * (how long ago it was typed) is the lag, beside the save's own acknowledgement time in the page.
 */
export async function typingLag(browser: Browser, seconds: number): Promise<void> {
  const dataDir = scratch('typing-lag');
  const { itemId } = await meetingData(dataDir);
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CI: '1' },
  });
  try {
    const launchUrl = await firstMatch(child, /running at (http:\/\/\S+)/);
    const origin = `${new URL(launchUrl).origin}/`;
    const token = /token=([\w-]+)/.exec(launchUrl)![1]!;
    const held = async () => {
      const response = await fetch(`${origin}api/minutes.get`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Minutebook-Token': token },
        body: JSON.stringify({ itemId }),
      });
      return plainText(((await response.json()) as { value: { doc: RichDoc } }).value.doc);
    };
    const page = await browser.newPage();
    // The page's own view: how long each minutes save took to be acknowledged.
    await page.addInitScript(() => {
      const send = window.fetch.bind(window);
      const probe = window as unknown as { __acks: number[] };
      probe.__acks = [];
      window.fetch = async (input, init) => {
        const start = performance.now();
        const response = await send(input, init);
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (url.endsWith('minutes.save')) probe.__acks.push(performance.now() - start);
        return response;
      };
    });
    await page.goto(launchUrl);
    await page.evaluate((target) => (window.location.hash = `#/items/${target}`), itemId);
    const editor = page.getByRole('textbox', { name: /^Minutes of item/ });
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    const before = await held();
    const words = 'Members asked about the timetable and the Director said it would follow. ';
    const typed: { at: number; length: number }[] = [];
    const ages: number[] = [];
    let typing = true;
    const sampler = (async () => {
      while (typing) {
        const at = Date.now();
        const length = (await held()).length - before.length;
        // The newest character the server holds, and when it was typed.
        const newest = typed.filter((entry) => entry.length <= length).at(-1);
        if (newest && length > 0) ages.push(at - newest.at);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const start = Date.now();
    for (let key = 0; Date.now() - start < seconds * 1000; key += 1) {
      await page.keyboard.type(words[key % words.length]!);
      typed.push({ at: Date.now(), length: key + 1 });
      const due = start + (key + 1) * 50;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    typing = false;
    await sampler;
    const acks = await page.evaluate(() => (window as unknown as { __acks: number[] }).__acks);
    const rate = typed.length / ((Date.now() - start) / 1000);
    for (const p of [50, 95]) {
      report(
        `typing lag at ${rate.toFixed(0)} keys/s, newest char held, p${p} (n=${ages.length})`,
        percentile(ages, p),
        'save acknowledged in the page, p95',
        percentile(acks, 95),
      );
    }
    const lag95 = percentile(ages, 95);
    console.log(
      `  typing lag p95 ${lag95.toFixed(0)} ms: ${lag95 <= 600 ? 'PASS' : 'MISS'} (bar: p95 ≤ 600 ms)`,
    );
    await page.close();
  } finally {
    await stopServer(child);
  }
}
