// The worker's side of runWorker: runs the task on the input it was started with and posts back
// the answer, or the error with its name, code and message (an AppError's code survives the trip).
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply } from './runWorker';

export function serveWorker<I, O>(
  task: (input: I) => O | Promise<O>,
  transfer?: (value: O) => ArrayBuffer[],
): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorker runs only inside a worker thread.');
  void (async () => {
    let reply: WorkerReply<O>;
    try {
      const value = await task(workerData as I);
      reply = { ok: true, value };
      port.postMessage(reply, transfer?.(value) ?? []);
    } catch (error) {
      const failure = error as { name?: unknown; code?: unknown; message?: unknown };
      reply = {
        ok: false,
        error: {
          name: typeof failure.name === 'string' ? failure.name : 'Error',
          ...(typeof failure.code === 'string' ? { code: failure.code } : {}),
          message: typeof failure.message === 'string' ? failure.message : String(error),
        },
      };
      port.postMessage(reply);
    }
  })();
}
