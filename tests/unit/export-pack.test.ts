// The .docx zip Minutebook writes (electron/export/pack.ts): docx's own parts, zipped with Node's
// zlib instead of docx's JavaScript deflate, must be the file Packer.toBuffer makes, part for part.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compilerOf, packDocument, zip } from '../../electron/export/pack';
import { wordDocument } from '../../electron/export/word';
import { documentModel } from '../../shared/document';
import { readMeetingRecord } from '../../electron/store/meetingRecord';
import { fullMeeting } from './exportFixture';
import { tempCore } from './helpers';

async function partsOf(bytes: Uint8Array): Promise<[string, string][]> {
  const archive = await JSZip.loadAsync(bytes);
  const names = Object.keys(archive.files);
  return Promise.all(names.map(async (name) => [name, await archive.files[name]!.async('string')]));
}

describe('packing a Word document', () => {
  it('gives the parts, in the order and with the content, that docx’s Packer gives', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const record = readMeetingRecord(core.db, f.meeting.id, 'confidential');
    const document = wordDocument(documentModel(record, { kind: 'minutes' }));
    const ours = await packDocument(document);
    const theirs = new Uint8Array(await Packer.toBuffer(document));
    expect(await partsOf(ours)).toEqual(await partsOf(theirs));
    // Deflated at the same level: within a few per cent of the same size.
    expect(Math.abs(ours.length - theirs.length) / theirs.length).toBeLessThan(0.05);
  });

  it('is a zip any reader opens: names in UTF-8, text and binary parts, an empty part', async () => {
    const parts = new Map<string, string | Uint8Array>([
      ['word/document.xml', '<w:document>Café – “quoted”</w:document>'],
      ['word/média/é.bin', new Uint8Array([0, 1, 2, 255])],
      ['empty.txt', ''],
    ]);
    const archive = await JSZip.loadAsync(zip(parts, new Date(2026, 11, 1, 21, 30, 10)));
    expect(Object.keys(archive.files)).toEqual(['word/document.xml', 'word/média/é.bin', 'empty.txt']);
    expect(await archive.files['word/document.xml']!.async('string')).toBe(
      '<w:document>Café – “quoted”</w:document>',
    );
    expect([...(await archive.files['word/média/é.bin']!.async('uint8array'))]).toEqual([0, 1, 2, 255]);
    expect(await archive.files['empty.txt']!.async('string')).toBe('');
    expect(archive.files['empty.txt']!.date.getFullYear()).toBe(2026);
  });

  it('makes a document a fresh docx reads as its own', async () => {
    const document = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('Minutes')] })] }],
    });
    const parts = await partsOf(await packDocument(document));
    expect(parts.map(([name]) => name)).toContain('word/document.xml');
    expect(parts.find(([name]) => name === 'word/document.xml')![1]).toContain('Minutes');
  });

  it('finds docx’s compiler where it keeps it: an upgrade that moves it fails here, not silently slower', () => {
    expect(compilerOf(Packer)).not.toBeNull();
  });
});
