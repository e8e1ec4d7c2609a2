// Published minutes (the seeds beside a checkout, their words copied into this file, so it reads
// nothing outside the repository), entered through the UI as an officer would,
// then read back through the API after a reload and a restart, structure included.
// Here: seed 000, entered with the keyboard alone.
import { expect, test } from '@playwright/test';
import { appReady, bulletList, callApi, itemIdOf, paragraph, tabTo, text, withoutTrailingEmpty } from './helpers';
import { newDataDir } from './server';
import { readItem, seedEntryServer, type Stored } from './seedEntry';

const { start, readAfterReloadAndRestart } = seedEntryServer();

// Seed 000 (Leeds, Adults, Health and Active Lifestyles Scrutiny Board).
const seed000 = {
  title: 'Community Health and Well-being Service',
  purpose:
    'To receive a report from the Director of Adults and Health surrounding the development and implementation of the new Community Health and Well-being service pilot.',
  opening:
    'The Director of Adults and Health submitted an update report surrounding the development and mobilisation of the Community Health and Well-being pilot service.',
  invited:
    'The Chair invited the Executive Member for Adult Social Care, Active Lifestyles and Culture, Director of Adults and Health and the Commissioning Programme Manager to highlight key aspects of the report.  In summary, the following points were made:',
  points: [
    'The Community Health and Wellbeing Service (CHWS) is a transformational approach to delivering health and care services at home, delivered by a collaborative partnership of contracted providers working together on a neighbourhood basis.',
    'The new service model aims to achieve four key outcomes; A reduction in turnover of care workers; Improvement in continuity of care worker and therefore customer satisfaction; Improvement in service users’ social connections; and Improvement in health and well-being through preventative approaches.',
    'It is being piloted in Bramley and Stanningley, Armley, Farnley and Wortley and will support approximately 200 people and represents about 8% of the total home care commissioning budget.',
    'Following the tendering process, Be Caring and Springfield will be the two providers who will trial delivering the Community Health and Wellbeing Service.',
    'A three-month mobilisation period was put in place following the contract award.  As such, the pilot is due to start on 9th September 2024.',
  ],
  discussionIntro: 'During the Board’s discussions, the following issues were also raised:',
  discussion: [
    'Delivering person-centred care – Members discussed the benefits of the new service model in terms of having greater flexibility to deliver support in a more personalised, outcome focused and person-centred way.',
    'Staff benefits – The Board also discussed the key benefits of the new service model for staff in terms of moving away from commissioning on a “time and task” basis, reducing/ eliminating zero-hour contracts.',
    'Affordability of the new service model – Based on 2024/25 figures, it was acknowledged that the total cost of the new service is £0.3m more than a traditional home care service.',
  ],
  conclusion:
    'In conclusion, the Chair thanked everyone for their contributions and reiterated the Scrutiny Board’s support for the new service model, as well as its commitment to continue monitoring progress.',
  // Typed as the minutes print them; Caroline Baria is already in the directory and is found by type-ahead.
  attendees: [
    'Councillor Fiona Venner, Executive Member for Equality, Health and Wellbeing',
    'Councillor Salma Arif, Executive Member for Adult Social Care, Active Lifestyles and Culture',
    'Baria',
    'Victoria Eaton, Director of Public Health',
    'Shona McFarlane, Deputy Director Social Work and Social Care Service',
    'Kate Sibson, Commissioning Programme Manager, Adults and Health',
  ],
  resolution: 'the contents of the report, along with Members comments, be noted.',
};

