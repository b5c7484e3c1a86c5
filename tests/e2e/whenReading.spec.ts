// The counter's "When" reading follows the clock while the form sits open: what it shows is what will be
// saved if Enter is pressed now, not what it meant when it was typed.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.seller] });

test('"in 2 hours" moves on with the clock, and a time that passes is said to have passed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  // From here only runFor moves the page's clock (the store's clock says Monday 23 Nov, 10:00 in Chicago).
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  const when = page.getByLabel('When');
  const reading = page.locator('#nextStepAt-reading');
  await when.fill('in 2 hours');
  await expect(reading).toHaveText('Mon Nov 23, 12:00 PM');
  await page.clock.runFor(5 * 60_000);
  await expect(reading).toHaveText('Mon Nov 23, 12:05 PM');

  await when.fill('today 10:30am');
  await expect(reading).toHaveText('Mon Nov 23, 10:30 AM');
  await page.clock.runFor(30 * 60_000);
  await expect(reading).toHaveText(/has already passed/);
});
