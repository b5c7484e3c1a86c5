// Leaving a call with typed notes or an edited message asks first — Esc, Close, another calendar row, another
// tab (click or function key) — and Stay keeps every word exactly, with focus back where it was; Leave
// throws them away. Nothing typed, or the outcome logged: no question. Keyboard only works in the dialog.
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, openCall, rpc, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager, TEAM.seller] });
const SHOTS = '/tmp/shots-callpanel';
const NOTES = 'Asked about the trade-in — call back after 5, wife decides.';

function leaveDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Leave this call?' });
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  for (const [firstName, phone, product] of [
    ['Gina', '(312) 555-0181', 'Summit crew-cab pickup'],
    ['Hank', '(312) 555-0182', 'Trailhawk 4x4 SUV'],
    ['Ivy', '(312) 555-0183', 'Zero-turn mower'],
  ]) {
    await rpc(page, 'walkouts.create', {
      prospect: { firstName, lastName: 'Lopez', phone },
      product,
      category: 'Truck',
      closeness: 4,
      objection: 'price',
    });
  }
  await page.close();
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
});

test('nothing typed: Esc closes the call without a question', async ({ page }) => {
  const panel = await openCall(page, 'Gina Lopez');
  await expect(panel.getByLabel('Message text')).toHaveValue(/^Hi Gina/);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(leaveDialog(page)).toHaveCount(0);
  // Focus is back on the call's row: Enter opens it again.
  await expect(page.getByRole('button', { name: /Gina Lopez/ })).toBeFocused();
  // A message typed into and put back as drafted is nothing to lose either.
  await openCall(page, 'Gina Lopez');
  const message = panel.getByLabel('Message text');
  await message.press('Control+End');
  await message.pressSequentially(' Bye.');
  for (let i = 0; i < ' Bye.'.length; i++) await message.press('Backspace');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(leaveDialog(page)).toHaveCount(0);
});

test('Esc with typed notes asks; Enter and Esc stay with the notes kept; Leave discards', async ({
  page,
}) => {
  const panel = await openCall(page, 'Gina Lopez');
  const notes = panel.getByLabel('Notes');
  await notes.focus();
  await page.keyboard.type(NOTES);
  await page.keyboard.press('Escape');
  const dialog = leaveDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Your notes will be lost.');
  await expect(dialog.getByRole('button', { name: /Stay/ })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/leave-dialog-1024.png` });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${SHOTS}/leave-dialog-1366.png` });
  await page.setViewportSize({ width: 1024, height: 768 });

  // Tab stays among Stay and Leave, both ways.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Leave' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: /Stay/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Leave' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: /Stay/ })).toBeFocused();

  // Enter = Stay: the notes exactly as typed, the caret back in them.
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(notes).toHaveValue(NOTES);
  await expect(notes).toBeFocused();
  await page.keyboard.type(' Ok.');
  await expect(notes).toHaveValue(`${NOTES} Ok.`);

  // Esc in the dialog = Stay too.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(panel).toBeVisible();
  await expect(notes).toHaveValue(`${NOTES} Ok.`);
  await expect(notes).toBeFocused();

  // The Close button asks the same; Leave (by keyboard) closes the call and forgets the notes.
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Gina Lopez/ })).toBeFocused();
  await openCall(page, 'Gina Lopez');
  await expect(panel.getByLabel('Notes')).toHaveValue('');
});

test('another calendar row with an edited message asks; Stay keeps the words, Leave opens the other call', async ({
  page,
}) => {
  const panel = await openCall(page, 'Gina Lopez');
  const message = panel.getByLabel('Message text');
  await expect(message).toHaveValue(/^Hi Gina/);
  await message.press('Control+End');
  await message.pressSequentially(' See you Saturday at the lot.');
  const edited = await message.inputValue();
  expect(edited).toMatch(/ See you Saturday at the lot\.$/);

  const hank = page.getByRole('button', { name: /Hank Lopez/ });
  await hank.click();
  const dialog = leaveDialog(page);
  await expect(dialog).toContainText('Your edited message will be lost.');
  await dialog.getByRole('button', { name: /Stay/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByRole('heading', { name: 'Gina Lopez' })).toBeVisible();
  await expect(message).toHaveValue(edited);
  await expect(message).toBeFocused();

  // Notes as well: the dialog names both.
  await panel.getByLabel('Notes').fill(NOTES);
  await hank.click();
  await expect(dialog).toContainText('Your notes and your edited message will be lost.');
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(panel.getByRole('heading', { name: 'Hank Lopez' })).toBeVisible();
  await expect(panel.getByLabel('Notes')).toHaveValue('');
  await expect(panel.getByLabel('Message text')).toHaveValue(/^Hi Hank/);
});

test('another tab, by click or by its key, asks; Stay keeps My day and the notes, Leave goes', async ({
  page,
}) => {
  const panel = await openCall(page, 'Ivy Lopez');
  const notes = panel.getByLabel('Notes');
  await notes.fill(NOTES);
  const dialog = leaveDialog(page);

  await page.getByRole('link', { name: /Log walkout/ }).click();
  await expect(dialog).toContainText('Your notes will be lost.');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/#\/day$/);
  await expect(notes).toHaveValue(NOTES);
  await expect(notes).toBeFocused();

  await page.keyboard.press('F2');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/day$/);
  await expect(notes).toHaveValue(NOTES);

  await page.keyboard.press('F2');
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(/#\/log$/);
  await expect(page.getByLabel('First name')).toBeVisible();
  await expect(dialog).toHaveCount(0);
});

test('after an outcome is logged nothing is asked', async ({ page }) => {
  const panel = await openCall(page, 'Ivy Lopez');
  await panel.getByLabel('Notes').fill(NOTES);
  await panel.getByRole('radio', { name: /No answer/ }).check();
  await panel.getByRole('button', { name: /Save outcome/ }).click();
  await expect(page.getByRole('status')).toContainText('No answer logged for Ivy Lopez');
  await expect(panel).toHaveCount(0);
  await page.keyboard.press('F2');
  await expect(page).toHaveURL(/#\/log$/);
  await expect(leaveDialog(page)).toHaveCount(0);
});

test("a manager switching to another person's calendar is asked too", async ({ page }) => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F3');
  const calendarOf = page.getByLabel('Calendar of');
  await calendarOf.selectOption({ label: 'Sam Seller' });
  await expect(page.getByRole('heading', { name: "Sam Seller's calendar" })).toBeVisible();
  const panel = await openCall(page, 'Gina Lopez');
  await panel.getByLabel('Notes').fill(NOTES);
  await calendarOf.selectOption({ label: 'Mike Manager' });
  const dialog = leaveDialog(page);
  await expect(dialog).toContainText('Your notes will be lost.');
  await page.keyboard.press('Enter');
  await expect(calendarOf).toHaveValue(
    (await calendarOf.locator('option', { hasText: 'Sam Seller' }).getAttribute('value')) ?? '',
  );
  await expect(panel.getByLabel('Notes')).toHaveValue(NOTES);
  await calendarOf.selectOption({ label: 'Mike Manager' });
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible();
  await expect(panel).toHaveCount(0);
});
