// PDF import: PDFs made here from the corpus's texts (through LibreOffice where it is installed, and
// through the small writer in tests/fixtures/import/pdfWriter.ts, which can add running headers and
// footers, break words with hyphens and set paragraph numbers in a margin column) read back to the
// same structure as the text itself; PDFs with nothing to read are refused with a sentence.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportStructure } from '../../shared/importing';
import { parseImportText } from '../../electron/import/parse';
import { noTextLayer, pdfText } from '../../electron/import/pdf';
import { pdfPagesToText } from '../../electron/import/pdfLayout';
import { importText } from '../../electron/import/source';
import { hostilePdf, pdfOf, typesetPdf } from '../fixtures/import/pdfWriter';
import { sofficeInstalled } from './docx';
import { PROCESS_TIMEOUT_MS, tempDir } from './helpers';

const train = path.resolve(__dirname, '../fixtures/import/corpus/train');
const fixture = (name: string) => readFileSync(path.join(train, `${name}.txt`), 'utf8');

/** What the structure says, in a form to compare: the meeting, its people, items, decisions. */
function outline(structure: ImportStructure) {
  const { meeting } = structure;
  return {
    meeting: meeting && {
      committee: meeting.committee,
      date: meeting.date,
      present: meeting.present.map((person) => person.name),
      apologies: meeting.apologies.map((person) => person.name),
      officers: meeting.officers.map((person) => person.name),
    },
    items: structure.items.map((item) => ({
      number: item.number,
      title: item.title,
      exempt: item.exempt,
      decisions: item.decisions.map((decision) => `${decision.keyword} ${decision.clauses.length}`),
    })),
  };
}

const fromPdf = async (bytes: Uint8Array) => outline(parseImportText(await importText(bytes, 'minutes.pdf')));
const fromText = (name: string) => outline(parseImportText(fixture(name)));

/** Texts of many shapes whose PDFs read back to the text's own structure. */
const shapes = [
  'eng-pdf-cabinet-code-prefix',
  'eng-docx-full-council-25-items',
  'eng-mgai-scrutiny-web-furniture',
  'ni-pdf-council-in-committee',
  'sco-pdf-licensing-board-sederunt',
  'wal-pdf-county-councillors-every-name',
  'eng-pdf-city-procedural-paragraphs',
  'wal-mg-county-caps-declarations-table',
];

describe('PDFs read back to the structure of the text they were made from', () => {
  it.skipIf(!sofficeInstalled)(
    'through LibreOffice (skipped where soffice is not installed: the writer below covers the same ground)',
    async () => {
      const dir = tempDir();
      const inputs = shapes.map((name) => {
        const input = path.join(dir, `${name}.txt`);
        writeFileSync(input, fixture(name));
        return input;
      });
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          ...inputs,
        ],
        { stdio: 'pipe', timeout: 240_000 },
      );
      for (const name of shapes) {
        const pdf = readFileSync(path.join(dir, `${name}.pdf`));
        expect(await fromPdf(pdf), name).toEqual(fromText(name));
      }
    },
    300_000,
  );

  it('through a typeset PDF with running headers and footers, words broken by hyphens and paragraph numbers in the margin', async () => {
    for (const name of shapes) {
      const pdf = typesetPdf(fixture(name), {
        header: 'Minutes – subject to confirmation at the next meeting',
        footer: (page, pages) => `Page ${page} of ${pages}`,
        hyphenate: true,
        numbersInMargin: true,
        width: 90,
      });
      expect(await fromPdf(pdf), name).toEqual(fromText(name));
    }
  }, 120_000);

  it('drops running headers and footers, mends hyphenated words, keeps paragraph numbers with their text', async () => {
    const text = [
      'Planning Committee',
      '',
      '21.1 The Head of Planning presented the report on the redevelopment of the former bus depot, which recommended approval subject to conditions.',
      '',
      'RESOLVED that the application be approved.',
    ]
      .concat(Array.from({ length: 120 }, (_, i) => `Line ${i + 1} of the narrative.`))
      .join('\n');
    const pdf = typesetPdf(text, {
      header: 'Planning Committee – 14 January 2026',
      footer: (page) => `${page}`,
      hyphenate: true,
      numbersInMargin: true,
      width: 60,
    });
    const read = await importText(pdf, 'minutes.pdf');
    expect(read).not.toMatch(/Planning Committee – 14 January 2026/);
    expect(read).not.toMatch(/^\d+$/m);
    expect(read).toMatch(
      /^21\.1 +The Head of Planning presented the report on the redevelopment of the former bus depot, which recommended approval subject to conditions\.$/m,
    );
    expect(read).toMatch(/^RESOLVED that the application be approved\.$/m);
  });

  it('lays out pieces of text by their positions: a table row stays a row, a wide gap makes a paragraph', () => {
    const text = pdfPagesToText([
      {
        width: 595,
        height: 842,
        runs: [
          { text: 'Present:', x: 56, y: 700, width: 40, size: 10 },
          { text: 'Councillor A Jones', x: 56, y: 688, width: 90, size: 10 },
          { text: 'Councillor B Smith', x: 300, y: 688, width: 90, size: 10 },
          { text: '1.', x: 56, y: 650, width: 8, size: 10 },
          { text: 'Apologies', x: 90, y: 650.5, width: 45, size: 10 },
        ],
      },
    ]);
    expect(text).toBe('Present:\nCouncillor A Jones  Councillor B Smith\n\n1. Apologies');
  });
});

describe('PDFs with nothing to read are refused with a sentence', () => {
  it('an image-only PDF (a scan) has no text layer', async () => {
    const image = {
      data: Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q', 'latin1'),
      resources: '<< /XObject << >> >>',
    };
    const pdf = pdfOf([[], []], { rawContents: [image, image] });
    await expect(importText(pdf, 'scan.pdf')).rejects.toThrow(noTextLayer);
    expect(noTextLayer).toMatch(/^This PDF has no text layer/);
  });

  it('a PDF locked with a password', async () => {
    const pdf = pdfOf([[{ text: 'The minutes of the meeting held on 3 March.', x: 56, y: 700 }]], {
      trailer: `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >> /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`,
    });
    await expect(importText(pdf, 'locked.pdf')).rejects.toThrow(/^This PDF is locked with a password/);
  });

  it('a PDF claiming more pages than any minutes', async () => {
    const pdf = hostilePdf.pages(7);
    await expect(importText(pdf, 'pages.pdf')).rejects.toThrow(
      /more than any one meeting’s minutes \(at most 600\)/,
    );
  });

  it('a damaged PDF', async () => {
    await expect(pdfText(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'))).rejects.toThrow(
      /^This is a PDF, but a damaged one/,
    );
  });

  it('reads a PDF by its bytes whatever its name, and through the command in the built app', async () => {
    const pdf = typesetPdf(fixture('eng-pdf-cabinet-code-prefix'), { compress: true });
    expect(await importText(pdf, 'minutes.txt')).toMatch(/CAB38 +APOLOGIES FOR ABSENCE/);
    const file = path.join(tempDir(), 'minutes.pdf');
    writeFileSync(file, pdf);
    const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
    const output = execFileSync(process.execPath, [cli, 'import', file, '--dry-run', '--json'], {
      encoding: 'utf8',
      timeout: PROCESS_TIMEOUT_MS,
    });
    const printed = JSON.parse(output) as ImportStructure;
    expect(printed.items.map((item) => item.number)).toEqual(
      fromText('eng-pdf-cabinet-code-prefix').items.map((item) => item.number),
    );
  }, 120_000);
});
