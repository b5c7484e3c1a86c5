// Erase a person on a privacy request: a manager has no such screen and its channels refuse them; the
// owner finds the person from Settings with the keyboard, sees what goes and which partner to tell, a
// wrong name erases nothing, the typed name erases them and the dashboard's figures stay as they were.
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, rpc, rpcFromPage, SHOTS, signIn, tabToLocator } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager, TEAM.seller] });

const walkout = (firstName: string, lastName: string, phone: string) => ({
  prospect: { firstName, lastName, phone, email: `${firstName.toLowerCase()}@example.com`, shareOk: true },
  product: 'Kubota BX2380 tractor',
  category: 'Tractors',
  closeness: 4,
  objection: 'price',
  painPoints: `${firstName} needs a loader`,
  personalDetails: 'Coaches hockey',
});

/** This month's dashboard: the figures the erasure must leave as they are. */
async function monthFigures(page: Page) {
  const from = Date.parse('2026-11-01T00:00:00-05:00');
  const to = Date.parse('2026-12-01T00:00:00-06:00');
  const previousFrom = Date.parse('2026-10-01T00:00:00-05:00');
  return rpc(page, 'dashboard.figures', { from, to, previousFrom, previousTo: from, granularity: 'week' });
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('PIN', { exact: true })).toBeVisible();
}

test('a manager has no Erase a person screen, and its channels refuse them', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await rpc(page, 'walkouts.create', walkout('Zebulon', 'Quackenbush', '(312) 555-0199'));
  await rpc(page, 'walkouts.create', walkout('Rosa', 'Diaz', '(312) 555-0142'));
  await signOut(page);

  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F9');
  await expect(page.getByRole('heading', { name: 'Store settings' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Erase a person/ })).toHaveCount(0);
  await page.goto(`${new URL(app.url).origin}/#/settings/erase`);
  await expect(page.getByRole('heading', { name: 'Log a walkout' })).toBeVisible();
  for (const [channel, input] of [
    ['prospects.find', { query: 'Quack' }],
    ['prospects.erase', { prospectId: 1, confirm: 'Zebulon Quackenbush' }],
  ] as const) {
    const r = await rpcFromPage(page, channel, input);
    expect(r.error?.code, channel).toBe('NOT_ALLOWED');
  }
  await signOut(page);
});

test('the owner erases a person with the keyboard and is told which partner to tell', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  const beta = await rpc(page, 'partners.create', {
    name: 'Beta Auto',
    contact: 'Rita, (773) 555-0100',
    shareAfterDays: 0,
  });
  await rpc(page, 'partners.exportLeads', { partnerId: beta.id, statuses: ['open'], format: 'csv' });
  const before = await monthFigures(page);
  expect(before.headline.walkouts).toBe(2);

  await page.keyboard.press('F9');
  await tabToLocator(page, page.getByRole('link', { name: 'Erase a person (privacy request)' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Erase a person', level: 1 })).toBeVisible();
  const query = page.getByLabel('Name, phone or e-mail');
  await expect(query).toBeFocused();
  await page.keyboard.type('quack');
  await page.keyboard.press('Enter');
  const choose = page.getByRole('button', { name: 'Choose Zebulon Quackenbush' });
  await expect(choose).toBeVisible();
  await expect(page.getByRole('button', { name: /Choose Rosa/ })).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${SHOTS}/70-erase-find-1366.png`, fullPage: true });
  await tabToLocator(page, choose);
  await page.keyboard.press('Enter');

  const title = page.getByRole('heading', { name: 'Erase Zebulon Quackenbush?' });
  await expect(title).toBeFocused();
  const partners = page.getByRole('region', { name: 'Partners to tell' });
  await expect(partners).toContainText('Beta Auto');
  await expect(partners).toContainText('received the lead on Mon 23 Nov 2026');
  await expect(page.getByText('(312) 555-0199')).toBeVisible();
  await expect(page.getByText('zebulon@example.com')).toBeVisible();
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/71-erase-preview-${width}.png`, fullPage: true });
  }

  // A wrong name erases nothing.
  const confirm = page.getByLabel('Type “Zebulon Quackenbush” to confirm');
  await tabToLocator(page, confirm);
  await page.keyboard.type('Zebulon');
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveAccessibleDescription(/Type the name exactly as shown/);
  await expect(confirm).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/71-erase-wrong-name-1024.png`, fullPage: true });
  expect(await rpc(page, 'prospects.find', { query: 'Quackenbush' })).toHaveLength(1);

  await confirm.fill('');
  await page.keyboard.type('zebulon quackenbush');
  await page.keyboard.press('Enter');
  const done = page.getByRole('heading', { name: 'Zebulon Quackenbush was erased' });
  await expect(done).toBeFocused();
  await expect(page.getByText('1 visit kept as anonymous rows, 1 open call cancelled.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Now tell these partners' })).toContainText(
    'Beta Auto · Rita, (773) 555-0100',
  );
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/72-erase-done-${width}.png`, fullPage: true });
  }

  expect(await rpc(page, 'prospects.find', { query: 'Quackenbush' })).toEqual([]);
  // Every figure stays: the person's calls are cancelled, but their walkout's first call is still ahead,
  // so it stays "not yet due" until that time (and "never" after), as it would have unerased.
  expect(await monthFigures(page)).toEqual(before);
  await page.getByRole('button', { name: 'Erase another person' }).click();
  await expect(page.getByLabel('Name, phone or e-mail')).toBeFocused();
});
