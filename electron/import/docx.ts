// Word documents into the same text parser, through mammoth. Before mammoth sees a file, the zip is
// read here with every limit enforced while inflating (size, inflated size, entry count), never
// trusted from the headers, and rebuilt from what was read, so a zip bomb, a zip64 file, a renamed
// .doc or a file that is not a zip at all gives a clear sentence quickly. Only the parts mammoth
// reads are inflated (the document, its styles, numbering, notes, comments and relationships);
// pictures and the rest are passed on empty. Their total is bounded by what mammoth can turn into
// text within the import worker's memory (electron/workers/jobs.ts): about 10 MB of XML per 250 MB
// of heap, measured; beyond that the worker would run out of memory anyway.
import mammoth from 'mammoth';
import { crc32, inflateRawSync } from 'node:zlib';
import { AppError } from '../../shared/result';
import { MAX_DOCX_BYTES } from './fileLimits';
import { withWordNumbers } from './wordNumbering';

export { MAX_DOCX_BYTES };
/** The parts mammoth reads, once unzipped: about a thousand pages of text, in a 512 MB worker. */
export const MAX_INFLATED_BYTES = 12 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2000;
/** A part that unzips to more than this many times its size is no Word document's part. */
const BOMB_RATIO = 100;

/** The parts mammoth reads: everything else (pictures, embedded files) is passed on empty. */
const readByMammoth = (name: string) =>
  name === '[Content_Types].xml' ||
  name === '_rels/.rels' ||
  /^word\/[^/]+\.xml$/.test(name) ||
  /^word\/_rels\/[^/]+\.rels$/.test(name);

const refuse = (message: string) => new AppError('invalid_input', message);

const zip64 = () =>
  refuse(
    'This file uses zip64, the zip format for parts larger than 4 GB, which no Word document needs: it is most likely a zip bomb, and was not opened.',
  );

const tooMuchText = () =>
  refuse(
    `This document is too large or too complex to import: its text comes to more than ${MAX_INFLATED_BYTES / 1048576} MB once unzipped (about a thousand pages). Split it into one meeting a file, or copy the part you need and paste it in.`,
  );

const bomb = (fileBytes: number) =>
  refuse(
    `The file expands to more than ${MAX_INFLATED_BYTES / 1048576} MB when unzipped, over ${BOMB_RATIO} times its size of ${Math.max(1, Math.round(fileBytes / 1024)).toLocaleString('en-GB')} KB, which no Word document does: it may be a zip bomb, and was not opened.`,
  );

/** What the first bytes say a file is, for the message when it is not a Word document. */
function notDocx(bytes: Uint8Array): AppError {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return refuse(
      'This is an older Word document (.doc, or a .doc renamed .docx). Open it in Word and save it as .docx, then import that.',
    );
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
    return refuse('This is a PDF, not a Word document. Copy its text and paste it in instead.');
  }
  if (head.subarray(0, 5).toString('latin1') === '{\\rtf') {
    return refuse('This is a Rich Text (.rtf) file. Open it in Word and save it as .docx.');
  }
  return refuse('This is not a Word document (.docx): the file is not in Word’s format.');
}

/** A .docx cut short or missing parts: most often a copy or download that did not finish. */
const incomplete = () =>
  refuse(
    'This Word file is incomplete or damaged (it may not have finished copying): open it in Word and save it again.',
  );
/** A .docx whole in length, but a part of it cannot be read. */
const unreadable = () =>
  refuse('This Word file is damaged: part of it cannot be read. Open it in Word and save it again.');

/**
 * The files inside a .docx, read with the limits enforced as each one inflates. Throws a clear
 * AppError for anything else.
 */
