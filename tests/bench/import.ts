// Bench section `import`: a 300-item meeting's text, and a 20-page Word document.
import mammoth from 'mammoth';
import { openCore } from '../../electron/core';
import { exportDocument } from '../../electron/export/exportDocument';
import { docxText } from '../../electron/import/docx';
import { parseImportText } from '../../electron/import/parse';
import { readMeetingRecord } from '../../electron/store/meetingRecord';
import { capitalise } from '../../shared/format';
import { exportData, fmt, median, report, scratch, timed, verdict, words } from './common';
import { importParseInWorker } from './importWorker';

/** Published minutes of a meeting with `items` items, each with narrative, a list and a decision. */
export function meetingText(items: number): string {
  const prose = `${capitalise(words.join(' '))}.`;
  const lines = [
    'PLANNING COMMITTEE',
    '',
    'MINUTES of the meeting held on Tuesday 15 March 2022 at 7.00 pm in the Council Chamber, Civic Offices',
    '',
    'Present: Councillor A Smith (Chair), Councillors B Jones, C Brown (Vice-Chair), D White and E Green',
    '',
  ];
  for (let n = 1; n <= items; n += 1) {
    lines.push(
      `${n}. APPLICATION ${n} – LAND AT MILL LANE`,
      '',
      `The Head of Planning presented the report on application ${n}. ${prose}`,
      '',
      '·  The height of the proposed building.',
      '·  The loss of parking.',
      '',
      `It was moved by Councillor B Jones and seconded by Councillor E Green that the application be refused. ${prose}`,
      '',
      'RESOLVED that planning permission be refused for the following reasons:',
      '',
      '(1) The proposed development would be harmful to the character of the area.',
      '(2) The proposal would result in the loss of parking spaces.',
      '',
    );
  }
  return lines.join('\n');
}

export async function importParse(): Promise<void> {
  const text = meetingText(300);
  const lines = text.split('\n');
  const ours: number[] = [];
  const scan: number[] = [];
  for (let run = 0; run < 9; run += 1) {
    ours.push(
      timed(() => {
        if (parseImportText(text).items.length !== 300)
          throw new Error('the bench text did not parse into 300 items');
      }),
    );
    // The floor: every line looked at once by one regular expression.
    scan.push(timed(() => lines.filter((line) => /^(?:\d+\.|RESOLVED|\(\d+\)|·)/.test(line)).length));
  }
  report(
    `Parse a 300-item meeting (${(text.length / 1024).toFixed(0)} KB text) (median)`,
    median(ours),
    'one regex over each line',
    median(scan),
  );
  verdict(
    "parse a 300-item meeting's text, p50",
    `${fmt(median(ours))} (one regex over each line ${fmt(median(scan))})`,
    median(ours) <= 20,
    '≤ 20 ms',
  );
  await importParseInWorker(text);

  const dir = scratch('import-docx');
  const { meetingId } = await exportData(dir, 20);
  const core = openCore(dir, { log: () => undefined });
  const { bytes } = await exportDocument(readMeetingRecord(core.db, meetingId, 'public'), {
    kind: 'minutes',
  });
  core.close();
  const readOurs: number[] = [];
  const readMammoth: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    parseImportText(await docxText(bytes));
    readOurs.push(performance.now() - start);
    const before = performance.now();
    await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    readMammoth.push(performance.now() - before);
  }
  report(
    `Import a 20-page .docx (${(bytes.length / 1024).toFixed(0)} KB): checked unzip, mammoth, parse`,
    median(readOurs),
    'mammoth raw text alone',
    median(readMammoth),
  );
}
