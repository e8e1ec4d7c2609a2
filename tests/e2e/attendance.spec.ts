// Issue 4's meeting, end to end in browser mode: a committee of 9 (quorum 3); 6 present, 2 apologies
// and 1 substituted; officers; a late arrival during item 3 and a departure during item 5, both
// taken in meeting mode with one action; a pecuniary declaration with withdrawal on item 4. The
// quorum per item, the vote check on item 4 and the generated wording are asserted exactly.
import { expect, test, type Page } from '@playwright/test';
import type { AttendanceDetail } from '../../shared/attendance';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import { callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const memberNames = [
  'Alice Archer',
  'Ben Baker',
  'Cara Cole',
  'Dev Dutta',
  'Erin Ellis',
  'Femi Fox',
  'Gita Gray',
  'Hugh Hall',
  'Ian Irwin',
];
const titles = ['Minutes of the last meeting', 'Dentistry', 'Mental health', 'Care homes', 'Work programme'];

async function setUp(page: Page) {
  const person = (name: string, kind: Person['kind'], role = '') =>
    callApi<Person>(page, 'people.create', {
      name,
      honorific: kind === 'member' ? 'Councillor' : '',
      role,
      organisation: '',
      party: '',
      kind,
    });
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Health Scrutiny Board',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: 'Civic Hall',
    numberingScheme: '{n}',
  });
  for (const [index, name] of memberNames.entries()) {
    const member = await person(name, 'member');
    await callApi(page, 'memberships.add', {
      committeeId: committee.id,
      personId: member.id,
      role: index === 0 ? 'chair' : 'member',
    });
  }
  await person('Sara Stone', 'member');
  await person('Jane Smith', 'officer', 'Director of Public Health');
  await person('Tom Reed', 'officer', 'Democratic Services Officer');
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-06-18',
    startTime: '14:00',
  });
  const items: AgendaItem[] = [];
  for (const title of titles) {
    items.push(
      await callApi<AgendaItem>(page, 'items.create', {
        meetingId: meeting.id,
        title,
        purpose: '',
        leadOfficerId: null,
        exempt: false,
        exemptParagraph: null,
      }),
    );
  }
  return { committee, meeting, items };
}

