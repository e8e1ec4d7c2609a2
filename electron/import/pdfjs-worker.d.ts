// pdfjs-dist ships no types for its worker module; the import reads only this from it.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
