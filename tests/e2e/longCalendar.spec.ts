// A long day on My day: 130 overdue calls show as one list of 130 with its count, only the rows near
// the window are in the page, and scrolling down reads the rest (calendar.section) down to the last call.
import { expect, type Page, test } from '@playwright/test';
import { CALENDAR_PAGE } from '../../shared/domain/vocab';
import { expectSignedInAs, SHOTS, signIn } from './pages';
import { appForSpec, E2E_NOW, TEAM } from './startApp';

/** What the window shows at both sizes (a full-page shot of a virtual list is mostly its empty height). */
async function shootWindow(page: Page, name: string) {
  const before = page.viewportSize();
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  if (before) await page.setViewportSize(before);
}

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.seller] });
const CALLS = 130;

/** Logs the walkouts through the web door itself, as the counter would, signed in as Sam. */
async function logWalkouts(page: Page) {
  const token = new URL(app.url).hash.replace('#token=', '');
  const headers = { 'x-beback-token': token, 'x-beback-session': 'long-calendar-seeding' };
  const rpc = async (channel: string, input: unknown) => {
    const r = await page.request.post(`${new URL(app.url).origin}/rpc/${channel}`, { headers, data: input });
    const body = await r.json();
    if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
    return body.value;
  };
  const employees = (await rpc('auth.employees', {})) as { id: number; name: string }[];
  const sam = employees.find((e) => e.name === TEAM.seller.name)!;
  await rpc('auth.signIn', { employeeId: sam.id, pin: TEAM.seller.pin });
  for (let i = 0; i < CALLS; i++) {
    await rpc('walkouts.create', {
      prospect: {
        firstName: 'Caller',
        lastName: String(i + 1).padStart(3, '0'),
        phone: `312555${String(1000 + i)}`,
      },
      // Yesterday, a minute apart: every first call is overdue this morning, oldest first.
      visitedAt: Date.parse(E2E_NOW) - 26 * 3_600_000 + i * 60_000,
      product: 'Zero-turn mower',
      category: 'Mowers',
      closeness: 3,
      objection: 'price',
    });
  }
}

test('130 overdue calls are one list: counted, drawn near the window, read as it scrolls', async ({
  page,
}) => {
  await logWalkouts(page);
  const pages: number[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/rpc/calendar.section')) pages.push(JSON.parse(r.postData() ?? '{}').offset);
  });
  await page.goto(app.url);
  await signIn(page, TEAM.seller.name, TEAM.seller.pin);
  await expectSignedInAs(page, TEAM.seller.name);
  await page.keyboard.press('F3');
  const overdue = page.getByRole('region', { name: 'Overdue' });
  await expect(overdue.getByRole('heading')).toHaveText(`Overdue ${CALLS}`);
  await expect(overdue.getByRole('button', { name: /^Caller 001:/ })).toBeVisible();
  const drawn = await overdue.getByRole('button').count();
  expect(drawn).toBeLessThan(50);
  expect(pages).toEqual([]);
  await shootWindow(page, 'long-calendar-top');

  for (let i = 0; i < 40 && !(await overdue.getByRole('button', { name: /^Caller 130:/ }).count()); i++) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(100);
  }
  await expect(overdue.getByRole('button', { name: /^Caller 130:/ })).toBeVisible();
  await expect(overdue.getByRole('button', { name: /^Caller 001:/ })).toHaveCount(0);
  // Each later page once, as it came into view: 25, 50, … up to the page holding the 130th call.
  const later = Array.from(
    { length: Math.ceil(CALLS / CALENDAR_PAGE) - 1 },
    (_, i) => (i + 1) * CALENDAR_PAGE,
  );
  expect([...new Set(pages)].sort((a, b) => a - b)).toEqual(later);
  await shootWindow(page, 'long-calendar-bottom');

  await overdue.getByRole('button', { name: /^Caller 130:/ }).click();
  await expect(page.getByRole('heading', { name: 'Caller 130' })).toBeVisible();
});
