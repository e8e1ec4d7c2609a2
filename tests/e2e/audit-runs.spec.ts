// Writing up minutes after the meeting, as officers do, autosaves again and again: the "Changes
// after the meeting" list shows that as one change, from the text before the first save to the
// text after the last.
import { expect, test } from '@playwright/test';
import type { AgendaItem, AuditEntry, Committee, Meeting } from '../../shared/domain';
import { callApi } from './helpers';
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

test('several autosaves on an ended meeting are one entry: the first before, the last after', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Audit Committee',
    kind: 'other',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: `${new Date().getFullYear() + 1}-06-12`,
    startTime: '10:00',
  });
  const item = await callApi<AgendaItem>(page, 'items.create', {
    meetingId: meeting.id,
    title: 'Internal audit plan',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  await callApi(page, 'minutes.save', {
    itemId: item.id,
    baseVersion: 0,
    doc: doc('Notes from the meeting.'),
  });
  // The notes were taken during the meeting; it is over now.
  await callApi(page, 'meetings.update', { id: meeting.id, date: '2025-06-12' });

  await page.evaluate((id) => (window.location.hash = `#/items/${id}`), item.id);
  const editor = page.getByRole('textbox', { name: /^Minutes of item 1/ });
  const saveState = page.getByTestId('save-state');
  await editor.click();
  await page.keyboard.press('End');
  const bursts = [' The plan', ' was agreed', ' without', ' amendment.'];
  let typed = 'Notes from the meeting.';
  for (const burst of bursts) {
    await page.keyboard.type(burst);
    typed += burst;
    // Each burst is saved before the next begins: four autosaves.
    await expect
      .poll(async () => {
        const stored = await callApi<{ doc: { content: { content?: { text: string }[] }[] } | null }>(
          page,
          'minutes.get',
          { itemId: item.id },
        );
        return stored.doc?.content[0]?.content?.map((run) => run.text).join('');
      })
      .toBe(typed);
  }
  await expect(saveState).toHaveText('Saved');
  const entries = await callApi<AuditEntry[]>(page, 'audit.list', { meetingId: meeting.id, itemId: item.id });
  expect(entries.filter((entry) => entry.subject === 'minutes')).toHaveLength(1);

  await page.reload();
  const trail = page.getByRole('region', { name: 'Changes after the meeting' });
  await expect(trail.getByRole('heading', { name: /^Minutes changed, / })).toHaveCount(1);
  await expect(trail.getByLabel('Before')).toHaveText('Notes from the meeting.');
  await expect(trail.getByLabel('After')).toHaveText(
    'Notes from the meeting. The plan was agreed without amendment.',
  );
});
