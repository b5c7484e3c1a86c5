// The counter at speed (issue 14): the realistic walkout typed keyboard-only, its navigation keys counted
// (≤ 15, so it fits in 30 s at 5 characters a second), then the S/D question a returning be-back gets.
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, rpc, SHOTS, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.seller] });
const SIZES = [
  [1366, 900],
  [1024, 768],
] as const;

/** Every key goes through here: a navigation key (Tab, Enter to log) or characters that carry an answer. */
class Keys {
  nav = 0;
  chars = 0;
  constructor(private readonly page: Page) {}
  /** Tab once and check where it landed, so an extra stop in the path fails the spec rather than hides. */
  async tab(expected: string) {
    this.nav++;
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByLabel(expected, { exact: true })).toBeFocused();
  }
  async type(text: string) {
    this.chars += text.length;
    await this.page.keyboard.type(text);
  }
  /** A tick box answered with Space: one keystroke carrying an answer, like a typed letter. */
  async tick() {
    this.chars++;
    await this.page.keyboard.press('Space');
  }
  async enter() {
    this.nav++;
    await this.page.keyboard.press('Enter');
  }
  /** At 5 characters a second every keystroke is 0.2 s; the measure adds 0.3–0.5 s per navigation key. */
  report(label: string) {
    const keystrokes = (this.nav + this.chars) / 5;
    const low = this.chars / 5 + this.nav * 0.3;
    const high = this.chars / 5 + this.nav * 0.5;
    const line = `${label}: ${this.chars} characters + ${this.nav} navigation keys = ${keystrokes.toFixed(1)} s at 5 keys/s (${low.toFixed(1)}–${high.toFixed(1)} s counting 0.3–0.5 s per navigation key)`;
    console.log(line);
    test.info().annotations.push({ type: 'speed', description: line });
  }
}

async function screenshots(page: Page, name: string) {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/counter-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test('the realistic walkout, keyboard only, in at most 15 navigation keys', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  const first = page.getByLabel('First name');
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-required', 'true');
  await expect(page.getByLabel('Product', { exact: true })).toHaveAttribute('aria-required', 'true');
  await expect(page.getByLabel('Objection')).toHaveAttribute('aria-required', 'true');
  await screenshots(page, 'empty');

  const keys = new Keys(page);
  await keys.type('Jane');
  await keys.tab('Last name');
  await keys.type('Doe');
  await keys.tab('Phone');
  await keys.type('3125550147');
  await keys.tab('Best time to reach');
  await keys.type('evenings');
  await keys.tab('Product');
  await keys.type('Trailhawk 4x4');
  await keys.tab('Category');
  await keys.type('SUV');
  await keys.tab('Price quoted');
  await keys.type('41900');
  await keys.tab('How close (1–5)');
  await keys.type('4');
  await keys.tab('Objection');
  await keys.type('s'); // the first objection starting with S: "Spouse or partner"
  await keys.tab('In their words');
  await keys.type('Husband wants to drive it');
  await keys.tab('Pain points');
  await keys.type('Minivan too small');
  await keys.tab('Next step agreed');
  await keys.type('Call with trade-in number');
  await keys.tab('When');
  await keys.type('tomorrow 5pm');
  // The store's clock says Monday 23 Nov, 10:00 in Chicago: the field shows what it understood.
  await expect(page.locator('#nextStepAt-reading')).toHaveText('Tue Nov 24, 5:00 PM');
  await keys.tab('OK to contact'); // already ticked: a new prospect is OK to contact unless they say no
  await keys.tab('OK to share with partner distributors');
  await keys.tick();
  await screenshots(page, 'filled');

  const created = page.waitForResponse((r) => r.url().endsWith('/rpc/walkouts.create'));
  await keys.enter();
  const logged = (await (await created).json()).value;
  await expect(page.getByRole('status')).toContainText('Logged Jane Doe');
  // Ready for the next customer: the form clear and the cursor in First name.
  await expect(first).toBeFocused();
  await expect(first).toHaveValue('');
  await expect(page.getByLabel('When')).toHaveValue('');
  keys.report('Realistic walkout');
  expect(keys.nav).toBeLessThanOrEqual(15);
  expect((keys.nav + keys.chars) / 5).toBeLessThanOrEqual(30);

  const story = await rpc(page, 'walkouts.get', { id: logged.walkoutId });
  expect(story.prospect).toMatchObject({
    firstName: 'Jane',
    lastName: 'Doe',
    phone: '+13125550147',
    bestTime: 'evenings',
    preferredChannel: 'call',
    contactOk: true,
    shareOk: true,
  });
  expect(story.walkout).toMatchObject({
    product: 'Trailhawk 4x4',
    category: 'SUV',
    priceQuotedCents: 4_190_000,
    closeness: 4,
    objection: 'spouse_partner',
    objectionText: 'Husband wants to drive it',
    painPoints: 'Minivan too small',
    nextStepText: 'Call with trade-in number',
    nextStepAt: Date.parse('2026-11-24T17:00:00-06:00'),
  });
});

