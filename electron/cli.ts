// The `minutebook` command: the same services as the desktop app, headless.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/result';
import { appVersion } from './core';
import { Session } from './session';
import { findElectron, openInBrowser, runElectron } from './launcher';
import { writeFileAtomically } from './export/writeFile';
import { MAX_IMPORT_FILE_BYTES } from './import/source';
import { readImport } from './workers/jobs';
import type { ImportResult, ImportStructure } from '../shared/importing';
import { dataFileIn, defaultDataDir } from './paths';
import { startServer } from './server';

const usage = `Minutebook ${appVersion}: minutes and agendas for council committees.

Usage:
  minutebook start [--data DIR]                      the desktop app (browser mode if Electron cannot run)
  minutebook serve [--port N] [--data DIR] [--no-open]  browser mode on 127.0.0.1
  minutebook export --meeting ID --kind minutes|agenda|report [--item ID]
                    [--public|--confidential] --out FILE.docx [--data DIR]
                                                     a Word document of a meeting (public unless told)
  minutebook import FILE [--committee NAME] [--date YYYY-MM-DD] [--meeting ID]
                    [--dry-run] [--json] [--data DIR]
                                                     published minutes (.txt or .docx) as a meeting;
                                                     --dry-run shows the structure found, writes nothing
  minutebook --version

--data DIR   the folder holding minutebook.sqlite3 (default: ${defaultDataDir()})
`;

// The built bundle lives in dist/electron; the renderer beside it, the package root two up.
const distDir = path.resolve(__dirname, '..');
const appRoot = path.resolve(distDir, '..');

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean' },
      'no-open': { type: 'boolean' },
      version: { type: 'boolean' },
      meeting: { type: 'string' },
      kind: { type: 'string' },
      item: { type: 'string' },
      public: { type: 'boolean' },
      confidential: { type: 'boolean' },
      out: { type: 'string' },
      committee: { type: 'string' },
      date: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.version) {
    console.log(appVersion);
    return 0;
  }
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  const dataDir = path.resolve(values.data ?? defaultDataDir());

  if (command === 'start') {
    const electron = findElectron();
    if (electron.ok) return runElectron(electron.executable, appRoot, values.data);
    console.log(`Minutebook is running in browser mode because ${electron.reason}.`);
    return serve(dataDir, 0, !process.env.CI);
  }
  if (command === 'serve') {
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
      return 2;
    }
    return serve(dataDir, port, values.open === true && values['no-open'] !== true);
  }
  if (command === 'export') return exportCommand(dataDir, values);
  if (command === 'import') return importCommand(dataDir, positionals[1], values);
  console.error(`Unknown command "${command}".\n\n${usage}`);
  return 2;
}

async function exportCommand(
  dataDir: string,
  options: {
    meeting?: string;
    kind?: string;
    item?: string;
    public?: boolean;
    confidential?: boolean;
    out?: string;
  },
): Promise<number> {
  if (options.public && options.confidential) {
    console.error('Choose --public or --confidential, not both.');
    return 2;
  }
  if (!options.out) {
    console.error('Say where to write the document: --out FILE.docx');
    return 2;
  }
  if (!existsSync(dataFileIn(dataDir))) {
    console.error(`There is no Minutebook data in ${dataDir}. Give the folder with --data DIR.`);
    return 2;
  }
  const session = Session.open(dataDir, {
    holder: 'the minutebook command',
    backgroundCheckAfterMs: -1,
    backupEveryMs: 0,
    log: () => undefined,
  });
  try {
    const result = await session.router.call('exports.build', {
      meetingId: options.meeting,
      kind: options.kind,
      itemId: options.item,
      edition: options.confidential ? 'confidential' : 'public',
    });
    if (!result.ok) {
      console.error(result.error.message);
      return result.error.code === 'invalid_input' || result.error.code === 'not_found' ? 2 : 1;
    }
    const { base64, fileName } = result.value as { base64: string; fileName: string };
    const target = path.resolve(options.out);
    writeFileAtomically(target, Buffer.from(base64, 'base64'));
    console.log(`Wrote ${target} (${fileName.replace(/\.docx$/, '')}).`);
    return 0;
  } finally {
    await session.close();
  }
}

/** The structure as `--json` prints it: the text of each part, without the rich-text trees. */
function printable(structure: ImportStructure) {
  return {
    ...structure,
    items: structure.items.map(({ minutes: _minutes, updates, report, ...item }) => ({
      ...item,
      updates: updates.map(({ doc: _doc, ...update }) => update),
      report: report && {
        text: report.text,
        contactPoints: report.contactPoints,
        backgroundPapers: report.backgroundPapers,
      },
    })),
  };
}

