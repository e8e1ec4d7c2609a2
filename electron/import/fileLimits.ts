// How large a file to import may be. Apart from the readers (docx.ts with mammoth, pdf.ts with
// pdfjs-dist) so that the command line, which reads files in the import worker, can refuse one too
// large without loading either reader.
import { MAX_IMPORT_CHARS } from './text';

export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** As for Word documents: minutes with their appendices fit well within it. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
/** Bytes beyond this are refused before they are read into memory. */
export const MAX_IMPORT_FILE_BYTES = Math.max(MAX_DOCX_BYTES, MAX_PDF_BYTES, MAX_IMPORT_CHARS);
