// Issue 6 end to end in browser mode: published minutes pasted in, and an item page opened as a
// file; the structure previewed, corrected (a committee chosen, a person matched, a "decision" kept
// as text), imported, and read back through the API the app uses. The item page is our own
// seeds-like 000 always, and the published seed 000 where ../shared/seeds is beside the checkout.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Decision } from '../../shared/decisions';
import type { Committee, ItemMinutes, ItemPerson, MeetingDetail, Person } from '../../shared/domain';
import { publishedSeeds, seedsLike, type SeedSet } from '../fixtures/seeds';
import { callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../fixtures/import');

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const meetingIdOf = (url: string) => /#\/meetings\/([0-9a-f-]{36})/.exec(url)?.[1] ?? '';

test('a whole meeting pasted in: previewed, imported as one meeting with its numbers, register and decisions', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  await expect(page.getByRole('heading', { name: 'Import minutes' })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Text to import' })
    .fill(readFileSync(path.join(fixtures, 'health-board.txt'), 'utf8'));
  await page.getByRole('button', { name: 'Find the structure' }).click();

  const preview = page.getByRole('form', { name: 'What will be imported' });
  await expect(preview.getByRole('list', { name: 'Please check' })).toContainText(
    '“The Board agreed that the pilot had been a success.” may record a decision',
  );
  await expect(preview.getByLabel('New committee’s name')).toHaveValue('Health and Wellbeing Board');
  await expect(preview.getByLabel('Meeting date')).toHaveValue('2022-01-20');
  await expect(preview.getByRole('group', { name: 'Joint Health and Wellbeing Strategy' })).toContainText(
    'RECOMMENDED to Council that — 2 clauses, 7 for, 0 against, 1 abstaining',
  );
  await expect(preview.getByRole('row')).toHaveCount(4); // a header and three people
  await expect(preview).toContainText('3 people will be added to the directory.');
  // A title corrected in the preview is the title imported.
  await preview
    .getByRole('group', { name: 'Any other business' })
    .getByLabel('Title')
    .fill('Any Other Business');
  await preview.getByRole('button', { name: 'Import' }).click();

  await expect(page).toHaveURL(/#\/meetings\//);
  const meetingId = meetingIdOf(page.url());
  const detail = await callApi<MeetingDetail>(page, 'meetings.get', { id: meetingId });
  expect(detail.committee.name).toBe('Health and Wellbeing Board');
  expect(detail.meeting).toMatchObject({
    date: '2022-01-20',
    startTime: '14:00',
    venue: 'Virtual meeting via Microsoft Teams',
  });
  expect(detail.items.map((item) => [detail.minuteNumbers[item.id], item.title])).toEqual([
    ['1', 'Welcome and introductions'],
    ['2', 'Joint Health and Wellbeing Strategy'],
    ['3', 'Any Other Business'],
  ]);
  const [recommended] = await callApi<Decision[]>(page, 'decisions.list', { itemId: detail.items[1]!.id });
  expect(recommended).toMatchObject({
    keyword: 'RECOMMENDED',
    preamble: 'to Council that',
    clauseStyle: '(a)',
    vote: { kind: 'show of hands', for: 7, against: 0, abstain: 1 },
  });
  await expect(page.getByRole('status')).toContainText(
    'Imported 3 items. Added to the directory: Councillor Sarah Khan, Dr Tom Mills, Mrs Anne Lee.',
  );
});

/** What the item-page test needs of each set's 000, read from the texts. */
const itemPages: {
  set: SeedSet;
  committee: { name: string; venue: string };
  councillor: { name: string; inText: string; byInitial: string; capacity: string };
  /** The file the officer opens, and how many people the preview will add once the councillor is matched. */
  fileName: string;
  toAdd: number;
  people: number;
  resolved: string;
}[] = [
  {
    set: seedsLike,
    committee: { name: 'Adult Social Care Scrutiny Board', venue: 'Town Hall, Castlegate' },
    councillor: {
      name: 'Maria Okonjo',
      inText: 'Councillor Maria Okonjo',
      byInitial: 'M Okonjo',
      capacity: 'Executive Member for Public Health and Active Communities',
    },
    fileName: 'falls-prevention.txt',
    toAdd: 4,
    people: 5,
    resolved: 'RESOLVED That the report, along with the comments made by Members, be noted.',
  },
  {
    set: publishedSeeds,
    committee: { name: 'Adults, Health and Active Lifestyles Scrutiny Board', venue: 'Civic Hall, Leeds' },
    councillor: {
      name: 'Fiona Venner',
      inText: 'Councillor Fiona Venner',
      byInitial: 'F Venner',
      capacity: 'Executive Member for Equality, Health and Wellbeing',
    },
    fileName: 'community-health.txt',
    toAdd: 5,
    people: 6,
    resolved: 'RESOLVED That the contents of the report, along with Members comments, be noted.',
  },
];

for (const { set, committee: named, councillor, fileName, toAdd, people: everyone, resolved } of itemPages) {
  test(`an item page opened as a file into an existing committee: a person matched, a decision kept as text (${set.label})`, async ({
    page,
  }) => {
    test.skip(!set.present, set.skipReason);
    server = await serve(newDataDir());
    await page.goto(server.launchUrl);
    const committee = await callApi<Committee>(page, 'committees.create', {
      name: named.name,
      kind: 'scrutiny',
      quorum: 3,
      defaultVenue: named.venue,
      numberingScheme: '{n}',
    });
    const known = await callApi<Person>(page, 'people.create', {
      name: councillor.name,
      honorific: 'Councillor',
      role: '',
      organisation: '',
      party: '',
      kind: 'member',
    });
    await page.reload();
    await page.getByRole('link', { name: 'Import minutes' }).click();
    // As the officer's copy would be: "Cllr F Venner", saved as a file.
    const text = set.text('000').replace(councillor.inText, `Cllr ${councillor.byInitial}`);
    await page.getByLabel('Open a file (.txt, .docx or .pdf)…').setInputFiles({
      name: fileName,
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
    const preview = page.getByRole('form', { name: 'What will be imported' });
    await expect(page.getByRole('status')).toContainText(`Read “${fileName}”: 1 item found.`);
    await preview.getByRole('combobox', { name: 'Committee', exact: true }).selectOption(committee.id);
    await preview.getByLabel('Meeting date').fill('2024-07-10');
    // "F Venner" may be Fiona Venner: the preview says so and the officer says she is.
    const who = preview.getByRole('combobox', { name: `Who is ${councillor.byInitial}?` });
    await expect(who).toHaveValue('new');
    await expect(preview).toContainText('The directory has someone who may be the same person.');
    await who.selectOption(known.id);
    await expect(preview).toContainText(`${toAdd} people will be added to the directory.`);
    // The officer decides the RESOLVED is to stay as minutes text.
    await preview.getByRole('button', { name: /^Not a decision/ }).click();
    await expect(preview.getByRole('button', { name: /^Not a decision/ })).toHaveCount(0);
    await preview.getByRole('button', { name: 'Import' }).click();

    await expect(page).toHaveURL(/#\/meetings\//);
    const detail = await callApi<MeetingDetail>(page, 'meetings.get', { id: meetingIdOf(page.url()) });
    expect(detail.committee.id).toBe(committee.id);
    const itemId = detail.items[0]!.id;
    const people = await callApi<ItemPerson[]>(page, 'itemPeople.list', { itemId });
    expect(people[0]).toMatchObject({ personId: known.id, capacity: councillor.capacity });
    expect(await callApi<Person[]>(page, 'people.list', {})).toHaveLength(everyone);
    expect(await callApi<Decision[]>(page, 'decisions.list', { itemId })).toEqual([]);
    const minutes = await callApi<ItemMinutes>(page, 'minutes.get', { itemId });
    expect(JSON.stringify(minutes.doc)).toContain(resolved);
  });
}
