// My day refreshes by itself: a walkout logged in another tab (its own session on the same web door)
// lands on the open calendar within 5 s, without a reload. A call's story is seeded from its calendar row
// and read once: opening it again reads nothing.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, rpc, SHOTS, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.seller] });

test('a walkout logged in another tab appears on My day by itself within 5 s', async ({ context }) => {
  const desk = await context.newPage();
  await desk.goto(app.url);
  await signIn(desk, 'Sam Seller', '3333');
  await expectSignedInAs(desk, 'Sam Seller');
  await desk.keyboard.press('F3');
  await expect(desk.getByText('Nothing on this calendar')).toBeVisible();

  const counter = await context.newPage();
  await counter.goto(app.url);
  await signIn(counter, 'Sam Seller', '3333');
  await expectSignedInAs(counter, 'Sam Seller');
  const logged = Date.now();
  await rpc(counter, 'walkouts.create', {
    prospect: { firstName: 'Nadia', lastName: 'Brooks', phone: '(312) 555-0177' },
    product: 'Zero-turn mower',
    category: 'Mowers',
    closeness: 3,
    objection: 'price',
  });

  const row = desk.getByRole('region', { name: 'Due today' }).getByRole('button', { name: /Nadia Brooks/ });
  await expect(row).toBeVisible({ timeout: 5_000 });
  console.log(`My day showed the other tab's walkout ${Date.now() - logged} ms after it was logged`);
  await desk.screenshot({ path: `${SHOTS}/live-refresh-my-day.png` });

  // The call's story is on screen from the calendar row while its attempts are still being read.
  let storyReads = 0;
  let release: () => void = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await desk.route('**/rpc/walkouts.get', async (route) => {
    storyReads++;
    await held;
    await route.continue();
  });
  await row.click();
  const panel = desk.getByRole('complementary', { name: 'Follow-up' });
  await expect(panel.getByRole('heading', { name: 'Nadia Brooks' })).toBeVisible();
  await expect(panel).toContainText('Zero-turn mower (Mowers)');
  await expect(panel).toContainText('Reading them…');
  release();
  await expect(panel).toContainText('No attempts yet: this is the first contact.');

  // Read once: opened again after longer than the screens' usual 5 s freshness (and two polls of the
  // change feed, which report nothing written), it reads nothing.
  await panel.getByRole('button', { name: /Close/ }).click();
  await desk.waitForTimeout(5_500);
  await row.click();
  await expect(panel).toContainText('No attempts yet: this is the first contact.');
  expect(storyReads).toBe(1);
});

test('the owner’s dashboard counts a walkout logged at the counter by itself within 5 s', async ({
  context,
}) => {
  const office = await context.newPage();
  await office.goto(app.url);
  await signIn(office, 'Olivia Owner', '1111');
  await expectSignedInAs(office, 'Olivia Owner');
  await office.keyboard.press('F8');
  const walkouts = office.getByRole('article', { name: 'Walkouts' }).locator('[class*="headlineValue"]');
  await expect(office.locator('[class*="dashboardBody"]')).toHaveAttribute('aria-busy', 'false');
  await expect(walkouts).toHaveText(/^\d+$/);
  const before = Number(await walkouts.textContent());

  const counter = await context.newPage();
  await counter.goto(app.url);
  await signIn(counter, 'Sam Seller', '3333');
  await expectSignedInAs(counter, 'Sam Seller');
  const logged = Date.now();
  await rpc(counter, 'walkouts.create', {
    prospect: { firstName: 'Omar', lastName: 'Haddad', phone: '(312) 555-0188' },
    product: 'Utility trailer',
    category: 'Trailers',
    closeness: 2,
    objection: 'timing',
  });
  await expect(walkouts).toHaveText(String(before + 1), { timeout: 5_000 });
  console.log(`The dashboard counted the counter's walkout ${Date.now() - logged} ms after it was logged`);
});
