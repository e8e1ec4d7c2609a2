// Reading files to import: Word documents through the bounded zip reader (our own export read back,
// mammoth's HTML turned into the parser's markers), hostile files refused with a sentence, and the
// `minutebook import` command (its item-page case on the seeds-like fixture, and on the published seed
// where ../shared/seeds is beside the checkout).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { docxText, htmlToText, readDocxEntries, storedZip } from '../../electron/import/docx';
import { parseImportText } from '../../electron/import/parse';
import { importText } from '../../electron/import/source';
import { publishedSeeds, seedsLike } from '../fixtures/seeds';
import { COUNCIL, importTextInto, nameCouncil, ok, PROCESS_TIMEOUT_MS, SLOW, tempCore, tempDir } from './helpers';

const fixturesDir = path.resolve(__dirname, '../fixtures/import');

/** A zip written by hand, so a test can make one that lies in its headers. */
function zipWith(entries: { name: string; data: Buffer; method: 0 | 8; claimedSize?: number }[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const size = entry.claimedSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.data);
    directory.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

describe('Word documents', () => {
  it('reads minutes Minutebook exported back into the same structure', async () => {
    const core = tempCore();
    await nameCouncil(core);
    const { result } = await importTextInto(
      core,
      readFileSync(path.join(fixturesDir, 'district-planning.txt'), 'utf8'),
    );
    const { base64 } = await ok<{ base64: string }>(core, 'exports.build', {
      meetingId: result.meetingId,
      kind: 'minutes',
      edition: 'public',
    });
    const structure = parseImportText(await docxText(Buffer.from(base64, 'base64')));
    expect(structure.kind).toBe('meeting');
    expect(structure.meeting).toMatchObject({
      committee: 'Planning Committee',
      date: '2022-03-15',
      startTime: '19:00',
    });
    expect(structure.meeting!.present.map((person) => person.name).sort()).toEqual(
      ['A Smith', 'B Jones', 'C Brown', 'D White', 'E Green'].sort(),
    );
    expect(structure.items.map((item) => item.number)).toEqual(['45', '46', '47', '48', '49', '50']);
    const refusal = structure.items[3]!.decisions[0]!;
    // Word numbered the reasons (1), (2); mammoth gives them back as a list.
    expect(refusal.clauses.map((clause) => clause.text)).toEqual([
      expect.stringMatching(/^The proposed development, by reason of its height and massing/),
      expect.stringMatching(/^The proposal would result in the loss of parking spaces/),
    ]);
    expect(refusal).toMatchObject({
      mover: 'B Jones',
      seconder: 'E Green',
      votes: { for: 4, against: 1, abstain: 0 },
    });
    // The public edition holds only the exempt item's title.
    expect(structure.items[5]!.title).toBe('LAND DISPOSAL AT STATION ROAD');
    expect(JSON.stringify(structure)).not.toContain('Bidder B');
  });

  it('turns mammoth’s lists, tables and bold into the markers the text parser reads', () => {
    expect(
      htmlToText(
        '<p><strong>45. APOLOGIES</strong></p><ol><li>To note<ol><li>first</li></ol></li><li>To agree</li></ol>' +
          '<ul><li>One &amp; two</li></ul><table><tr><td>46.</td><td>Minutes</td></tr></table><p>A <strong>bold</strong> word</p>',
      ),
    ).toBe(
      [
        '45. APOLOGIES',
        '1. To note',
        '(a) first',
        '2. To agree',
        '• One & two',
        '46.',
        'Minutes',
        'A **bold** word',
      ].join('\n\n'),
    );
  });

  it('refuses a zip bomb while inflating, whatever its headers claim', () => {
    const zeros = deflateRawSync(Buffer.alloc(30 * 1024 * 1024));
    // Five parts of 30 MB of zeros each, each claiming to be 1 KB: 150 MB in all, 150 KB on disk.
    const bomb = zipWith(
      ['word/document.xml', 'word/a.xml', 'word/b.xml', 'word/c.xml', 'word/d.xml'].map((name) => ({
        name,
        data: zeros,
        method: 8,
        claimedSize: 1024,
      })),
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => readDocxEntries(bomb)).toThrow(
      /expands to more than 12 MB when unzipped, over 100 times its size.*zip bomb, and was not opened/,
    );
  });

  it('refuses a zip with more parts than any Word document has', () => {
    const many = zipWith(
      Array.from({ length: 2500 }, (_, i) => ({
        name: `word/part${i}.xml`,
        data: Buffer.from('x'),
        method: 0 as const,
      })),
    );
    expect(() => readDocxEntries(many)).toThrow(
      'The file holds more than 2000 parts; a Word document has far fewer.',
    );
  });

  it('explains a .doc renamed .docx, a PDF, junk, a truncated file, and a zip that is not a Word document', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(4096),
    ]);
    await expect(importText(ole, 'minutes.docx')).rejects.toThrow(
      /older Word document \(\.doc, or a \.doc renamed \.docx\)/,
    );
    await expect(importText(Buffer.from('%PDF-1.7\n...'), 'minutes.docx')).rejects.toThrow(/This is a PDF/);
    const junk = Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 7919 + 13) % 256));
    await expect(importText(junk, 'minutes.docx')).rejects.toThrow(
      'This is not a Word document (.docx): the file is not in Word’s format.',
    );
    const real = storedZip(
      new Map([
        ['word/document.xml', Buffer.from('<w:document/>')],
        ['[Content_Types].xml', Buffer.from('<Types/>')],
      ]),
    );
    // Cut short, as a copy that did not finish leaves it: said in an officer's words, not the zip's
    // ("its table of contents is missing"), with what to do.
    const incomplete =
      'This Word file is incomplete or damaged (it may not have finished copying): open it in Word and save it again.';
    await expect(importText(real.subarray(0, real.length - 30), 'minutes.docx')).rejects.toThrow(incomplete);
    await expect(importText(real.subarray(0, real.length >> 1), 'minutes.docx')).rejects.toThrow(incomplete);
    const notWord = storedZip(new Map([['hello.txt', Buffer.from('hello')]]));
    await expect(importText(notWord, 'archive.docx')).rejects.toThrow(
      'This zip file is not a Word document: it has no document in it.',
    );
    // Junk with a .txt name is read as text and refused as text.
    await expect(importText(junk, 'minutes.txt').then(parseImportText)).rejects.toThrow(
      /does not look like text/,
    );
    // Junk with a .pdf name is said to be no readable PDF, with what to do; text so named is read as text.
    await expect(importText(junk, 'Planning 12-3-25.pdf')).rejects.toThrow(
      'This file is named .pdf but is not a readable PDF: its contents are not a PDF’s (it may be damaged, cut short while downloading, or another kind of file renamed). Download it again, or open it in the program that made it and save it as PDF.',
    );
    await expect(importText(Buffer.alloc(0), 'empty.pdf')).rejects.toThrow(
      'This file is named .pdf but is not a readable PDF: it is empty.',
    );
    expect(await importText(Buffer.from('Cabinet\n\n1. Apologies'), 'saved as.pdf')).toBe(
      'Cabinet\n\n1. Apologies',
    );
  });

  it('refuses a file over 20 MB before reading it, and reads Windows-1252 and UTF-16 text', async () => {
    await expect(importText(Buffer.alloc(25 * 1024 * 1024, 0x41), 'huge.txt')).rejects.toThrow(
      /too large to import \(25 MB/,
    );
    expect(
      await importText(Buffer.from([0x43, 0x6f, 0x73, 0x74, 0x20, 0xa3, 0x35, 0x20, 0x92]), 'old.txt'),
    ).toBe('Cost £5 ’');
    expect(
      await importText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Cabinet', 'utf16le')])),
    ).toBe('Cabinet');
  });
});

