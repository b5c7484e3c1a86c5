// The follow-up workbench: a due call worked end to end by keyboard with a reason and a composed
// voicemail; a manager adds a reason and books its campaign.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, rpc, SHOTS, signIn, tabToLocator } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({
  demo: false,
  team: [TEAM.owner, TEAM.manager, TEAM.seller, TEAM.trainee],
});

const lead = (firstName: string, phone: string, category: string, product: string) => ({
  prospect: { firstName, lastName: 'Walker', phone },
  product,
  category,
  closeness: 4,
  objection: 'financing',
  painPoints: 'Old truck keeps breaking down',
});

test('work a due call by keyboard: choose a reason, compose a voicemail, fix a weak phrase, log it', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await rpc(page, 'reasons.create', {
    text: 'we now approve first-time buyers with $500 down',
    category: 'new_policy',
    objections: ['financing'],
  });
  await rpc(page, 'reasons.create', {
    text: 'our service department now has Saturday loaner cars',
    category: 'new_capability',
  });
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await rpc(page, 'walkouts.create', lead('Rosa', '(312) 555-0161', 'SUV', 'Trailhawk 4x4 SUV'));
  await page.keyboard.press('F3');
  const row = page.getByRole('region', { name: 'Due today' }).getByRole('button', { name: /Rosa Walker/ });
  await row.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Follow-up' });
  await expect(panel).toContainText('Old truck keeps breaking down');

  // The reason that fits the financing objection is suggested first and chosen for the rep.
  const reason = panel.getByRole('radio', { name: /first-time buyers/ });
  const loaners = panel.getByRole('radio', { name: /Saturday loaner cars/ });
  await expect(reason).toBeChecked();
  await tabToLocator(page, reason, 'Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await expect(loaners).toBeChecked();
  await expect(panel.getByLabel('Message text')).toHaveValue(/Saturday loaner cars/);
  await page.keyboard.press('ArrowUp');
  await expect(reason).toBeChecked();
  const message = panel.getByLabel('Message text');
  await expect(message).toHaveValue(/Rosa/);
  await expect(message).toHaveValue(/first-time buyers with \$500 down/);
  await expect(panel.getByText(/Strong message/)).toBeVisible();

  await tabToLocator(page, message);
  await page.keyboard.press('Control+End');
  const weak = ' Just checking in.';
  await page.keyboard.type(weak);
  const check = panel.getByRole('list', { name: 'Message check' });
  await expect(check).toContainText(/just checking in/i);
  await page.screenshot({ path: `${SHOTS}/20-call-weak-phrase.png`, fullPage: true });
  for (let i = 0; i < weak.length; i++) await page.keyboard.press('Backspace');
  await expect(check).toHaveCount(0);
  await expect(panel.getByText(/Strong message/)).toBeVisible();

  await page.keyboard.press('Tab');
  await page.keyboard.press('5');
  const voicemail = panel.getByRole('radio', { name: /Voicemail left/ });
  await expect(voicemail).toBeChecked();
  await tabToLocator(page, voicemail);
  await page.screenshot({ path: `${SHOTS}/21-call-ready.png`, fullPage: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(
    'Voicemail left logged for Rosa Walker. Next: Check-in due Thu 26 Nov',
  );

  const day = await rpc(page, 'calendar.day', {});
  const walkoutId = day.upcoming.find(
    (r: { prospect: { firstName: string } }) => r.prospect.firstName === 'Rosa',
  ).walkout.id;
  const story = await rpc(page, 'walkouts.get', { id: walkoutId });
  const done = story.followUps.find((f: { status: string }) => f.status === 'done');
  expect(done.reasonText).toBe('we now approve first-time buyers with $500 down');
  expect(done.message).toContain('first-time buyers');
  expect(done.message).not.toMatch(/checking in/i);
});

test('a manager adds a reason and books its campaign on the owners calendars', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Tina Trainee', '4444');
  await expectSignedInAs(page, 'Tina Trainee');
  await expect(page.getByRole('link', { name: /Reasons/ })).toHaveCount(0);
  for (const [name, phone] of [
    ['Hank', '(312) 555-0171'],
    ['Ivy', '(312) 555-0172'],
  ]) {
    const created = await rpc(page, 'walkouts.create', lead(name, phone, 'Truck', 'Summit crew-cab pickup'));
    await rpc(page, 'followUps.complete', {
      followUpId: created.firstContact.followUpId,
      outcome: 'no_answer',
    });
  }
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F5');
  await expect(page.getByRole('heading', { name: 'Reasons to call' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a reason' }).click();
  // Too short, and "until" before "from": each message on its own field, nothing saved.
  const reasonText = page.getByLabel("The reason I'm calling is…");
  await reasonText.fill('new');
  await page.getByLabel('Active from (optional)').fill('2026-12-10');
  await page.getByLabel('Active until (optional)').fill('2026-12-01');
  await page.getByRole('button', { name: 'Save reason' }).click();
  await expect(reasonText).toHaveAccessibleDescription('Say the reason in a sentence');
  await expect(reasonText).toBeFocused();
  await reasonText.fill('the Summit');
  await page.getByLabel('Active until (optional)').fill('2026-12-01');
  await page.getByRole('button', { name: 'Save reason' }).click();
  await expect(page.getByLabel('Active until (optional)')).toHaveAccessibleDescription(
    '"Active until" must be after "active from"',
  );
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/22-reason-form-refused-${width}.png`, fullPage: true });
  }
  const texts = (await rpc(page, 'reasons.list', {})).map((r: { text: string }) => r.text);
  expect(texts.filter((t: string) => t.startsWith('the Summit'))).toEqual([]);
  await page.getByLabel('Active from (optional)').fill('');
  await page.getByLabel('Active until (optional)').fill('');
  await reasonText.fill('the Summit Work Edition is $4,000 under the one you drove');
  await page.getByLabel('Kind of reason').selectOption('new_product');
  await page.getByLabel('Fits categories (comma-separated)').fill('Truck');
  await page.screenshot({ path: `${SHOTS}/22-reason-form.png`, fullPage: true });
  await page.getByRole('button', { name: 'Save reason' }).click();

  const campaign = page.getByRole('region', { name: 'Campaign' });
  await expect(campaign).toContainText('2 of 2 open and not-now walkouts');
  await expect(campaign.getByRole('row', { name: /Tina Trainee/ })).toContainText('2');
  await page.screenshot({ path: `${SHOTS}/23-campaign-preview.png`, fullPage: true });
  await campaign.getByRole('button', { name: 'Book 2 campaign calls' }).click();
  await expect(campaign).toContainText('2 campaign calls are on the calendars.');
  await page.screenshot({ path: `${SHOTS}/24-campaign-done.png`, fullPage: true });
  await campaign.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row', { name: /Summit Work Edition/ })).toContainText('Not used yet');
  await page.screenshot({ path: `${SHOTS}/25-reasons.png`, fullPage: true });

  const tina = (await rpc(page, 'employees.list', {})).find(
    (e: { name: string }) => e.name === 'Tina Trainee',
  );
  const day = await rpc(page, 'calendar.day', { employeeId: tina.id });
  const purposes = day.upcoming.map((r: { followUp: { purpose: string } }) => r.followUp.purpose);
  expect(purposes).toEqual(['campaign', 'campaign']);
});
