// The figures issue 15 made truthful, as the owner reads them on the demo store: the speed chart's
// "not yet due" bucket and "no contact details" counted apart, the comparison in words when the period
// before had no walkouts, and the audit's "late or never called". Screens kept at two window sizes.
import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, signIn } from './pages';
import { appForSpec } from './startApp';

const app = appForSpec({ demo: true });
const SHOTS = '/tmp/shots-figures';
const SIZES = [
  { width: 1366, height: 900 },
  { width: 1024, height: 768 },
];

async function settled(page: Page) {
  await expect(page.locator('[class*="dashboardBody"]')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[class*="dashboardBody"][class*="stale"]')).toHaveCount(0);
}

test('the owner reads truthful figures on the dashboard and the audit', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(app.url);
  await signIn(page, 'Dana Whitfield', '1357');
  await expectSignedInAs(page, 'Dana Whitfield');
  await page.keyboard.press('F8');
  await settled(page);
  const speed = page.getByRole('region', { name: 'Speed to first contact', exact: true });
  await expect(speed).toContainText(/left no phone or email and (is|are) counted apart|Every walkout left/);
  await speed.getByRole('button', { name: 'Table' }).click();
  await expect(speed.getByRole('row', { name: /No contact details \(apart\)/ })).toBeVisible();
  await speed.getByRole('button', { name: 'Chart' }).click();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/dashboard-${size.width}.png`, fullPage: true });
  }

  // The demo's walkouts all fall in the last months: the year before has none, and says so in words.
  await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'This year' });
  await settled(page);
  const walkouts = page.getByRole('article', { name: 'Walkouts' });
  await expect(walkouts).toContainText('no walkouts in the previous period');
  await expect(walkouts).not.toContainText('—');
  await page.setViewportSize(SIZES[1]);
  await page.screenshot({ path: `${SHOTS}/dashboard-year-1024.png` });

  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { name: 'Calendar audit' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'This month' });
  await expect(page.getByRole('table').filter({ hasText: 'late or never called' })).toHaveCount(1);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/audit-${size.width}.png`, fullPage: true });
  }
});
