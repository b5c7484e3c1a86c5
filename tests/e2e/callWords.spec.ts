// The call panel's words on real rows: a survey 19 days overdue (a visit 20 days before the app's clock) names the day of the visit, not
// "yesterday" (the counter takes visits up to 30 days back); a first call's voicemail promises the next call loosely, on a quarter hour. Shot at
// 1366×900 and 1024×768 to look at.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, rpc, SHOTS, signIn } from './pages';
import { appForSpec, E2E_NOW, TEAM } from './startApp';

const app = appForSpec({
  demo: false,
  team: [TEAM.owner, TEAM.manager, { ...TEAM.seller, saveProgram: true }],
});
const DAY_MS = 86_400_000;
// The app's clock: Monday 23 November 2026, 10:00 in Chicago.
const NOW = Date.parse(E2E_NOW);

test('an overdue survey says when they were really in; a voicemail promises a loose time', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Gina', lastName: 'Lopez', phone: '(312) 555-0181' },
    visitedAt: NOW - 20 * DAY_MS,
    product: 'Summit crew-cab pickup',
    category: 'Truck',
    closeness: 4,
    objection: 'price',
  });
  await page.keyboard.press('F3');
  const gina = page.getByRole('button', { name: /Gina Lopez/ }).first();
  await gina.click();
  const message = page.getByLabel('Message text');
  await expect(message).toHaveValue(/^Hi Gina, it's Sam Seller at .+ The reason I'm calling is /);
  await expect(message).toHaveValue(/I'll call you .*around \d{1,2}:(00|15|30|45) (AM|PM)\.$/);
  await expect(page.getByText(/about (1\d|20) s spoken/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/call-voicemail-1366.png`, fullPage: true });
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F3');
  const row = page.getByRole('button', { name: /Gina Lopez/ }).filter({ hasText: 'Manager survey' });
  await row.click();
  const script = page.getByRole('region', { name: 'Survey script' });
  await expect(script).toContainText('You were in on 3 November with Sam Seller');
  await expect(script).not.toContainText('yesterday');
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/call-survey-${viewport.width}.png` });
  }
});
