// Hostile input against the real browser-mode server and the real command: each case is made here
// (nothing big is committed), ends with one sentence (a message from the API, exit code 2 from the
// command), never takes the server down, and the server goes on answering while a long one runs.
// The server's peak memory stays under 1 GB: reading and parsing imports, and building Word
// documents, run in workers whose memory is limited (electron/workers/jobs.ts).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, AppInfo, Committee, Meeting } from '../../shared/domain';
import type { ImportPreview } from '../../shared/importing';
import { paragraphs } from '../../electron/import/text';
import { wordDocument as wordFile } from '../../electron/export/word';
import { documentModel } from '../../shared/document';
import { readMeetingRecord } from '../../electron/store/meetingRecord';
import type { HouseStyle } from '../../shared/houseStyle';
import { COUNCIL, nameCouncil, tempCore, tempDir, ok } from './helpers';
import { zipOf, wordDocument } from './hostileZip';
import { hostilePdf } from '../fixtures/import/pdfWriter';
import { dataDir, call, value, meanwhile, peakMegabytes, runCli, useServer } from './hostileServer';

useServer();

const file = (bytes: Buffer, fileName: string) => ({ file: bytes.toString('base64'), fileName });

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

  it('one numbered line of 1.3 MB ("1. Apologies 1. Apologies …"): read in the worker, not stopped by its time limit', async () => {
    // Each full stop of a long line was once tried as the end of its title, the rest of the line read
    // again each time: 16,000 repeats took 37 s on a loaded machine, this paste ran out the 60 s limit.
    const text = '1. Apologies '.repeat(100_000);
    const reply = await call<ImportPreview>('imports.preview', { text });
    expect(reply.ok, JSON.stringify(reply).slice(0, 300)).toBe(true);
  }, 120_000);

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

  it('PDF bombs refused with one sentence while the server goes on answering: a page tree of ten million pages, objects nested 100,000 deep, a page inflating to 95 MB', async () => {
    const cases: [Buffer, string, RegExp][] = [
      [
        hostilePdf.pages(7),
        'pages.pdf',
        /^The PDF has 10,000,000 pages, more than any one meeting’s minutes \(at most 600\)\. Split it into one meeting a file\.$/,
      ],
      [
        hostilePdf.nested(100_000),
        'nested.pdf',
        /^This is a PDF, but a damaged one: its text cannot be read\. /,
      ],
      [
        hostilePdf.inflating(95),
        'inflating.pdf',
        /^A page of this PDF unpacks to more than 16 MB, which no page of minutes does: it may be a PDF bomb, and was not read\.$/,
      ],
    ];
    for (const [pdf, name, message] of cases) {
      expect(pdf.length).toBeLessThan(1024 * 1024);
      const reply = await call('imports.preview', file(pdf, name));
      expect(reply, name).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(message) as string },
      });
      const onDisk = path.join(dataDir, name);
      writeFileSync(onDisk, pdf);
      const command = runCli(['import', onDisk, '--dry-run']);
      expect(command.status, name).toBe(2);
      expect(command.stderr.trim()).toMatch(message);
      // The server is still there, answering.
      expect(await call('app.info', {}), name).toMatchObject({ ok: true });
    }
  }, 180_000);

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
    expect(() => wordFile(documentModel(record, { kind: 'minutes' }))).not.toThrow();
  }, 180_000);

  it('and 200,000 lines are made into paragraphs, in process', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `Line ${i} of the text, with no full stop`);
    expect(paragraphs(lines.join('\n'))).toHaveLength(1);
  });

  it('exported through the server: a sentence, the server answering meanwhile; the command exits 2', async () => {
    const { style, version } = await value<{ style: HouseStyle; version: number }>('houseStyle.get', {});
    await value('houseStyle.save', { style: { ...style, councilName: COUNCIL }, baseVersion: version });
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
          /^This document is too large to make as one Word file; it has [\d,]+ paragraphs and formatted passages, and one file can hold 120,000\. /,
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
    await nameCouncil(core);
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
