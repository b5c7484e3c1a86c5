// The owner's dashboard on the demo store: headline figures and charts, a period and employee change,
// the walkouts behind a bar, the table view, CSV and PNG export, the printout; staff are kept out.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectSignedInAs, rpcFromPage, SHOTS, signIn } from './pages';
import { appForSpec } from './startApp';

const app = appForSpec({ demo: true });

const CHARTS = [
  'Conversion trend',
  'Speed to first contact',
  'The funnel',
  'By employee',
  'By objection',
  'By reason used',
];
const HEADLINES = [
  'Walkouts',
  'Contact capture',
  'Callback conversion',
  'Manager save rate',
  'Sales value saved',
  'Commission owed',
];

/** Waits until the figures for the current filters are on screen (not the dimmed previous ones). */
async function settled(page: Page) {
  await expect(page.locator('[class*="dashboardBody"]')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[class*="dashboardBody"][class*="stale"]')).toHaveCount(0);
}

const card = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });

test('the owner reads the dashboard, filters it and opens the walkouts behind a bar', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Dana Whitfield', '1357');
  await expectSignedInAs(page, 'Dana Whitfield');
  await page.keyboard.press('F8');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await settled(page);
  for (const name of HEADLINES) await expect(page.getByRole('article', { name })).toBeVisible();
  for (const title of CHARTS) {
    await expect(card(page, title)).toBeVisible();
    await expect(card(page, title).locator('svg.recharts-surface')).toBeVisible();
  }
  await expect(page.getByRole('article', { name: 'Walkouts' })).toContainText('vs previous month');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/50-dashboard.png`, fullPage: true });

  // However long a list, it scrolls to its last walkout: rows are drawn near the window, read as they come.
  await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'This year' });
  await settled(page);
  await page
    .getByRole('article', { name: 'Walkouts' })
    .getByRole('button', { name: 'List walkouts' })
    .click();
  const everyone = page.getByRole('region', { name: /^All walkouts/ });
  const total = Number(
    /\(([\d,]+)\)/
      .exec((await everyone.getByRole('heading', { level: 2 }).textContent()) ?? '')?.[1]
      .replace(',', ''),
  );
  expect(total).toBe(
    Number(
      (
        await page
          .getByRole('article', { name: 'Walkouts' })
          .locator('[class*="headlineValue"]')
          .textContent()
      )?.replace(',', ''),
    ),
  );
  expect(total).toBeGreaterThan(100);
  await expect(everyone.getByRole('row').nth(1)).toBeVisible();
  expect(await everyone.getByRole('row').count()).toBeLessThan(total);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = everyone.locator(`tr[aria-rowindex="${total + 1}"]`);
  await expect(last.getByRole('button')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/52-dashboard-list-end.png` });
  await everyone.getByRole('button', { name: 'Close list' }).click();

  const walkouts = page.getByRole('article', { name: 'Walkouts' }).locator('[class*="headlineValue"]');
  const before = await walkouts.textContent();
  await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'This quarter' });
  await page.getByRole('combobox', { name: 'Employee' }).selectOption({ label: 'Priya Shah' });
  await expect(walkouts).not.toHaveText(before ?? '');
  await settled(page);
  // The demo's walkouts start in the autumn: the quarter before has none, and the figure says so in words.
  await expect(page.getByRole('article', { name: 'Walkouts' })).toContainText(
    'no walkouts in the previous period',
  );
  await expect(card(page, 'By employee').locator('svg.recharts-surface')).toContainText('Priya Shah');
  await expect(card(page, 'By employee').locator('svg.recharts-surface')).not.toContainText('Marcus Reyes');
  const trend = card(page, 'Conversion trend');
  await expect(trend.getByRole('button', { name: 'By month' })).toHaveAttribute('aria-pressed', 'true');
  await expect(trend.locator('svg.recharts-surface')).toContainText('Nov 2026');
  await page.screenshot({ path: `${SHOTS}/51-dashboard-filtered.png`, fullPage: true });

  // A click on a bar of the speed chart lists the walkouts behind that bar (the second: "< 24 h").
  const speed = card(page, 'Speed to first contact');
  await speed.locator('.recharts-bar-rectangle path').nth(1).click();
  const lessThanDay = page.getByRole('region', { name: /^First contact: < 24 h/ });
  await expect(lessThanDay).toBeVisible();
  await expect(lessThanDay.getByRole('row').nth(1)).toBeVisible();
  await expect(lessThanDay.getByRole('heading', { level: 2 })).toBeFocused();
  // A bar of 0% has no area to click: its column still opens its list.
  await speed.locator('.recharts-bar-background-rectangle').last().click();
  const never = page.getByRole('region', { name: /^First contact: never/ });
  await expect(never).toBeVisible();
  // The list holds exactly the walkouts its figure counts: one of Priya's first calls this quarter was never
  // made (the demo is the same on both engines, seeded at the same instant).
  await expect(never.getByRole('heading', { level: 2 })).toHaveText('First contact: never (1)');
  await expect(never.getByRole('row')).toHaveCount(2);
  await speed.locator('.recharts-bar-rectangle path').first().click();
  const sameDay = page.getByRole('region', { name: /^First contact: same day/ });
  await expect(sameDay.getByRole('row').nth(1)).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/52-dashboard-drilldown.png`, fullPage: true });

  // The table view gives the exact numbers, and its "List" button opens the same list from the keyboard.
  const byEmployee = card(page, 'By employee');
  await byEmployee.getByRole('button', { name: 'Table' }).click();
  await expect(byEmployee.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  const priyaRow = byEmployee.getByRole('row', { name: /Priya Shah/ });
  await expect(priyaRow).toContainText('%');
  const byObjection = card(page, 'By objection');
  await byObjection.getByRole('button', { name: 'Table' }).click();
  await expect(byObjection.getByRole('row', { name: /Spouse or partner/ })).toContainText(/\d+\.\d%/);
  await byEmployee.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/53-dashboard-table.png` });
  const listPriya = byEmployee.getByRole('button', { name: 'List walkouts: Priya Shah' });
  await listPriya.focus();
  await page.keyboard.press('Enter');
  const priyaDrill = page.getByRole('region', { name: /^Priya Shah: walkouts/ });
  await expect(priyaDrill).toBeVisible();
  await expect(priyaDrill.getByRole('row').nth(1)).toBeVisible();

  // CSV export of a chart's numbers: BOM, CRLF, the table's header.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    speed.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('beback-speed-to-first-contact-2026-10-01-2026-12-31.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.startsWith('\uFEFFFirst contact,Walkouts,Share of walkouts,Sold,Conversion\r\n')).toBe(true);
  expect(text).toContain('Same day,');

  // PNG export: a real PNG, kept beside the screenshots to look at.
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    speed.getByRole('button', { name: 'Save PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('beback-speed-to-first-contact-2026-10-01-2026-12-31.png');
  await png.saveAs(`${SHOTS}/54-dashboard-speed-export.png`);
  const bytes = readFileSync(`${SHOTS}/54-dashboard-speed-export.png`);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  const [trendPng] = await Promise.all([
    page.waitForEvent('download'),
    card(page, 'Conversion trend').getByRole('button', { name: 'Save PNG' }).click(),
  ]);
  await trendPng.saveAs(`${SHOTS}/55-dashboard-trend-export.png`);

  // On paper: no navigation or buttons, one card per row.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(card(page, 'The funnel').getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/56-dashboard-print.png`, fullPage: true });
  await expect(card(page, 'The funnel').locator('svg.recharts-surface')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('staff see no dashboard and cannot read its figures', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Lena Kowalski', '5150');
  await expectSignedInAs(page, 'Lena Kowalski');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Dashboard/ }),
  ).toHaveCount(0);
  await page.keyboard.press('F8');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toHaveCount(0);
  const from = Date.parse('2026-11-01T00:00:00-05:00');
  const to = Date.parse('2026-12-01T00:00:00-06:00');
  const figures = await rpcFromPage(page, 'dashboard.figures', {
    from,
    to,
    previousFrom: Date.parse('2026-10-01T00:00:00-05:00'),
    previousTo: from,
    granularity: 'week',
  });
  expect(figures.ok).toBe(false);
  expect(figures.error.code).toBe('NOT_ALLOWED');
  const walkouts = await rpcFromPage(page, 'dashboard.walkouts', { from, to, slice: 'all' });
  expect(walkouts.error.code).toBe('NOT_ALLOWED');
});
