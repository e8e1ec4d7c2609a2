// The rough edges a walk-through found on the meeting's own screens (issue 17), each pinned down at
// a council laptop's 1366×768: the meeting page, approving and reopening, the changes after the
// meeting, a decision's vote, the report's breadcrumb and the committee's numbering.
import { expect, test, type Page } from '@playwright/test';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import { callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.use({ viewport: { width: 1366, height: 768 } });
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const daysFromToday = (days: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** A committee with two members, a meeting held two months ago with one item and its minutes, and the next. */
async function heldMeeting(page: Page, minutes: string) {
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Licensing Committee',
    kind: 'regulatory',
    quorum: 2,
    defaultVenue: 'Town Hall',
    numberingScheme: 'LIC{n}/{yy}',
  });
  const members: Person[] = [];
  for (const name of ['Ada Quill', 'Ben Rook', 'Cara Fenwick', 'Dev Patel']) {
    const membership = await callApi<{ person: Person }>(page, 'memberships.addNewPerson', {
      committeeId: committee.id,
      role: 'member',
      person: { name, honorific: 'Councillor', role: '', organisation: '', party: '', kind: 'member' },
    });
    members.push(membership.person);
  }
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: daysFromToday(-60),
    startTime: '10:00',
  });
  const next = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: daysFromToday(-30),
    startTime: '10:00',
  });
  const item = await callApi<AgendaItem>(page, 'items.create', {
    meetingId: meeting.id,
    title: 'Premises licence: The Swan',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  await callApi(page, 'minutes.save', { itemId: item.id, baseVersion: 0, doc: doc(minutes) });
  return { committee, meeting, next, item, members };
}

const open = (page: Page, hash: string) => page.evaluate((to) => (window.location.hash = to), hash);

test('approving asks first, says where and when once, and the reopen reason is a proper field', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const { meeting, next } = await heldMeeting(page, 'The licence was granted.');
  await open(page, `#/meetings/${meeting.id}`);

  // Nothing is approved by one click: a dialog asks, and Cancel leaves the minutes as they were.
  await page.getByRole('button', { name: 'Approve minutes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve these minutes?' });
  await expect(dialog).toContainText('read-only');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const stored = await callApi<{ meeting: Meeting }>(page, 'meetings.get', { id: meeting.id });
  expect(stored.meeting.status).not.toBe('minutes approved');

  await page.getByRole('button', { name: 'Approve minutes' }).click();
  await dialog.getByRole('button', { name: 'Approve minutes' }).click();
  const approval = page.getByRole('region', { name: 'Approval' });
  const nextDate = await page.evaluate(
    (iso) =>
      new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    next.date,
  );
  const wording = `These minutes were approved at the meeting of Licensing Committee on ${nextDate.replace(',', '')}.`;
  await expect(approval.getByText(wording)).toBeVisible();
  expect((await approval.textContent())!.split(nextDate.replace(',', '')).length).toBe(2);

  // The reason for reopening is a field like every other: labelled, bordered, full width.
  const reason = page.getByLabel('Reason for reopening');
  const venue = async () => {
    await page.getByRole('button', { name: 'Reopen minutes' }).isVisible();
    return reason.evaluate((element) => {
      const style = getComputedStyle(element);
      return { border: style.borderTopColor, radius: style.borderTopLeftRadius, width: element.clientWidth };
    });
  };
  const look = await venue();
  expect(look.border).toBe('rgb(138, 147, 158)');
  expect(look.radius).toBe('4px');
  expect(look.width).toBeGreaterThan(400);
});

test('the changes after the meeting fit the page, say each sentence once and name the item', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  // An unbroken line (a pasted web address, a long reference) must not widen the page.
  const long = `See https://example.org/${'licensing/'.repeat(60)}conditions for the conditions.`;
  const { meeting, item, members } = await heldMeeting(page, long);
  await callApi(page, 'attendance.setMember', {
    meetingId: meeting.id,
    personId: members[0]!.id,
    status: 'present',
  });
  await callApi(page, 'attendance.setMember', {
    meetingId: meeting.id,
    personId: members[1]!.id,
    status: 'present',
  });
  const minutes = await callApi<{ version: number }>(page, 'minutes.get', { itemId: item.id });
  await callApi(page, 'minutes.save', {
    itemId: item.id,
    baseVersion: minutes.version,
    doc: doc(`${long} Granted.`),
  });
  await open(page, `#/meetings/${meeting.id}`);

  const trail = page.getByRole('region', { name: 'Changes after the meeting' });
  await expect(
    trail
      .getByRole('heading', { name: /^Minutes of LIC1\/\d\d Premises licence: The Swan changed, / })
      .first(),
  ).toBeVisible();
  await expect(
    trail.getByRole('heading', { name: /^Attendance and declarations changed, / }).first(),
  ).toBeVisible();
  await expect(trail).not.toContainText('Present: Present:');
  const attendance = trail.locator('li').filter({
    has: page.getByRole('heading', { name: /^Attendance and declarations changed, / }),
  });
  await expect(attendance.first().getByLabel('After')).toHaveText(
    'Present: Councillors Ada Quill and Ben Rook.\nNo declarations of interest were made.',
  );
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: window.innerWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
});

