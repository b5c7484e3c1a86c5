// Undo the last outcome from My day: "8" + Enter (do not contact) is no longer final for ten minutes.
import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, rpc, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager, TEAM.seller] });
const SHOTS = '/tmp/shots-undo';

async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
}

test('log "do not contact" with 8 + Enter, undo it from the bar: the call is open again, the person reachable', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  const created = (await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Rosa', lastName: 'Diaz', phone: '(312) 555-0142', email: '' },
    product: 'Kubota BX2380 tractor',
    category: 'Tractors',
    priceQuotedCents: 1_899_900,
    closeness: 4,
    objection: 'price',
  })) as { walkoutId: number };

  await page.keyboard.press('F3');
  const row = page.getByRole('region', { name: 'Due today' }).getByRole('button', { name: /Rosa Diaz/ });
  await row.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Follow-up' });
  await expect(panel).toContainText('No attempts yet');
  await page.keyboard.press('8');
  await expect(panel.getByRole('radio', { name: /Do not contact/ })).toBeChecked();
  await page.keyboard.press('Enter');

  const bar = page.getByRole('region', { name: 'Last logged call' });
  await expect(bar).toContainText(/^Logged Do not contact for Rosa Diaz at 10:0\d AM/);
  await expect(page.getByRole('region', { name: 'Due today' })).toHaveCount(0);
  await shots(page, '1-logged');

  // Keyboard only: the bar's Undo is a button.
  const undo = bar.getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Rosa Diaz');
  await expect(panel).toContainText('No attempts yet');
  await expect(bar).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Due today' }).getByRole('button', { name: /Rosa Diaz/ }),
  ).toBeVisible();
  const story = (await rpc(page, 'walkouts.get', { id: created.walkoutId })) as {
    prospect: { doNotContact: boolean };
    walkout: { status: string };
  };
  expect(story.prospect.doNotContact).toBe(false);
  expect(story.walkout.status).toBe('open');
  await shots(page, '2-undone');
});

test('a manager undoes a rep’s outcome from the rep’s calendar', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  const created = (await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Lou', lastName: 'Park', phone: '(312) 555-0177', email: '' },
    product: 'Zero-turn mower',
    category: 'Mowers',
    priceQuotedCents: 499_900,
    closeness: 3,
    objection: 'price',
  })) as { firstContact: { followUpId: number } };
  await rpc(page, 'followUps.complete', {
    followUpId: created.firstContact.followUpId,
    outcome: 'no_answer',
  });
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F3');
  await page.getByLabel('Calendar of').selectOption({ label: 'Sam Seller' });
  await expect(page.getByRole('heading', { name: "Sam Seller's calendar" })).toBeVisible();
  const bar = page.getByRole('region', { name: 'Last logged call' });
  await expect(bar).toContainText(/^Logged No answer for Lou Park at 10:0\d AM/);
  await shots(page, '3-manager-sees-rep');
  await bar.getByRole('button', { name: 'Undo' }).click();
  const panel = page.getByRole('complementary', { name: 'Follow-up' });
  await expect(panel).toContainText('Lou Park');
  await expect(panel).toContainText('No attempts yet');
  await expect(bar).toHaveCount(0);
  await shots(page, '4-manager-undone');
});
