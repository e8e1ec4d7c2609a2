// Hostile input against the real browser-mode server and the real command: each case is made here
// (nothing big is committed), ends with one sentence (a message from the API, exit code 2 from the
// command), never takes the server down, and the server goes on answering while a long one runs.
// The server's peak memory stays under 1 GB: reading and parsing imports, and building Word
// documents, run in workers whose memory is limited (electron/workers/jobs.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItem, AppInfo, Committee, Meeting } from '../../shared/domain';
import type { ImportPreview } from '../../shared/importing';
import { paragraphs } from '../../electron/import/text';
import { minutesDocument } from '../../electron/export/minutesDocument';
import { readMeetingRecord } from '../../electron/store/meetingRecord';
import { tempCore, tempDir, ok } from './helpers';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build (npm test does) first.`);

interface Zipped {
  name: string;
  data: Buffer;
  /** Deflate it (as Word does), or store it. */
  deflate?: boolean;
}

/** A zip written here, so that tests can make the hostile ones Word never writes. */
function zipOf(entries: Zipped[], options: { zip64?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const body = entry.deflate === false ? entry.data : deflateRawSync(entry.data, { level: 9 });
    const method = entry.deflate === false ? 0 : 8;
    // A zip64 entry says "see the extra field" in its sizes, and gives them there (8 bytes each).
    const extra = Buffer.alloc(options.zip64 ? 20 : 0);
    if (options.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(8n * 1024n ** 3n, 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(options.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(entry.data), 14);
    local.writeUInt32LE(options.zip64 ? 0xffffffff : body.length, 18);
    local.writeUInt32LE(options.zip64 ? 0xffffffff : entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(options.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(entry.data), 16);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, extra, body);
    directory.push(central, name, extra);
    offset += 30 + name.length + extra.length + body.length;
  }
  const dir = Buffer.concat(directory);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(dir.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + dir.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...parts, dir, ...tail, end]);
}

const contentTypes =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rels =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A Word document whose document.xml is about `megabytes` MB of paragraphs, as Word writes them. */
function wordDocument(megabytes: number, options: { zip64?: boolean } = {}): Buffer {
  const paragraph =
    '<w:p><w:pPr><w:pStyle w:val="BodyText"/><w:spacing w:after="120"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">The Committee considered the report of the Director of Finance and resolved to note it. </w:t></w:r></w:p>';
  const body = paragraph.repeat(Math.ceil((megabytes * 1024 * 1024) / paragraph.length));
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipOf(
    [
      { name: '[Content_Types].xml', data: Buffer.from(contentTypes) },
      { name: '_rels/.rels', data: Buffer.from(rels) },
      { name: 'word/document.xml', data: Buffer.from(document) },
    ],
    options,
  );
}

interface Server {
  child: ChildProcess;
  origin: string;
  token: string;
}

let server: Server;
let dataDir: string;

function startServer(dir: string): Promise<Server> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)#token=([\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, origin: match[1]!, token: match[2]! });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
}

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** One API call on a connection of its own (no keep-alive to race the server closing an idle one). */
function call<T>(method: string, input: unknown): Promise<Envelope<T>> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server.origin}api/${method}`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-minutebook-token': server.token,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope<T>);
          } catch {
            reject(new Error(`${method}: the reply is not JSON`));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function value<T>(method: string, input: unknown): Promise<T> {
  const reply = await call<T>(method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

/**
 * Sends `hostile`, and while it is still unanswered asks the server for app.info again and again.
 * Returns the hostile reply and how many of those other requests were answered before it.
 */
async function meanwhile<T>(hostile: () => Promise<T>): Promise<{ reply: T; answeredMeanwhile: number }> {
  let done = false;
  let answeredMeanwhile = 0;
  const pending = hostile().finally(() => {
    done = true;
  });
  while (!done) {
    const info = await call<AppInfo>('app.info', {});
    if (!done && info.ok) answeredMeanwhile += 1;
  }
  return { reply: await pending, answeredMeanwhile };
}

/** The server's peak resident memory so far (Linux), in MB. */
function peakMegabytes(): number | null {
  const status = `/proc/${server.child.pid}/status`;
  if (!existsSync(status)) return null;
  const kilobytes = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(status, 'utf8'))?.[1];
  return kilobytes ? Number(kilobytes) / 1024 : null;
}

function runCli(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000 });
}

