// First start on an empty database: the demo store and its PINs on the sign-in screen (a clean start
// over it is startClean.spec.ts).
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
  const rows = page.locator('[data-follow-up]');
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
