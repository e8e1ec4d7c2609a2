// Bench section `keypress`: a keystroke in the minutes editor to the next frame, against a plain <textarea>.
import { spawn } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { plainText, type RichDoc } from '../../shared/richText';
import {
  cli,
  firstMatch,
  fmt,
  ITEMS,
  meetingData,
  minutesDoc,
  PAGE_CHARS,
  PAGES,
  percentile,
  report,
  scratch,
  verdict,
  stopServer,
} from './common';

/** Records, for each keydown, the time until the frame after it has been produced (rAF, then a task). */
const installLatencyProbe = () => {
  const probe = window as unknown as { __latencies: number[] };
  probe.__latencies = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => probe.__latencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
};

async function typeAndMeasure(page: Page, keystrokes: number): Promise<number[]> {
  await page.evaluate(installLatencyProbe);
  await page.keyboard.press('ControlOrMeta+End');
  const text = 'The Chair thanked officers for the report and members noted the update. ';
  for (let i = 0; i < keystrokes; i += 1) {
    await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : text[i % text.length]!);
    // One key at a time, as a person types, so each keystroke's frame is measured on its own.
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(100);
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  // The Ctrl+End press is not a keystroke of text.
  return latencies.slice(1);
}

async function textareaBaseline(browser: Browser, text: string, keystrokes: number): Promise<number[]> {
  const page = await browser.newPage();
  await page.setContent(
    '<!doctype html><title>Baseline</title><textarea aria-label="Minutes" rows="30" cols="100"></textarea>',
  );
  await page.locator('textarea').fill(text);
  await page.locator('textarea').focus();
  const latencies = await typeAndMeasure(page, keystrokes);
  await page.close();
  return latencies;
}

/** The yardstick issue 21 sets: a plain contenteditable holding the same text, a paragraph a line. */
async function contentEditableBaseline(
  browser: Browser,
  text: string,
  keystrokes: number,
): Promise<number[]> {
  const page = await browser.newPage();
  await page.setContent(
    '<!doctype html><title>Baseline</title><div contenteditable="true" role="textbox" aria-label="Minutes"></div>',
  );
  await page.evaluate((lines) => {
    const editor = document.querySelector('[contenteditable]')!;
    for (const line of lines) {
      const paragraph = document.createElement('p');
      paragraph.textContent = line;
      editor.append(paragraph);
    }
  }, text.split('\n'));
  await page.locator('[contenteditable]').click();
  const latencies = await typeAndMeasure(page, keystrokes);
  await page.close();
  return latencies;
}

const plainOf = (doc: RichDoc) => plainText(doc);

export async function keypressLatency(browser: Browser, keystrokes: number): Promise<void> {
  const dataDir = scratch('latency');
  const { itemId, longItemId } = await meetingData(dataDir);
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CI: '1' },
  });
  try {
    const launchUrl = await firstMatch(child, /running at (http:\/\/\S+)/);
    const page = await browser.newPage();
    await page.goto(launchUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const [label, id, chars] of [
      [`one item of a ${ITEMS}-item, ${PAGES}-page meeting`, itemId, (PAGES * PAGE_CHARS) / ITEMS],
      [`all ${PAGES} pages in one editor`, longItemId, PAGES * PAGE_CHARS],
    ] as const) {
      await page.evaluate((target) => (window.location.hash = `#/items/${target}`), id);
      const editor = page.getByRole('textbox', { name: /^Minutes of item/ });
      await editor.waitFor();
      await editor.click();
      const ours = await typeAndMeasure(page, keystrokes);
      await page.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor({ timeout: 60_000 });
      const text = plainOf(minutesDoc(chars, 0));
      const baseline = await textareaBaseline(browser, text, keystrokes);
      const editable = await contentEditableBaseline(browser, text, keystrokes);
      for (const p of [50, 95]) {
        report(
          `keypress to next frame, ${label}, p${p} (n=${keystrokes})`,
          percentile(ours, p),
          'plain <textarea>, same text',
          percentile(baseline, p),
        );
        report(
          `keypress to next frame, ${label}, p${p} (n=${keystrokes})`,
          percentile(ours, p),
          'plain contenteditable, same text',
          percentile(editable, p),
        );
      }
      const [ours95, editable95] = [percentile(ours, 95), percentile(editable, 95)];
      verdict(
        `keypress to next frame, ${label}, p95`,
        `${fmt(ours95)} (a plain contenteditable ${fmt(editable95)}, ${ours95 >= editable95 ? '+' : '−'}${fmt(Math.abs(ours95 - editable95))})`,
        ours95 <= editable95 + 8,
        '≤ a plain contenteditable + 8 ms',
      );
    }
    await page.close();
  } finally {
    await stopServer(child);
  }
}
