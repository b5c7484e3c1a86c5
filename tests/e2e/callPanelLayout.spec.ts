// The call panel's outcome bar is on screen without scrolling the page, at 1024×768 and 1366×900, for a
// first contact (story, reasons, composer) and a manager survey (story, script, its answer fields): the
// middle scrolls inside the panel instead. Also the composer's warning past 25 s spoken.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectInViewport, expectNoPageScroll, expectSignedInAs, openCall, rpc, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({
  demo: false,
  team: [TEAM.owner, TEAM.manager, { ...TEAM.seller, saveProgram: true }],
});
const SHOTS = '/tmp/shots-callpanel';
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 900 },
];

async function expectOutcomeBarOnScreen(page: Page, panel: Locator) {
  await expectNoPageScroll(page);
  await expectInViewport(page, panel.getByRole('radio', { name: /Sold/ }));
  await expectInViewport(page, panel.getByRole('radio', { name: /Do not contact/ }));
  await expectInViewport(page, panel.getByLabel('Notes'));
  await expectInViewport(page, panel.getByLabel('Next step agreed for (optional)'));
  await expectInViewport(page, panel.getByRole('button', { name: /Save outcome/ }));
  // A sale's amount appears beside the button, still on screen.
  await panel.getByRole('radio', { name: /Sold/ }).check();
  await expectInViewport(page, panel.getByLabel('Sale amount'));
  await expectInViewport(page, panel.getByRole('button', { name: /Save outcome/ }));
  await expectNoPageScroll(page);
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Gina', lastName: 'Lopez', phone: '(312) 555-0181' },
    product: 'Summit crew-cab pickup',
    category: 'Truck',
    priceQuotedCents: 4_240_000,
    closeness: 4,
    objection: 'price',
    objectionText: 'Wants it under $41k with the trade-in counted',
    painPoints: 'Old truck keeps breaking down on the way to job sites',
    personalDetails: 'Two kids in hockey; tows a camper in summer',
    nextStepText: 'Call with the trade-in figure',
  });
  await page.close();
});

for (const size of SIZES) {
  test(`a first contact's outcomes are on screen at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(app.url);
    await signIn(page, 'Sam Seller', '3333');
    await expectSignedInAs(page, 'Sam Seller');
    const panel = await openCall(page, 'Gina Lopez', 'Due today');
    await expect(panel.getByLabel('Message text')).toHaveValue(/^Hi Gina/);
    await expectOutcomeBarOnScreen(page, panel);
    await page.screenshot({ path: `${SHOTS}/first-contact-${size.width}.png` });
    // The composer is below the story, reached by scrolling the panel's middle, not the page.
    const middle = panel.locator('[class*="middle"]');
    await panel.getByLabel('Message text').scrollIntoViewIfNeeded();
    await expectInViewport(page, panel.getByLabel('Message text'));
    expect(await middle.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expectNoPageScroll(page);
    await page.screenshot({ path: `${SHOTS}/first-contact-${size.width}-composer.png` });
  });

  test(`a manager survey's outcomes are on screen at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(app.url);
    await signIn(page, 'Mike Manager', '2222');
    await expectSignedInAs(page, 'Mike Manager');
    const panel = await openCall(page, 'Gina Lopez', 'Upcoming');
    const script = panel.getByRole('region', { name: 'Survey script' });
    await expect(script).toContainText('could you tell me why you decided not to get it?');
    await expectOutcomeBarOnScreen(page, panel);
    await page.screenshot({ path: `${SHOTS}/survey-${size.width}.png` });
    await script.getByLabel('In their words').scrollIntoViewIfNeeded();
    await expectInViewport(page, script.getByLabel('In their words'));
    await expectInViewport(page, panel.getByRole('button', { name: /Save outcome/ }));
    await expectNoPageScroll(page);
  });
}

test('the composer warns in words past 25 s spoken, as the rep types', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  const panel = await openCall(page, 'Gina Lopez', 'Due today');
  const message = panel.getByLabel('Message text');
  const meter = panel.locator('[class*="meter"]');
  await expect(message).toHaveValue(/^Hi Gina/);
  await expect(meter).toContainText('(aim for 20 s)');
  await expect(meter).not.toContainText('About');
  const words = (n: number) => Array.from({ length: n }, () => 'truck').join(' ');
  // 63 words are 25.2 s spoken: said as 25 s, no warning yet.
  await message.fill(words(63));
  await expect(meter).toHaveText('63 words · about 25 s spoken (aim for 20 s)');
  // Five more words as typed, key by key: 27.2 s.
  await message.press('End');
  await message.pressSequentially(' truck truck truck truck truck');
  await expect(meter).toHaveText('68 words · About 27 s spoken: aim for 20 s');
  await expect(panel.getByText('About 27 s spoken: aim for 20 s')).toBeVisible();
  // Beside the words being typed: on screen, not scrolled away in the panel.
  await expectInViewport(page, panel.getByText('About 27 s spoken: aim for 20 s'));
  await page.screenshot({ path: `${SHOTS}/composer-too-long-1024.png` });
  // Four words off: 64 words are 25.6 s, still said as 26 s; the fifth brings it back to 25 s.
  for (let i = 0; i < ' truck truck truck truck'.length; i++) await message.press('Backspace');
  await expect(meter).toHaveText('64 words · About 26 s spoken: aim for 20 s');
  for (let i = 0; i < ' truck'.length; i++) await message.press('Backspace');
  await expect(meter).toHaveText('63 words · about 25 s spoken (aim for 20 s)');
  await expect(panel.getByText(/About \d+ s spoken/)).toHaveCount(0);
  // A text message is not spoken: no warning however long.
  await message.fill(words(68));
  await panel.getByRole('radio', { name: 'Text' }).check();
  await expect(meter).not.toContainText('spoken');
});