test('the "when" field says what it cannot read, and Enter does not log it', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await page.getByLabel('First name').fill('Walt');
  await page.getByLabel('Phone').fill('312-555-0199');
  await page.getByLabel('Product', { exact: true }).fill('Voyager minivan');
  await page.getByLabel('Objection').selectOption('price');
  const when = page.getByLabel('When');
  await when.fill('sat 10');
  await expect(page.locator('#nextStepAt-reading')).toHaveText('Sat Nov 28, 10:00 AM');
  await when.fill('someday soon');
  await expect(page.locator('#nextStepAt-reading')).toContainText('Cannot read "someday"');
  await when.press('Enter');
  await expect(page.getByRole('alert').first()).toContainText('Cannot read "someday"');
  await expect(when).toBeFocused();
  await when.fill('');
  await page.getByRole('button', { name: 'Clear' }).click();
});

test('Enter with an unanswered returning match asks S/D, Enter = same person, then logs', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await expect(page.getByLabel('First name')).toBeFocused();
  const keys = new Keys(page);
  await keys.type('Jane');
  await keys.tab('Last name');
  await keys.tab('Phone');
  await keys.type('312 555 0147');
  // The card shows up while typing goes on; its buttons are not in the Tab path.
  await expect(page.getByRole('region', { name: 'Returning prospect' })).toContainText(
    'Jane Doe — same phone',
  );
  await keys.tab('Best time to reach');
  await keys.tab('Product');
  await keys.type('Voyager minivan');
  await keys.tab('Category');
  await keys.tab('Price quoted');
  await keys.tab('How close (1–5)');
  await keys.tab('Objection');
  await keys.type('p');
  await keys.enter();
  const ask = page.getByRole('dialog', { name: 'Same person as before?' });
  await expect(ask).toContainText('Jane Doe — same phone; 1 visit');
  await expect(ask.getByRole('button', { name: /Same person/ })).toBeFocused();
  await screenshots(page, 'choice');
  const created = page.waitForResponse((r) => r.url().endsWith('/rpc/walkouts.create'));
  await keys.enter(); // = same person
  const logged = (await (await created).json()).value;
  await expect(ask).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Logged Jane Doe (returning be-back)');
  await expect(page.getByLabel('First name')).toBeFocused();
  keys.report('Returning be-back (short form)');
  // The consents on file stay: the form's untouched boxes were not sent over them.
  const story = await rpc(page, 'walkouts.get', { id: logged.walkoutId });
  expect(story.prospect).toMatchObject({ firstName: 'Jane', bestTime: 'evenings', shareOk: true });
  expect(story.walkout).toMatchObject({ product: 'Voyager minivan', objection: 'price' });

  // "D": the same phone, a different person.
  await page.keyboard.type('Jim');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3125550147');
  await page.getByLabel('Product', { exact: true }).fill('Trailhawk 4x4');
  await page.getByLabel('Objection').selectOption('timing');
  await expect(page.getByRole('region', { name: 'Returning prospect' })).toBeVisible();
  await page.getByLabel('Objection').press('Enter');
  await expect(ask).toBeVisible();
  await page.keyboard.press('d');
  await expect(page.getByRole('status')).toContainText('Logged Jim');
  await expect(page.getByRole('status')).not.toContainText('returning');
});
