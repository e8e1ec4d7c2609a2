// Bench section `import`, its second figure: the 300-item text read through the import worker as the
// app reads it (the built worker, started ahead of the file by the import screen and warmed up on its
// sample; then the officer's file), the time from sending the text to having its structure back.
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { fmt, median, report, scratch, verdict } from './common';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function importParseInWorker(text: string): Promise<void> {
  const dir = scratch('import-worker');
  const probe = path.join(dir, 'probe.cjs');
  await build({
    entryPoints: [path.join(root, 'tests/bench/importWorkerProbe.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    outfile: probe,
    logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'silent' },
  });
  // runWorker starts `<name>.worker.cjs` from beside its bundle: the built one.
  symlinkSync(path.join(root, 'dist/electron/import.worker.cjs'), path.join(dir, 'import.worker.cjs'));
  writeFileSync(path.join(dir, 'text.txt'), text);
  const { prepared, fresh } = JSON.parse(
    execFileSync(process.execPath, [probe, path.join(dir, 'text.txt'), '9'], { encoding: 'utf8' }),
  ) as { prepared: number[]; fresh: number[] };
  report(
    'The same text through the import worker, started and warmed up ahead of it (median)',
    median(prepared),
    'a worker started for the text',
    median(fresh),
  );
  verdict(
    "parse a 300-item meeting's text in the app's import worker, p50",
    `${fmt(median(prepared))} (a worker started for the text ${fmt(median(fresh))})`,
    median(prepared) <= 20,
    '≤ 20 ms',
  );
}
