// A Word document as the bytes of its .docx file: docx's own parts (its compiler, the one
// Packer.toBuffer zips), zipped here with Node's zlib. docx deflates with fflate, in JavaScript,
// which a process that makes one document (the command line, an export worker) runs before V8 has
// compiled it: about 80 ms of an 84-page document's export went there, where zlib, in C, takes a few
// milliseconds for the same parts and the same size of file. Only the zipping differs: the same
// parts, in the same order, deflated at the same level.
import { Packer, type Document } from 'docx';
import { crc32, deflateRawSync } from 'node:zlib';

type Part = string | Uint8Array | ArrayBuffer;

/** docx's compiler, which Packer keeps as a private static: absent, the document goes through Packer. */
interface Compiler {
  compile(file: Document): Map<string, Part>;
}

export function compilerOf(packer: unknown): Compiler | null {
  const compiler = (packer as { compiler?: Partial<Compiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as Compiler) : null;
}

/** The .docx file of `document`. */
export async function packDocument(document: Document): Promise<Uint8Array> {
  const compiler = compilerOf(Packer);
  // A docx whose Packer no longer keeps its compiler there still makes the same document, slower.
  if (!compiler) return new Uint8Array(await Packer.toBuffer(document));
  return zip(compiler.compile(document));
}

const bytesOf = (part: Part): Buffer =>
  typeof part === 'string'
    ? Buffer.from(part, 'utf8')
    : part instanceof Uint8Array
      ? Buffer.from(part.buffer, part.byteOffset, part.byteLength)
      : Buffer.from(part);

/** The date and time as a zip file gives them (MS-DOS format, local time). */
function dosDateTime(at: Date): { date: number; time: number } {
  return {
    date: ((Math.max(at.getFullYear(), 1980) - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
  };
}

const DEFLATE = 8;
const VERSION = 20; // 2.0: deflate
const UTF8_NAMES = 0x800;

/** A zip file of the parts, each deflated, in the order given (no zip64: a document is far smaller). */
export function zip(parts: Map<string, Part>, made = new Date()): Uint8Array {
  const { date, time } = dosDateTime(made);
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, part] of parts) {
    const data = bytesOf(part);
    const packed = deflateRawSync(data, { level: 6 });
    const fileName = Buffer.from(name, 'utf8');
    const flags = fileName.length === name.length ? 0 : UTF8_NAMES;
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(DEFLATE, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(header, fileName, packed);
    central.push(entry, fileName);
    offset += header.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  // A buffer of its own (not a view into Node's shared pool), so a worker can hand it over whole.
  const pieces = [...local, directory, end];
  const file = new Uint8Array(pieces.reduce((total, piece) => total + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    file.set(piece, at);
    at += piece.length;
  }
  return file;
}
