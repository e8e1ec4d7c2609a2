// Work that a hostile or very large input could make slow or greedy (reading a Word document,
// parsing imported text, building a Word document, checking every page of the data file) runs in a
// worker thread with a memory and a time limit. Going over either ends the worker, not the app: the
// main process (Electron's, or browser mode's server) goes on answering while the worker runs.
//
// The same code runs in Electron's main process, in plain Node (the CLI, browser mode) and from the
// TypeScript sources (tests, bench): the built app has each worker bundled beside it as
// `<name>.worker.cjs`; from the sources, the `.worker.ts` file is loaded through tsx.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { AppError, errorCodes, type ErrorCode } from '../../shared/result';
import { READY, STANDBY } from './standby';

export type WorkerName = 'import' | 'export' | 'integrity';

export interface WorkerLimits {
  /** The worker's JavaScript heap (V8's old generation), in MB. */
  memoryMb: number;
  /** Wall-clock time before the worker is ended. */
  timeoutMs: number;
}

/** The worker was ended (or died) before it answered: too much memory or time, or a crash. */
export class WorkerStopped extends Error {
  constructor(readonly reason: 'memory' | 'time' | 'crashed' | 'cancelled') {
    super(
      reason === 'crashed' || reason === 'cancelled'
        ? `The worker was ${reason === 'crashed' ? 'stopped unexpectedly' : 'cancelled'}.`
        : `The worker ran out of ${reason}.`,
    );
    this.name = 'WorkerStopped';
  }
}

/** What a worker posts back: its answer, or an error to rethrow with its code and message. */
export type WorkerReply<T> =
  { ok: true; value: T } | { ok: false; error: { name: string; code?: string; message: string } };

// esbuild's bundle is CommonJS (__dirname); tsx runs the sources as ES modules (import.meta.url).
const here: string = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));

function workerFor(name: WorkerName, options: WorkerOptions): Worker {
  const bundled = path.join(here, `${name}.worker.cjs`);
  if (existsSync(bundled)) return new Worker(bundled, options);
  const source = path.join(here, `${name}.worker.ts`);
  const tsx = createRequire(path.join(here, 'runWorker.ts')).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, {
    ...options,
    eval: true,
  });
}

/** The options every worker starts with: its input, and its memory limits. */
export function workerOptions(workerData: unknown, limits: WorkerLimits): WorkerOptions {
  return {
    workerData,
    resourceLimits: {
      maxOldGenerationSizeMb: limits.memoryMb,
      maxYoungGenerationSizeMb: 16,
      stackSizeMb: 8,
    },
    // The worker's output is its answer; what it prints is not the officer's business.
    stdout: true,
    stderr: true,
  };
}

interface Standby {
  worker: Worker;
  memoryMb: number;
  alive: boolean;
  ready: Promise<void>;
}
/** At most one worker a name started ahead of its job, loaded and warmed up, waiting for it. */
const standing = new Map<WorkerName, Standby>();

/**
 * Starts the named worker ahead of its job, so that the next runWorker with the same memory limit
 * finds it loaded and warmed up (the import worker parses a short sample). It waits without keeping
 * the process alive, and still runs one job only. Resolves when it is ready (or has died).
 */
export function prepareWorker(name: WorkerName, limits: WorkerLimits): Promise<void> {
  const known = standing.get(name);
  if (known?.alive) return known.ready;
  const worker = workerFor(name, workerOptions(STANDBY, limits));
  const spare: Standby = { worker, memoryMb: limits.memoryMb, alive: true, ready: Promise.resolve() };
  spare.ready = new Promise<void>((resolve) => {
    const gone = () => {
      spare.alive = false;
      if (standing.get(name) === spare) standing.delete(name);
      resolve();
    };
    worker.on('message', (message: unknown) => {
      if (message === READY) resolve();
    });
    worker.once('error', gone);
    worker.once('exit', gone);
  });
  // After its listeners: adding a 'message' listener takes a hold on the process again.
  worker.unref();
  standing.set(name, spare);
  return spare.ready;
}

/** Ends a worker started ahead of its job and not yet given one (tests, and a process closing). */
export async function dropPreparedWorker(name: WorkerName): Promise<void> {
  const spare = standing.get(name);
  standing.delete(name);
  if (spare) await spare.worker.terminate();
}

/**
 * Runs the named worker on `input` (in the worker prepareWorker started, when there is one with the
 * same memory limit) and resolves with its answer. Rejects with WorkerStopped when it
 * goes over a limit or dies, or with the error it reported (an AppError keeps its code).
 */
export function runWorker<T>(
  name: WorkerName,
  input: unknown,
  limits: WorkerLimits,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    if (signal?.aborted) {
      reject(new WorkerStopped('cancelled'));
      return;
    }
    const spare = standing.get(name);
    let worker: Worker;
    if (spare?.alive && spare.memoryMb === limits.memoryMb) {
      standing.delete(name);
      worker = spare.worker;
      worker.ref();
      worker.postMessage({ job: input });
    } else worker = workerFor(name, workerOptions(input, limits));
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new WorkerStopped('time'))), limits.timeoutMs);
    signal?.addEventListener('abort', () => finish(() => reject(new WorkerStopped('cancelled'))), {
      once: true,
    });
    worker.on('message', (reply: WorkerReply<T> | typeof READY) => {
      if (reply === READY) return;
      finish(() => {
        if (reply.ok) resolve(reply.value);
        else reject(rebuildError(reply.error));
      });
    });
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          new WorkerStopped(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /heap|memory/i.test(error.message)
              ? 'memory'
              : 'crashed',
          ),
        ),
      ),
    );
    worker.once('exit', () => finish(() => reject(new WorkerStopped('crashed'))));
  });
}

function rebuildError(error: { name: string; code?: string; message: string }): Error {
  if (error.name === 'AppError' && (errorCodes as readonly string[]).includes(error.code ?? '')) {
    return new AppError(error.code as ErrorCode, error.message);
  }
  const rebuilt = new Error(error.message) as Error & { code?: string };
  rebuilt.name = error.name;
  if (error.code !== undefined) rebuilt.code = error.code;
  return rebuilt;
}
