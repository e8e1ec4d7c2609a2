import { expect, test } from '@playwright/test';
import { appReady, callApi, itemIdOf } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

// The shape of seed 001's resolution: RESOLVED (unanimously), clauses numbered "1.", in two groups.
const clauses = [
  {
    group: 'Transfer of Adult Social Care services',
    text: 'To note the update on progress of the transfer of Adult Social Care (ASC) services and the outcome of the internal audit.',
  },
  {
    group: '',
    text: 'To endorse continuation of the delegated responsibility for the transfer of ASC services to the Director of Adult Social Services.',
  },
  {
    group: 'Commissioning of Public Health services',
    text: 'To approve the delegated responsibility for the commissioning of Public Health services to the Director of Public Health and Prevention.',
  },
  {
    group: '',
    text: 'To endorse the proposal for the direct commissioning of Public Health services as of 1 April 2025.',
  },
];

interface StoredDecision {
  keyword: string;
  qualifier: string;
  clauseStyle: string;
  moverId: string | null;
  seconderId: string | null;
  vote: { kind: string; for: number; against: number; abstain: number };
  clauses: { groupHeading: string; doc: { content: { content?: { text?: string }[] }[] } }[];
}

test('a grouped, numbered, unanimous resolution with mover, seconder and vote, entered from the keyboard', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await page.getByRole('link', { name: 'Minutes of item 5' }).click();
  const minutes = page.getByRole('textbox', { name: /^Minutes of item 5,/ });
  await minutes.click();
  await page.keyboard.type('The Director of Communities introduced the report.');

  await page.keyboard.press('Alt+d');
  const decision = page.getByRole('region', { name: 'Decision 1' });
  await expect(decision).toBeVisible();
  await decision.getByLabel('Qualifier').fill('unanimously');
  await decision.getByLabel('Clause numbering').selectOption('1.');

  for (const [index, clause] of clauses.entries()) {
    await page.keyboard.press('Alt+c');
    const label = `${index + 1}.`;
    const editor = decision.getByRole('textbox', { name: `Clause ${label} of decision 1` });
    await expect(editor).toBeFocused();
    await page.keyboard.insertText(clause.text);
    if (clause.group) await decision.getByLabel(`Group heading above clause ${label}`).fill(clause.group);
    await editor.click();
  }

  await decision.getByLabel('Moved by').selectOption({ label: 'Councillor Harriet Okafor' });
  await decision.getByLabel('Seconded by').selectOption({ label: 'Councillor Dominic Pryce' });
  await decision.getByLabel('How').selectOption('show of hands');
  await decision.getByLabel('Votes for').fill('7');
  await expect(decision.getByText('Carried: 7 for, 0 against, 0 abstaining.')).toBeVisible();
  await decision.getByLabel('Votes against').fill('1');
  await expect(decision.getByRole('list', { name: 'Check the vote' })).toHaveText(
    'The decision says “unanimously”, but the vote has 1 against and 0 abstaining.',
  );
  await decision.getByLabel('Votes against').fill('0');
  await expect(decision.getByRole('list', { name: 'Check the vote' })).toBeHidden();

  // Reorder: clause 4 up, then back down; the labels follow the order.
  await decision.getByRole('button', { name: 'Move clause 4. up' }).click();
  await expect(decision.getByRole('textbox', { name: 'Clause 3. of decision 1' })).toHaveText(
    clauses[3]!.text,
  );
  await decision.getByRole('button', { name: 'Move clause 3. down' }).click();
  await expect(decision.getByRole('status')).toHaveText('Saved');

  await page.reload();
  await appReady(page);
  await expect(
    page
      .getByRole('region', { name: 'Decision 1' })
      .getByRole('textbox', { name: 'Clause 4. of decision 1' }),
  ).toHaveText(clauses[3]!.text);
  const itemId = decodeURIComponent(page.url().split('#/items/')[1]!);
  const [stored] = await callApi<StoredDecision[]>(page, 'decisions.list', { itemId });
  const people = await callApi<{ id: string; name: string }[]>(page, 'people.list', {});
  const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name;
  expect(stored).toMatchObject({
    keyword: 'RESOLVED',
    qualifier: 'unanimously',
    clauseStyle: '1.',
    vote: { kind: 'show of hands', for: 7, against: 0, abstain: 0 },
  });
  expect([nameOf(stored!.moverId), nameOf(stored!.seconderId)]).toEqual(['Harriet Okafor', 'Dominic Pryce']);
  expect(
    stored!.clauses.map((clause) => [clause.groupHeading, clause.doc.content[0]?.content?.[0]?.text]),
  ).toEqual(clauses.map((clause) => [clause.group, clause.text]));
  await expect(minutes).toHaveText('The Director of Communities introduced the report.');
});

test('typing straight after Alt+D and Alt+C lands in the new decision and clause, not the field before', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await page.getByRole('link', { name: 'Minutes of item 5' }).click();
  await page.getByRole('textbox', { name: /^Minutes of item 5,/ }).click();
  const k = page.keyboard;
  await k.type('Members debated the proposal.');
  // No waiting between keys: an officer who knows the keys does not wait for the screen.
  await k.press('Alt+d');
  await k.press('Alt+c');
  await k.type('That the programme be approved.');
  await k.press('Alt+c');
  await k.type('That officers report back in six months.');
  const decision = page.getByRole('region', { name: 'Decision 1' });
  await expect(decision.getByRole('textbox', { name: /^Clause \(1\)/ })).toHaveText(
    'That the programme be approved.',
  );
  await expect(decision.getByRole('textbox', { name: /^Clause \(2\)/ })).toHaveText(
    'That officers report back in six months.',
  );
  // Alt+C back in the minutes adds a clause to the last decision; Alt+A an action, typed into at once.
  await page.getByRole('textbox', { name: /^Minutes of item 5,/ }).click();
  await k.press('Alt+c');
  await k.type('That the Chair write to the Minister.');
  await k.press('Alt+a');
  await k.type('The Director to draft the letter');
  await expect(decision.getByRole('textbox', { name: /^Clause \(3\)/ })).toHaveText(
    'That the Chair write to the Minister.',
  );
  await expect(page.getByRole('textbox', { name: 'What is to be done (action 1)' })).toHaveValue(
    'The Director to draft the letter',
  );
  await expect(page.getByRole('textbox', { name: /^Minutes of item 5,/ })).toHaveText(
    'Members debated the proposal.',
  );
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const itemId = itemIdOf(page);
  const [stored] = await callApi<StoredDecision[]>(page, 'decisions.list', { itemId });
  expect(stored!.clauses.map((clause) => clause.doc.content[0]?.content?.[0]?.text)).toEqual([
    'That the programme be approved.',
    'That officers report back in six months.',
    'That the Chair write to the Minister.',
  ]);
  const [action] = await callApi<{ text: string }[]>(page, 'actions.list', { itemId });
  expect(action!.text).toBe('The Director to draft the letter');
});
