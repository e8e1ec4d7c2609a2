// The worker's side of runWorker: runs the task on the input it was started with and posts back
// the answer, or the error with its name, code and message (an AppError's code survives the trip).
// A worker started ahead of its job (prepareWorker) first warms up, says it is ready, and waits for
// its one job.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply } from './runWorker';
import { READY, STANDBY } from './standby';

export function serveWorker<I, O>(
  task: (input: I) => O | Promise<O>,
  transfer?: (value: O) => ArrayBuffer[],
  warmUp?: () => void,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorker runs only inside a worker thread.');
  void (async () => {
    let reply: WorkerReply<O>;
    try {
      let input = workerData as I;
      if ((workerData as unknown) === STANDBY) {
        try {
          warmUp?.();
        } catch {
          // A warm-up that fails costs only its speed: the job is read as in a worker started for it.
        }
        port.postMessage(READY);
        input = await new Promise<I>((resolve) =>
          port.once('message', (message: { job: I }) => resolve(message.job)),
        );
      }
      const value = await task(input);
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
