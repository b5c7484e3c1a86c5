// Store settings: the owner changes and keeps values, a bad time zone writes nothing, a manager only reads.
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, rpc, rpcFromPage, SHOTS, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({
  demo: false,
  team: [TEAM.owner, TEAM.manager],
});

async function openSettings(page: Page) {
  await page.keyboard.press('F9');
  await expect(page.getByRole('heading', { name: 'Store settings' })).toBeVisible();
}

test('the owner changes the callback phone and campaign cap; they are kept, a bad zone is refused', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await openSettings(page);
  await expect(page.getByLabel('Time zone')).toHaveValue('America/Chicago');
  await expect(page.getByRole('checkbox', { name: 'Sunday Open' })).not.toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Saturday Closes' })).toHaveValue('17:00');
  await expect(page.getByLabel('Manager save commission ($)')).toHaveValue('$50');

  await page.getByLabel('Store phone for callbacks').fill('(312) 555-0199');
  await page.getByLabel('Campaign calls per calendar per day').fill('15');
  const sent = page.waitForRequest('**/rpc/settings.update');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  // Only what changed travels; every other setting stays as stored.
  expect((await sent).postDataJSON()).toEqual({ storePhone: '(312) 555-0199', campaignDailyCap: 15 });
  expect(await rpc(page, 'settings.get', {})).toMatchObject({
    storePhone: '(312) 555-0199',
    campaignDailyCap: 15,
    timeZone: 'America/Chicago',
  });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.reload();
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await openSettings(page);
  await expect(page.getByLabel('Store phone for callbacks')).toHaveValue('(312) 555-0199');
  await expect(page.getByLabel('Campaign calls per calendar per day')).toHaveValue('15');
  expect(await rpc(page, 'settings.get', {})).toMatchObject({
    storePhone: '(312) 555-0199',
    campaignDailyCap: 15,
  });

  const zone = page.getByLabel('Time zone');
  await zone.fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Save settings' }).click();
  // The server's message twice: under the field and in the banner by the Save button.
  await expect(page.getByRole('alert')).toHaveText(['Unknown time zone', 'Unknown time zone']);
  await expect(zone).toHaveAccessibleDescription('Unknown time zone');
  await expect(page.getByText('Settings saved.')).toHaveCount(0);
  expect(await rpc(page, 'settings.get', {})).toMatchObject({
    timeZone: 'America/Chicago',
    storePhone: '(312) 555-0199',
    campaignDailyCap: 15,
  });
  await page.screenshot({ path: `${SHOTS}/60-settings.png`, fullPage: true });
});

test('a manager sees the settings read-only and cannot change them', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await openSettings(page);
  await expect(page.getByText('Only the owner can change settings.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  await expect(page.getByLabel('Campaign calls per calendar per day')).toHaveValue('15');
  await expect(page.getByLabel('Campaign calls per calendar per day')).toBeDisabled();
  await expect(page.getByLabel('Store name')).toBeDisabled();

  const r = await rpcFromPage(page, 'settings.update', { campaignDailyCap: 3 });
  expect(r.ok).toBe(false);
  expect(r.error.code).toBe('NOT_ALLOWED');
  expect(await rpc(page, 'settings.get', {})).toMatchObject({ campaignDailyCap: 15 });
});

test('out-of-range and crossed values are refused on their fields before anything is sent', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await openSettings(page);
  let sent = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/rpc/settings.update')) sent += 1;
  });
  const cap = page.getByLabel('Campaign calls per calendar per day');
  await cap.fill('500');
  await page.getByLabel('Calls from').fill('18:00');
  await page.getByLabel('Calls until').fill('09:00');
  await page.getByRole('textbox', { name: 'Saturday Closes' }).fill('08:00');
  await page.getByLabel('Manager save commission ($)').fill('fifty');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(cap).toHaveAccessibleDescription('A whole number from 1 to 200');
  await expect(page.getByLabel('Calls until')).toHaveAccessibleDescription('Must be after the start');
  await expect(page.getByLabel('Manager save commission ($)')).toHaveAccessibleDescription(
    'Dollars, e.g. 50 or 49.50 (0 for none)',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Opening must be before closing' })).toBeVisible();
  await expect(page.getByText('Some settings need fixing: see the marked fields.')).toBeVisible();
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/61-settings-refused-${width}.png`, fullPage: true });
  }
  expect(sent).toBe(0);
  expect(await rpc(page, 'settings.get', {})).toMatchObject({
    campaignDailyCap: 15,
    callWindow: { start: '08:00', end: '21:00' },
    saveCommissionCents: 5000,
  });

  // Fixed, the one change travels alone.
  await cap.fill('20');
  await page.getByLabel('Calls from').fill('08:00');
  await page.getByLabel('Calls until').fill('21:00');
  await page.getByRole('textbox', { name: 'Saturday Closes' }).fill('17:00');
  await page.getByLabel('Manager save commission ($)').fill('$50');
  const update = page.waitForRequest('**/rpc/settings.update');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect((await update).postDataJSON()).toEqual({ campaignDailyCap: 20 });
  await expect(cap).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Nothing has changed, so there is nothing to save.')).toBeVisible();
});