export function readDocxEntries(bytes: Uint8Array): Map<string, Buffer> {
  if (bytes.length > MAX_DOCX_BYTES) {
    throw refuse(
      `The Word document is too large to import (${(bytes.length / 1048576).toFixed(0)} MB; at most ${MAX_DOCX_BYTES / 1048576} MB).`,
    );
  }
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (data.length < 22 || data.readUInt32LE(0) !== 0x04034b50) throw notDocx(data);
  // The end-of-central-directory record: in the last 64 KB + 22 bytes.
  let end = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 65_557); at--) {
    if (data.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  // The zip's directory of its parts is written last: a file cut short (a copy or download that did
  // not finish) has none. Said in the officer's words, not the zip's.
  if (end === -1) throw incomplete();
  const directorySize = data.readUInt32LE(end + 12);
  const directoryStart = data.readUInt32LE(end + 16);
  // A zip64 end record (its locator just before the ordinary one), or the ordinary one's fields at
  // their "see zip64" maximum.
  // More parts than a Word document has, said as such, even where so many needed zip64 to count.
  if (data.readUInt16LE(end + 10) > MAX_ZIP_ENTRIES) {
    throw refuse(`The file holds more than ${MAX_ZIP_ENTRIES} parts; a Word document has far fewer.`);
  }
  const zip64Locator = end >= 20 && data.readUInt32LE(end - 20) === 0x07064b50;
  if (zip64Locator || directoryStart === 0xffffffff || directorySize === 0xffffffff) throw zip64();
  if (directoryStart + directorySize > end) {
    throw incomplete();
  }
  const entries = new Map<string, Buffer>();
  let inflated = 0;
  let at = directoryStart;
  while (at < directoryStart + directorySize) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) {
      throw unreadable();
    }
    if (entries.size >= MAX_ZIP_ENTRIES) {
      throw refuse(`The file holds more than ${MAX_ZIP_ENTRIES} parts; a Word document has far fewer.`);
    }
    const flags = data.readUInt16LE(at + 8);
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const uncompressedSize = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const localAt = data.readUInt32LE(at + 42);
    const name = data.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localAt === 0xffffffff ||
      hasZip64Field(data.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength))
    ) {
      throw zip64();
    }
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1)
      throw refuse('The Word document is password-protected. Remove the password in Word first.');
    if (localAt + 30 > data.length || data.readUInt32LE(localAt) !== 0x04034b50) {
      throw incomplete();
    }
    const start = localAt + 30 + data.readUInt16LE(localAt + 26) + data.readUInt16LE(localAt + 28);
    if (start + compressedSize > data.length) throw incomplete();
    const stored = data.subarray(start, start + compressedSize);
    if (name.endsWith('/')) continue;
    if (method !== 0 && method !== 8) {
      throw refuse('The Word document uses a kind of compression Word does not write.');
    }
    if (!readByMammoth(name)) {
      // Never inflated, so never a bomb: mammoth only needs to find the part by its name.
      entries.set(name, Buffer.alloc(0));
      continue;
    }
    const budget = MAX_INFLATED_BYTES - inflated;
    let content: Buffer;
    if (method === 0) content = stored;
    else {
      try {
        content = inflateRawSync(stored, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || /too large|greater than/i.test(String(error))) {
          throw budget / Math.max(1, compressedSize) > BOMB_RATIO ? bomb(data.length) : tooMuchText();
        }
        throw unreadable();
      }
    }
    inflated += content.length;
    if (inflated > MAX_INFLATED_BYTES) throw tooMuchText();
    entries.set(name, content);
  }
  if (!entries.has('word/document.xml')) {
    throw refuse('This zip file is not a Word document: it has no document in it.');
  }
  return entries;
}

/** Whether a central directory entry's extra field holds a zip64 record (header id 0x0001). */
function hasZip64Field(extra: Buffer): boolean {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) === 0x0001) return true;
  }
  return false;
}

/** A zip of stored (uncompressed) entries: what was read and checked, and nothing else. */
export function storedZip(entries: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, content);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A Word document's text, paragraphs and lists marked as the text parser reads them, numbered
 * paragraphs with the numbers Word shows (wordNumbering.ts).
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const entries = readDocxEntries(bytes);
  const part = (name: string) => entries.get(name)?.toString('utf8');
  entries.set(
    'word/document.xml',
    Buffer.from(
      withWordNumbers(part('word/document.xml')!, part('word/numbering.xml'), part('word/styles.xml')),
      'utf8',
    ),
  );
  const zip = storedZip(entries);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: zip },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch {
    throw refuse('This Word file is damaged: its text cannot be read. Open it in Word and save it again.');
  }
  return htmlToText(html);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** A character by its number, or U+FFFD for a number that is no character (or half of one). */
const character = (codePoint: number) =>
  Number.isInteger(codePoint) &&
  codePoint >= 0 &&
  codePoint <= 0x10ffff &&
  (codePoint < 0xd800 || codePoint > 0xdfff)
    ? String.fromCodePoint(codePoint)
    : '\uFFFD';
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return character(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return character(Number(code.slice(1)));
    return entities[code.toLowerCase()] ?? whole;
  });

const letter = (n: number) => String.fromCharCode(96 + (((n - 1) % 26) + 1));
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const bulletMarks = ['•', 'o', '▪'];

/**
 * mammoth's HTML as text: a paragraph a line with blank lines between, list items marked ("•",
 * "1.", "(a)", "(i)" by depth), table cells as paragraphs, bold runs as **bold**.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let current = '';
  let marker = '';
  const flush = () => {
    let text = current.replace(/[ \t]+/g, ' ').trim();
    // A paragraph bold from end to end is a heading's formatting, not emphasis.
    if (/^\*\*[^*]+\*\*$/.test(text)) text = text.slice(2, -2);
    text = text.replace(/\*\*\s*\*\*/g, '');
    // A list item whose only content is a nested list leaves just its marker.
    if (text && text !== marker) paragraphs.push(text);
    current = '';
    marker = '';
  };
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    const [, closing, rawTag, text] = match;
    if (text !== undefined) {
      current += decode(text);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'ul' || tag === 'ol') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (tag === 'li') {
      flush();
      if (!closing) {
        const list = lists.at(-1);
        const depth = lists.length - 1;
        if (list) {
          list.count++;
          const n = list.count;
          const mark = list.ordered
            ? depth === 0
              ? `${n}.`
              : depth === 1
                ? `(${letter(n)})`
                : `(${romans[n - 1] ?? n})`
            : bulletMarks[Math.min(depth, 2)];
          current = `${mark} `;
          marker = mark ?? '';
        }
      }
    } else if (/^(?:p|h[1-6]|td|th|tr|table|div|blockquote)$/.test(tag)) flush();
    else if (tag === 'br') current += ' ';
    else if (tag === 'strong' || tag === 'b') current += '**';
  }
  flush();
  return paragraphs.join('\n\n');
}
