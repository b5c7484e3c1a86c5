// The floor's day: sign in, log a walkout by keyboard, work its first call, recognise a returning be-back.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, rpc, rpcFromPage, SHOTS, signIn, tabTo, typeInto } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({
  demo: false,
  team: [TEAM.owner, TEAM.manager, { ...TEAM.seller, saveProgram: true }, TEAM.trainee],
});

test('sign in with a PIN; a wrong PIN gets a clear message', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('radio', { name: /Sam Seller/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/01-sign-in.png` });
  await signIn(page, 'Sam Seller', '9999');
  await expect(page.getByRole('alert')).toContainText('Wrong PIN. 4 tries left');
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
});

test('log a walkout with the keyboard only and see it at the top of My day', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expect(page.getByRole('heading', { name: 'Log a walkout' })).toBeVisible();
  await expect(page.getByLabel('First name')).toBeFocused();
  await page.keyboard.type('Jane');
  await typeInto(page, 'Last name', 'Doe');
  await typeInto(page, 'Phone', '(312) 555-0147');
  await typeInto(page, 'Product', 'Trailhawk 4x4 SUV');
  await typeInto(page, 'Category', 'SUV');
  await typeInto(page, 'Price quoted', '41900');
  await tabTo(page, 'How close (1–5)');
  await page.keyboard.press('4');
  await tabTo(page, 'Objection');
  await page.keyboard.type('Spouse');
  await typeInto(page, 'In their words', 'Husband wants to drive it first');
  await typeInto(page, 'Next step agreed', 'Call tonight with the trade-in number');
  await typeInto(page, 'Personal details', 'Coaches Little League');
  await page.screenshot({ path: `${SHOTS}/02-log-walkout-filled.png` });
  await page.keyboard.press('Enter');
  const confirmation = page.getByRole('status');
  await expect(confirmation).toContainText('Logged Jane Doe');
  await expect(confirmation).toContainText('First call due Today 12:00 PM');
  await expect(page.getByLabel('First name')).toHaveValue('');
  await expect(page.getByLabel('First name')).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/03-log-walkout-confirmed.png` });

  await page.keyboard.press('F3');
  const today = page.getByRole('region', { name: 'Due today' });
  await expect(today.getByRole('button').first()).toContainText('Jane Doe');
  await expect(today.getByRole('button').first()).toContainText('Today 12:00 PM');
  await expect(today.getByRole('button').first()).toContainText('First contact');
  await page.screenshot({ path: `${SHOTS}/04-my-day.png` });
});

test('log "voicemail left" and see the next attempt scheduled per the cadence', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await page.keyboard.press('F3');
  const row = page.getByRole('region', { name: 'Due today' }).getByRole('button', { name: /Jane Doe/ });
  await row.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Follow-up' });
  await expect(panel).toContainText('Husband wants to drive it first');
  await expect(panel).toContainText('No attempts yet');
  await page.keyboard.press('5');
  await expect(panel.getByRole('radio', { name: /Voicemail left/ })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/05-follow-up-panel.png` });
  await page.keyboard.press('Enter');
  // +3 days from Monday 23 Nov, same local time, inside store hours.
  await expect(page.getByRole('status')).toContainText(
    'Voicemail left logged for Jane Doe. Next: Check-in due Thu 26 Nov',
  );
  const upcoming = page.getByRole('region', { name: 'Upcoming' });
  await expect(upcoming.getByRole('button', { name: /Jane Doe/ })).toContainText('Check-in · try 2');
  await page.screenshot({ path: `${SHOTS}/06-after-voicemail.png` });
});

test('a returning prospect is recognised by phone, not duplicated', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await page.getByLabel('First name').fill('Jane');
  await page.getByLabel('Last name').fill('Doe');
  await page.getByLabel('Phone').fill('312-555-0147');
  const offer = page.getByRole('region', { name: 'Returning prospect' });
  await expect(offer).toContainText('Jane Doe — same phone; 1 visit');
  await page.getByLabel('Product').fill('Voyager minivan');
  await page.getByLabel('Objection').selectOption('price');
  await page.screenshot({ path: `${SHOTS}/07-returning-offer.png` });
  // Enter with the offer unanswered asks first, focused on "Same person"; S answers and logs.
  await page.getByLabel('Product').press('Enter');
  const ask = page.getByRole('dialog', { name: 'Same person as before?' });
  await expect(ask).toContainText('Jane Doe — same phone; 1 visit');
  await expect(ask.getByRole('button', { name: /Same person/ })).toBeFocused();
  await page.keyboard.press('s');
  await expect(ask).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Logged Jane Doe (returning be-back)');
  await expect(page.getByLabel('First name')).toBeFocused();
});

test('a returning prospect shows the consents on file, and only a changed box is sent', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  const first = await rpc(page, 'walkouts.create', {
    prospect: {
      firstName: 'Rosa',
      lastName: 'Diaz',
      phone: '(312) 555-0161',
      preferredChannel: 'text',
      bestTime: 'Evenings',
      shareOk: true,
    },
    product: 'Trailhawk 4x4 SUV',
    closeness: 4,
    objection: 'price',
  });
  await page.getByLabel('First name').fill('Rosa');
  await page.getByLabel('Phone').fill('312-555-0161');
  const offer = page.getByRole('region', { name: 'Returning prospect' });
  await expect(offer).toContainText('Rosa Diaz — same phone; 1 visit');
  const share = page.getByLabel('OK to share with partner distributors');
  await expect(share).not.toBeChecked();
  await offer.getByRole('button', { name: 'Same person' }).click();
  await expect(offer.getByRole('button', { name: 'Same person' })).toHaveAttribute('aria-pressed', 'true');
  // The boxes and the channel now show what is on file; blank fields show what they keep, in grey.
  await expect(share).toBeChecked();
  await expect(page.getByLabel('OK to contact')).toBeChecked();
  await expect(page.getByLabel('Best way to reach')).toHaveValue('text');
  await expect(page.getByLabel('Last name')).toHaveAttribute('placeholder', 'Diaz');
  await expect(page.getByLabel('Best time to reach')).toHaveAttribute('placeholder', 'Evenings');
  await expect(page.getByText('The boxes show what Rosa Diaz agreed before')).toBeVisible();
  await page.getByLabel('Product').fill('Voyager minivan');
  await page.getByLabel('Objection').selectOption('spouse_partner');
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/10-returning-consents-${width}.png` });
    await page.screenshot({ path: `${SHOTS}/10-returning-consents-${width}-full.png`, fullPage: true });
  }
  // "Different person" puts the form's own boxes back: one person's consent never passes to another.
  await offer.getByRole('button', { name: 'Different person' }).click();
  await expect(share).not.toBeChecked();
  await expect(page.getByLabel('Best way to reach')).toHaveValue('call');
  await offer.getByRole('button', { name: 'Same person' }).click();
  await expect(share).toBeChecked();
  await share.uncheck();
  await page.getByLabel('Product').press('Enter');
  // Sam is in the save program: his first call and the manager's survey on the first visit give way.
  const status = page.getByRole('status');
  await expect(status).toContainText('Logged Rosa Diaz (returning be-back)');
  await expect(status).toContainText(
    "on Sam Seller's calendar. It replaces 2 open calls from the earlier visit.",
  );
  const [match] = await rpc(page, 'prospects.match', { phone: '3125550161' });
  expect(match.prospect).toMatchObject({
    id: first.prospectId,
    lastName: 'Diaz',
    preferredChannel: 'text',
    bestTime: 'Evenings',
    contactOk: true,
    shareOk: false,
  });
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('staff cannot open another employee calendar; a manager can', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Tina Trainee', '4444');
  await expectSignedInAs(page, 'Tina Trainee');
  await expect(page.getByRole('link', { name: /Team/ })).toHaveCount(0);
  const team = await rpcFromPage(page, 'employees.list', {});
  const sam = team.value.find((e: { name: string }) => e.name === 'Sam Seller');
  const denied = await rpcFromPage(page, 'calendar.day', { employeeId: sam.id });
  expect(denied).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_ALLOWED' }) });
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await page.keyboard.press('F3');
  await page.getByLabel('Calendar of').selectOption({ label: 'Sam Seller' });
  await expect(page.getByRole('heading', { name: "Sam Seller's calendar" })).toBeVisible();
  // Jane came back (above): her return visit's first call took the place of the check-in, one call per person.
  const today = page.getByRole('region', { name: 'Due today' });
  await expect(today.getByRole('button', { name: /Jane Doe/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: /Jane Doe/ })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/08-manager-audits-calendar.png` });
  await page.keyboard.press('F4');
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/09-team.png` });
});

