// The published minutes in ../shared/seeds, entered through the UI as an officer would, then read
// back through the API after a reload and a restart, structure included.
import { expect, test, type Page } from '@playwright/test';
import { bulletList, callApi, itemIdOf, paragraph, tabTo, text, withoutTrailingEmpty } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

interface Stored {
  minutes: { doc: { type: string; content: { type: string }[] } };
  people: { role: string; capacity: string; person: { honorific: string; name: string; role: string } }[];
  decisions: {
    keyword: string;
    qualifier: string;
    preamble: string;
    clauseStyle: string;
    moverId: string | null;
    seconderId: string | null;
    clauses: { groupHeading: string; doc: object }[];
  }[];
}

async function readItem(page: Page, itemId: string): Promise<Stored> {
  return {
    minutes: await callApi(page, 'minutes.get', { itemId }),
    people: await callApi(page, 'itemPeople.list', { itemId }),
    decisions: await callApi(page, 'decisions.list', { itemId }),
  };
}

/** Reload, then stop the server and start another on the same data: the same item, read again. */
async function readAfterReloadAndRestart(page: Page, dataDir: string, itemId: string): Promise<Stored[]> {
  await page.reload();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const afterReload = await readItem(page, itemId);
  await server!.stop();
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await page.evaluate((id) => (window.location.hash = `#/items/${id}`), itemId);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  return [afterReload, await readItem(page, itemId)];
}

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
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
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
  const addItem = page.getByRole('form', { name: 'Add item' });
  await tabTo(page, addItem.getByLabel('Title'));
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

// Seed 001 (Bath and North East Somerset, Cabinet): two quoted statements with sub-headings and a
// numbered list inside the first, then RESOLVED (unanimously) with eight clauses in two groups.
const seed001 = {
  title: 'Community Services Transformation Programme - Preferred Delivery Options for 2024-25 and 2025-26',
  purpose:
    'The report provides an update on the Community Services Transformation Programme and sets out a number of recommendations.',
  bornIntro:
    'Cllr Alison Born introduced the report, moved the officer recommendation, and made the following statement:',
  born: [
    {
      p: '“This paper provides an update on the programme of work that has resulted from the decision taken by Cabinet.',
    },
    { p: 'The work is divided into three programmes:' },
    {
      ol: [
        'Future provision of adult social care services and services delivered by sub-contractors – led by B&NES Council',
        'Future provision of the public health services that are currently included in the HCRG Care Group contract – led by Public Health',
        'Future provision of community children’s and adults’ health and care services – led by the ICB',
      ],
    },
    { h: 'Programme One' },
    { p: 'In November 2022, Cabinet took the decision to bring adult social care services back in house.' },
    {
      p: 'The financial pressures in the contract are compounded by the costs associated with significant contractual change.',
    },
    { h: 'Programmes Two and Three' },
    { p: 'A procurement process, based on competitive dialogue is now underway for programme 3.' },
    { h: 'Recommendation' },
    {
      p: 'This paper provides assurance to Cabinet of the robustness of this complex work programme which is being conducted collaboratively with partners.”',
    },
  ],
  mayIntro: 'Cllr Paul May seconded the motion and made the following statement:',
  may: [
    { p: '“I wish to second this proposal, which is a quite complex set of recommendations.' },
    {
      p: 'The voluntary sector is effective and really valuable, so we need to work with them and deal with the risks for them.',
    },
    {
      p: 'I commend the officers for such a comprehensive commitment and fully support Councillor Born’s proposal.”',
    },
  ],
  guy: 'Cllr Kevin Guy thanked Cllr Born and her team for the commendable work that is taking place to support the transformation of community services.',
  clauses: [
    {
      group: 'Transfer of Adult Social Care services',
      text: 'To note the update on progress of the transfer of Adult Social Care (ASC) services and the outcome of the internal audit.',
    },
    {
      group: '',
      text: 'To endorse continuation of the delegated responsibility for the transfer of ASC services to the Director of Adult Social Services, in consultation with the Lead Cabinet member for Adult Services.',
    },
    {
      group: 'Commissioning of Public Health services',
      text: 'To approve the delegated responsibility for the commissioning of Public Health services to the Director of Public Health and Prevention, in consultation with the Lead Cabinet member for Adult Services.',
    },
    {
      group: '',
      text: 'To endorse the proposal for the direct commissioning of Public Health services as of 1 April 2025.',
    },
    {
      group: '',
      text: 'To approve the revised best estimate of funding liability of £18,116,521 which includes contributions for Community Health, Public Health and Community Partners delivered services.',
    },
    {
      group: '',
      text: 'To approve the proposals for the Council to commission Community Partner delivered services directly as of 1 April 2025.',
    },
    {
      group: '',
      text: 'To endorse the continued engagement and involvement of relevant officers in the procurement process for the Integrated Community Based Care programme.',
    },
    {
      group: '',
      text: 'To agree ongoing support from officers to determine the strategic case for a Community Wellbeing Hub (CWH) and to agree to Phase 2 of the Outline Business Case (OBC) commencing to inform a final OBC.',
    },
  ],
};

type Block = { p: string } | { h: string } | { ol: string[] };

