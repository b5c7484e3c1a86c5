// My day on paper and in a phone's calendar: "Print call sheet" prints today's calls and nothing of the
// app; "Export to calendar" downloads an .ics of my open calls, phones only when ticked.
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, rpc, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager, TEAM.seller] });
const SHOTS = process.env.BEBACK_SHOTS ?? '/tmp/shots-callsheet';

async function signInAsSam(page: Page) {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
}

async function shootBoth(page: Page, name: string, fullPage = false) {
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage });
  }
}

test('the call sheet prints today’s calls, one block each, without the app around them', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await signInAsSam(page);
  for (const [first, last, phone, objection] of [
    ['Rosa', 'Diaz', '(312) 555-0142', 'price'],
    ['Ana', 'Ruiz', '(312) 555-0177', 'spouse_partner'],
  ] as const) {
    await rpc(page, 'walkouts.create', {
      prospect: { firstName: first, lastName: last, phone, email: '' },
      product: 'Kubota BX2380 tractor',
      category: 'Tractors',
      closeness: 4,
      objection,
      objectionText: first === 'Rosa' ? 'Wants it under $18k' : '',
    });
  }
  await page.keyboard.press('F3');
  await expect(
    page.getByRole('region', { name: 'Due today' }).getByRole('button', { name: /Rosa Diaz/ }),
  ).toBeVisible();
  const sheet = page.getByTestId('call-sheet');
  await expect(sheet).toBeHidden(); // on screen, the app; the sheet is for paper
  await shootBoth(page, 'myday-tools');

  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  const calls = sheet.locator('article');
  await expect(calls).toHaveCount(2);
  await expect(calls.first().locator('h2')).toHaveText('Today 12:00 PM · Rosa Diaz · (312) 555-0142');
  await expect(calls.first()).toContainText('Why notPrice: “Wants it under $18k”');
  await expect(calls.first()).toContainText(
    "Reason to callThe reason I'm calling is I have a price option on the Kubota BX2380 tractor we didn't get to cover.",
  );
  await expect(calls.nth(1)).toContainText('Looked atKubota BX2380 tractor · Tractors');
  await expect(calls.nth(1)).toContainText(
    "If nobody answers, leave:“Hi Ana, it's Sam Seller at BeBack Motors. It was good to see you earlier today.",
  );
  await shootBoth(page, 'call-sheet-print', true);
  await page.pdf({ path: `${SHOTS}/call-sheet.pdf`, format: 'Letter' });

  await page.emulateMedia({ media: 'screen' });
  await expect(sheet).toBeHidden();
});

test('export to calendar: an .ics of my open calls, the phone only when ticked', async ({ page }) => {
  await signInAsSam(page);
  await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Lee', lastName: 'Park', phone: '(312) 555-0199', email: '' },
    product: 'Kubota BX2380 tractor',
    category: 'Tractors',
    closeness: 4,
    objection: 'price',
  });
  await page.keyboard.press('F3');
  await page.getByRole('button', { name: 'Export to calendar…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export my calls to a calendar' });
  const phoneBox = dialog.getByRole('checkbox', { name: /Put the customers' phone numbers in the file/ });
  await expect(phoneBox).not.toBeChecked();
  await dialog.screenshot({ path: `${SHOTS}/export-dialog.png` });

  const [plain] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(plain.suggestedFilename()).toBe('beback-calls-sam-seller-2026-11-23.ics');
  const without = readFileSync(await plain.path(), 'utf8');
  expect(without).toContain('SUMMARY:Call Lee: first contact');
  expect(without).not.toContain('555');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Export to calendar…' }).click();
  await phoneBox.check();
  const [withPhone] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(readFileSync(await withPhone.path(), 'utf8')).toContain('DESCRIPTION:Phone: (312) 555-0199');
});
