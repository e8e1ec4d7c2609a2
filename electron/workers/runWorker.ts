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
import { Worker } from 'node:worker_threads';
import { AppError, errorCodes, type ErrorCode } from '../../shared/result';

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

function workerFor(name: WorkerName, options: ConstructorParameters<typeof Worker>[1]): Worker {
  const bundled = path.join(here, `${name}.worker.cjs`);
  if (existsSync(bundled)) return new Worker(bundled, options);
  const source = path.join(here, `${name}.worker.ts`);
  const tsx = createRequire(path.join(here, 'runWorker.ts')).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, {
    ...options,
    eval: true,
  });
}

/**
 * Runs the named worker on `input` and resolves with its answer. Rejects with WorkerStopped when it
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
    const worker = workerFor(name, {
      workerData: input,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.memoryMb,
        maxYoungGenerationSizeMb: 16,
        stackSizeMb: 8,
      },
      // The worker's output is its answer; what it prints is not the officer's business.
      stdout: true,
      stderr: true,
    });
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
    worker.once('message', (reply: WorkerReply<T>) =>
      finish(() => {
        if (reply.ok) resolve(reply.value);
        else reject(rebuildError(reply.error));
      }),
    );
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
