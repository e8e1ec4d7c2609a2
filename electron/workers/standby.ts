// The two messages of a worker started ahead of its job (runWorker's prepareWorker): it is started
// with STANDBY as its workerData, posts READY once it has loaded and warmed up, and is then sent its
// job as `{ job }`.
export const STANDBY = 'minutebook:standby';
export const READY = 'minutebook:ready';