const blockNode = (block: Block) =>
  'p' in block
    ? paragraph(text(block.p))
    : 'h' in block
      ? { type: 'heading', attrs: { level: 3 }, content: [text(block.h)] }
      : {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: block.ol.map((line) => ({ type: 'listItem', content: [paragraph(text(line))] })),
        };

test('seed 001 entered through the UI: quoted statements with headings and a list, and a grouped, numbered resolution', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dataDir = newDataDir();
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Minutebook' })).toBeVisible();
  const committee = await callApi<{ id: string }>(page, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: 'Guildhall, Bath',
    numberingScheme: '{n}',
  });
  for (const name of ['Kevin Guy', 'Alison Born', 'Paul May']) {
    await callApi(page, 'memberships.addNewPerson', {
      committeeId: committee.id,
      role: name === 'Kevin Guy' ? 'chair' : 'member',
      person: { name, honorific: 'Councillor', role: '', organisation: '', party: '', kind: 'member' },
    });
  }
  const meeting = await callApi<{ id: string }>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2023-12-07',
    startTime: '18:30',
  });
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  const addItem = page.getByRole('form', { name: 'Add item' });
  await addItem.getByLabel('Title').fill(seed001.title);
  await addItem.getByLabel('Purpose').fill(seed001.purpose);
  await addItem.getByRole('button', { name: 'Add item' }).click();
  await page.getByRole('link', { name: 'Minutes of item 1' }).click();
  const editor = page.getByRole('textbox', { name: /^Minutes of item 1,/ });
  await editor.click();

  const k = page.keyboard;
  const typeBlocks = async (blocks: Block[]) => {
    for (const block of blocks) {
      if ('p' in block) await k.insertText(block.p);
      if ('h' in block) {
        await k.press('ControlOrMeta+Alt+3');
        await k.insertText(block.h);
      }
      if ('ol' in block) {
        await k.type('1. ');
        for (const line of block.ol) {
          await k.insertText(line);
          await k.press('Enter');
        }
        // The empty list item left by the last Enter leaves the list, still inside the quotation.
      }
      await k.press('Enter');
    }
  };
  await k.insertText(seed001.bornIntro);
  await k.press('Enter');
  await k.type('> ');
  await typeBlocks(seed001.born);
  await k.press('Enter'); // an empty paragraph leaves the quotation
  await k.insertText(seed001.mayIntro);
  await k.press('Enter');
  await k.type('> ');
  await typeBlocks(seed001.may);
  await k.press('Enter');
  await k.insertText(seed001.guy);

  await page.getByRole('button', { name: 'New decision (Alt+D)' }).click();
  const decision = page.getByRole('region', { name: 'Decision 1' });
  await decision.getByLabel('Qualifier').fill('unanimously');
  await decision.getByLabel('Clause numbering').selectOption('1.');
  for (const [index, clause] of seed001.clauses.entries()) {
    await decision.getByRole('button', { name: 'Add clause (Alt+C)' }).click();
    const label = `${index + 1}.`;
    const clauseEditor = decision.getByRole('textbox', { name: `Clause ${label} of decision 1` });
    await expect(clauseEditor).toBeFocused();
    await k.insertText(clause.text);
    if (clause.group) await decision.getByLabel(`Group heading above clause ${label}`).fill(clause.group);
  }
  await decision.getByLabel('Moved by').selectOption({ label: 'Councillor Alison Born' });
  await decision.getByLabel('Seconded by').selectOption({ label: 'Councillor Paul May' });
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  const itemId = itemIdOf(page);
  const people = await callApi<{ id: string; name: string }[]>(page, 'people.list', {});
  const idOf = (name: string) => people.find((person) => person.name === name)!.id;
  const expectedDoc = {
    type: 'doc',
    content: [
      paragraph(text(seed001.bornIntro)),
      { type: 'blockquote', content: seed001.born.map(blockNode) },
      paragraph(text(seed001.mayIntro)),
      { type: 'blockquote', content: seed001.may.map(blockNode) },
      paragraph(text(seed001.guy)),
    ],
  };
  const check = (stored: Stored) => {
    expect(withoutTrailingEmpty(stored.minutes.doc)).toEqual(expectedDoc);
    expect(stored.decisions).toHaveLength(1);
    const [resolved] = stored.decisions;
    expect(resolved).toMatchObject({
      keyword: 'RESOLVED',
      qualifier: 'unanimously',
      preamble: '',
      clauseStyle: '1.',
      moverId: idOf('Alison Born'),
      seconderId: idOf('Paul May'),
    });
    expect(resolved!.clauses.map((clause) => [clause.groupHeading, clause.doc])).toEqual(
      seed001.clauses.map((clause) => [
        clause.group,
        { type: 'doc', content: [paragraph(text(clause.text))] },
      ]),
    );
  };
  check(await readItem(page, itemId));
  for (const stored of await readAfterReloadAndRestart(page, dataDir, itemId)) check(stored);
  await expect(page.getByRole('region', { name: 'Decision 1' }).locator('.clause-label')).toHaveText(
    seed001.clauses.map((_, index) => `${index + 1}.`),
  );
});