const file = (bytes: Buffer, fileName: string) => ({ file: bytes.toString('base64'), fileName });

beforeAll(async () => {
  // Not tempDir(): that is emptied after each test, and this folder lasts the whole file.
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'minutebook-hostile-'));
  server = await startServer(dataDir);
}, 60_000);

afterAll(async () => {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('hostile imports end with one sentence, and the server goes on answering', () => {
  it('a .docx whose text inflates to about 95 MB: too large or too complex, refused while unzipping', async () => {
    const docx = wordDocument(95);
    expect(docx.length).toBeLessThan(3 * 1024 * 1024);
    const reply = await call('imports.preview', file(docx, 'inflates.docx'));
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(
          /^This document is too large or too complex to import: its text comes to more than 12 MB once unzipped \(about a thousand pages\)\. Split it into one meeting a file, or copy the part you need and paste it in\.$/,
        ) as string,
      },
    });
    const path95 = path.join(dataDir, 'inflates.docx');
    writeFileSync(path95, docx);
    const command = runCli(['import', path95, '--dry-run']);
    expect(command.status).toBe(2);
    expect(command.stderr.trim()).toMatch(/^This document is too large or too complex to import: /);
  }, 120_000);

  it('a zip64 bomb is called a zip bomb', async () => {
    const bomb = wordDocument(1, { zip64: true });
    const reply = await call('imports.preview', file(bomb, 'bomb.docx'));
    expect(reply).toMatchObject({
      ok: false,
      error: {
        message:
          'This file uses zip64, the zip format for parts larger than 4 GB, which no Word document needs: it is most likely a zip bomb, and was not opened.',
      },
    });
    const bombPath = path.join(dataDir, 'bomb.docx');
    writeFileSync(bombPath, bomb);
    const command = runCli(['import', bombPath, '--dry-run']);
    expect(command.status).toBe(2);
    expect(command.stderr.trim()).toMatch(/zip64.*zip bomb, and was not opened\.$/);
  }, 60_000);

  it('a zip of 100,000 parts', async () => {
    const many = zipOf(
      Array.from({ length: 100_000 }, (_, i) => ({
        name: `word/p${i}.xml`,
        data: Buffer.from('<a/>'),
        deflate: false,
      })),
    );
    const reply = await call('imports.preview', file(many, 'many.docx'));
    expect(reply).toMatchObject({
      ok: false,
      error: { message: 'The file holds more than 2000 parts; a Word document has far fewer.' },
    });
  }, 60_000);

  it('a text of 200,000 lines', async () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `Line ${i} of a very long paste`).join('\n');
    const reply = await call('imports.preview', { text });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        message:
          'The text has more than 100,000 lines, more than any one meeting’s minutes. Split it into one meeting a file.',
      },
    });
  }, 60_000);

  it('a text of 100,000 numbered items: parsed in the worker while the server answers, then refused', async () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `${(i % 9000) + 1}. ITEM ${i + 1}`).join('\n');
    const { reply, answeredMeanwhile } = await meanwhile(() => call('imports.preview', { text }));
    expect(reply).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /^The text has [\d,]+ numbered items, more than any one meeting \(at most 2,000\)\. Split it into one meeting a file\.$/,
        ) as string,
      },
    });
    expect(answeredMeanwhile).toBeGreaterThan(0);
  }, 120_000);

  it('a document just inside the limit (11 MB of Word XML) is read, in the worker', async () => {
    const { reply, answeredMeanwhile } = await meanwhile(() =>
      call<ImportPreview>('imports.preview', file(wordDocument(11), 'long.docx')),
    );
    expect(reply.ok).toBe(true);
    expect(answeredMeanwhile).toBeGreaterThan(0);
  }, 180_000);
});

