// `minutebook import`: published minutes (.txt or .docx) as a meeting, or with --dry-run the
// structure found, writing nothing. The file is read and parsed in a worker with memory and time limits.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayFileName } from '../../shared/fileNames';
import {
  signWords,
  type ImportedSource,
  type ImportResult,
  type ImportStructure,
} from '../../shared/importing';
import type { MeetingDetail } from '../../shared/domain';
import { AppError } from '../../shared/result';
import { dataFileIn } from '../paths';
import { Session } from '../session';
import { readImport } from '../workers/jobs';
import { councilNotSetInDryRun, defineCommand, oneOffSession } from './command';
import { readingData } from './data';
import { councilNameHint, councilNameIsSet, setCouncilName } from './houseStyle';
import { givenParagraphs, withExemptParagraphs } from './exemptParagraphs';
import { runFolder } from './importFolderCommand';
import { unansweredSentence, withNotExempt } from './notExempt';

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

/**
 * The parser's notes, less those about what the command line gave: "No meeting date was found" is
 * not news to an officer who gave --date, nor the committee to one who gave --committee or --meeting.
 */
export function notesFor(
  notes: readonly string[],
  given: { committee?: unknown; date?: unknown; meeting?: unknown },
) {
  return notes.filter(
    (note) =>
      !(given.date || given.meeting ? /^No meeting date was found/.test(note) : false) &&
      !(given.committee || given.meeting ? /^No committee name was found/.test(note) : false),
  );
}

function summary(structure: ImportStructure, given: Parameters<typeof notesFor>[1] = {}): string {
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
    const asks =
      !item.exempt && item.exemptSigns?.length
        ? item.notExempt
          ? ' [not exempt, as you said]'
          : ` [exempt? its text says ${signWords(item.exemptSigns)}]`
        : '';
    lines.push(
      `  ${item.number ? `${item.number} ` : ''}${item.title}${item.exempt ? ' [exempt]' : ''}${asks}${decisions.length ? ` — ${decisions.join(', ')}` : ''}`,
    );
  }
  for (const note of notesFor(notes, given)) lines.push(`Note: ${note}`);
  const unanswered = unansweredSentence(structure);
  if (unanswered) lines.push(`Before it can be imported: ${unanswered}`);
  return lines.join('\n');
}

/** The id of the meeting a refused import names ("Planning already has a meeting on …"), as --meeting takes it. */
async function meetingHint(router: Session['router'], date: unknown, message: string): Promise<string> {
  if (typeof date !== 'string') return '';
  const [meetings, committees] = await Promise.all([
    router.call('meetings.list', { from: date, to: date }),
    router.call('committees.list', {}),
  ]);
  if (!meetings.ok || !committees.ok) return '';
  const named = (committees.value as { id: string; name: string }[]).filter((committee) =>
    message.startsWith(`${committee.name} already has`),
  );
  const ids = (meetings.value as { id: string; committeeId: string }[])
    .filter((meeting) => named.some((committee) => committee.id === meeting.committeeId))
    .map((meeting) => meeting.id);
  return ids.length === 1
    ? /approved minutes/.test(message)
      ? ` (Meeting ${ids[0]}: reopen it in the app, then give --meeting ${ids[0]}.)`
      : ` (Give --meeting ${ids[0]}.)`
    : '';
}

/**
 * A --meeting dry run's check, through the read-only connection other reading commands use: the
 * refusal the import would give (as its sentence), or the structure with the meeting's committee
 * and date, which the import uses.
 */
async function meetingTarget(
  dataDir: string,
  meetingId: string,
  structure: ImportStructure,
): Promise<string | ImportStructure> {
  if (!existsSync(dataFileIn(dataDir)))
    return 'That meeting was not found. It may have been deleted; refresh and try again.';
  return readingData(dataDir, async (router) => {
    const checked = await router.call('imports.check', { structure, target: { meetingId }, people: {} });
    if (!checked.ok) return checked.error.message;
    const answer = checked.value as { ok: boolean; message?: string };
    if (!answer.ok) return answer.message!;
    const detail = await router.call('meetings.get', { id: meetingId });
    if (!detail.ok) return detail.error.message;
    const { meeting, committee } = detail.value as MeetingDetail;
    return {
      ...structure,
      meeting: structure.meeting
        ? { ...structure.meeting, committee: committee.name, date: meeting.date }
        : structure.meeting,
    };
  });
}

