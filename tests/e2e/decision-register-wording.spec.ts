// The decisions register says a decision's qualifier as the minutes do: "RESOLVED by a majority",
// "RESOLVED (unanimously)" (the shared qualifierText), not "RESOLVED (by a majority)".
import { expect, test } from '@playwright/test';
import type { Decision } from '../../shared/decisions';
import type { Committee, MeetingDetail } from '../../shared/domain';
import { appReady, callApi, paragraph, text } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('the register words a qualifier as the minutes do', async ({ page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Planning Committee',
    kind: 'regulatory',
    quorum: 3,
    defaultVenue: 'Town Hall',
    numberingScheme: '{n}',
  });
  const meeting = await callApi<{ id: string }>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-03-10',
    startTime: '18:30',
  });
  for (const title of ['Land at Mill Lane', 'Tree preservation order']) {
    await callApi(page, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
  }
  const detail = await callApi<MeetingDetail>(page, 'meetings.get', { id: meeting.id });
  const decide = async (itemId: string, qualifier: string, clause: string) => {
    const decision = await callApi<Decision>(page, 'decisions.create', { itemId, keyword: 'RESOLVED' });
    await callApi(page, 'decisions.update', {
      id: decision.id,
      baseVersion: 1,
      qualifier,
      clauses: [{ groupHeading: '', doc: { type: 'doc', content: [paragraph(text(clause))] } }],
    });
  };
  await decide(detail.items[0]!.id, 'by a majority', 'That planning permission be granted.');
  await decide(detail.items[1]!.id, 'unanimously', 'That the order be confirmed.');

  await page.getByRole('link', { name: 'Decisions register' }).click();
  const table = page.getByRole('table');
  await expect(table).toContainText('RESOLVED by a majority That planning permission be granted.');
  await expect(table).toContainText('RESOLVED (unanimously) That the order be confirmed.');
  await expect(table).not.toContainText('(by a majority)');
});