describe('minutes of 200,000 paragraphs', () => {
  it('are built without overflowing the stack (the document, in process)', async () => {
    const core = tempCore();
    const committee = await ok<Committee>(core, 'committees.create', {
      name: 'Scrutiny Board',
      kind: 'scrutiny',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    const meeting = await ok<Meeting>(core, 'meetings.create', {
      committeeId: committee.id,
      date: '2027-02-01',
      startTime: '10:00',
    });
    const item = await ok<AgendaItem>(core, 'items.create', {
      meetingId: meeting.id,
      title: 'Everything',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    const doc = {
      type: 'doc',
      content: Array.from({ length: 200_000 }, (_, i) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: `${i}.` }],
      })),
    };
    await ok(core, 'minutes.save', { itemId: item.id, baseVersion: 0, doc });
    const record = readMeetingRecord(core.db, meeting.id, 'public');
    expect(() => minutesDocument(record)).not.toThrow();
  }, 180_000);

  it('and 200,000 lines are made into paragraphs, in process', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `Line ${i} of the text, with no full stop`);
    expect(paragraphs(lines.join('\n'))).toHaveLength(1);
  });

  it('exported through the server: a sentence, the server answering meanwhile; the command exits 2', async () => {
    const committee = await value<Committee>('committees.create', {
      name: 'Scrutiny Board',
      kind: 'scrutiny',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    const meeting = await value<Meeting>('meetings.create', {
      committeeId: committee.id,
      date: '2027-02-01',
      startTime: '10:00',
    });
    const item = await value<AgendaItem>('items.create', {
      meetingId: meeting.id,
      title: 'Everything',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    const doc = {
      type: 'doc',
      content: Array.from({ length: 200_000 }, (_, i) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: `Note ${i}.` }],
      })),
    };
    await value('minutes.save', { itemId: item.id, baseVersion: 0, doc });
    const { reply, answeredMeanwhile } = await meanwhile(() =>
      call('exports.build', { meetingId: meeting.id, kind: 'minutes', edition: 'public' }),
    );
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(
          /^This document is too large to make as one Word file; Minutebook stopped after 448 MB of memory\. /,
        ) as string,
      },
    });
    expect(answeredMeanwhile).toBeGreaterThan(0);
    // The server is still there, and still saves.
    expect(
      await value<{ version: number }>('minutes.save', {
        itemId: item.id,
        baseVersion: 1,
        doc: { type: 'doc', content: [] },
      }),
    ).toMatchObject({ version: 2 });

    // The command line, on a data folder of its own with the same minutes.
    const own = tempDir();
    const core = tempCore();
    const committeeCli = await ok<Committee>(core, 'committees.create', {
      name: 'Scrutiny Board',
      kind: 'scrutiny',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    const meetingCli = await ok<Meeting>(core, 'meetings.create', {
      committeeId: committeeCli.id,
      date: '2027-02-01',
      startTime: '10:00',
    });
    const itemCli = await ok<AgendaItem>(core, 'items.create', {
      meetingId: meetingCli.id,
      title: 'Everything',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    await ok(core, 'minutes.save', { itemId: itemCli.id, baseVersion: 0, doc });
    core.close();
    const command = runCli([
      'export',
      '--data',
      core.dir,
      '--meeting',
      meetingCli.id,
      '--kind',
      'minutes',
      '--out',
      path.join(own, 'minutes.docx'),
    ]);
    expect(command.status).toBe(2);
    expect(command.stderr.trim()).toMatch(/^This document is too large to make as one Word file; /);
    expect(existsSync(path.join(own, 'minutes.docx'))).toBe(false);
  }, 300_000);

  it('after all of it, the server is up and its peak memory stayed under 1 GB', async ({ skip }) => {
    expect(await value<AppInfo>('app.info', {})).toMatchObject({ recovery: null });
    const peak = peakMegabytes();
    if (peak === null)
      return skip('the peak memory of a process is read from /proc, which this system has not');
    expect(peak).toBeLessThan(1024);
  });
});
