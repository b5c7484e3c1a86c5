// Leaving a call with typed notes, a sale amount, a next-step time or an edited message asks first — Esc,
// Close, another calendar row, another tab (click or function key), Sign out, closing the browser tab — and
// Stay keeps every word exactly, with focus back where it was; Leave throws them away. Nothing typed, or the
// outcome logged: no question. Keyboard only works in the dialog. The idle lock asks nothing: it keeps the
// notes and edited message for the same employee, offered back when they open that call again.
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, openCall, rpc, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager, TEAM.seller] });
const SHOTS = '/tmp/shots-callpanel';
const NOTES = 'Asked about the trade-in — call back after 5, wife decides.';
const NEW_SHOTS = '/tmp/shots-leaveguard';

/** The page at the two sizes of a counter PC, then back at 1024×768 where these tests run. */
async function shootBoth(page: Page, name: string) {
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${NEW_SHOTS}/${name}-${width}.png` });
  }
}

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

test('a typed sale amount and a next-step time count too, and the dialog names each', async ({ page }) => {
  const panel = await openCall(page, 'Gina Lopez');
  await panel.getByRole('radio', { name: /Sold/ }).check();
  const amount = panel.getByLabel('Sale amount');
  await amount.fill('41900');
  await page.keyboard.press('Escape');
  const dialog = leaveDialog(page);
  await expect(dialog).toContainText('Your sale amount will be lost.');
  await page.keyboard.press('Enter');
  await expect(amount).toHaveValue('41900');
  await expect(amount).toBeFocused();

  const nextStep = panel.getByLabel('Next step agreed for (optional)');
  await nextStep.fill('2026-11-25T17:00');
  await panel.getByLabel('Notes').fill(NOTES);
  await page.keyboard.press('Escape');
  await expect(dialog).toContainText('Your notes, your sale amount and your next-step time will be lost.');
  await shootBoth(page, 'leave-amount-next-step');
  await page.keyboard.press('Escape');
  await expect(nextStep).toHaveValue('2026-11-25T17:00');

  // The time alone is something to lose as well; with it cleared, nothing is asked.
  await panel.getByLabel('Notes').fill('');
  await amount.fill('');
  await page.keyboard.press('Escape');
  await expect(dialog).toContainText('Your next-step time will be lost.');
  await page.keyboard.press('Enter');
  await nextStep.fill('');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(dialog).toHaveCount(0);
});

test('Sign out with typed notes asks; Stay keeps them, Leave signs out and forgets them', async ({
  page,
}) => {
  const panel = await openCall(page, 'Hank Lopez');
  const notes = panel.getByLabel('Notes');
  await notes.fill(NOTES);
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await signOut.click();
  const dialog = leaveDialog(page);
  await expect(dialog).toContainText('Your notes will be lost.');
  await shootBoth(page, 'leave-sign-out');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expectSignedInAs(page, 'Sam Seller');
  await expect(notes).toHaveValue(NOTES);
  await expect(notes).toBeFocused();

  await signOut.click();
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await openCall(page, 'Hank Lopez');
  await expect(notes).toHaveValue('');
  await expect(page.getByText(/before the PC locked/)).toHaveCount(0);
});

test("closing the browser tab with typed notes asks the browser's question; nothing typed closes", async ({
  page,
}) => {
  const panel = await openCall(page, 'Hank Lopez');
  const notes = panel.getByLabel('Notes');
  await notes.focus();
  await page.keyboard.type('Wife decides.');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
  expect(page.isClosed()).toBe(false);
  await expect(notes).toHaveValue('Wife decides.');

  await notes.fill('');
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(page.isClosed()).toBe(true);
});

test('the idle lock asks nothing: the notes and message are offered back to the same employee only', async ({
  page,
}) => {
  const calls = page.getByRole('status').filter({ hasText: 'before the PC locked' });
  const lockAfterAMinute = async () => {
    const now = await page.evaluate(() => Date.now());
    await page.clock.pauseAt(now + 1_000);
    await page.clock.runFor(61_000);
    await page.clock.resume();
    const signInForm = page.getByRole('form', { name: 'Sign in' });
    await expect(signInForm).toContainText('BeBack locked after 1 minute without use. Sign in to carry on.');
    await expect(leaveDialog(page)).toHaveCount(0);
  };
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await rpc(page, 'settings.update', { idleLockMinutes: 1 });
  await page.clock.install();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');

  const panel = await openCall(page, 'Gina Lopez');
  const notes = panel.getByLabel('Notes');
  const message = panel.getByLabel('Message text');
  await notes.fill(NOTES);
  await expect(message).toHaveValue(/^Hi Gina/);
  await message.press('Control+End');
  await message.pressSequentially(' See you Saturday.');
  const edited = await message.inputValue();
  await lockAfterAMinute();

  // Mike opens Sam's calendar at the same PC: Gina's call, nothing of Sam's typing.
  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F3');
  await page.getByLabel('Calendar of').selectOption({ label: 'Sam Seller' });
  await expect(page.getByRole('heading', { name: "Sam Seller's calendar" })).toBeVisible();
  await openCall(page, 'Gina Lopez');
  await expect(notes).toHaveValue('');
  await expect(message).toHaveValue(/^Hi Gina/);
  await expect(message).not.toHaveValue(edited);
  await expect(calls).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sign out' }).click();

  // Sam again: another call shows no offer; Gina's does, and Put them back restores both, word for word.
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await openCall(page, 'Ivy Lopez');
  await expect(calls).toHaveCount(0);
  await openCall(page, 'Gina Lopez');
  await expect(calls).toContainText('You had typed notes for this call before the PC locked.');
  await expect(notes).toHaveValue('');
  await shootBoth(page, 'idle-lock-notes-offer');
  await calls.getByRole('button', { name: 'Put them back' }).click();
  await expect(calls).toHaveCount(0);
  await expect(notes).toHaveValue(NOTES);
  await expect(message).toHaveValue(edited);
  await expect(notes).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(leaveDialog(page)).toContainText('Your notes and your edited message will be lost.');
  await page.keyboard.press('Enter');

  // Locked again with them: Discard forgets them for good.
  await lockAfterAMinute();
  await signIn(page, 'Sam Seller', '3333');
  await openCall(page, 'Gina Lopez');
  await calls.getByRole('button', { name: 'Discard' }).click();
  await expect(calls).toHaveCount(0);
  await expect(notes).toHaveValue('');
  await expect(notes).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await openCall(page, 'Gina Lopez');
  await expect(calls).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await rpc(page, 'settings.update', { idleLockMinutes: 5 });
});
