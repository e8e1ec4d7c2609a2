// Published minutes (the seeds beside a checkout, their words copied into this file, so it reads
// nothing outside the repository), entered through the UI as an officer would,
// then read back through the API after a reload and a restart, structure included.
// Here: seed 001, quoted statements with headings and a list, and a grouped, numbered resolution.
import { expect, test } from '@playwright/test';
import { callApi, itemIdOf, paragraph, text, withoutTrailingEmpty } from './helpers';
import { newDataDir } from './server';
import { readItem, seedEntryServer, type Stored } from './seedEntry';

const { start, readAfterReloadAndRestart } = seedEntryServer();

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
  const server = await start(dataDir);
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
  await page.getByRole('button', { name: 'Add an item' }).click();
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
