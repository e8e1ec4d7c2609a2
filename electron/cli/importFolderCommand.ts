// `minutebook import DIR`: a folder of past minutes, with a progress line on stderr, a table of what
// was found in each file, and a summary (imported, skipped, needs attention, refused and why).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Router } from '../api/router';
import { dataFileIn } from '../paths';
import { Session } from '../session';
import { councilNotSetInDryRun, oneOffSession } from './command';
import { readingData } from './data';
import { folderSummary, type FolderFile } from '../../shared/importFolder';
import { importFolder, importableFiles } from './importFolder';
import { councilNameHint, councilNameIsSet, setCouncilName } from './houseStyle';
import { displayFileName, hasHiddenCharacters } from '../../shared/fileNames';
import { folderParagraphs, givenParagraphs } from './exemptParagraphs';
import { folderNotExempt } from './notExempt';

/**
 * A path as the officer's shell takes it literally, to paste: in single quotes for a POSIX shell,
 * where $(…), `…`, \ and " in a file's name mean nothing (in double quotes they would run); as
 * before for Windows.
 */
function shellQuoted(file: string): string {
  if (process.platform === 'win32') return JSON.stringify(file);
  // A name with a newline or a bidi control in it: bash's $'…', with each such character escaped,
  // so the command stays on one line and reads as what it runs.
  if (hasHiddenCharacters(file)) {
    const escaped = [...file]
      .map((char) =>
        char === '\\' || char === "'"
          ? `\\${char}`
          : hasHiddenCharacters(char)
            ? char.codePointAt(0)! > 0xffff
              ? `\\U${char.codePointAt(0)!.toString(16).padStart(8, '0')}`
              : `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`
            : char,
      )
      .join('');
    return `$'${escaped}'`;
  }
  return `'${file.replaceAll("'", `'\\''`)}'`;
}

/** How the folder was given: what a command for one of its files must repeat. */
interface Given {
  dir: string;
  /** The data folder, where --data named it (a command without it would go to the default one). */
  data: string | null;
  /** --exempt-paragraph's choices for each file, by name. */
  paragraphs: ReadonlyMap<string, readonly string[]>;
  /** --not-exempt's answers for each file, by name. */
  notExempt: ReadonlyMap<string, readonly string[]>;
}

/** `minutebook import 'DIR/FILE' …` for one file of the folder, with what the folder run was given. */
function commandFor(given: Given, file: FolderFile, options: string[]): string {
  return [
    'minutebook import',
    shellQuoted(path.join(given.dir, file.name)),
    ...options,
    ...(given.paragraphs.get(file.name) ?? []).map((spec) => `--exempt-paragraph ${shellQuoted(spec)}`),
    ...(given.notExempt.get(file.name) ?? []).map((item) => `--not-exempt ${shellQuoted(item)}`),
    ...(given.data === null ? [] : [`--data ${shellQuoted(given.data)}`]),
  ].join(' ');
}

/** What the officer can do to decide a file that needs it: the file alone, with what it lacks, or the app. */
function decide(given: Given, file: FolderFile): string {
  if (file.missing.includes('items') || file.missing.length === 0) return '';
  const give = [
    ...(file.missing.includes('committee') ? ['--committee NAME'] : []),
    ...(file.missing.includes('date') ? ['--date YYYY-MM-DD'] : []),
    ...(file.missing.includes('paragraph') ? ['--exempt-paragraph N'] : []),
  ];
  // Items whose words say they may be exempt: the command answers "not exempt" for each; the other
  // answer is --exempt-paragraph ITEM=N.
  const unanswered = file.missing.includes('exemption') ? (file.unanswered ?? []) : [];
  const command = ` To import it: ${commandFor(given, file, [
    ...give,
    ...unanswered.map((item) => `--not-exempt ${shellQuoted(item)}`),
  ])}`;
  const answers = unanswered.length
    ? ` (if ${unanswered.length === 1 ? 'it is' : 'they are'} not exempt; for an exempt one, --exempt-paragraph ITEM=N instead)`
    : '';
  return file.missing.includes('paragraph')
    ? `${command}${answers} (N: the paragraph its exclusion of the public means; ITEM=N for one item), or import it in the app, whose preview lets you choose the paragraph.`
    : `${command}${answers}`;
}

/** For a file skipped for its committee's meeting that day: that meeting, and how to import into it. */
function intoHeld(given: Given, file: FolderFile): string {
  const held = file.sameDayMeeting;
  if (!held) return '';
  const command = commandFor(given, file, [`--meeting ${held.id}`]);
  return held.approved
    ? ` That meeting is ${held.id}: reopen it in the app, then import into it: ${command}`
    : ` That meeting is ${held.id}; to import into it: ${command}`;
}

const row = (given: Given, file: FolderFile) =>
  [
    file.outcome.padEnd(16),
    displayFileName(file.name),
    file.committee || file.date || file.items
      ? ` — ${file.committee ?? 'committee not found'}, ${file.date ?? 'date not found'}, ${file.items} item${file.items === 1 ? '' : 's'}, ${file.decisions} decision${file.decisions === 1 ? '' : 's'}`
      : '',
    file.reason ? ` — ${file.reason}` : '',
    file.peopleAdded?.length ? ` — added: ${file.peopleAdded.join(', ')}` : '',
    file.outcome === 'needs attention' ? decide(given, file) : '',
    file.outcome === 'skipped' ? intoHeld(given, file) : '',
  ].join('');

export async function runFolder(
  dir: string,
  values: Record<string, string | boolean | undefined>,
  dataDir: string,
): Promise<number> {
  const names = importableFiles(dir);
  const total = names.length;
  if (total === 0) {
    console.error(`There is nothing to import in ${dir}: it holds no .txt, .docx or .pdf files.`);
    return 2;
  }
  // No option is ignored: --meeting is one file's, and --exempt-paragraph names its file here.
  if (typeof values.meeting === 'string') {
    console.error(
      `--meeting adds one file’s items to a meeting, so it is not given with a folder: import the file on its own (minutebook import FILE --meeting ${values.meeting}).`,
    );
    return 2;
  }
  const paragraphs = folderParagraphs(dir, names, givenParagraphs(values['exempt-paragraph']));
  if (typeof paragraphs === 'string') {
    console.error(paragraphs);
    return 2;
  }
  const notExempt = folderNotExempt(dir, names, givenParagraphs(values['not-exempt']));
  if (typeof notExempt === 'string') {
    console.error(notExempt);
    return 2;
  }
  const given: Given = {
    dir,
    data: typeof values.data === 'string' ? dataDir : null,
    paragraphs,
    notExempt,
  };
  const fresh = !existsSync(dataFileIn(dataDir));
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once('SIGINT', interrupt);
  const work = async (call: Router['call']): Promise<number> => {
    const results = await importFolder(dir, call, {
      dryRun: values['dry-run'] === true,
      ...(typeof values.committee === 'string' ? { committee: values.committee } : {}),
      ...(typeof values.date === 'string' ? { date: values.date } : {}),
      exemptParagraphs: paragraphs,
      notExempt,
      signal: stop.signal,
      onProgress: (done, all, name) => console.error(`[${done + 1}/${all}] ${displayFileName(name)}`),
    });
    if (fresh && !values['dry-run']) console.error(`Started a new Minutebook data file in ${dataDir}.`);
    const summary = folderSummary(results, total);
    if (values.json) console.log(JSON.stringify({ files: results, summary }, null, 2));
    else {
      if (values['dry-run']) console.log(`What was found in ${dir} (nothing was imported):`);
      for (const file of results) console.log(row(given, file));
      console.log(summary);
    }
    return results.some((file) => file.outcome === 'refused' || file.outcome === 'needs attention') ? 1 : 0;
  };
  try {
    if (values['dry-run']) {
      if (typeof values.council === 'string') console.error(councilNotSetInDryRun);
      // A dry run writes nothing: on a folder with no data file yet it finds nothing imported before,
      // and beside a running app it reads through the read-only connection `meetings` and `due` use.
      if (fresh) {
        return await work(() =>
          Promise.resolve({ ok: true, value: [] } as unknown as Awaited<ReturnType<Router['call']>>),
        );
      }
      return await readingData(dataDir, (router) => work((method, input) => router.call(method, input)));
    }
    const session = Session.open(dataDir, { holder: 'the minutebook command', ...oneOffSession });
    try {
      if (typeof values.council === 'string') {
        const council = await setCouncilName(session.router, values.council);
        if (!council.ok) {
          console.error(council.message);
          return 2;
        }
      }
      const code = await work((method, input) => session.router.call(method, input));
      if (!(await councilNameIsSet(session.router))) console.error(councilNameHint);
      return code;
    } finally {
      await session.close();
    }
  } finally {
    process.off('SIGINT', interrupt);
  }
}
