// Real temporary data folders for tests: every test gets its own SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import { councilNameSet, type HouseStyle } from '../../shared/houseStyle';
import type { ImportPreview, ImportResult } from '../../shared/importing';

/**
 * For a test that starts LibreOffice, another process or a server, or builds and reads back four or
 * more Word documents (each export starts a worker): time enough on a loaded two-core machine. Vitest's default of 5 s is not (a LibreOffice conversion ran over it in CI). Use as
 * `describe(name, SLOW, …)` or `it(name, SLOW, …)`.
 */
export const SLOW = { timeout: 120_000 };
/** How long a process a test starts may run before it is stopped as hung. */
export const PROCESS_TIMEOUT_MS = 60_000;

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'minutebook-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A core (database + router) on a fresh temporary data folder, closed after the test. */
export function tempCore(): Core & { dir: string } {
  const dir = tempDir();
  const core = openCore(dir, { log: () => undefined });
  cleanups.push(() => core.close());
  return { ...core, dir };
}

/** Calls the router and returns the value, failing the test with the error message otherwise. */
export async function ok<T = unknown>(
  core: Pick<Core, 'router'>,
  method: string,
  input: unknown,
): Promise<T> {
  const result = await core.router.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** The council the tests' documents are headed with (a document is refused until one is set). */
export const COUNCIL = 'Fernley Vale District Council';

/** Sets the council's name in the house style, as the app's welcome does, unless one is set already. */
export async function nameCouncil(core: Pick<Core, 'router'>, name = COUNCIL): Promise<void> {
  const { style, version } = await ok<{ style: HouseStyle; version: number }>(core, 'houseStyle.get', {});
  if (councilNameSet(style)) return;
  await ok(core, 'houseStyle.save', { style: { ...style, councilName: name }, baseVersion: version });
}

/** A committee, a meeting and one item on a fresh core, and a way to add councillors. */
export async function itemFixture(core: Core) {
  const committee = await ok<Committee>(core, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date: '2023-12-07',
    startTime: '18:30',
  });
  const item = await ok<AgendaItem>(core, 'items.create', {
    meetingId: meeting.id,
    title: 'Community services',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  const councillor = (name: string) =>
    ok<Person>(core, 'people.create', {
      name,
      honorific: 'Councillor',
      role: '',
      organisation: '',
      party: '',
      kind: 'member',
    });
  return { core, item, councillor };
}

/** Imports text as an officer would: the preview's structure committed as it stands, into `target`. */
export async function importTextInto(
  core: Pick<Core, 'router'>,
  text: string,
  target: object = {},
  people: Record<string, string> = {},
) {
  const preview = await ok<ImportPreview>(core, 'imports.preview', { text });
  const result = await ok<ImportResult>(core, 'imports.commit', {
    structure: preview.structure,
    target,
    people,
  });
  return { preview, result };
}
