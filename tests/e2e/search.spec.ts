// Search (Ctrl+K): a be-back walks in; the counter types the last 4 digits of their phone, picks them with
// the arrows and Enter opens their walkout story.
import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, rpc, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager, TEAM.seller] });
const SHOTS = '/tmp/shots-search';

async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
}

test('Ctrl+K, the last 4 digits, arrows and Enter open the walkout story', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  for (const [firstName, lastName, phone, product] of [
    ['José', 'Walker', '(312) 555-0161', 'Pontoon boat'],
    ['Rosa', 'Lee', '(312) 555-7161', 'Zero-turn mower'],
  ])
    await rpc(page, 'walkouts.create', {
      prospect: { firstName, lastName, phone, email: '' },
      product,
      closeness: 4,
      objection: 'price',
    });

  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: /Name, phone/ });
  await expect(box).toBeFocused();
  await box.fill('16');
  await expect(page.getByText('Type at least 4 digits of the phone number.')).toBeVisible();
  await box.fill('161');
  await box.fill('jose');
  const options = page.getByRole('listbox', { name: 'Prospects found' }).getByRole('option');
  await expect(options).toHaveText([/José Walker.*Sam Seller’s lead.*open/]);
  await box.fill('0161');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('José Walker');
  await box.fill('161');
  await box.fill('5550161');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.fill('7161');
  await expect(options).toHaveText([/Rosa Lee/]);
  await box.fill('Walker');
  await expect(options).toHaveText([/José Walker/]);
  await shots(page, 'search-dialog');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#?\/walkout\/\d+/);
  const story = page.getByRole('complementary', { name: 'Walkout' });
  await expect(story).toContainText('Pontoon boat');
  await shots(page, 'search-story');

  // The header's Search button opens the same dialog.
  await page.getByRole('button', { name: /Search/ }).click();
  await expect(page.getByRole('combobox', { name: /Name, phone/ })).toBeFocused();
});
