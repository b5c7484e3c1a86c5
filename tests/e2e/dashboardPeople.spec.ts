// The dashboard's "Count: Walkouts | People" switch on the demo store: by person the headline is the count of
// people the walkout view already names, and a bar counts the distinct people among the walkouts it lists.
import { expect, type Page, test } from '@playwright/test';
import type { WalkoutListDto } from '../../shared/contract/dto';
import { shoot } from './backupPages';
import { expectSignedInAs, signIn } from './pages';
import { appForSpec } from './startApp';

const app = appForSpec({ demo: true });

async function settled(page: Page) {
  await expect(page.locator('[class*="dashboardBody"]')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[class*="dashboardBody"][class*="stale"]')).toHaveCount(0);
}
const headlineValue = (page: Page, name: string) =>
  page.getByRole('article', { name, exact: true }).locator('[class*="headlineValue"]');

test('the owner switches the dashboard to people and reads each figure by person', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Dana Whitfield', '1357');
  await expectSignedInAs(page, 'Dana Whitfield');
  await page.keyboard.press('F8');
  await settled(page);
  const walkouts = Number((await headlineValue(page, 'Walkouts').textContent())?.replace(/,/g, ''));
  // The walkout view names its people apart ("412 people; …"): the People view shows exactly that number.
  const detail = await page.getByRole('article', { name: 'Walkouts', exact: true }).textContent();
  const people = Number(/([\d,]+) (?:people|person);/.exec(detail ?? '')?.[1].replace(/,/g, ''));
  expect(people).toBeGreaterThan(0);
  expect(people).toBeLessThan(walkouts);

  // From the keyboard: Tab reaches the switch, Enter presses it.
  const count = page.getByRole('group', { name: 'Count' });
  await count.getByRole('button', { name: 'People' }).focus();
  await page.keyboard.press('Enter');
  await expect(count.getByRole('button', { name: 'People' })).toHaveAttribute('aria-pressed', 'true');
  await expect(count.getByRole('button', { name: 'Walkouts' })).toHaveAttribute('aria-pressed', 'false');
  await settled(page);
  await expect(headlineValue(page, 'People who walked out')).toHaveText(people.toLocaleString('en-US'));

  // One bar: Price in the objection table counts the distinct people among the walkouts it lists.
  const byObjection = page.getByRole('region', { name: 'By objection', exact: true });
  await expect(byObjection).toContainText('A person with visits under two objections counts in both bars.');
  await byObjection.getByRole('button', { name: 'Table' }).click();
  await expect(byObjection.getByRole('columnheader', { name: 'People', exact: true })).toBeVisible();
  const priceRow = byObjection.getByRole('row', { name: /^Price/ });
  const cells = await priceRow.getByRole('cell').allTextContents();
  // The list the screen asks for, as it arrives: its distinct prospects are the bar's figure.
  const answer = page.waitForResponse((r) => r.url().includes('/rpc/dashboard.walkouts'));
  await byObjection.getByRole('button', { name: 'List walkouts: Price' }).click();
  const first = (await (await answer).json()) as { value: WalkoutListDto };
  await expect(
    page.getByRole('heading', { name: /^Objection: Price — the walkouts of these people/ }),
  ).toBeVisible();
  // The screen reads a page at a time; the same request asked for all of them at once.
  const asked = (await answer).request();
  const whole = await page.request.post(asked.url(), {
    headers: asked.headers(),
    data: { ...asked.postDataJSON(), offset: 0, limit: 500 },
  });
  const rows = ((await whole.json()) as { value: WalkoutListDto }).value.rows;
  expect(rows.length).toBe(first.value.total);
  const distinct = new Set(rows.map((r) => `${r.prospectName}|${r.phone}|${r.email}`)).size;
  expect(cells[0]).toBe(distinct.toLocaleString('en-US'));

  await page.mouse.move(0, 0);
  await shoot(page, '57-dashboard-people');
});
