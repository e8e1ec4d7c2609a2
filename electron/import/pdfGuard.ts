// A PDF's bytes checked before pdfjs reads them, for the two ways a small file can make a reader
// slow or greedy: a page tree claiming millions of pages (pdfjs walks it to find the last one), and
// a page whose contents inflate to far more than any page of text (a stream bomb). Both are read
// straight from the file's objects, cheaply; what hides inside compressed object streams is left to
// the import worker's memory and time limits.
import { inflateSync } from 'node:zlib';
import { AppError } from '../../shared/result';

/** No page of minutes has contents this large once inflated: a page of text is a few kilobytes. */
export const MAX_PDF_STREAM_BYTES = 16 * 1024 * 1024;

const refuse = (message: string) => new AppError('invalid_input', message);

/** Refuses a PDF whose page tree claims more than `maxPages` pages, or whose page contents inflate beyond reason. */
export function checkPdfBytes(bytes: Uint8Array, maxPages: number): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const text = data.toString('latin1');
  let claimed = 0;
  for (const match of text.matchAll(
    /\/Type\s*\/Pages\b[^>]{0,2000}?\/Count\s+(\d{1,15})|\/Count\s+(\d{1,15})[^>]{0,2000}?\/Type\s*\/Pages\b/g,
  )) {
    claimed = Math.max(claimed, Number(match[1] ?? match[2]));
  }
  if (claimed > maxPages) {
    throw refuse(
      `The PDF has ${claimed.toLocaleString('en-GB')} pages, more than any one meeting’s minutes (at most ${maxPages}). Split it into one meeting a file.`,
    );
  }
  for (let at = text.indexOf('stream'); at !== -1; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('endstream', at - 3)) continue;
    const opening = text.lastIndexOf('<<', at);
    const dictionary = opening < 0 ? '' : text.slice(opening, at);
    // Page contents: a Flate stream that is no image, font, colour profile or embedded file.
    if (
      !/\/FlateDecode\b/.test(dictionary) ||
      /\/Subtype|\/Length1|\/N\s+\d|\/Type\s*\/(?:XObject|EmbeddedFile|ObjStm|XRef)/.test(dictionary)
    ) {
      continue;
    }
    const start = text.startsWith('\r\n', at + 6) ? at + 8 : at + 7;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      inflateSync(data.subarray(start, end), { maxOutputLength: MAX_PDF_STREAM_BYTES });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw refuse(
          `A page of this PDF unpacks to more than ${MAX_PDF_STREAM_BYTES / 1048576} MB, which no page of minutes does: it may be a PDF bomb, and was not read.`,
        );
      }
      // A stream zlib cannot read as a whole is left to pdfjs, which reads what it can.
    }
    at = end;
  }
}