test("the server's refusal of a phone shows under Phone, focused, and nothing is logged", async ({
  page,
}) => {
  const shots = '/tmp/shots-counterforms';
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expect(page.getByLabel('First name')).toBeFocused();
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${shots}/counter-empty-${width}.png` });
  }
  // The form's own errors: nested names (prospect.firstName, prospect.phone) show on their fields.
  await page.getByLabel('Phone').fill('12');
  await page.getByLabel('Price quoted').fill('forty');
  await page.getByLabel('Phone').press('Enter');
  await expect(page.locator('#firstName-error')).toHaveText('Enter a first name');
  await expect(page.locator('#phone-error')).toHaveText('"12" is not a valid phone number');
  await expect(page.locator('#price-error')).toHaveText('Write the price like 41900 or $41,900');
  await expect(page.locator('#objection-error')).toHaveText("Why didn't they buy?");
  await expect(page.locator('#product-error')).toHaveText('What did they look at?');
  await expect(page.getByRole('alert').first()).toHaveText('Please fix 5 fields.');
  // As before the rename: the form's reading of the typed texts comes first, so the phone takes the focus.
  await expect(page.getByLabel('Phone')).toBeFocused();
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${shots}/counter-errors-${width}.png`, fullPage: true });
  }
  await page.getByRole('button', { name: 'Clear' }).click();

  // The phone the counter sends is one the server cannot read (as if the store's region had changed
  // under it): the server's own message comes back on prospect.phone and lands under Phone.
  await page.route('**/rpc/walkouts.create', (route) => {
    const input = route.request().postDataJSON();
    return route.continue({
      postData: JSON.stringify({ ...input, prospect: { ...input.prospect, phone: '555' } }),
    });
  });
  await page.getByLabel('First name').fill('Refused');
  await page.getByLabel('Phone').fill('(312) 555-0199');
  await page.getByLabel('Product').fill('Loader');
  await page.getByLabel('Objection').selectOption('price');
  await page.getByLabel('Product').press('Enter');
  await expect(page.locator('#phone-error')).toHaveText('"555" is not a valid phone number');
  await expect(page.getByLabel('Phone')).toBeFocused();
  await expect(page.getByRole('alert').first()).toContainText('"555" is not a valid phone number');
  await expect(page.getByLabel('First name')).toHaveValue('Refused');
  await page.unrouteAll();
  const found = await rpcFromPage(page, 'prospects.match', { phone: '(312) 555-0199' });
  expect(found).toEqual({ ok: true, value: [] });
  await page.setViewportSize({ width: 1440, height: 900 });
});
