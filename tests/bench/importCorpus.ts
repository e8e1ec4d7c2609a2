// Bench section `importcorpus` (issue 20): the import corpus's scores (the held-out quarter against
// its 95 % bar, measured and never tuned against), and a folder of 500 files (text, Word and PDF made
// from the training texts) imported through `minutebook import DIR`: files per second and the
// command's peak memory, beside reading the same bytes from disc as the baseline.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import {
  HELDOUT_TARGET,
  corpusDir,
  fixtureNames,
  fixtureSets,
  scoreSet,
  share,
  summarise,
} from '../fixtures/import/score';
import { typesetPdf } from '../fixtures/import/pdfWriter';
import { cli, scratch, timed } from './common';

const FILES = Number(process.env.IMPORT_FILES ?? 500);

/** The text as a Word document: a paragraph a line. */
function wordOf(text: string): Promise<Buffer> {
  const paragraphs = text.split(/\r?\n/).map((line) => new Paragraph({ text: line }));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

/** `FILES` files, a third each .txt, .docx and .pdf, each different (a reference line at its end). */
async function folderOfMinutes(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const texts = fixtureNames('train').map((name) =>
    readFileSync(path.join(corpusDir, 'train', `${name}.txt`), 'utf8'),
  );
  for (let n = 0; n < FILES; n += 1) {
    const text = `${texts[n % texts.length]!.trimEnd()}\n\nReference ${n + 1}\n`;
    const name = `minutes-${String(n + 1).padStart(3, '0')}`;
    if (n % 3 === 0) writeFileSync(path.join(dir, `${name}.txt`), text);
    else if (n % 3 === 1) writeFileSync(path.join(dir, `${name}.docx`), await wordOf(text));
    else writeFileSync(path.join(dir, `${name}.pdf`), typesetPdf(text, { footer: (page) => `Page ${page}` }));
  }
}

/** Runs the command, reading its peak resident memory (VmHWM) until it exits. */
function runMeasured(args: string[]): Promise<{ ms: number; peakMb: number; stdout: string; code: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let peakKb = 0;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const status = `/proc/${child.pid}/status`;
    const poll = setInterval(() => {
      try {
        if (!existsSync(status)) return;
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1] ?? 0);
        peakKb = Math.max(peakKb, kb);
      } catch {
        // The process ended between the check and the read.
      }
    }, 50);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - started, peakMb: peakKb / 1024, stdout, code: code ?? -1 });
    });
  });
}

export async function importCorpus(): Promise<void> {
  for (const set of fixtureSets) {
    const summary = summarise(await scoreSet(set));
    const overall = share(summary.overall);
    const parts = Object.entries(summary.byCategory)
      .map(([category, tally]) => `${category} ${(share(tally) * 100).toFixed(1)}%`)
      .join(', ');
    console.log(
      `Import corpus, ${set} (${fixtureNames(set).length} fixtures): ${(overall * 100).toFixed(1)}% of ${summary.overall.total} checks${
        set === 'heldout'
          ? ` (bar ${(HELDOUT_TARGET * 100).toFixed(0)}%: ${overall >= HELDOUT_TARGET ? 'met' : 'NOT met'})`
          : ''
      } — ${parts}`,
    );
  }
  const dir = scratch('import-folder');
  await folderOfMinutes(dir);
  const files = readdirSync(dir);
  const baseline = timed(() => {
    for (const file of files) readFileSync(path.join(dir, file));
  });
  const data = scratch('import-data');
  const run = await runMeasured(['import', dir, '--data', data, '--json']);
  const printed = JSON.parse(run.stdout) as { summary: string; files: { outcome: string; reason: string }[] };
  const { summary } = printed;
  // Why files were refused, each reason once with how often.
  const reasons = new Map<string, number>();
  for (const file of printed.files.filter((row) => row.outcome === 'refused')) {
    reasons.set(file.reason, (reasons.get(file.reason) ?? 0) + 1);
  }
  console.log(
    `Import a folder of ${files.length} files (.txt/.docx/.pdf): ${(files.length / (run.ms / 1000)).toFixed(1)} files/s, ${(run.ms / 1000).toFixed(1)} s in all, peak memory ${run.peakMb.toFixed(0)} MB (baseline: reading them from disc ${baseline.toFixed(0)} ms) — ${summary}`,
  );
  for (const [reason, count] of reasons) console.log(`  refused ×${count}: ${reason}`);
}
