// The first start's demo speaks the user's trade: the sign-in screen offers vehicles, home appliances and
// vacuums, or trade supplies, and the chosen demo's store, products and reasons replace the others.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, SHOTS, signIn } from './pages';
import { appForSpec } from './startApp';

const app = appForSpec({ demo: true });

test('a demo of another trade: its store name, products and reasons', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'BeBack Motors' })).toBeVisible();
  const demo = page.getByRole('form', { name: 'Demo store' });
  const trade = demo.getByLabel('Demo store');
  await expect(trade).toHaveValue('vehicles');
  // The demo already shown is not made again.
  await expect(demo.getByRole('button', { name: 'Show this demo' })).toBeDisabled();
  await trade.selectOption({ label: 'Home appliances and vacuums' });
  await page.screenshot({ path: `${SHOTS}/95-demo-trade-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/95-demo-trade-1024.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await demo.getByRole('button', { name: 'Show this demo' }).click();

  await expect(page.getByRole('heading', { name: 'BeBack Home & Vacuum' })).toBeVisible({ timeout: 60_000 });
  await expect(trade).toHaveValue('appliances');
  await signIn(page, 'Marcus Reyes', '2468');
  await expectSignedInAs(page, 'Marcus Reyes');
  await page.keyboard.press('F5');
  await expect(page.getByRole('heading', { name: 'Reasons to call' })).toBeVisible();
  await expect(page.getByText('Free in-home measuring: we check the fit before you buy')).toBeVisible();
  await expect(page.getByText(/Trailhawk/)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/95-demo-trade-reasons.png`, fullPage: true });
});
