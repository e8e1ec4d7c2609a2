// Approved minutes look read-only everywhere: every control that would change the record is disabled
// or absent, with one line saying when they were approved and how to reopen them; nothing typed at
// them reaches the server; reopening with a reason makes them live again. Actions stay editable.
import { expect, test, type Page } from '@playwright/test';
import type { AttendanceDetail } from '../../shared/attendance';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import { appReady, callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Counts the page's calls that would change something (anything but reading). */
async function countWrites(page: Page) {
  await page.addInitScript(() => {
    const send = window.fetch.bind(window);
    const state = window as unknown as { writes: string[] };
    state.writes = [];
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      const method = decodeURIComponent(url.split('api/')[1] ?? '');
      if (method && !/\.(get|list)$|^app\.info$/.test(method)) state.writes.push(method);
      return send(input, init);
    };
  });
  return {
    writes: () => page.evaluate(() => (window as unknown as { writes: string[] }).writes),
    reset: () => page.evaluate(() => ((window as unknown as { writes: string[] }).writes = [])),
  };
}

async function approvedMeeting(page: Page) {
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Planning Committee',
    kind: 'regulatory',
    quorum: 2,
    defaultVenue: 'Council Chamber',
    numberingScheme: '{n}',
  });
  const members: Person[] = [];
  for (const name of ['Ann Ash', 'Bob Birch']) {
    const person = await callApi<Person>(page, 'people.create', {
      name,
      honorific: 'Councillor',
      kind: 'member',
      role: '',
      organisation: '',
      party: '',
    });
    await callApi(page, 'memberships.add', {
      committeeId: committee.id,
      personId: person.id,
      role: 'member',
    });
    members.push(person);
  }
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-09-10',
    startTime: '10:00',
  });
  const later = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-10-08',
    startTime: '10:00',
  });
  const item = await callApi<AgendaItem>(page, 'items.create', {
    meetingId: meeting.id,
    title: 'Land at Mill Lane',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  await callApi(page, 'minutes.save', {
    itemId: item.id,
    baseVersion: 0,
    doc: doc('Members visited the site.'),
  });
  const decision = await callApi<Decision>(page, 'decisions.create', {
    id: crypto.randomUUID(),
    itemId: item.id,
    keyword: 'RESOLVED',
  });
  await callApi(page, 'decisions.update', {
    id: decision.id,
    baseVersion: decision.version,
    clauses: [{ id: crypto.randomUUID(), groupHeading: '', doc: doc('That permission be granted.') }],
  });
  for (const person of members) {
    await callApi<AttendanceDetail>(page, 'attendance.setMember', {
      meetingId: meeting.id,
      personId: person.id,
      status: 'present',
    });
  }
  await callApi(page, 'meetings.approve', { id: meeting.id, approvedByMeetingId: later.id });
  return { meeting, item };
}

test('approved minutes: every control that would change the record is disabled, and nothing is sent', async ({
  page,
}) => {
  server = await serve(newDataDir());
  const { writes, reset } = await countWrites(page);
  await page.goto(server.launchUrl);
  await appReady(page);
  const { meeting, item } = await approvedMeeting(page);
  await reset();
  const note = page.getByTestId('approved-note');

  // The item: decisions, clauses, mover, seconder, vote and item people are disabled.
  await page.evaluate((id) => (window.location.hash = `#/items/${id}`), item.id);
  const decision = page.getByRole('region', { name: 'Decision 1' });
  await expect(decision).toBeVisible();
  await expect(note).toHaveText(
    /^These minutes were approved on \w+day \d+ \w+ 2026 and are the signed record.*“Reopen minutes” on the meeting’s page, with a reason\./,
  );
  for (const label of [
    'Keyword',
    'Qualifier',
    'Preamble',
    'Clause numbering',
    'Moved by',
    'Seconded by',
    'How',
  ]) {
    await expect(decision.getByLabel(label)).toBeDisabled();
  }
  await expect(decision.getByRole('textbox', { name: 'Clause (1) of decision 1' })).toHaveAttribute(
    'contenteditable',
    'false',
  );
  await expect(decision.getByRole('button', { name: 'Add clause (Alt+C)' })).toBeDisabled();
  await expect(decision.getByRole('button', { name: 'Delete decision 1' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'New decision (Alt+D)' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'Add a presenter' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'Add someone in attendance' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: /^Minutes of item 1/ })).toHaveAttribute(
    'contenteditable',
    'false',
  );
  // Typing at them, and the quick keys, do nothing and send nothing.
  await decision.getByRole('textbox', { name: 'Clause (1) of decision 1' }).click();
  await page.keyboard.type('Changed quietly.');
  await decision.getByLabel('Qualifier').click({ force: true });
  await page.keyboard.type('unanimously');
  await page.keyboard.press('Alt+d');
  await page.keyboard.press('Alt+c');
  await expect(page.getByRole('region', { name: 'Decision 2' })).toHaveCount(0);
  await expect(decision.getByRole('textbox', { name: 'Clause (1) of decision 1' })).toHaveText(
    'That permission be granted.',
  );
  // Actions are not the record: still there to add.
  await expect(page.getByRole('button', { name: /^New action/ })).toBeEnabled();

  // The attendance register, declarations, movements and wording.
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/attendance`), meeting.id);
  const row = page.getByRole('group', { name: /^Councillor Ann Ash/ });
  await expect(row).toBeVisible();
  await expect(note).toBeVisible();
  await expect(row.getByRole('button', { name: 'Absent' })).toBeDisabled();
  await row.focus();
  await page.keyboard.press('a');
  await expect(row).toHaveAccessibleName('Councillor Ann Ash: Present');
  await expect(
    page.getByRole('form', { name: 'Record a declaration of interest' }).getByRole('button'),
  ).toBeDisabled();
  await expect(
    page.getByRole('form', { name: 'Record an arrival or departure' }).getByRole('button'),
  ).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Reword: Present' })).toBeDisabled();

  // The agenda and the meeting's details.
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  await expect(note).toHaveText(/“Reopen minutes” below, with a reason\./);
  const agendaRow = page.locator(`[data-item-id="${item.id}"]`);
  for (const button of await agendaRow.getByRole('button').all()) await expect(button).toBeDisabled();
  await expect(page.getByRole('heading', { name: 'Add an item' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete meeting' })).toHaveCount(0);
  await agendaRow.getByRole('heading').click();
  await page.keyboard.press('Alt+ArrowDown');

  expect(await writes()).toEqual([]);

  // Reopened with a reason: live again.
  await page.getByLabel('Reason for reopening').fill('The chair asked for a correction.');
  await page.getByRole('button', { name: 'Reopen minutes' }).click();
  await expect(note).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Add an item' })).toBeVisible();
  await page.evaluate((id) => (window.location.hash = `#/items/${id}`), item.id);
  await expect(decision.getByLabel('Qualifier')).toBeEnabled();
  await expect(decision.getByRole('textbox', { name: 'Clause (1) of decision 1' })).toHaveAttribute(
    'contenteditable',
    'true',
  );
  await decision.getByLabel('Qualifier').fill('unanimously');
  await expect(decision.getByRole('status')).toHaveText('Saved');
  const [stored] = await callApi<Decision[]>(page, 'decisions.list', { itemId: item.id });
  expect(stored!.qualifier).toBe('unanimously');
});

test('an approved meeting’s report is read-only like its minutes, and live again once reopened', async ({
  page,
}) => {
  server = await serve(newDataDir());
  const { writes, reset } = await countWrites(page);
  await page.goto(server.launchUrl);
  const { meeting, item } = await approvedMeeting(page);
  await reset();

  await page.evaluate((id) => (window.location.hash = `#/items/${id}/report`), item.id);
  const editor = page.getByRole('textbox', { name: /^Report for item 1/ });
  await expect(editor).toBeVisible();
  await expect(page.getByTestId('approved-note')).toHaveText(
    /^These minutes were approved on \w+day \d+ \w+ 2026 and are the signed record/,
  );
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByLabel('Contact points (a line each)')).toBeDisabled();
  await expect(page.getByLabel('Background papers (a line each)')).toBeDisabled();
  await editor.click();
  await page.keyboard.type('Changed quietly.');
  await page.getByLabel('Contact points (a line each)').click({ force: true });
  await page.keyboard.type('Someone else');
  await expect(editor).not.toContainText('Changed quietly.');
  // Saving the report as Word only reads: it stays available.
  await expect(page.getByRole('button', { name: /^Save report as Word/ })).toBeEnabled();
  expect(await writes()).toEqual([]);

  await callApi(page, 'meetings.reopen', { id: meeting.id, reason: 'The report named the wrong officer.' });
  await page.reload();
  await expect(page.getByTestId('approved-note')).toHaveCount(0);
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await page.getByLabel('Contact points (a line each)').fill('Emma James');
  await expect
    .poll(
      async () =>
        (await callApi<{ contactPoints: string }>(page, 'reports.get', { itemId: item.id })).contactPoints,
    )
    .toBe('Emma James');
});
