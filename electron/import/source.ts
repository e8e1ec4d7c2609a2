// A file to import, whatever it turns out to be: a Word document or a PDF by its bytes (not its
// name), or text in UTF-8, UTF-16 or the Windows code page older systems saved in.
import { AppError } from '../../shared/result';
import { docxText } from './docx';
import { MAX_IMPORT_FILE_BYTES } from './fileLimits';
import { isPdf, pdfText } from './pdf';
import { checkImportText } from './text';

export { MAX_IMPORT_FILE_BYTES };

const zip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const ole = (bytes: Uint8Array) =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

export async function importText(bytes: Uint8Array, fileName = ''): Promise<string> {
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new AppError(
      'invalid_input',
      `The file is too large to import (${(bytes.length / 1048576).toFixed(0)} MB; at most ${MAX_IMPORT_FILE_BYTES / 1048576} MB). Split it into one meeting a file.`,
    );
  }
  if (isPdf(bytes)) return pdfText(bytes);
  if (zip(bytes) || ole(bytes) || /\.docx?$/i.test(fileName)) return docxText(bytes);
  const text = decodeText(bytes);
  if (/\.pdf$/i.test(fileName)) notAPdf(text, bytes);
  return text;
}

/**
 * A file named .pdf that is not one (no "%PDF-" where every PDF starts): plain text saved under that
 * name is read as text, anything else is refused as what it is, not a readable PDF.
 */
function notAPdf(text: string, bytes: Uint8Array): void {
  try {
    checkImportText(text);
  } catch {
    const what =
      bytes.length === 0
        ? 'it is empty'
        : 'its contents are not a PDF’s (it may be damaged, cut short while downloading, or another kind of file renamed)';
    throw new AppError(
      'invalid_input',
      `This file is named .pdf but is not a readable PDF: ${what}. Download it again, or open it in the program that made it and save it as PDF.`,
    );
  }
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a .txt saved by an older Windows program, where "£" and "’" are single bytes.
    return windows1252(bytes);
  }
}

/** Windows-1252: Latin-1, except 0x80–0x9F, where Windows put "€", "‘", "’", "–" and the like. */
const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const windows1252 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => high[char.charCodeAt(0) - 0x80]!);
