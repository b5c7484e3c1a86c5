// Page objects of the backup screens: Settings → Backups, and screenshots at the two sizes of a counter PC.
import { expect, type Page } from '@playwright/test';
import { SHOTS } from './pages';

export async function openBackups(page: Page) {
  await page.keyboard.press('F9');
  await page
    .getByRole('navigation', { name: 'Settings pages' })
    .getByRole('link', { name: 'Backups' })
    .click();
  await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
}

/** The page at 1366×900 and 1024×768 (`<name>-1366.png`, `<name>-1024.png`), then back to the spec's size. */
export async function shoot(page: Page, name: string) {
  const before = page.viewportSize();
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}