test('seed 000 entered with the keyboard alone: narrative, bullet lists, those in attendance and the resolution', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dataDir = newDataDir();
  const server = await start(dataDir);
  await page.goto(server.launchUrl);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Minutebook' })).toBeVisible();
  const committee = await callApi<{ id: string }>(page, 'committees.create', {
    name: 'Adults, Health and Active Lifestyles Scrutiny Board',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: 'Civic Hall, Leeds',
    numberingScheme: '{n}',
  });
  const meeting = await callApi<{ id: string }>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2024-07-23',
    startTime: '10:30',
  });
  await callApi(page, 'people.create', {
    name: 'Caroline Baria',
    honorific: '',
    role: 'Director of Adults and Health',
    organisation: '',
    party: '',
    kind: 'officer',
  });
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  const k = page.keyboard;

  // The agenda item.
  // "Add an item" opens the form with the cursor in its title.
  await tabTo(page, page.getByRole('button', { name: 'Add an item' }));
  await k.press('Enter');
  const addItem = page.getByRole('form', { name: 'Add item' });
  await expect(addItem.getByLabel('Title')).toBeFocused();
  await k.insertText(seed000.title);
  await k.press('Tab');
  await k.insertText(seed000.purpose);
  await tabTo(page, addItem.getByRole('button', { name: 'Add item' }));
  await k.press('Enter');
  await expect(page.getByRole('status')).toContainText(seed000.title);
  await tabTo(page, page.getByRole('link', { name: 'Minutes of item 1' }));
  await k.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`1 ${seed000.title}`);

  // Who presented, and who was in attendance: type-ahead, and new people added inline.
  const presenter = page.getByRole('combobox', { name: 'Add a presenter' });
  await tabTo(page, presenter);
  await k.insertText('Baria');
  await expect(
    page.getByRole('option', { name: 'Caroline Baria, Director of Adults and Health' }),
  ).toBeVisible();
  await k.press('Enter');
  const attendee = page.getByRole('combobox', { name: 'Add someone in attendance' });
  await tabTo(page, attendee);
  for (const line of seed000.attendees) {
    await k.insertText(line);
    await k.press('Enter');
    if (line !== 'Baria') {
      // Nobody matched: Enter chose “Add … as a new person”; the inline form opens on the role.
      const form = page.getByRole('form', { name: 'New person for: Add someone in attendance' });
      await expect(form.getByLabel('Role')).toBeFocused();
      await k.press('Enter');
    }
    await expect(attendee).toBeFocused();
  }
  await expect(
    page.getByRole('list', { name: 'In attendance for this item' }).locator('.person-name'),
  ).toHaveText([
    'Councillor Fiona Venner',
    'Councillor Salma Arif',
    'Caroline Baria',
    'Victoria Eaton',
    'Shona McFarlane',
    'Kate Sibson',
  ]);

  // The minutes: paragraphs and two bullet lists, typed.
  const editor = page.getByRole('textbox', { name: /^Minutes of item 1,/ });
  await tabTo(page, editor);
  const paragraphLine = async (line: string) => {
    await k.insertText(line);
    await k.press('Enter');
  };
  const bullets = async (lines: string[]) => {
    await k.type('- ');
    for (const line of lines) await paragraphLine(line);
    await k.press('Enter'); // an empty bullet leaves the list
  };
  await paragraphLine(seed000.opening);
  await paragraphLine(seed000.invited);
  await bullets(seed000.points);
  await paragraphLine(seed000.discussionIntro);
  await bullets(seed000.discussion);
  await k.insertText(seed000.conclusion);

  // RESOLVED That …: Alt+D, then the fields in order, then Alt+C for the clause.
  await k.press('Alt+d');
  const decision = page.getByRole('region', { name: 'Decision 1' });
  await expect(decision.getByLabel('Keyword')).toBeFocused();
  await k.press('Tab');
  await k.press('Tab');
  await expect(decision.getByLabel('Preamble')).toBeFocused();
  await k.insertText('That');
  await k.press('Alt+c');
  const clause = decision.getByRole('textbox', { name: 'Clause (1) of decision 1' });
  await expect(clause).toBeFocused();
  await k.insertText(seed000.resolution);
  // A lone clause is not numbered, as in the published minutes.
  await expect(decision.locator('.clause-label')).toHaveText(['']);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  const itemId = itemIdOf(page);
  const expectedDoc = {
    type: 'doc',
    content: [
      paragraph(text(seed000.opening)),
      paragraph(text(seed000.invited)),
      bulletList(...seed000.points),
      paragraph(text(seed000.discussionIntro)),
      bulletList(...seed000.discussion),
      paragraph(text(seed000.conclusion)),
    ],
  };
  const expectedPeople = [
    ['presenter', '', 'Caroline Baria', 'Director of Adults and Health'],
    ['attendee', 'Councillor', 'Fiona Venner', 'Executive Member for Equality, Health and Wellbeing'],
    [
      'attendee',
      'Councillor',
      'Salma Arif',
      'Executive Member for Adult Social Care, Active Lifestyles and Culture',
    ],
    ['attendee', '', 'Caroline Baria', 'Director of Adults and Health'],
    ['attendee', '', 'Victoria Eaton', 'Director of Public Health'],
    ['attendee', '', 'Shona McFarlane', 'Deputy Director Social Work and Social Care Service'],
    ['attendee', '', 'Kate Sibson', 'Commissioning Programme Manager, Adults and Health'],
  ];
  const check = (stored: Stored) => {
    expect(withoutTrailingEmpty(stored.minutes.doc)).toEqual(expectedDoc);
    expect(stored.people.map((p) => [p.role, p.person.honorific, p.person.name, p.person.role])).toEqual(
      expectedPeople,
    );
    expect(stored.decisions).toHaveLength(1);
    expect(stored.decisions[0]).toMatchObject({
      keyword: 'RESOLVED',
      qualifier: '',
      preamble: 'That',
      clauses: [{ groupHeading: '', doc: { type: 'doc', content: [paragraph(text(seed000.resolution))] } }],
    });
  };
  check(await readItem(page, itemId));
  for (const stored of await readAfterReloadAndRestart(page, dataDir, itemId)) check(stored);
  await expect(editor).toContainText(seed000.conclusion);
});
