// The commissions desk: a manager save credits the rep, a manager pays the line out with a date and
// exports the period for payroll; staff can neither see the screen nor call its channels.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectSignedInAs, rpc, rpcFromPage, SHOTS, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({
  demo: false,
  team: [TEAM.owner, TEAM.manager, { ...TEAM.seller, saveProgram: true }],
});

test('a manager save credits the rep; a manager pays it out and exports the CSV', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  const created = await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Gina', lastName: 'Lopez', phone: '(312) 555-0181' },
    product: 'Summit crew-cab pickup',
    category: 'Truck',
    closeness: 4,
    objection: 'price',
  });
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await rpc(page, 'walkouts.recordSale', {
    walkoutId: created.walkoutId,
    closer: 'manager_save',
    amountCents: 4_150_000,
  });
  await page.keyboard.press('F7');
  await expect(page.getByRole('heading', { name: 'Commissions' })).toBeVisible();

  const byRep = page.getByRole('table', { name: /By rep/ });
  const samTotals = byRep.getByRole('row', { name: /Sam Seller/ }).getByRole('cell');
  await expect(samTotals).toHaveText(['Sam Seller', '$50', '$0', '$50']);
  await expect(page.getByText('Owed now, all periods').locator('..')).toContainText('$50');
  const lines = page.getByRole('table', { name: 'Credit lines' });
  const line = lines.getByRole('row', { name: /Gina Lopez/ });
  for (const text of ['Sam Seller', 'Manager save', 'Summit crew-cab pickup', '$41,500', '$50', 'Unpaid']) {
    await expect(line).toContainText(text);
  }
  await expect(page.getByRole('button', { name: 'Mark 0 paid' })).toBeDisabled();
  await expect(page.getByLabel('Payout date')).toHaveValue('2026-11-23');
  await page.screenshot({ path: `${SHOTS}/30-commissions.png`, fullPage: true });

  await line.getByRole('checkbox', { name: 'Select Sam Seller Gina Lopez' }).check();
  await page.getByRole('button', { name: 'Mark 1 paid' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Marked/ })).toHaveText(
    'Marked 1 line paid on Mon 23 Nov 2026.',
  );
  await expect(line).toContainText('Paid Mon 23 Nov 2026');
  await expect(line.getByRole('checkbox')).toHaveCount(0);
  await expect(samTotals).toHaveText(['Sam Seller', '$50', '$50', '$0']);
  await expect(page.getByText('Owed now, all periods').locator('..')).toContainText('$0');
  await expect(page.getByLabel(/Select all unpaid/)).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/31-commissions-paid.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/beback-commissions-.*\.csv/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.startsWith('\uFEFF\uFEFF')).toBe(false);
  expect(csv).toContain('Sam Seller,Manager save,Gina Lopez');
});

test('staff have no commissions screen and the channels refuse them; the owner has both', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  const refused = await rpcFromPage(page, 'commissions.list', {
    from: Date.parse('2026-11-01T00:00:00-05:00'),
    to: Date.parse('2026-12-01T00:00:00-06:00'),
  });
  expect(refused.ok).toBe(false);
  expect(refused.error.code).toBe('NOT_ALLOWED');
  await expect(page.getByRole('link', { name: /Commissions/ })).toHaveCount(0);
  await page.keyboard.press('F7');
  await expect(page.getByRole('heading', { name: 'Commissions' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await page.getByRole('link', { name: /Commissions/ }).click();
  await expect(page.getByRole('heading', { name: 'Commissions' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Credit lines' }).getByRole('row', { name: /Gina/ }),
  ).toContainText('Paid Mon 23 Nov 2026');
  await page.getByLabel('Rep', { exact: true }).selectOption({ label: 'Mike Manager' });
  await expect(page.getByText('No credits in this period')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Credit lines' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/32-commissions-empty.png`, fullPage: true });
});

test('a long period of lines scrolls to its last line, and "select all" pays the lines not drawn too', async ({
  page,
}) => {
  const many = 350;
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  const walkoutIds: number[] = [];
  for (let i = 0; i < many; i++) {
    const created = await rpc(page, 'walkouts.create', {
      prospect: { firstName: 'Line', lastName: `Number${i}`, phone: `(312) 555-${String(2000 + i)}` },
      product: 'Voyager minivan',
      category: 'Minivan',
      closeness: 3,
      objection: 'price',
    });
    walkoutIds.push(created.walkoutId);
  }
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  for (const walkoutId of walkoutIds) {
    await rpc(page, 'walkouts.recordSale', { walkoutId, closer: 'manager_save', amountCents: 3_000_000 });
  }
  await page.keyboard.press('F7');
  const lines = page.getByRole('table', { name: 'Credit lines' });
  await expect(lines).toHaveAttribute('aria-rowcount', String(many + 2));
  await expect(page.getByLabel(/Select all unpaid/)).toHaveAccessibleName(`Select all unpaid (${many})`);
  // Only the lines near the window are in the page; the last comes into view at the end of the scroll.
  expect(await lines.getByRole('row').count()).toBeLessThan(many);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(lines.locator(`tr[aria-rowindex="${many + 2}"]`)).toContainText('Sam Seller');
  await page.screenshot({ path: `${SHOTS}/33-commissions-long-end.png` });

  await page.getByLabel(/Select all unpaid/).check();
  await page.getByRole('button', { name: `Mark ${many} paid` }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Marked/ })).toHaveText(
    `Marked ${many} lines paid on Mon 23 Nov 2026.`,
  );
  await expect(page.getByText('Owed now, all periods').locator('..')).toContainText('$0');
});