// Every test here starts the built command as a process.
describe('minutebook import', SLOW, () => {
  const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
  const run = (args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS });

  it('--dry-run --json prints the structure and writes nothing', () => {
    const data = tempDir();
    const { status, stdout } = run([
      'import',
      path.join(fixturesDir, 'county-cabinet.txt'),
      '--dry-run',
      '--json',
      '--data',
      data,
    ]);
    expect(status).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.meeting).toMatchObject({
      committee: 'Cabinet',
      date: '2021-06-09',
      venue: 'County Hall, Llandrindod Wells',
      present: expect.arrayContaining([{ name: 'R Powell', honorific: 'Councillor', role: 'Chair' }]),
      apologies: [{ name: 'P Roberts', honorific: 'Councillor', role: '' }],
    });
    expect(printed.items[1]).toMatchObject({
      number: '13',
      title: 'Council Tax Reduction Scheme',
      purpose: '',
      exempt: false,
      attendees: [],
      actions: [],
      minutesText: 'A recorded vote was taken:',
      decisions: [
        {
          keyword: 'RESOLVED',
          qualifier: '',
          preamble: '',
          clauses: [{ label: '', text: 'that the scheme be adopted.', group: '' }],
          mover: null,
          seconder: null,
          votes: { for: 3, against: 1, abstain: 0 },
        },
      ],
    });
    expect(printed.items[0]).not.toHaveProperty('minutes');
    expect(readdirSync(data)).toEqual([]);
  });

  for (const { set, added } of [
    { set: seedsLike, added: 'Councillor Maria Okonjo' },
    { set: publishedSeeds, added: 'Councillor Fiona Venner' },
  ]) {
    it.skipIf(!set.present)(
      set.suite(
        `imports and prints the new meeting’s id; says what to give when the text lacks it (${set.label})`,
      ),
      () => {
        const data = tempDir();
        const missing = run(['import', set.file('000'), '--data', data]);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('Say which committee the meeting belongs to. Use --committee NAME.');
        const imported = run([
          'import',
          set.file('000'),
          '--data',
          data,
          '--committee',
          'Scrutiny Board',
          '--date',
          '2024-07-10',
          '--council',
          COUNCIL,
        ]);
        expect(imported.status).toBe(0);
        expect(imported.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/);
        expect(imported.stderr).toContain(
          `Imported 1 item; 0 people matched in the directory, added: ${added}`,
        );
        const exported = run([
          'export',
          '--meeting',
          imported.stdout.trim(),
          '--kind',
          'minutes',
          '--out',
          path.join(data, 'out.docx'),
          '--data',
          data,
        ]);
        expect(exported.status).toBe(0);
        expect(existsSync(path.join(data, 'out.docx'))).toBe(true);
      },
    );
  }

  it('refuses an empty file, a 50 MB text and a zip bomb with a sentence and exit code 2', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'Minutes. '));
    const huge = run(['import', path.join(dir, 'huge.txt'), '--dry-run']);
    expect(huge.status).toBe(2);
    expect(huge.stderr.trim()).toBe(
      'The file is too large to import (50 MB; at most 20 MB). Split it into one meeting a file.',
    );
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const empty = run(['import', path.join(dir, 'empty.txt'), '--dry-run']);
    expect(empty.status).toBe(2);
    expect(empty.stderr.trim()).toBe('There is no text to import: the file or paste is empty.');
    const zeros = deflateRawSync(Buffer.alloc(60 * 1024 * 1024));
    writeFileSync(
      path.join(dir, 'bomb.docx'),
      zipWith([
        { name: 'word/document.xml', data: zeros, method: 8, claimedSize: 100 },
        { name: 'word/other.xml', data: zeros, method: 8, claimedSize: 100 },
      ]),
    );
    const bomb = run(['import', path.join(dir, 'bomb.docx'), '--dry-run']);
    expect(bomb.status).toBe(2);
    expect(bomb.stderr).toMatch(/zip bomb, and was not opened/);
  });
});
