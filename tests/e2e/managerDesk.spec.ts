// The manager's desk: a next-day survey call that closes a save and pays the rep, referrals from the
// happy customer, and the calendar audit with its drill-down. Staff cannot reach any of it.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, rpc, rpcFromPage, SHOTS, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({
  demo: false,
  team: [TEAM.owner, TEAM.manager, { ...TEAM.seller, saveProgram: true }],
});

test('a manager works the next-day survey, closes the save, and the rep earns $50', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Gina', lastName: 'Lopez', phone: '(312) 555-0181' },
    product: 'Summit crew-cab pickup',
    category: 'Truck',
    priceQuotedCents: 4_240_000,
    closeness: 5,
    objection: 'price',
    objectionText: 'Wants it under $41k',
  });
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F3');
  const row = page.getByRole('region', { name: 'Upcoming' }).getByRole('button', { name: /Gina Lopez/ });
  await expect(row).toContainText('Manager survey');
  await row.click();
  const panel = page.getByRole('complementary', { name: 'Follow-up' });
  const script = panel.getByRole('region', { name: 'Survey script' });
  await expect(script).toContainText('could you tell me why you decided not to get it?');
  await script.getByLabel('The reason they gave you').selectOption('staff');
  await script.getByLabel('In their words').fill('Felt rushed at the end');
  await panel.getByRole('radio', { name: /Sold/ }).check();
  await panel.getByLabel('Sale amount').fill('$41,500');
  await page.screenshot({ path: `${SHOTS}/40-survey-call.png`, fullPage: true });
  await panel.getByRole('button', { name: /Save outcome/ }).click();
  await expect(page.getByRole('status')).toContainText('Sold logged for Gina Lopez');

  const desk = page.getByRole('complementary', { name: 'Walkout' });
  await expect(desk).toContainText('Sold by a manager save for $41,500');
  await expect(desk).toContainText('Manager save credit for Sam Seller: $50 (owed)');
  await desk.getByLabel('First name').fill('Hector');
  await desk.getByLabel('Last name').fill('Lopez');
  await desk.getByLabel('Phone').fill('312 555 0182');
  await desk.getByLabel('Relationship').fill('Brother');
  await desk.getByRole('button', { name: 'Save referrals' }).click();
  await expect(desk).toContainText("1 referred person is now on Sam Seller's calendar.");
  await expect(desk).toContainText('Hector Lopez (Brother) — a lead for Sam Seller');
  await page.screenshot({ path: `${SHOTS}/41-save-and-referral.png`, fullPage: true });

  // A blank row above is dropped before sending, so the server's "people.0.phone" lands on Ivy's row.
  await desk.getByRole('button', { name: 'Add another person' }).click();
  await desk.getByLabel('First name').nth(1).fill('Ivy');
  await desk.getByLabel('Phone').nth(1).fill('(312) 555-0181');
  await desk.getByRole('button', { name: 'Save referrals' }).click();
  const ivyPhone = desk.getByLabel('Phone');
  await expect(ivyPhone).toHaveCount(1);
  await expect(ivyPhone).toHaveAccessibleDescription('Ivy is already a prospect with that phone');
  await expect(desk.getByLabel('First name')).toHaveValue('Ivy');
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/41-referral-taken-phone-${width}.png`, fullPage: true });
  }
  // Nothing was written: Hector is still the only referral.
  await expect(desk.getByRole('region', { name: 'Referrals' }).getByRole('listitem')).toHaveText([
    'Hector Lopez (Brother) — a lead for Sam Seller, credit $0',
  ]);

  // The sale fell through, then closed again: a bad amount is refused on its field.
  await desk.getByLabel('Reopen because').fill('Financing fell through');
  await desk.getByRole('button', { name: 'Reopen sale' }).click();
  const amount = desk.getByLabel('Sale amount');
  await amount.fill('forty grand');
  await desk.getByRole('button', { name: 'Close as manager save' }).click();
  await expect(amount).toHaveAccessibleDescription('Write the sale amount like 41900 or $41,900.');
  await page.screenshot({ path: `${SHOTS}/41-sale-amount-refused.png`, fullPage: true });
  await amount.fill('$41,500');
  await desk.getByRole('button', { name: 'Close as manager save' }).click();
  await expect(desk).toContainText('Sold by a manager save for $41,500');

  const sams = await rpc(page, 'calendar.day', {
    employeeId: (await rpc(page, 'employees.list', {})).find((e: { name: string }) => e.name === 'Sam Seller')
      .id,
  });
  expect(sams.today.map((r: { prospect: { firstName: string } }) => r.prospect.firstName)).toContain(
    'Hector',
  );
});

test('the audit shows each rep habit and the walkouts behind a figure', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { name: 'Calendar audit' })).toBeVisible();
  const sam = page.getByRole('row', { name: /Sam Seller/ });
  await expect(sam.getByRole('button', { name: 'Sam Seller: 1 walkout logged' })).toContainText('1');
  await expect(sam.getByRole('button', { name: /that heard another reason/ })).toContainText('1 of 1');
  await sam.getByRole('button', { name: /that heard another reason/ }).click();
  const drill = page.getByRole('region', { name: 'Walkouts behind the figure' });
  await expect(drill.getByRole('heading', { level: 2 })).toHaveText(
    'Sam Seller: walkouts where the survey heard another reason (1)',
  );
  await expect(drill).toContainText('Gina Lopez');
  await expect(drill).toContainText('survey: The staff / how they were treated');
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: width === 1024 ? 768 : 900 });
    await drill.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/42-audit-drill-${width}.png` });
  }
  await drill.getByRole('button', { name: 'Gina Lopez' }).click();
  await expect(page.getByRole('complementary', { name: 'Walkout' })).toContainText(
    'Referrals from Gina Lopez',
  );
  await page.screenshot({ path: `${SHOTS}/42-audit.png`, fullPage: true });
});

test('staff cannot open the audit or the commissions, in the menu or through the router', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await expect(page.getByRole('link', { name: /Audit|Commissions/ })).toHaveCount(0);
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { name: 'Calendar audit' })).toHaveCount(0);
  const period = {
    from: Date.parse('2026-11-01T00:00:00-05:00'),
    to: Date.parse('2026-12-01T00:00:00-06:00'),
  };
  for (const channel of ['audit.team', 'commissions.list', 'commissions.exportCsv']) {
    const r = await rpcFromPage(page, channel, period);
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  }
});
