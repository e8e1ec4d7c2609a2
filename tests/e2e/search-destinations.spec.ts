// Where each kind of search result opens: a report's paragraph in the report editor, a decision's
// clause, an action and an update on the item's screen, a declaration on the meeting's attendance
// screen; each scrolled into view and highlighted. In meeting mode, a result that meeting mode does
// not show (an update after the meeting) opens the item's full screen instead.
import { expect, test, type Page } from '@playwright/test';
import type { Decision } from '../../shared/decisions';
import type { Committee, MeetingDetail, Person } from '../../shared/domain';
import { appReady, callApi, paragraph, text } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const filler = (n: number) =>
  paragraph(text(`Paragraph ${n} of the report sets out the background to the proposal.`));

/** The sample council with one of each kind of content on the library item, each with a word of its own. */
async function sampleWithEverything(page: Page) {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await expect(page.getByRole('link', { name: 'Minutes of item 1' })).toBeVisible();
  const [committee] = await callApi<Committee[]>(page, 'committees.list', {});
  const { meetings } = await callApi<{ meetings: { id: string }[] }>(page, 'committees.get', {
    id: committee!.id,
  });
  const detail = await callApi<MeetingDetail>(page, 'meetings.get', { id: meetings[0]!.id });
  const library = detail.items[3]!;
  await callApi(page, 'reports.save', {
    itemId: library.id,
    baseVersion: 0,
    contactPoints: '',
    backgroundPapers: '',
    doc: {
      type: 'doc',
      content: [
        ...Array.from({ length: 30 }, (_, n) => filler(n + 1)),
        paragraph(text('Footfall at the Zanzibar Road branch doubled on Saturdays.')),
        ...Array.from({ length: 10 }, (_, n) => filler(n + 31)),
      ],
    },
  });
  const decision = await callApi<Decision>(page, 'decisions.create', {
    itemId: library.id,
    keyword: 'RESOLVED',
  });
  await callApi(page, 'decisions.update', {
    id: decision.id,
    baseVersion: 1,
    clauses: ['That the report be noted.', 'That the Wolverton branch open on Sunday afternoons.'].map(
      (clause) => ({ groupHeading: '', doc: { type: 'doc', content: [paragraph(text(clause))] } }),
    ),
  });
  await callApi(page, 'actions.create', {
    itemId: library.id,
    text: 'Commission a quokka-proof book return for Ashby branch.',
  });
  await callApi(page, 'updates.create', {
    itemId: library.id,
    heading: 'Information from the Head of Libraries after the meeting',
    doc: { type: 'doc', content: [paragraph(text('The marmoset exhibition will tour every branch.'))] },
  });
  const member = (await callApi<Person[]>(page, 'people.list', {})).find((p) => p.kind === 'member')!;
  await callApi(page, 'attendance.setMember', {
    meetingId: detail.meeting.id,
    personId: member.id,
    status: 'present',
  });
  await callApi(page, 'declarations.add', {
    meetingId: detail.meeting.id,
    itemId: library.id,
    personId: member.id,
    category: 'other registrable',
    interest: 'as a trustee of the Friends of Ollerton Library',
    withdrew: false,
  });
  await page.reload();
  // The screen has opened and taken the focus, so the app is listening for Ctrl+K (pressed at once
  // after the reload, in fresh-clone CI the key came before the app did).
  await appReady(page);
  return { detail, library };
}

/** Searches by keyboard and opens the only result with Enter. */
async function openOnlyResult(page: Page, words: string) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the record' });
  const box = dialog.getByRole('combobox', { name: 'Words to find' });
  await expect(box).toBeFocused();
  await box.fill(words);
  await expect(dialog.getByRole('listbox', { name: 'Results' }).getByRole('option')).toHaveCount(1);
  await box.press('Enter');
  await expect(dialog).toBeHidden();
}

test('each kind of result opens where it is shown, scrolled into view and highlighted', async ({ page }) => {
  const { detail, library } = await sampleWithEverything(page);
  const revealed = page.locator('.search-revealed');

  await openOnlyResult(page, 'zanzibar');
  await expect(page).toHaveURL(new RegExp(`#/items/${library.id}/report$`));
  const paragraphHit = page.locator('.search-hit');
  await expect(paragraphHit).toHaveText('Footfall at the Zanzibar Road branch doubled on Saturdays.');
  await expect(paragraphHit).toBeInViewport();

  await openOnlyResult(page, 'wolverton');
  await expect(page).toHaveURL(new RegExp(`#/items/${library.id}$`));
  await expect(revealed).toHaveCount(1);
  await expect(revealed).toHaveAttribute('data-search-target', /^clause:/);
  await expect(revealed).toContainText('That the Wolverton branch open on Sunday afternoons.');
  await expect(revealed).toBeInViewport();

  await openOnlyResult(page, 'quokka');
  await expect(revealed).toHaveAttribute('data-search-target', /^action:/);
  await expect(revealed).toBeInViewport();
  await expect(revealed.getByRole('textbox', { name: /^What is to be done/ })).toHaveValue(
    'Commission a quokka-proof book return for Ashby branch.',
  );

  await openOnlyResult(page, 'ollerton');
  await expect(page).toHaveURL(new RegExp(`#/meetings/${detail.meeting.id}/attendance$`));
  await expect(revealed).toHaveAttribute('data-search-target', /^declaration:/);
  await expect(revealed).toContainText('Friends of Ollerton Library');
  await expect(revealed).toBeInViewport();
});

test('in meeting mode, an update after the meeting (which meeting mode does not show) opens the full item screen', async ({
  page,
}) => {
  const { library } = await sampleWithEverything(page);
  await page.getByRole('link', { name: 'Minutes of item 4' }).click();
  await page.getByRole('textbox', { name: /^Minutes of item 4,/ }).click();
  await page.keyboard.press('Alt+m');
  await expect(page).toHaveURL(new RegExp(`#/items/${library.id}/live$`));

  await openOnlyResult(page, 'marmoset');
  await expect(page).toHaveURL(new RegExp(`#/items/${library.id}$`));
  const revealed = page.locator('.search-revealed');
  await expect(revealed).toHaveAttribute('data-search-target', /^update:/);
  await expect(revealed).toContainText('The marmoset exhibition will tour every branch.');
  await expect(revealed.getByRole('textbox', { name: 'Heading of update 1' })).toHaveValue(
    'Information from the Head of Libraries after the meeting',
  );
  await expect(revealed).toBeInViewport();
});
