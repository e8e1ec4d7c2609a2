// The app's folder import, between reading and importing: where each file stands once read (ready,
// needs a decision, left out, skipped, refused), what the officer's decision sends to imports.commit,
// and the summaries, on structures the real parser finds in corpus texts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import { emptyFolderRow, folderSummary, missingFrom } from '../../shared/importFolder';
import {
  firstDecision,
  type FolderRow,
  foundSummary,
  outcomesOf,
  rowState,
  targetOf,
} from '../../renderer/import/folderRows';

const train = path.resolve(__dirname, '../fixtures/import/corpus/train');

/** A file as reading leaves it: its structure found, nothing imported. */
function readRow(fixture: string, name: string, committeeId: string | null = null): FolderRow {
  const structure = parseImportText(readFileSync(path.join(train, `${fixture}.txt`), 'utf8'));
  const missing = missingFrom(structure);
  const found = {
    file: new File([''], name),
    hash: name.padEnd(64, '0'),
    found: {
      ...emptyFolderRow(name),
      outcome: missing.length ? ('needs attention' as const) : ('would import' as const),
      missing,
      committee: structure.meeting?.committee || null,
      date: structure.meeting?.date ?? null,
      items: structure.items.length,
    },
    preview: { structure, people: [], committeeId },
  };
  return { ...found, decision: firstDecision(found), outcome: null };
}

const refusedRow = (name: string, reason: string): FolderRow => ({
  file: new File([''], name),
  hash: null,
  found: { ...emptyFolderRow(name), reason },
  preview: null,
  decision: { committee: '', date: '', leaveOut: false },
  outcome: null,
});

describe('a folder read in the app, before the import', () => {
  it('a file naming its committee and date is ready, for the committee Minutebook has or a new one by that name', () => {
    const cabinet = readRow('eng-pdf-cabinet-code-prefix', 'cabinet.txt');
    expect(rowState(cabinet)).toEqual({ state: 'ready', reason: '' });
    expect(targetOf(cabinet.decision)).toEqual({ committeeName: 'Cabinet' });
    const known = readRow('eng-pdf-cabinet-code-prefix', 'cabinet.txt', 'c1');
    expect(targetOf(known.decision)).toEqual({ committeeId: 'c1' });
  });

  it('a file that does not say its committee or date needs a decision until both are given', () => {
    const row = readRow('eng-mgai-exclusion-motion', 'item page.txt');
    expect(row.decision.committee).toBe('');
    expect(rowState(row)).toEqual({
      state: 'decide',
      reason: 'The text does not say which committee or the meeting’s date.',
    });
    const committee = { ...row, decision: { ...row.decision, committee: 'id:c1' } };
    expect(rowState(committee).reason).toBe('The text does not say the meeting’s date.');
    const both = { ...row, decision: { ...row.decision, committee: 'id:c1', date: '2025-11-04' } };
    expect(rowState(both)).toEqual({ state: 'ready', reason: '' });
    expect(targetOf(both.decision)).toEqual({ committeeId: 'c1', date: '2025-11-04' });
  });

  it('the summaries: what was read, then what became of each file, a file left out counted as skipped', () => {
    const rows = [
      readRow('eng-pdf-cabinet-code-prefix', 'cabinet.txt'),
      readRow('eng-docx-licensing-hearing', 'licensing.txt'),
      readRow('eng-mgai-exclusion-motion', 'item page.txt'),
      readRow('eng-mgai-non-public-minutes', 'notes.txt'),
      refusedRow('damaged.pdf', 'This is a PDF, but a damaged one.'),
    ];
    rows[3] = { ...rows[3]!, decision: { ...rows[3]!.decision, leaveOut: true } };
    expect(rowState(rows[3])).toEqual({ state: 'left out', reason: '' });
    expect(foundSummary(rows, 6)).toBe(
      'Read 5 files: 2 ready, 1 needs your decision, 1 left out, 0 skipped, 1 refused. Reading stopped after 5 of 6 files.',
    );

    // The first imported, then Cancel: the second, ready but not imported, is left out of the outcomes.
    rows[0] = { ...rows[0]!, outcome: { ...rows[0]!.found, outcome: 'imported', meetingId: 'm1' } };
    const stopped = outcomesOf(rows, true);
    expect(stopped.map(({ name, outcome, reason }) => [name, outcome, reason])).toEqual([
      ['cabinet.txt', 'imported', ''],
      ['item page.txt', 'needs attention', 'The text does not say which committee or the meeting’s date.'],
      ['notes.txt', 'skipped', 'Left out by you.'],
      ['damaged.pdf', 'refused', 'This is a PDF, but a damaged one.'],
    ]);
    expect(folderSummary(stopped, 5)).toBe(
      'Imported 1, skipped 1, needs attention 1, refused 1. Stopped after 4 of 5 files.',
    );
  });
});

describe('a new committee the officer types in the table', () => {
  it('counts as decided only once a name is typed, and goes to imports.commit by that name', () => {
    const row = readRow('eng-mgai-exclusion-motion', 'item page.txt');
    const typing = {
      ...row,
      decision: { ...row.decision, committee: 'new:', typed: true, date: '2025-11-04' },
    };
    expect(rowState(typing).reason).toBe('The text does not say which committee.');
    const blank = { ...typing, decision: { ...typing.decision, committee: 'new:   ' } };
    expect(rowState(blank).state).toBe('decide');
    expect(targetOf(blank.decision)).toEqual({ date: '2025-11-04' });
    const named = { ...typing, decision: { ...typing.decision, committee: 'new:Overview and Scrutiny ' } };
    expect(rowState(named)).toEqual({ state: 'ready', reason: '' });
    expect(targetOf(named.decision)).toEqual({ committeeName: 'Overview and Scrutiny', date: '2025-11-04' });
  });
});
