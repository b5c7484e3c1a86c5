// Start clean over the demo asks for the store before its owner: name, a time zone found by typing part
// of its name (keyboard only), the country phones are read in (the zone's, by itself), callback phone,
// opening hours; then the owner's name and PIN. The first voicemail draft gives the new store's number,
// never the demo's. Both steps shot at 1366×900 and 1024×768.
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, rpc, SHOTS, tabToLocator } from './pages';
import { appForSpec } from './startApp';

const app = appForSpec({ demo: true });
// The PC sits in New York; the store it is set up for is in Chicago.
test.use({ timezoneId: 'America/New_York' });
const SHOT_DIR = process.env.BEBACK_SHOTS ?? SHOTS;

async function shootBoth(page: Page, name: string) {
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOT_DIR}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test('start clean: the store step, then the owner, then drafts give the new number', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Start clean with my own store' }).click();
  const confirm = page.getByRole('dialog', { name: 'Start clean?' });
  // Keeping the demo is where focus starts: Enter at a busy counter never deletes by accident.
  await expect(confirm.getByRole('button', { name: 'Keep the demo' })).toBeFocused();
  await expect(confirm).toContainText('the demo store’s name, callback number and hours');
  await confirm.getByRole('button', { name: 'Delete the demo data' }).click();

  // Step 1, keyboard only. Nothing of the demo is offered; the PC's own zone is preselected.
  await expect(page.getByRole('heading', { name: 'Welcome to BeBack' })).toBeVisible();
  await expect(page.getByText('Step 1 of 2: your store')).toBeVisible();
  const name = page.getByLabel('Store name');
  const phone = page.getByLabel('Callback phone');
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  const country = page.getByRole('combobox', { name: 'Country' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('');
  await expect(phone).toHaveValue('');
  await expect(zone).toHaveValue('America/New_York');
  await expect(country).toHaveValue('US'); // the zone's country: phones are read as this country's
  await expect(page.getByText(/^It is \w+day \d{1,2}:\d{2} (AM|PM) there now\.$/)).toBeVisible();
  await page.keyboard.type('Prairie Tractor & Mower');
  await page.keyboard.press('Tab');

  // The zone: type part of its name, the list narrows, Enter takes it; the country follows the zone.
  await expect(zone).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('london');
  const list = page.getByRole('listbox', { name: 'Time zones' });
  await expect(list.getByRole('option')).toHaveText(['Europe/London']);
  await page.keyboard.press('Enter');
  await expect(country).toHaveValue('GB');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('chic');
  await expect(list.getByRole('option')).toHaveText(['America/Chicago']);
  await expect(page.getByText('1 zone: arrows to move, Enter to choose.')).toBeVisible();
  await shootBoth(page, 'startclean-store-search');
  await page.keyboard.press('Enter');
  await expect(zone).toHaveValue('America/Chicago');
  await expect(country).toHaveValue('US');
  await expect(list).toHaveCount(0);
  await expect(page.getByText('Step 1 of 2: your store')).toBeVisible(); // Enter chose; it did not submit

  // Free text is never kept: typed but not chosen, the box goes back to the zone chosen.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Chicago time');
  await expect(page.getByText('No time zone has that name: try the nearest big city.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(zone).toHaveValue('America/Chicago');
  await page.keyboard.press('Tab');
  await expect(country).toBeFocused();
  await page.keyboard.press('Tab');

  await expect(phone).toBeFocused();
  await page.keyboard.type('630 555 01');
  await page.keyboard.press('Tab');
  // A field is judged as it is left.
  await expect(page.getByText('"630 555 01" is not a valid phone number')).toBeVisible();

  // Next with a short number and every day closed: both refused on their fields, the step stays.
  await tabToLocator(page, page.getByRole('button', { name: 'Next: your name and PIN' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Open at least one day a week')).toBeVisible();
  await expect(page.getByText('Step 1 of 2: your store')).toBeVisible();
  await expect(phone).toBeFocused();
  await phone.press('ControlOrMeta+a');
  await page.keyboard.type('630 555 0188');
  await page.keyboard.press('Tab');
  await expect(phone).toHaveValue('(630) 555-0188');
  await expect(page.getByText('Messages say: “call me back at (630) 555-0188”')).toBeVisible();

  // Hours: open Monday to Saturday with Space; Saturday closes early.
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) {
    const open = page.getByRole('checkbox', { name: `${day} Open` });
    await tabToLocator(page, open);
    await page.keyboard.press('Space');
    await expect(open).toBeChecked();
  }
  await expect(page.getByRole('checkbox', { name: 'Sunday Open' })).not.toBeChecked();
  await expect(page.getByText('Open at least one day a week')).toHaveCount(0);
  const saturdayTo = page.getByRole('textbox', { name: 'Saturday to' });
  await expect(saturdayTo).toHaveValue('17:00');
  await tabToLocator(page, saturdayTo);
  await page.keyboard.type('0300PM');
  await expect(saturdayTo).toHaveValue('15:00');
  await shootBoth(page, 'startclean-store');

  // Nothing is written before the owner step: the server still has no store name.
  expect((await rpc(page, 'setup.status', {})).storeName).toBe('BeBack Motors');
  await tabToLocator(page, page.getByRole('button', { name: 'Next: your name and PIN' }));
  await page.keyboard.press('Enter');

  // Step 2: the owner.
  await expect(page.getByText('Step 2 of 2: you, its owner')).toBeVisible();
  await expect(page.getByText('You will be the owner of Prairie Tractor & Mower.')).toBeVisible();
  await expect(page.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type('Rosa Owner');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8642');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8642');
  await shootBoth(page, 'startclean-owner');

  // Enter in the last PIN field creates the store. (Where a server issue lands, and on which step, is
  // tests/unit/setupForm.test.ts's; the server's refusals by path are tests/integration/setup.test.ts's.)
  await page.keyboard.press('Enter');
  await expectSignedInAs(page, 'Rosa Owner');
  await expect(page.getByRole('banner')).toContainText('Prairie Tractor & Mower');
  expect((await rpc(page, 'settings.get', {})).defaultRegion).toBe('US');

  // The store's first walkout: its first call's voicemail gives the new number, not the demo's.
  await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Gina', lastName: 'Lopez', phone: '(312) 555-0181' },
    product: 'Kubota BX2380 tractor',
    category: 'Tractors',
    closeness: 4,
    objection: 'price',
  });
  await page.keyboard.press('F3');
  await page
    .getByRole('button', { name: /Gina Lopez/ })
    .first()
    .click();
  const message = page.getByLabel('Message text');
  await expect(message).toHaveValue(/Call me back at \(630\) 555-0188/);
  await expect(message).toHaveValue(/Prairie Tractor & Mower/);
  await expect(message).not.toHaveValue(/555-0100/);
  await page.screenshot({ path: `${SHOT_DIR}/startclean-first-voicemail-1366.png`, fullPage: true });
});
