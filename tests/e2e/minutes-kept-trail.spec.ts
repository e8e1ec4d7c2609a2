// Keeping typed minutes a save could not put in the record is in the meeting's "Changes after the
// meeting", once the meeting has ended: one entry saying why and how many words, never the text
// (an exempt item's kept words must not reach the trail), named by its item on the meeting's page.
import { expect, test } from '@playwright/test';
import type { AgendaItem, Committee, Meeting } from '../../shared/domain';
import { appReady, callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const docOf = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

test('a refused save of an exempt item’s minutes is kept, and the trail says so without its words', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2023-12-07',
    startTime: '18:30',
  });
  const item = await callApi<AgendaItem>(page, 'items.create', {
    meetingId: meeting.id,
    title: 'Sale of the depot',
    purpose: '',
    leadOfficerId: null,
    exempt: true,
    exemptParagraph: 3,
  });
  const { version } = await callApi<{ version: number }>(page, 'minutes.get', { itemId: item.id });
  await callApi(page, 'minutes.save', {
    itemId: item.id,
    doc: docOf('Saved first.'),
    baseVersion: version,
    saveId: 's1',
  });
  // A second save over the same version is refused as another's change first: its text is kept.
  await expect(
    callApi(page, 'minutes.save', {
      itemId: item.id,
      doc: docOf('Quillfeather bid 640,000 pounds.'),
      baseVersion: version,
      saveId: 's2',
    }),
  ).rejects.toThrow(/changed/);

  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  const trail = page.getByRole('region', { name: 'Changes after the meeting' });
  const kept = trail.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /^Typed minutes of 1 Sale of the depot kept, / }),
  });
  await expect(kept).toHaveText(
    /Typed minutes that could not be saved \(4 words\), another window having changed them first, were kept apart from the record, to be used instead or discarded on the item’s screen\.$/,
  );
  await expect(trail).not.toContainText('Quillfeather');
  await expect(trail).not.toContainText('640,000');
});