test('a casting vote is offered for a tie only', async ({ page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const { item } = await heldMeeting(page, 'Members debated the application.');
  await open(page, `#/items/${item.id}`);
  await page.getByRole('button', { name: 'New decision (Alt+D)' }).click();
  const decision = page.getByRole('region', { name: 'Decision 1' });
  await decision.getByLabel('How').selectOption('show of hands');
  const casting = decision.getByLabel('Chair’s casting vote');
  await expect(casting).toHaveCount(0);
  await decision.getByLabel('Votes for').fill('3');
  await decision.getByLabel('Votes against').fill('1');
  await expect(decision.getByText('Carried: 3 for, 1 against, 0 abstaining.')).toBeVisible();
  await expect(casting).toHaveCount(0);
  await decision.getByLabel('Votes for').fill('2');
  await decision.getByLabel('Votes against').fill('2');
  await expect(casting).toBeVisible();
  await casting.selectOption('for');
  await expect(decision.getByText('Carried: 2 for, 2 against, 0 abstaining.')).toBeVisible();
});

test('the meeting page: details on view, documents first, one number an item, the add form behind its button', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const { meeting } = await heldMeeting(page, 'Granted.');
  await open(page, `#/meetings/${meeting.id}`);
  const details = page.getByRole('region', { name: 'Meeting details' });
  await expect(details.getByText('10.00 am', { exact: true })).toBeVisible();
  await expect(details.getByText('Town Hall', { exact: true })).toBeVisible();
  await expect(page.locator('details')).toHaveCount(0);
  // The Word documents are above the agenda, not at the foot of the page.
  const documentsTop = await page
    .getByRole('region', { name: 'Word documents' })
    .evaluate((e) => e.getBoundingClientRect().top);
  const agendaTop = await page
    .getByRole('region', { name: 'Agenda' })
    .evaluate((e) => e.getBoundingClientRect().top);
  expect(documentsTop).toBeLessThan(agendaTop);
  expect(documentsTop).toBeLessThan(768);
  // "1." once, not "1." and then "Item 1:" again.
  await expect(page.getByRole('heading', { level: 3, name: '1. Premises licence: The Swan' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda' })).not.toContainText('Item 1:');
  // The form to add an item waits behind its button.
  await expect(page.getByRole('form', { name: 'Add item' })).toHaveCount(0);
  const add = page.getByRole('button', { name: 'Add an item' });
  await expect(add).toHaveAttribute('aria-expanded', 'false');
  await add.click();
  await expect(page.getByRole('form', { name: 'Add item' }).getByLabel('Title')).toBeFocused();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('form', { name: 'Add item' })).toHaveCount(0);
  await expect(add).toBeFocused();
});

test('the report’s breadcrumb goes through the meeting, and the committee shows its numbering as minutes read', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const { committee, meeting, item } = await heldMeeting(page, 'Granted.');
  await open(page, `#/items/${item.id}/report`);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
  await expect(crumbs).toHaveCount(2);
  await expect(crumbs.nth(0)).toHaveText('Licensing Committee');
  await expect(crumbs.nth(0)).toHaveAttribute('href', `#/committees/${committee.id}`);
  await expect(crumbs.nth(1)).toHaveAttribute('href', `#/meetings/${meeting.id}`);
  await crumbs.nth(1).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Licensing Committee: / })).toBeFocused();

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  const summary = page.locator('.summary');
  await expect(summary).toContainText(/minutes numbered LIC1\/\d\d, LIC2\/\d\d, LIC3\/\d\d…/);
  await expect(summary).not.toContainText('{');
});