function summary(structure: ImportStructure): string {
  const { meeting, items, notes } = structure;
  const lines = [
    meeting
      ? `${meeting.committee || 'Committee not found'}, ${meeting.date ?? 'date not found'}${meeting.venue ? `, ${meeting.venue}` : ''}`
      : 'No meeting heading (an item on its own).',
  ];
  if (meeting) {
    lines.push(
      `Present: ${meeting.present.length}; apologies: ${meeting.apologies.length}; officers: ${meeting.officers.length}`,
    );
  }
  for (const item of items) {
    const decisions = item.decisions.map(
      (d) => `${d.keyword} (${d.clauses.length} clause${d.clauses.length === 1 ? '' : 's'})`,
    );
    lines.push(
      `  ${item.number ? `${item.number} ` : ''}${item.title}${item.exempt ? ' [exempt]' : ''}${decisions.length ? ` — ${decisions.join(', ')}` : ''}`,
    );
  }
  for (const note of notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}

async function importCommand(
  dataDir: string,
  file: string | undefined,
  options: { committee?: string; date?: string; meeting?: string; 'dry-run'?: boolean; json?: boolean },
): Promise<number> {
  if (!file) {
    console.error('Say which file to import: minutebook import FILE');
    return 2;
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    console.error(`Cannot read ${file}: there is no such file.`);
    return 2;
  }
  if (size > MAX_IMPORT_FILE_BYTES) {
    console.error(
      `The file is too large to import (${(size / 1048576).toFixed(0)} MB; at most ${MAX_IMPORT_FILE_BYTES / 1048576} MB). Split it into one meeting a file.`,
    );
    return 2;
  }
  let structure: ImportStructure;
  try {
    structure = await readImport({ bytes: readFileSync(file), fileName: file });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(error.message);
    return 2;
  }
  if (options['dry-run']) {
    console.log(options.json ? JSON.stringify(printable(structure), null, 2) : summary(structure));
    return 0;
  }
  const fresh = !existsSync(dataFileIn(dataDir));
  const session = Session.open(dataDir, {
    holder: 'the minutebook command',
    backgroundCheckAfterMs: -1,
    backupEveryMs: 0,
    log: () => undefined,
  });
  try {
    const result = await session.router.call('imports.commit', {
      structure,
      target: {
        ...(options.meeting ? { meetingId: options.meeting } : {}),
        ...(options.committee ? { committeeName: options.committee } : {}),
        ...(options.date ? { date: options.date } : {}),
      },
      people: {},
    });
    if (!result.ok) {
      const hint = /which committee/.test(result.error.message)
        ? ' Use --committee NAME.'
        : /no meeting date/.test(result.error.message)
          ? ' Use --date YYYY-MM-DD.'
          : '';
      console.error(result.error.message + hint);
      return result.error.code === 'invalid_input' || result.error.code === 'not_found' ? 2 : 1;
    }
    const imported = result.value as ImportResult;
    if (fresh) console.error(`Started a new Minutebook data file in ${dataDir}.`);
    if (options.json) console.log(JSON.stringify(imported, null, 2));
    else {
      console.log(imported.meetingId);
      console.error(
        `Imported ${imported.itemIds.length} item${imported.itemIds.length === 1 ? '' : 's'}; ${imported.peopleMatched} people matched in the directory${
          imported.peopleAdded.length ? `, added: ${imported.peopleAdded.join(', ')}` : ''
        }.`,
      );
      for (const note of [...structure.notes, ...imported.notes]) console.error(`Note: ${note}`);
    }
    return 0;
  } finally {
    await session.close();
  }
}

async function serve(dataDir: string, port: number, open: boolean): Promise<number> {
  const session = Session.open(dataDir, { holder: 'browser mode' });
  const server = await startServer({
    router: session.router,
    staticDir: path.join(distDir, 'renderer'),
    port,
  });
  console.log(`Minutebook (browser mode) is running at ${server.launchUrl}`);
  console.log(`Data file: ${session.dataFile}`);
  if (session.damaged) {
    console.log(`${session.damaged.message} Open the page to restore the latest good backup.`);
  }
  for (const warning of session.info().warnings) console.log(`Warning: ${warning}`);
  console.log('Keep this window open while you work; press Ctrl+C to stop.');
  if (open) openInBrowser(server.launchUrl);
  return new Promise((resolve) => {
    const stop = () => {
      void server
        .close()
        .then(() => session.close())
        .then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof AppError) console.error(error.message);
    else if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      console.error(`${error.message}\n\n${usage}`);
    else console.error(error);
    process.exit(1);
  },
);