test('the register, movements in meeting mode, a declaration, the quorum, the vote check and the wording', async ({
  page,
}) => {
  test.setTimeout(90_000);
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const { committee, meeting, items } = await setUp(page);

  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  await page.getByRole('link', { name: 'Attendance, declarations and quorum' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Attendance: Health Scrutiny Board, Thursday 18 June 2026',
  );

  // As the hint says: a letter marks the member on the row, ↓ moves to the next. P six times, A
  // twice, then S for a substitute.
  const row = (name: string) => page.getByRole('group', { name: new RegExp(`^Councillor ${name}`) });
  await row('Alice Archer').focus();
  for (const key of ['p', 'p', 'p', 'p', 'p', 'p', 'a', 'a']) {
    await page.keyboard.press(key);
    await page.keyboard.press('ArrowDown');
  }
  await expect(row('Hugh Hall')).toHaveAccessibleName('Councillor Hugh Hall: Apologies');
  await expect(row('Ian Irwin')).toBeFocused();
  await page.keyboard.press('s');
  const substitute = page.getByRole('combobox', { name: 'Substitute for Councillor Ian Irwin' });
  await expect(substitute).toBeVisible();
  await substitute.focus();
  await page.keyboard.type('Sara');
  await page.keyboard.press('Enter');
  await expect(row('Ian Irwin')).toHaveAccessibleName(
    'Councillor Ian Irwin: Apologies, substitute Councillor Sara Stone',
  );
  await expect(row('Alice Archer')).toHaveAccessibleName('Councillor Alice Archer (Chair): Present');
  await expect(row('Femi Fox')).toHaveAccessibleName('Councillor Femi Fox: Present');

  for (const name of ['Jane', 'Tom']) {
    const picker = page.getByRole('combobox', { name: 'Add an officer in attendance' });
    await picker.fill(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Officers in attendance' })).toContainText(name);
  }

  // A pecuniary interest on item 4, with withdrawal.
  const declaration = page.getByRole('form', { name: 'Record a declaration of interest' });
  await declaration.getByLabel('Member', { exact: true }).selectOption({ label: 'Councillor Cara Cole' });
  await declaration.getByLabel('Item', { exact: true }).selectOption({ label: '4 Care homes' });
  await declaration.getByLabel('Category').selectOption('disclosable pecuniary');
  await declaration.getByLabel('The interest').fill('as a director of a care home company');
  await declaration.getByLabel('Withdrew from the room for the item').check();
  await declaration.getByRole('button', { name: 'Record declaration' }).click();
  await expect(page.getByRole('list', { name: 'Declarations of interest' })).toContainText(
    'Councillor Cara Cole: disclosable pecuniary interest in item 4',
  );

  // Meeting mode: Femi Fox arrives during item 3 at 2.20 pm; Erin Ellis leaves during item 5 at 3.40 pm.
  const inMeetingMode = async (item: AgendaItem, clock: string, who: string, action: 'arrived' | 'left') => {
    // The browser runs on UK time (British Summer Time in June).
    await page.clock.setFixedTime(new Date(`2026-06-18T${clock}:00+01:00`));
    await page.evaluate((id) => (window.location.hash = `#/items/${id}/live`), item.id);
    await page.getByRole('button', { name: 'Arrivals and departures' }).click();
    await page.getByRole('button', { name: `Councillor ${who} ${action}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Councillor ${who}` })).toBeVisible();
  };
  await inMeetingMode(items[2]!, '14:20', 'Femi Fox', 'arrived');
  await inMeetingMode(items[4]!, '15:40', 'Erin Ellis', 'left');
  await expect(page.getByTestId('quorum')).toHaveText('Quorate: 6 members count for this item (quorum 3).');

  // The vote on item 4 checked against who counts: Cara Cole withdrew, so 6 count, not 7.
  await page.evaluate((id) => (window.location.hash = `#/items/${id}`), items[3]!.id);
  await expect(page.getByTestId('quorum')).toHaveText('Quorate: 6 members count for this item (quorum 3).');
  await page.getByRole('button', { name: 'New decision (Alt+D)' }).click();
  const decision = page.getByRole('region', { name: 'Decision 1' });
  await decision.getByLabel('How').selectOption('show of hands');
  await decision.getByLabel('Votes for').fill('5');
  await decision.getByLabel('Votes against').fill('2');
  await expect(decision.getByRole('list', { name: 'Check the vote' })).toHaveText(
    '7 votes were recorded, but only 6 members count for this item.',
  );
  // A recorded vote offers only members who count: the substitute can be named; Cara Cole, who
  // withdrew, is not offered, nor can she move or second the decision.
  await decision.getByLabel('How').selectOption('recorded');
  await decision.getByRole('combobox', { name: 'Councillor Sara Stone', exact: true }).selectOption('for');
  await decision.getByRole('combobox', { name: 'Councillor Alice Archer', exact: true }).selectOption('for');
  await expect(decision.getByRole('combobox', { name: 'Councillor Cara Cole', exact: true })).toHaveCount(0);
  for (const role of ['Moved by', 'Seconded by']) {
    await expect(decision.getByLabel(role).locator('option', { hasText: 'Cara Cole' })).toHaveCount(0);
    await expect(decision.getByLabel(role).locator('option', { hasText: 'Alice Archer' })).toHaveCount(1);
  }
  await decision.getByLabel('Moved by').selectOption({ label: 'Councillor Alice Archer' });
  await expect(decision.getByRole('status')).toHaveText('Saved');
  // Recorded before her withdrawal was (here through the API, as another window would): her vote
  // and her seconding are flagged by name, and she stays listed so that they can be put right.
  const cara = (
    await callApi<AttendanceDetail>(page, 'attendance.get', { meetingId: meeting.id })
  ).register.members.find((member) => member.person.name === 'Cara Cole')!;
  const [saved] = await callApi<Decision[]>(page, 'decisions.list', { itemId: items[3]!.id });
  await callApi(page, 'decisions.update', {
    id: saved!.id,
    baseVersion: saved!.version,
    seconderId: cara.personId,
    vote: {
      ...saved!.vote,
      recorded: [...saved!.vote.recorded, { personId: cara.personId, vote: 'against' }],
    },
  });
  await page.reload();
  await expect(decision.getByRole('list', { name: 'Check the vote' })).toHaveText(
    'Councillor Cara Cole withdrew from the room for this item after declaring an interest, so cannot vote on it.',
  );
  await expect(decision.getByRole('list', { name: 'Check the mover and seconder' })).toHaveText(
    'Councillor Cara Cole is recorded as having seconded this, but withdrew from the room for this item after declaring an interest.',
  );
  await expect(decision.getByLabel('Seconded by')).toHaveValue(cara.personId);
  await expect(decision.getByLabel('Seconded by').locator('option:checked')).toHaveText(
    'Councillor Cara Cole (does not count for this item)',
  );
  await decision.getByRole('combobox', { name: 'Councillor Cara Cole', exact: true }).selectOption('');
  await decision.getByLabel('Seconded by').selectOption('');
  await expect(decision.getByRole('list', { name: 'Check the vote' })).toBeHidden();
  await expect(decision.getByRole('list', { name: 'Check the mover and seconder' })).toBeHidden();
  await expect(decision.getByRole('status')).toHaveText('Saved');
  const detail = await callApi<AttendanceDetail>(page, 'attendance.get', { meetingId: meeting.id });
  expect(detail.register.attendees.filter((a) => a.kind === 'member' && a.status === 'present')).toHaveLength(
    6,
  );

  // The register screen: quorum per item, and the wording, exactly.
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/attendance`), meeting.id);
  const quorumRows = page.getByRole('table').filter({ hasText: 'Members counting' }).getByRole('row');
  await expect(quorumRows).toHaveText([
    'MinuteItemMembers countingQuorum (3)Not counting',
    '1Minutes of the last meeting6QuorateFemi Fox (not in the room)',
    '2Dentistry6QuorateFemi Fox (not in the room)',
    '3Mental health6QuorateFemi Fox (arrived during it)',
    '4Care homes6QuorateCara Cole (withdrew)',
    '5Work programme6QuorateErin Ellis (left during it)',
  ]);
  const wording = {
    present:
      'Present: Councillor Alice Archer (Chair), Councillors Ben Baker, Cara Cole, Dev Dutta, Erin Ellis, Femi Fox and Sara Stone.',
    apologies: 'Apologies for absence were received from Councillors Gita Gray, Hugh Hall and Ian Irwin.',
    substitutes: 'Councillor Sara Stone attended as a substitute for Councillor Ian Irwin.',
    officers:
      'Officers in attendance: Jane Smith (Director of Public Health) and Tom Reed (Democratic Services Officer).',
    movements:
      'Councillor Femi Fox arrived at 2.20 pm during minute 3. Councillor Erin Ellis left the meeting at 3.40 pm during minute 5.',
    declarations:
      'Councillor Cara Cole declared a disclosable pecuniary interest in minute 4 (Care homes) as a director of a care home company, and withdrew from the room for the item, taking no part in the discussion or vote.',
  };
  for (const [section, text] of Object.entries(wording)) {
    await expect(page.getByTestId(`wording-${section}`)).toHaveText(text);
  }

  // Reworded for this meeting: the register behind it stays, and a reload shows the officer's words.
  await page.getByRole('button', { name: 'Reword: Present' }).click();
  const own = page.getByRole('textbox', { name: 'Present: your wording' });
  await own.fill(
    'Present: Councillor Alice Archer (in the Chair) and Councillors Baker, Cole, Dutta, Ellis, Fox and Stone.',
  );
  // Saved as it is typed, like the minutes; Done only closes the box.
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.reload();
  await expect(page.getByTestId('wording-present')).toHaveText(
    'Present: Councillor Alice Archer (in the Chair) and Councillors Baker, Cole, Dutta, Ellis, Fox and Stone.',
  );
  await expect(row('Alice Archer')).toHaveAccessibleName('Councillor Alice Archer (Chair): Present');

  // Refused, and nothing else lost: Erin Ellis cannot leave again during item 5.
  const movement = page.getByRole('form', { name: 'Record an arrival or departure' });
  await movement.getByLabel('Who').selectOption({ label: 'Councillor Erin Ellis' });
  await movement.getByLabel('Arrived or left').selectOption('left');
  await movement.getByLabel('During item').selectOption({ label: '5 Work programme' });
  await movement.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Councillor Erin Ellis cannot leave during item 5: they had already left during item 5 and have not arrived since.',
  );
  await expect(page.getByTestId('wording-movements')).toHaveText(wording.movements);

  // With a quorum of 7, meeting mode warns that item 4 is inquorate.
  await callApi(page, 'committees.update', { id: committee.id, quorum: 7 });
  await page.evaluate((id) => (window.location.hash = `#/items/${id}/live`), items[3]!.id);
  await expect(page.getByRole('alert').filter({ hasText: 'Inquorate' })).toHaveText(
    'Inquorate: only 6 members count for this item; the quorum is 7.',
  );
});

test('register keys pressed faster than the server answers are written in order, and the screen shows the latest', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const { meeting } = await setUp(page);
  // The first change of the register is held on its way to the server for a moment, as a slow
  // laptop or a busy disk would: the officer's next key must not overtake it.
  await page.evaluate(() => {
    const send = window.fetch.bind(window);
    let held = false;
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (!held && url.includes('attendance.setMember')) {
        held = true;
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      const response = await send(input, init);
      if (url.includes('attendance.setMember')) {
        (window as unknown as { answered: number }).answered =
          ((window as unknown as { answered?: number }).answered ?? 0) + 1;
      }
      return response;
    };
  });
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/attendance`), meeting.id);
  const row = (name: string) => page.getByRole('group', { name: new RegExp(`^Councillor ${name}`) });
  // P on Alice Archer, then ↑ back to her and A: she sent apologies after all.
  await row('Alice Archer').focus();
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('a');
  // Both writes answered: only now is what the screen and the file say final.
  await expect.poll(() => page.evaluate(() => (window as unknown as { answered?: number }).answered)).toBe(2);
  await expect(row('Alice Archer')).toHaveAccessibleName('Councillor Alice Archer (Chair): Apologies');
  const stored = await callApi<AttendanceDetail>(page, 'attendance.get', { meetingId: meeting.id });
  expect(stored.register.attendees.find((a) => a.person.name === 'Alice Archer')?.status).toBe('apologies');
});

test('the register keys do what the hint says: P, ↓, A marks the first member present and the second with apologies', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const { meeting } = await setUp(page);
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/attendance`), meeting.id);
  const hint = page.locator('#register-hint');
  await expect(hint).toContainText('the key marks that member and stays on the row');
  await expect(hint).toContainText('↓ and ↑ move to the next or previous member');
  const row = (name: string) => page.getByRole('group', { name: new RegExp(`^Councillor ${name}`) });
  await row('Alice Archer').focus();
  // Pressed as the hint describes, as fast as the keyboard allows.
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('a');
  await expect(row('Ben Baker')).toBeFocused();
  await expect(row('Alice Archer')).toHaveAccessibleName('Councillor Alice Archer (Chair): Present');
  await expect(row('Ben Baker')).toHaveAccessibleName('Councillor Ben Baker: Apologies');
  await expect(row('Cara Cole')).toHaveAccessibleName('Councillor Cara Cole: not yet recorded');
  // A mistaken letter is put right by the next one on the same row; ↑ goes back.
  await page.keyboard.press('x');
  await page.keyboard.press('a');
  await page.keyboard.press('ArrowUp');
  await expect(row('Alice Archer')).toBeFocused();
  await expect(row('Ben Baker')).toHaveAccessibleName('Councillor Ben Baker: Apologies');
  await expect
    .poll(async () => {
      const detail = await callApi<AttendanceDetail>(page, 'attendance.get', { meetingId: meeting.id });
      return detail.register.attendees
        .filter((attendee) => attendee.kind === 'member')
        .map((attendee) => `${attendee.person.name}: ${attendee.status}`)
        .sort();
    })
    .toEqual(['Alice Archer: present', 'Ben Baker: apologies']);
});
