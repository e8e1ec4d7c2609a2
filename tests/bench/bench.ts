// `npm run bench`: each figure beside a baseline measured in the same run, as a ratio. Each section
// is a file of its own beside this one; common.ts holds what they share.
import os from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { itemsCreateWithAudit } from './audit';
import { removeScratch } from './common';
import { dueBench } from './due';
import { wordExport } from './export';
import { hostileDocx } from './hostile';
import { importParse } from './import';
import { importCorpus } from './importCorpus';
import { keypressLatency } from './keypress';
import { openingALargeFile } from './opening';
import { recordCosts } from './record';
import { routerAgainstPreparedStatements } from './router';
import { saveLatency } from './save';
import { searchBench } from './searchBench';
import { coldStartToFirstPaint } from './startup';
import { typingLag } from './typing';

console.log(`Minutebook bench (${os.cpus().length} cores, Node ${process.version})`);
// `BENCH_ONLY=keypress,typing npm run bench` runs only the sections named (all by default).
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const wanted = (name: string) => !only || only.includes(name);
try {
  if (wanted('router')) await routerAgainstPreparedStatements(2000);
  if (wanted('export')) await wordExport();
  if (wanted('import')) await importParse();
  if (wanted('importcorpus')) await importCorpus();
  if (wanted('record')) await recordCosts();
  if (wanted('audit')) await itemsCreateWithAudit();
  if (wanted('hostile')) await hostileDocx();
  if (wanted('open')) await openingALargeFile();
  // SEARCH_PARAGRAPHS and SEARCH_RUNS size it (searchBench.ts); `npx tsx tests/bench/search.ts` runs it alone.
  if (wanted('search')) await searchBench();
  // "What is due" over ten years of meetings of twenty committees (issue 18).
  if (wanted('due')) await dueBench();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    if (wanted('start')) await coldStartToFirstPaint(browser, 5);
    if (wanted('keypress')) await keypressLatency(browser, 200);
    if (wanted('typing')) await typingLag(browser, 10);
    if (wanted('save')) await saveLatency(browser, 500);
  } finally {
    await browser.close();
  }
} finally {
  removeScratch();
}
