// An open lead whose calls were all cancelled has no next call: it is flagged on the rep's My day (even
// when the calendar is otherwise empty) and on the manager's desk, and one button books it again.

import { expect, type Page, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { expectSignedInAs, rpc, SHOTS, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager, TEAM.seller] });

/** No screen leaves an open lead without a call (the cadence always books one), so the test cancels it. */
function cancelCallsOf(firstName: string) {
  const db = new Database(app.dbPath);
  try {
    db.prepare(
      `UPDATE follow_ups SET status = 'cancelled' WHERE status = 'open' AND walkout_id IN
         (SELECT w.id FROM walkouts w JOIN prospects p ON p.id = w.prospect_id WHERE p.first_name = ?)`,
    ).run(firstName);
  } finally {
    db.close();
  }
}

async function logWalkout(page: Page, firstName: string, phone: string) {
  await rpc(page, 'walkouts.create', {
    prospect: { firstName, lastName: 'Lopez', phone },
    product: 'Summit crew-cab pickup',
    category: 'Truck',
    priceQuotedCents: 4_240_000,
    closeness: 4,
    objection: 'price',
    objectionText: 'Wants it under $41k',
  });
}

test('a lead with no next call is flagged on My day and the desk, and put back on a calendar', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await logWalkout(page, 'Gina', '(312) 555-0181');
  await logWalkout(page, 'Hal', '(312) 555-0182');
  cancelCallsOf('Gina');
  cancelCallsOf('Hal');

  await page.getByRole('link', { name: /My day/ }).click();
  const mine = page.getByRole('region', { name: /Your open leads with no next call/ });
  await expect(page.getByText('Nothing on this calendar')).toBeVisible();
  await expect(mine.getByRole('heading')).toHaveText('Your open leads with no next call2');
  const gina = mine.getByRole('row', { name: /Gina Lopez/ });
  await expect(gina).toContainText('Summit crew-cab pickup');
  await expect(gina).toContainText('last call cancelled');
  await page.screenshot({ path: `${SHOTS}/90-no-next-call-my-day.png`, fullPage: true });
  await gina.getByRole('button', { name: /Put back on a calendar/ }).click();
  await expect(mine.getByRole('row', { name: /Gina Lopez/ })).toHaveCount(0);
  await expect(mine.getByRole('heading')).toHaveText('Your open leads with no next call1');
  await expect(page.getByRole('button', { name: /^Gina Lopez: / })).toHaveCount(1);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F6');
  const team = page.getByRole('region', { name: /Open leads with no next call on the team/ });
  const hal = team.getByRole('row', { name: /Hal Lopez/ });
  await expect(hal).toContainText('Sam Seller');
  await expect(team.getByRole('row', { name: /Gina Lopez/ })).toHaveCount(0);
  await hal.getByLabel('Calendar for Hal Lopez').selectOption({ label: 'Mike Manager' });
  const when = hal.getByLabel('When to call Hal Lopez');
  await expect(hal).toContainText('Empty: first free slot, Mon Nov 23, 10:00 AM');
  await when.fill('tomorow 11');
  await expect(hal).toContainText('Cannot read "tomorow".');
  // Read as typed, but outside store hours: the server refuses it on the field, naming the next time allowed.
  await when.fill('tonight 11');
  await expect(hal).toContainText('Mon Nov 23, 11:00 PM');
  await hal.getByRole('button', { name: /Put back on a calendar/ }).click();
  await expect(when).toHaveAccessibleDescription(
    'Outside store hours or the calling window: the next time allowed is Tue Nov 24, 9:00 AM.',
  );
  await expect(when).toBeFocused();
  await when.fill('tomorrow 11am');
  await expect(hal).toContainText('Tue Nov 24, 11:00 AM');
  await page.screenshot({ path: `${SHOTS}/91-no-next-call-desk.png`, fullPage: true });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/91-no-next-call-desk-1024.png`, fullPage: true });
  const sent = page.waitForRequest('**/rpc/followUps.putBack');
  await when.press('Enter');
  expect((await sent).postDataJSON()).toEqual({
    walkoutId: expect.any(Number),
    dueAt: Date.parse('2026-11-24T11:00:00-06:00'),
    assigneeId: expect.any(Number),
  });
  await expect(team.getByText('None: every open lead has its next call booked.')).toBeVisible();
  await page.keyboard.press('F3');
  await expect(page.getByRole('button', { name: /^Hal Lopez: / })).toHaveCount(1);
});
