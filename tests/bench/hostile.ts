// Bench section `hostile`: a .docx inflating to 95 MB through browser mode, and the server meanwhile (issue 15).
import { spawn } from 'node:child_process';
import { crc32, deflateRawSync } from 'node:zlib';
import { openCore } from '../../electron/core';
import { exportDocument } from '../../electron/export/exportDocument';
import { readMeetingRecord } from '../../electron/store/meetingRecord';
import { largest } from '../../shared/arrays';
import { cli, exportData, firstMatch, median, report, scratch, timedAsync, stopServer } from './common';

/** A .docx whose document.xml is `megabytes` MB of Word paragraphs (deflated: a few hundred KB). */
function inflatingDocx(megabytes: number): Buffer {
  const paragraph =
    '<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">The Committee considered the report of the Director of Finance and resolved to note it. </w:t></w:r></w:p>';
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(
    Math.ceil((megabytes * 1048576) / paragraph.length),
  )}</w:body></w:document>`;
  const entries = new Map<string, Buffer>([
    [
      '[Content_Types].xml',
      Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    ],
    [
      '_rels/.rels',
      Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    ],
    ['word/document.xml', Buffer.from(xml)],
  ]);
  return deflatedZip(entries);
}

/** A zip of deflated entries, as Word writes them. */
function deflatedZip(entries: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name);
    const body = deflateRawSync(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(content), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + body.length;
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
 * The ~95 MB-inflating .docx through browser mode: time to its refusal against a 20-page .docx
 * imported the same way; and app.info answered while the hostile one is read, against app.info
 * on an idle server.
 */
export async function hostileDocx(): Promise<void> {
  const dataDir = scratch('hostile');
  const { meetingId } = await exportData(dataDir, 20);
  const core = openCore(dataDir, { log: () => undefined });
  const { bytes: normal } = await exportDocument(readMeetingRecord(core.db, meetingId, 'public'), {
    kind: 'minutes',
  });
  core.close();
  const hostile = inflatingDocx(95);
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CI: '1' },
  });
  try {
    const launchUrl = await firstMatch(child, /running at (http:\/\/\S+)/);
    const origin = `${new URL(launchUrl).origin}/`;
    const token = /token=([\w-]+)/.exec(launchUrl)![1]!;
    const post = async (method: string, input: unknown) => {
      const response = await fetch(`${origin}api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-minutebook-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; error?: { message: string } };
    };
    const refusals: number[] = [];
    const imports: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      refusals.push(
        await timedAsync(async () => {
          const reply = await post('imports.preview', {
            file: hostile.toString('base64'),
            fileName: 'bomb.docx',
          });
          if (reply.ok) throw new Error('the 95 MB-inflating .docx was not refused');
        }),
      );
      imports.push(
        await timedAsync(async () => {
          const reply = await post('imports.preview', {
            file: Buffer.from(normal).toString('base64'),
            fileName: 'minutes.docx',
          });
          if (!reply.ok) throw new Error(`the 20-page .docx was refused: ${reply.error?.message}`);
        }),
      );
    }
    report(
      `Import of a .docx inflating to 95 MB (${(hostile.length / 1024).toFixed(0)} KB): time to refusal (median)`,
      median(refusals),
      `import of a 20-page .docx (${(normal.length / 1024).toFixed(0)} KB)`,
      median(imports),
    );
    // Other requests while a long import runs: the 20-page one, read again and again.
    const idle: number[] = [];
    for (let n = 0; n < 50; n += 1) idle.push(await timedAsync(() => post('app.info', {})));
    const busy: number[] = [];
    let reading = true;
    const long = (async () => {
      for (let n = 0; n < 5; n += 1) {
        await post('imports.preview', {
          file: Buffer.from(normal).toString('base64'),
          fileName: 'minutes.docx',
        });
      }
      reading = false;
    })();
    while (reading) busy.push(await timedAsync(() => post('app.info', {})));
    await long;
    report(
      `app.info answered while imports run, max (n=${busy.length})`,
      largest(busy, 0),
      'app.info on an idle server, max',
      largest(idle, 0),
    );
  } finally {
    await stopServer(child);
  }
}