export const importCommand = defineCommand({
  name: 'import',
  summary: `minutebook import FILE|DIR [--committee NAME] [--date YYYY-MM-DD] [--meeting ID]
                    [--council NAME] [--exempt-paragraph [ITEM=]N] [--not-exempt ITEM]
                    [--dry-run] [--json] [--data DIR]
                                                     published minutes (.txt, .docx, .pdf) as a meeting,
                                                     or every such file in DIR;
                                                     --dry-run shows the structure found, writes nothing`,
  usage: `Usage: minutebook import FILE|DIR [--committee NAME] [--date YYYY-MM-DD] [--meeting ID]
                         [--council NAME] [--exempt-paragraph [ITEM=]N] [--not-exempt ITEM]
                         [--dry-run] [--json] [--data DIR]

Reads published minutes (.txt, Word .docx or PDF) and imports them as a meeting in one transaction,
printing the new meeting's id. People are matched to the directory by name; who was matched and
who was added is listed. Given a folder, imports every .txt, .docx and .pdf in it, meeting by
meeting, with a progress line, a table of what was found in each file and a summary; a file
imported before (the same bytes, under any name) is skipped.

  --committee NAME  the committee, where the text does not say
  --date D          the meeting's date (YYYY-MM-DD), where the text does not say
  --meeting ID      add the items to this meeting instead of making a new one
  --council NAME    the council's name, which heads every document (as minutebook house-style
                    --council sets it); until it is set, Word documents are refused
  --exempt-paragraph [ITEM=]N
                    the paragraph (of Schedule 12A, or Schedule 7A in Scotland) an exempt item
                    is exempt under, where the text does not say: ITEM=N for one item by its
                    number, N for every such item; may be given more than once. Given
                    ITEM=N for an item the text does not mark exempt, though its words say it
                    may be, it marks that item exempt
  --not-exempt ITEM an item the text does not mark exempt, though its words say it may be
                    ("Part 2", "not for publication", "in private", after the public were
                    excluded): it is not exempt, import it as public. ITEM is its number as
                    printed (its title where it has none); may be given more than once
  --dry-run         show the structure found and write nothing
  --json            print it as JSON
  --data DIR        the folder holding minutebook.sqlite3

Given a folder, --committee and --date apply to every file in it; --exempt-paragraph names its
file, FILE:N or FILE:ITEM=N (FILE as the table names it; a paragraph is one meeting's, so a bare N
is refused), and --not-exempt names it too, FILE:ITEM; --meeting is refused (import that file on its own). A file that needs attention is
given the command that imports it on its own; one skipped because its committee already has a
meeting that day is given that meeting's id and the command that imports into it.

An item the text does not mark exempt, but whose words say it may be, is never imported as public
on a guess: the import is refused (a folder's file needs attention) with a sentence naming the item
and the words, until --exempt-paragraph ITEM=N says it is exempt or --not-exempt ITEM says it is not.
--dry-run --json gives those words as the item's exemptSigns.`,
  exitCodes: `  0  imported (a folder: every file imported, or skipped as imported before or for a meeting
     already held, with the reason); with --dry-run, what was found was printed (a folder: every
     file would be imported or skipped)
  1  a folder: at least one file needs attention or was refused (the others were imported, or
     with --dry-run would be; the table says which and why). A file, or a folder: the import
     failed (the data folder is open in Minutebook, the data file is damaged, the disk is full)
  2  refused, nothing imported: no such file, or nothing to import in the folder; a file too
     large, or one that cannot be read; one imported before; a meeting its committee already
     has that day (the message gives its id); the committee, the date or an exempt item's
     paragraph not given; an item whose words say it may be exempt not answered for
     (--exempt-paragraph ITEM=N or --not-exempt ITEM); an option that does not fit (the message says which, and how to give it)`,
  options: {
    committee: { type: 'string' },
    date: { type: 'string' },
    meeting: { type: 'string' },
    council: { type: 'string' },
    'exempt-paragraph': { type: 'string', multiple: true },
    'not-exempt': { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals, dataDir }) {
    const file = positionals[0];
    if (!file) {
      console.error('Say which file to import: minutebook import FILE');
      return 2;
    }
    if (existsSync(file) && statSync(file).isDirectory()) return runFolder(file, values, dataDir);
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      console.error(`Cannot read ${file}: there is no such file.`);
      return 2;
    }
    // Loaded here, not at the top: the reader's module brings mammoth, which no other command needs.
    const { MAX_IMPORT_FILE_BYTES } = await import('../import/fileLimits');
    if (size > MAX_IMPORT_FILE_BYTES) {
      console.error(
        `The file is too large to import (${(size / 1048576).toFixed(0)} MB; at most ${MAX_IMPORT_FILE_BYTES / 1048576} MB). Split it into one meeting a file.`,
      );
      return 2;
    }
    const bytes = readFileSync(file);
    let structure: ImportStructure;
    try {
      structure = await readImport({ bytes, fileName: file });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      console.error(error.message);
      return 2;
    }
    const chosen = withExemptParagraphs(structure, givenParagraphs(values['exempt-paragraph']));
    if (typeof chosen === 'string') {
      console.error(chosen);
      return 2;
    }
    const answered = withNotExempt(structure, givenParagraphs(values['not-exempt']));
    if (answered) {
      console.error(answered);
      return 2;
    }
    if (values['dry-run']) {
      if (typeof values.council === 'string') console.error(councilNotSetInDryRun);
      let shown = structure;
      if (typeof values.meeting === 'string') {
        // Into a meeting, the dry run says what the import would: refused (approved minutes, no such
        // meeting) with the same sentence and exit code; else the structure under that meeting's
        // committee and date, which are the meeting's whatever the text says.
        const target = await meetingTarget(dataDir, values.meeting, structure);
        if (typeof target === 'string') {
          console.error(target);
          return 2;
        }
        shown = target;
      }
      console.log(values.json ? JSON.stringify(printable(shown), null, 2) : summary(shown, values));
      return 0;
    }
    // Never imported as public on a guess: an item whose words say it may be exempt waits for the answer.
    const unanswered = unansweredSentence(structure);
    if (unanswered) {
      console.error(unanswered);
      return 2;
    }
    const fresh = !existsSync(dataFileIn(dataDir));
    const session = Session.open(dataDir, { holder: 'the minutebook command', ...oneOffSession });
    try {
      if (typeof values.council === 'string') {
        // Set first: a name the house style refuses (empty, too long) stops the import before it starts.
        const council = await setCouncilName(session.router, values.council);
        if (!council.ok) {
          console.error(council.message);
          return 2;
        }
      }
      // A file imported before (the same bytes, under any name) is skipped, as a folder's is.
      const source = {
        hash: createHash('sha256').update(bytes).digest('hex'),
        fileName: path.basename(file),
      };
      const known = await session.router.call('imports.sources', { hashes: [source.hash] });
      const before = known.ok ? (known.value as ImportedSource[])[0] : undefined;
      if (before) {
        console.error(
          `This file was imported before (as ${displayFileName(before.fileName)}); it was not imported again.`,
        );
        return 2;
      }
      const result = await session.router.call('imports.commit', {
        source,
        structure,
        target: {
          ...(values.meeting ? { meetingId: values.meeting } : {}),
          ...(values.committee ? { committeeName: values.committee } : {}),
          ...(values.date ? { date: values.date } : {}),
        },
        people: {},
      });
      if (!result.ok) {
        const hint = /which committee/.test(result.error.message)
          ? ' Use --committee NAME.'
          : /choose (?:the paragraph|it \(1 to 15\))/.test(result.error.message)
            ? ' Use --exempt-paragraph N (or ITEM=N).'
            : /no meeting date/.test(result.error.message)
              ? ' Use --date YYYY-MM-DD.'
              : / already has a meeting on /.test(result.error.message)
                ? await meetingHint(
                    session.router,
                    values.date ?? structure.meeting?.date,
                    result.error.message,
                  )
                : '';
        console.error(result.error.message + hint);
        return ['invalid_input', 'not_found', 'conflict', 'approved'].includes(result.error.code) ? 2 : 1;
      }
      const imported = result.value as ImportResult;
      if (fresh) console.error(`Started a new Minutebook data file in ${dataDir}.`);
      if (values.json) console.log(JSON.stringify(imported, null, 2));
      else {
        console.log(imported.meetingId);
        console.error(
          `Imported ${imported.itemIds.length} item${imported.itemIds.length === 1 ? '' : 's'}; ${imported.peopleMatched} people matched in the directory${
            imported.peopleAdded.length ? `, added: ${imported.peopleAdded.join(', ')}` : ''
          }.`,
        );
        for (const note of notesFor([...structure.notes, ...imported.notes], values))
          console.error(`Note: ${note}`);
      }
      if (!(await councilNameIsSet(session.router))) console.error(councilNameHint);
      return 0;
    } finally {
      await session.close();
    }
  },
});
