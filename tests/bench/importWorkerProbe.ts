// Run by importWorker.ts as a bundle beside the built import worker (so runWorker starts
// `import.worker.cjs` as the built app does): the parse of the 300-item text through the import
// worker, the officer's way. Prints its figures as JSON.
import { readFileSync } from 'node:fs';
import { prepareImportWorker, readImport } from '../../electron/workers/jobs';

const text = readFileSync(process.argv[2]!, 'utf8');
const runs = Number(process.argv[3] ?? 9);

async function timedRead(): Promise<number> {
  const start = performance.now();
  const structure = await readImport({ text });
  const elapsed = performance.now() - start;
  if (structure.items.length !== 300) throw new Error('the bench text did not parse into 300 items');
  return elapsed;
}

async function main(): Promise<void> {
  // A worker waiting for its job does not keep the process alive; this does, until the end.
  const alive = setInterval(() => undefined, 1000);
  const prepared: number[] = [];
  const fresh: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // The import screen opened (or the file before read): the worker is started and warmed up while
    // the officer chooses the file; then the file is read in it.
    await prepareImportWorker();
    prepared.push(await timedRead());
  }
  // As before the import screen started a worker: the worker started for the file.
  for (let run = 0; run < Math.min(runs, 5); run += 1) fresh.push(await timedRead());
  process.stdout.write(JSON.stringify({ prepared, fresh }));
  clearInterval(alive);
}
void main();
