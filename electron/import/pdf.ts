// PDFs into the same text parser, through pdfjs-dist (Mozilla's PDF reader: no native code, so the
// same in Node, in Electron's main process and in the import worker). Its legacy build is used: the
// modern one expects browser features Node 20 lacks. Only text is read: no fonts loaded, no images
// decoded, nothing evaluated. Every limit a hostile file could test is enforced here, before and
// while reading (size, page count, time, the amount of text), and the import worker's memory and
// time limits (electron/workers/jobs.ts) stand behind them. Where the text sits on the page is
// turned into lines and paragraphs by pdfLayout.ts.
import type * as PdfLibrary from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../shared/result';
import { MAX_IMPORT_CHARS } from './text';
import { checkPdfBytes } from './pdfGuard';
import { pdfPagesToText, type PdfPage, type PdfRun } from './pdfLayout';
import { MAX_PDF_BYTES } from './fileLimits';

export { MAX_PDF_BYTES };

/** More pages than any meeting's minutes (a whole year's agenda packs run to a few hundred). */
export const MAX_PDF_PAGES = 600;
/** Reading stops after this long, before the worker's own time limit ends it with a vaguer sentence. */
export const PDF_READ_MS = 40_000;

const refuse = (message: string) => new AppError('invalid_input', message);

export const noTextLayer =
  'This PDF has no text layer: its pages are pictures (a scan, or a document printed as an image), so there is no text to read. Run it through text recognition (OCR), or import the Word document or text it was made from.';

/** Whether the bytes are a PDF: "%PDF-" within the first kilobyte, as readers accept. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

type PdfJs = typeof PdfLibrary;
let loaded: Promise<PdfJs> | null = null;

/**
 * pdfjs, loaded on first use. Its worker code is set on `globalThis.pdfjsWorker`, so it parses in
 * this thread (already the import worker) instead of starting a worker of its own from a file
 * path, which a bundled app would not have.
 */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // pdfjs makes a DOMMatrix as it loads, for drawing pages, which the import never does; Node has
    // none (pdfjs would take one from a native canvas package, which the bundled app does not load).
    const scope = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    scope.DOMMatrix ??= class DOMMatrix {};
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    scope.pdfjsWorker = worker;
    const library = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return library;
  })();
  return loaded;
}

/** The text of a PDF, laid out as paragraphs; throws a clear AppError for what cannot be read. */
export async function pdfText(bytes: Uint8Array, now: () => number = Date.now): Promise<string> {
  if (bytes.length > MAX_PDF_BYTES) {
    throw refuse(
      `The PDF is too large to import (${(bytes.length / 1048576).toFixed(0)} MB; at most ${MAX_PDF_BYTES / 1048576} MB). Split it into one meeting a file.`,
    );
  }
  checkPdfBytes(bytes, MAX_PDF_PAGES);
  const started = now();
  const { getDocument } = await pdfjs();
  const task = getDocument({
    // pdfjs takes the buffer over; the caller keeps its own.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    maxImageSize: 0,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw refuse(
        'This PDF is locked with a password, so its text cannot be read. Open it, save a copy without the password, and import that.',
      );
    }
    throw refuse(
      'This is a PDF, but a damaged one: its pages cannot be read. Open it in a PDF reader and save or print it to a new PDF, then import that.',
    );
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw refuse(
        `The PDF has ${document.numPages.toLocaleString('en-GB')} pages, more than any one meeting’s minutes (at most ${MAX_PDF_PAGES}). Split it into one meeting a file.`,
      );
    }
    const pages: PdfPage[] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      if (now() - started > PDF_READ_MS) {
        throw refuse(
          `This PDF is too complex to import: reading its text took longer than ${PDF_READ_MS / 1000} seconds (${number - 1} of ${document.numPages} pages read). Split it into one meeting a file, or import the Word document it was made from.`,
        );
      }
      const page = await document.getPage(number);
      const [, , width = 595, height = 842] = page.view;
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        characters += item.str.length;
        runs.push({
          text: item.str,
          x,
          y,
          width: item.width,
          size: Math.hypot(c, d) || Math.hypot(a, b) || item.height,
        });
      }
      page.cleanup();
      if (characters > MAX_IMPORT_CHARS) {
        throw refuse(
          `The PDF’s text is too long to import (more than ${MAX_IMPORT_CHARS / 1e6} million characters). Split it into one meeting a file.`,
        );
      }
      pages.push({ width, height, runs });
    }
    const text = pdfPagesToText(pages);
    if (text.replace(/\s/g, '').length < 20) throw refuse(noTextLayer);
    return text;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(
      'This is a PDF, but a damaged one: its text cannot be read. Open it in a PDF reader and save or print it to a new PDF, then import that.',
    );
  } finally {
    await document.destroy();
  }
}
