// Bench section `export`: a 40-item meeting to Word through the command line, and per page in process.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { openCore } from '../../electron/core';
import { exportDocument } from '../../electron/export/exportDocument';
import { readMeetingRecord } from '../../electron/store/meetingRecord';
import { cli, exportData, fmt, median, PAGES, report, scratch, timed, verdict } from './common';

export async function wordExport(): Promise<void> {
  const dir = scratch('export-100');
  const { meetingId, markdown } = await exportData(dir, PAGES);
  const out = scratch('minutes.docx');
  const ours: number[] = [];
  // A first run fills the compile cache (electron/compileCache.ts), as the first export after
  // installing does; the five after it are measured.
  for (let run = -1; run < 5; run += 1) {
    const took = timed(() => {
      const result = spawnSync(process.execPath, [
        cli,
        'export',
        '--data',
        dir,
        '--meeting',
        meetingId,
        '--kind',
        'minutes',
        '--out',
        out,
      ]);
      if (result.status !== 0) throw new Error(`export failed: ${result.stderr.toString()}`);
    });
    if (run >= 0) ours.push(took);
  }
  const pandocInstalled = spawnSync('pandoc', ['--version']).status === 0;
  if (pandocInstalled) {
    const source = scratch('minutes.md');
    writeFileSync(source, markdown);
    const theirs: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      theirs.push(
        timed(() => {
          const result = spawnSync('pandoc', [source, '-o', scratch('pandoc.docx')]);
          if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr.toString()}`);
        }),
      );
    }
    report(
      'Export 40-item minutes, CLI whole process (median)',
      median(ours),
      'pandoc md→docx',
      median(theirs),
    );
    verdict(
      'CLI export of the 84-page minutes, whole process',
      `${fmt(median(ours))}, ${(median(ours) / median(theirs)).toFixed(2)}× pandoc's ${fmt(median(theirs))}`,
      median(ours) <= 0.5 * median(theirs),
      '≤ 0.5× pandoc, same content',
    );
  } else {
    console.log(
      `Export 40-item minutes, CLI whole process (median) ${fmt(median(ours))} (pandoc is not installed: no baseline)`,
    );
    console.log(
      '  SKIP  CLI export of the 84-page minutes: pandoc is not installed, so there is no yardstick',
    );
  }
  const soffice = spawnSync('soffice', ['--version']).status === 0;
  if (soffice) {
    spawnSync('soffice', [
      `-env:UserInstallation=file://${scratch('lo')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      scratch(),
      out,
    ]);
    const info = spawnSync('pdfinfo', [scratch('minutes.pdf')], { encoding: 'utf8' }).stdout;
    console.log(
      `  (that document is ${/Pages:\s+(\d+)/.exec(info)?.[1] ?? '?'} pages as LibreOffice lays it out)`,
    );
  }

  // In process: milliseconds per page at 20, 100 and 300 pages (should stay flat: linear growth).
  const perPage: { pages: number; ms: number }[] = [];
  for (const pages of [20, 100, 300]) {
    const data = scratch(`export-${pages}-inproc`);
    const { meetingId: id } = await exportData(data, pages);
    const core = openCore(data, { log: () => undefined });
    const runs: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      await exportDocument(readMeetingRecord(core.db, id, 'public'), { kind: 'minutes' });
      runs.push(performance.now() - start);
    }
    core.close();
    perPage.push({ pages, ms: median(runs) / pages });
  }
  const [small] = perPage;
  for (const { pages, ms } of perPage) {
    report(`Export in process, per page at ${pages} pages (median)`, ms, 'per page at 20 pages', small!.ms);
  }
}
