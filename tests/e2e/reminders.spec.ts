// Due-call reminders in the browser: a call falling due on my own calendar raises a notification naming
// the prospect and the purpose (the Notification API, permission granted in the context, asked for by the
// header's "Turn on reminders" click); the header and the window title count it; clicking the notification
// opens that call. The manager's desk lists first calls left undone past the setting's hours.
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, rpc, SHOTS, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager, TEAM.seller, TEAM.trainee] });
const OUT = '/tmp/shots-remind';
const HOUR = 3_600_000;

interface Recorded {
  title: string;
  body: string;
}

// Every notification the page makes is kept (with its onclick) so the test can read it and click it.
test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['notifications'], { origin: new URL(app.url).origin });
  await context.addInitScript(() => {
    const Native = window.Notification;
    const made: Notification[] = [];
    class Recording extends Native {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        made.push(this);
      }
    }
    Object.assign(window, { __notifications: made, Notification: Recording });
  });
});

const notices = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __notifications: Notification[] }).__notifications.map(
      (n): Recorded => ({ title: n.title, body: n.body }),
    ),
  );

const walkout = (firstName: string, lastName: string, phone: string, extra: object = {}) => ({
  prospect: { firstName, lastName, phone },
  product: 'Zero-turn mower',
  category: 'Mowers',
  closeness: 3,
  objection: 'price',
  ...extra,
});

test('a call falling due notifies once, is counted in the header, and the click opens it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(app.url);
  await signIn(page, 'Tina Trainee', '4444');
  await expectSignedInAs(page, 'Tina Trainee');
  const { now } = await rpc(page, 'app.clock', {});
  // Someone else's call falling due at the same moment must not reach Sam's desktop.
  await rpc(
    page,
    'walkouts.create',
    walkout('Otto', 'Vance', '(312) 555-0190', { nextStepAt: now + 20_000 }),
  );
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Turn on reminders' }).click();
  await expect(header.getByRole('button', { name: 'Reminders on' })).toHaveAttribute('aria-pressed', 'true');
  // Logged at the counter in another tab (its own session): the desk hears of it through the change feed.
  const counter = await page.context().newPage();
  await counter.goto(app.url);
  await signIn(counter, 'Sam Seller', '3333');
  await expectSignedInAs(counter, 'Sam Seller');
  const at = (await rpc(counter, 'app.clock', {})).now;
  await rpc(counter, 'walkouts.create', walkout('Ana', 'Ruiz', '(312) 555-0191', { nextStepAt: at + 8_000 }));
  await rpc(counter, 'walkouts.create', walkout('Ben', 'Ode', '(312) 555-0192', { nextStepAt: at + HOUR }));
  // Called from the counter before it fell due: the desk hears of that too, and never announces it.
  const cy = await rpc(
    counter,
    'walkouts.create',
    walkout('Cy', 'Moss', '(312) 555-0188', { nextStepAt: at + 10_000 }),
  );
  await rpc(counter, 'followUps.complete', { followUpId: cy.firstContact.followUpId, outcome: 'no_answer' });
  await counter.close();
  expect(await notices(page)).toEqual([]);
  await expect(header.getByRole('link', { name: /due now/ })).toHaveCount(0);

  await expect
    .poll(() => notices(page), { timeout: 20_000 })
    .toEqual([{ title: 'Call due: Ana Ruiz', body: 'First contact call. Click to open it.' }]);
  await expect(header.getByRole('link', { name: '1 call due now: open My day' })).toHaveText('1 due');
  await expect(page).toHaveTitle('(1) BeBack');
  await page.screenshot({ path: `${OUT}/header-badge-1366.png` });
  await page.screenshot({ path: `${SHOTS}/90-reminder-badge.png` });

  // The change feed and the next look come and go, Tina's call falls due too, Cy's time passes: Ana's is
  // still told once, and no one else's.
  await page.waitForTimeout(8_000);
  expect(await notices(page)).toEqual([
    { title: 'Call due: Ana Ruiz', body: 'First contact call. Click to open it.' },
  ]);

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${OUT}/header-badge-1024.png` });

  // Away on the counter screen, the click brings the call up on My day.
  await page.keyboard.press('F2');
  await page.evaluate(() => {
    const [first] = (window as unknown as { __notifications: Notification[] }).__notifications;
    first!.onclick!(new Event('click'));
  });
  const panel = page.getByRole('complementary', { name: 'Follow-up' });
  await expect(panel.getByRole('heading', { name: 'Ana Ruiz' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Overdue' })).toContainText('Ana Ruiz');
  await page.screenshot({ path: `${OUT}/notification-opened-call-1024.png` });

  // Signing out clears the count from the window.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveTitle('BeBack');
});

test('the manager’s desk lists first calls not made 2 hours after they fell due; the owner sets the hours', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  const { now } = await rpc(page, 'app.clock', {});
  // Logged late: Saturday's visit, whose first call fell due Saturday noon; and today's, due later today.
  const cleo = await rpc(
    page,
    'walkouts.create',
    walkout('Cleo', 'Marsh', '(312) 555-0193', { visitedAt: now - 48 * HOUR }),
  );
  expect(cleo.firstContact.dueAt).toBe(now - 46 * HOUR);
  await rpc(page, 'walkouts.create', walkout('Dan', 'Pratt', '(312) 555-0194'));
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F6');
  const desk = page.getByRole('region', { name: /First calls overdue on your team/ });
  await expect(desk.getByRole('row')).toHaveCount(2);
  await expect(desk.getByRole('row').nth(1)).toContainText(/Cleo Marsh\s*Sam Seller.*1 day 22 h/);
  await expect(desk).not.toContainText('Dan Pratt');
  await page.screenshot({ path: `${OUT}/manager-desk-1366.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${OUT}/manager-desk-1024.png` });
  await desk.getByRole('button', { name: 'Cleo Marsh' }).click();
  await expect(page.getByRole('complementary', { name: 'Walkout' })).toContainText('Cleo Marsh');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await page.keyboard.press('F9');
  const hours = page.getByLabel('First call overdue after (hours)');
  await expect(hours).toHaveValue('2');
  await hours.fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('A whole number from 1 to 72')).toBeVisible();
  await hours.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/settings-field-error-1024.png` });
  await hours.fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect((await rpc(page, 'settings.get', {})).firstCallOverdueHours).toBe(1);
  await page.setViewportSize({ width: 1366, height: 900 });
  await hours.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/settings-field-1366.png` });
});
