import { expect, test, type Page } from '@playwright/test';
import { appReady, tabTo } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** The agenda as the officer sees it: "1. Title" per row, in order. */
async function agenda(page: Page): Promise<string[]> {
  const rows = page.locator('.agenda .agenda-item');
  return rows.evaluateAll((items) =>
    items.map((item) => {
      const number = item.querySelector('.item-number')?.textContent?.trim() ?? '';
      const title = item.querySelector('.item-title')?.childNodes[1]?.textContent?.trim() ?? '';
      return `${number} ${title}`;
    }),
  );
}

const itemsToAdd = [
  { title: 'Apologies for absence', purpose: 'To receive apologies for absence.' },
  { title: 'Declarations of interest', purpose: 'To receive declarations of interest.' },
  { title: 'Minutes of the last meeting', purpose: 'To approve the minutes as a correct record.' },
  { title: 'Town centre parking review', purpose: 'To consider a report of the Head of Highways.' },
  {
    title: 'Disposal of the former depot site',
    purpose: 'To consider the bids received.',
    exemptParagraph: '3',
  },
];

test('an officer sets up a committee, members, a meeting and its agenda, and it all survives a reload and a restart', async ({
  page,
}) => {
  const dataDir = newDataDir();
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await appReady(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Minutebook' })).toBeVisible();
  // The first run asks for the council's name (it heads every document), then the first committee.
  await page.getByLabel('Council name').fill('Borsetshire District Council');
  await page.getByRole('button', { name: 'Create your first committee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New committee' })).toBeFocused();
  await page.getByLabel('Committee name').fill('Planning Committee');
  await page.getByLabel('Kind').selectOption('regulatory');
  await page.getByLabel('Quorum').fill('3');
  await page.getByLabel('Default venue').fill('Committee Room 1, Town Hall');
  await page.getByLabel('Minute numbering scheme').fill('PLA{n}/{yy}');
  await page.getByRole('button', { name: 'Create committee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planning Committee' })).toBeFocused();
  await expect(
    page.getByText(
      /^Regulatory · quorum 3 · Committee Room 1, Town Hall · minutes numbered PLA1\/\d\d, PLA2\/\d\d, PLA3\/\d\d… · England · call-in 5 working days$/,
    ),
  ).toBeVisible();

  const addCouncillor = page.getByRole('form', { name: 'Add a new councillor' });
  for (const [name, party, role] of [
    ['Ada Quill', 'Independent', 'chair'],
    ['Ben Rook', 'Labour', 'vice-chair'],
    ['Cara Fenwick', 'Green', 'member'],
  ] as const) {
    await addCouncillor.getByLabel('Councillor’s name').fill(name);
    await addCouncillor.getByLabel('Party').fill(party);
    await addCouncillor.getByLabel('Committee role').selectOption(role);
    await addCouncillor.getByRole('button', { name: 'Add councillor' }).click();
    await expect(page.getByRole('status')).toHaveText(`Councillor ${name} added to the committee.`);
  }
  const members = page.getByRole('table').getByRole('rowheader');
  await expect(members).toHaveText([
    'Councillor Ada Quill',
    'Councillor Ben Rook',
    'Councillor Cara Fenwick',
  ]);

  const newMeeting = page.getByRole('form', { name: 'New meeting' });
  await newMeeting.getByLabel('Date').fill('2026-03-17');
  await newMeeting.getByLabel('Start time').fill('18:30');
  await newMeeting.getByRole('button', { name: 'Create meeting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Planning Committee: Tuesday 17 March 2026' }),
  ).toBeFocused();
  // The details on view, not behind a disclosure.
  const details = page.getByRole('region', { name: 'Meeting details' });
  for (const fact of ['Tuesday 17 March 2026', '6.30 pm', 'Committee Room 1, Town Hall', 'Draft']) {
    await expect(details.getByText(fact, { exact: true })).toBeVisible();
  }

  // The form to add an item opens from its button, and stays open for the next item.
  await page.getByRole('button', { name: 'Add an item' }).click();
  const addItem = page.getByRole('form', { name: 'Add item' });
  for (const [index, item] of itemsToAdd.entries()) {
    await addItem.getByLabel('Title').fill(item.title);
    await addItem.getByLabel('Purpose').fill(item.purpose);
    if (item.exemptParagraph) {
      await addItem.getByLabel('Exempt (Part 2: not for publication)').check();
      await addItem.getByLabel('Schedule 12A paragraph').selectOption(item.exemptParagraph);
    }
    await addItem.getByRole('button', { name: 'Add item' }).click();
    await expect(page.getByRole('status')).toHaveText(`Item ${index + 1} added: ${item.title}.`);
  }
  expect(await agenda(page)).toEqual([
    '1. Apologies for absence',
    '2. Declarations of interest',
    '3. Minutes of the last meeting',
    '4. Town centre parking review',
    '5. Disposal of the former depot site',
  ]);
  await expect(page.locator('.agenda-item').nth(4)).toContainText(
    'Exempt: not for publication (Schedule 12A, paragraph 3)',
  );

  // Reorder from the keyboard: Alt+↑ twice on item 5; focus stays with the item as it moves.
  await page.getByRole('button', { name: 'Edit item 5' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('button', { name: 'Edit item 4' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('status')).toHaveText('“Disposal of the former depot site” is now item 3.');
  await expect(page.getByRole('button', { name: 'Edit item 3' })).toBeFocused();
  // And with the mouse.
  await page.getByRole('button', { name: 'Move item 1 down' }).click();
  const expected = [
    '1. Declarations of interest',
    '2. Apologies for absence',
    '3. Disposal of the former depot site',
    '4. Minutes of the last meeting',
    '5. Town centre parking review',
  ];
  await expect.poll(() => agenda(page)).toEqual(expected);
  // Minute numbers follow the committee's scheme and the municipal year (March 2026 is in 2025/26).
  await expect(page.locator('.agenda-item .item-meta').first()).toContainText('Minute PLA1/25');
  await expect(page.locator('.agenda-item .item-meta').nth(4)).toContainText('Minute PLA5/25');

  await page.reload();
  await appReady(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Planning Committee: Tuesday 17 March 2026' }),
  ).toBeVisible();
  expect(await agenda(page)).toEqual(expected);

  // Stop the server and start a new one on the same data folder: a new token, the same data.
  await server.stop();
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await appReady(page);
  await page
    .getByRole('navigation', { name: 'Committees and people' })
    .getByRole('link', { name: 'Planning Committee' })
    .click();
  await expect(members).toHaveText([
    'Councillor Ada Quill',
    'Councillor Ben Rook',
    'Councillor Cara Fenwick',
  ]);
  await expect(page.getByRole('row', { name: /Ada Quill/ }).getByRole('combobox')).toHaveValue('chair');
  await page.getByRole('link', { name: 'Tuesday 17 March 2026, 6.30 pm' }).click();
  await expect.poll(() => agenda(page)).toEqual(expected);
  await expect(page.locator('.agenda-item').nth(2)).toContainText('Schedule 12A, paragraph 3');
  await expect(page.locator('.agenda-item.exempt')).toHaveCount(1);
});

test('committee → meetings → meeting → items, edit, reorder and delete, with the keyboard alone', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);

  await tabTo(page, page.getByRole('button', { name: 'Load sample council' }));
  await page.keyboard.press('Enter');
  const meetingHeading = page.getByRole('heading', {
    level: 1,
    name: /^Communities and Wellbeing Scrutiny Committee: /,
  });
  await expect(meetingHeading).toBeFocused();

  // Up to the committee through the breadcrumb, and back down to the meeting.
  await tabTo(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link'));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Communities and Wellbeing Scrutiny Committee' }),
  ).toBeFocused();
  await tabTo(page, page.getByRole('list', { name: 'Meetings' }).getByRole('link').first());
  await page.keyboard.press('Enter');
  await expect(meetingHeading).toBeFocused();
  const before = await agenda(page);
  expect(before).toHaveLength(7);

  // Edit item 4's title.
  await tabTo(page, page.getByRole('button', { name: 'Edit item 4' }));
  await page.keyboard.press('Enter');
  const title = page.getByRole('form', { name: 'Save item' }).getByLabel('Title');
  await expect(title).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Library opening hours');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Item 4 saved.');

  // Move the exempt item (7) to the top with Alt+↑, six times.
  await tabTo(page, page.getByRole('button', { name: 'Move item 7 up' }));
  for (let press = 0; press < 6; press += 1) {
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByRole('button', { name: `Move item ${6 - press} up` })).toBeFocused();
  }
  await expect
    .poll(() => agenda(page))
    .toEqual([
      '1. Leisure centre operator contract: commercial terms',
      ...before
        .slice(0, 6)
        .map((row, index) =>
          `${index + 2}. ${row.replace(/^\d+\. /, '')}`.replace(
            'Branch library opening hours: outcome of consultation',
            'Library opening hours',
          ),
        ),
    ]);

  // Delete item 2: the dialog opens on Cancel, so Enter alone never deletes.
  await tabTo(page, page.getByRole('button', { name: 'Delete item 2' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete item 2?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await agenda(page)).toHaveLength(7);
  await tabTo(page, page.getByRole('button', { name: 'Delete item 2' }));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete item' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(
    'Item “Apologies for absence and substitutions” deleted.',
  );
  const after = await agenda(page);
  expect(after.map((row) => row.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
  expect(after.join('\n')).not.toContain('Apologies for absence and substitutions');
});

test('an out-of-date access key is explained, not a blank screen', async ({ page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl.replace(/token=[\w-]+/, 'token=stale'));
  await expect(page.getByRole('alert')).toContainText('access key is out of date');
});

test('committee details and people are edited in place, and a refused change says why', async ({ page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();

  await page.getByRole('button', { name: 'Edit committee details' }).click();
  const form = page.getByRole('form', { name: 'Save committee' });
  await form.getByLabel('Quorum').fill('4');
  await form.getByLabel('Minute numbering scheme').fill('CWS');
  await form.getByRole('button', { name: 'Save committee' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /Minute numbering scheme must contain \{n\} where the number goes, e\.g\. \{n\}\/\{yy\}\./,
  );
  await form.getByLabel('Minute numbering scheme').fill('CWS{n}');
  await form.getByRole('button', { name: 'Save committee' }).click();
  await expect(page.getByRole('status')).toHaveText('Committee saved.');
  await expect(
    page.getByText(
      /^Scrutiny · quorum 4 · Council Chamber, Fernley Vale Civic Centre · minutes numbered CWS1, CWS2, CWS3… · England · call-in 5 working days$/,
    ),
  ).toBeVisible();

  // A councillor new to the committee, on no meeting's register yet (typed with her title: not doubled).
  const addCouncillor = page.getByRole('form', { name: 'Add a new councillor' });
  await addCouncillor.getByLabel('Councillor’s name').fill('Cllr Nia Penhallow');
  await addCouncillor.getByRole('button', { name: 'Add councillor' }).click();
  await expect(page.getByRole('status')).toHaveText('Councillor Nia Penhallow added to the committee.');
  await expect(page.getByRole('heading', { name: 'Members (8)' })).toBeVisible();

  await page.getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Edit Rosalind Tebbutt' }).click();
  await page
    .getByRole('form', { name: 'Save Rosalind Tebbutt' })
    .getByLabel('Role or job title')
    .fill('Senior Democratic Services Officer');
  await page.getByRole('button', { name: 'Save Rosalind Tebbutt' }).click();
  await expect(page.getByRole('status')).toHaveText('Rosalind Tebbutt saved.');
  await expect(page.getByRole('row', { name: /Rosalind Tebbutt/ })).toContainText(
    'Senior Democratic Services Officer',
  );

  // The sample's members are on the registers of its meetings held: the minutes name them.
  await page.getByRole('button', { name: 'Delete Councillor Gareth Lowther' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete person' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'This person is on the attendance register of a meeting, so cannot be deleted: the minutes name them.',
  );
  await page.getByRole('button', { name: 'Delete Councillor Nia Penhallow' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete person' }).click();
  await expect(page.getByRole('status')).toHaveText('Councillor Nia Penhallow deleted.');
  await page
    .getByRole('navigation', { name: 'Committees and people' })
    .getByRole('link', { name: /Communities and Wellbeing/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Members (7)' })).toBeVisible();
});
