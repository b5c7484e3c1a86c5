// First start on an empty database: the demo store, its PINs on the sign-in screen, and a clean start.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, SHOTS, signIn } from './pages';
import { appForSpec } from './startApp';

const app = appForSpec({ demo: true });

test('demo store: PINs shown, a rep works a real-looking calendar', async ({ page }) => {
  await page.goto(app.url);
  const priya = page.getByRole('radio', { name: /Priya Shah/ });
  await expect(priya).toBeVisible();
  await expect(page.getByText('PIN 3141')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/10-demo-sign-in.png` });
  await signIn(page, 'Priya Shah', '3141');
  await expectSignedInAs(page, 'Priya Shah');
  await page.keyboard.press('F3');
  const rows = page.locator('.cal-row');
  await expect(rows.first()).toBeVisible();
  await rows.first().click();
  await expect(page.getByRole('complementary', { name: 'Follow-up' })).toContainText('Looked at');
  await page.screenshot({ path: `${SHOTS}/11-demo-my-day.png` });
  const panel = page.getByRole('complementary', { name: 'Follow-up' });
  await expect(panel.getByRole('radio', { checked: true }).first()).toBeVisible();
  await expect(panel.getByLabel('Message text')).toHaveValue(/\(312\) 555-0100/);
  await panel.getByLabel('Message text').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/14-demo-call-screen.png` });
});

test('demo store: the manager reads the reason bank with its track record', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Marcus Reyes', '2468');
  await expectSignedInAs(page, 'Marcus Reyes');
  await page.keyboard.press('F5');
  const rows = page.getByRole('row');
  await expect(rows).toHaveCount(13); // header + 12 active reasons
  await expect(page.getByRole('row', { name: /\$500 down/ })).toContainText(
    /\d+ calls · \d+ reached · \d+ sold/,
  );
  await page.screenshot({ path: `${SHOTS}/15-demo-reasons.png`, fullPage: true });
});

test('start clean deletes the demo data and makes the first person the owner', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Start clean with my own store' }).click();
  const confirm = page.getByRole('dialog', { name: 'Start clean?' });
  // Keeping the demo is where focus starts: Enter at a busy counter never deletes by accident.
  await expect(confirm.getByRole('button', { name: 'Keep the demo' })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/11-start-clean-confirm.png` });
  await confirm.getByRole('button', { name: 'Delete the demo data' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to BeBack' })).toBeVisible();
  await page.getByLabel('Your name').fill('Rosa Owner');
  await page.getByLabel('Choose a PIN (4–6 digits)').fill('8642');
  await page.getByLabel('Type the PIN again').fill('8642');
  await page.screenshot({ path: `${SHOTS}/12-setup.png` });
  await page.getByRole('button', { name: 'Create my store' }).click();
  await expectSignedInAs(page, 'Rosa Owner');
  await page.keyboard.press('F3');
  await expect(page.getByText('Nothing on this calendar')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/13-empty-day.png` });
});
