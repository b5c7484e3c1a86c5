// Page objects: how a person at the counter reaches each screen, by role and label.
import { expect, type Locator, type Page } from '@playwright/test';

export const SHOTS = 'tests/e2e/screenshots';

export async function signIn(page: Page, name: string, pin: string) {
  await page.getByRole('radio', { name: new RegExp(name) }).check();
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByLabel('PIN', { exact: true }).press('Enter');
}

/** Keyboard only: Tab forward until the control labelled `label` has focus. */
export async function tabTo(page: Page, label: string) {
  const target = page.getByLabel(label, { exact: true });
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${label}"`);
}

export async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

/** Calls the web door from inside the page, with the page's own token and session. */
export async function rpcFromPage(page: Page, channel: string, input: unknown) {
  return page.evaluate(
    async ([c, i]) => {
      const r = await fetch(`/rpc/${c}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-beback-token': sessionStorage.getItem('beback.token') ?? '',
          'x-beback-session': sessionStorage.getItem('beback.session') ?? '',
        },
        body: JSON.stringify(i),
      });
      return r.json();
    },
    [channel, input] as const,
  );
}

/** The same call, for set-up steps that must succeed: returns the value or fails the test with the message. */
export async function rpc(page: Page, channel: string, input: unknown) {
  const r = await rpcFromPage(page, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByRole('banner')).toContainText(name);
}

/** Keyboard only: press `key` (Tab or Shift+Tab) until `target` has focus. */
export async function tabToLocator(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error('Tab never reached the target');
}

/** My day (F3), then the calendar row of `name` (in `section` when given): the call panel it opens. */
export async function openCall(page: Page, name: string, section?: 'Overdue' | 'Due today' | 'Upcoming') {
  await page.keyboard.press('F3');
  const where = section ? page.getByRole('region', { name: section }) : page;
  await where
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  const panel = page.getByRole('complementary', { name: 'Follow-up' });
  await expect(panel.getByRole('heading', { name })).toBeVisible();
  return panel;
}

/** The element's box lies wholly inside the window, as it is now (no scrolling to reach it). */
export async function expectInViewport(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const view = page.viewportSize();
  expect(box, 'the element is laid out').not.toBeNull();
  expect(view).not.toBeNull();
  if (!box || !view) return;
  expect(box.y, 'top inside the window').toBeGreaterThanOrEqual(0);
  expect(box.x, 'left inside the window').toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, 'bottom inside the window').toBeLessThanOrEqual(view.height);
  expect(box.x + box.width, 'right inside the window').toBeLessThanOrEqual(view.width);
  // And not clipped by a scrolling box around it (the intersection the browser itself computes).
  await expect(target).toBeInViewport({ ratio: 1 });
}

/** The page itself does not scroll: everything the screen shows fits the window. */
export async function expectNoPageScroll(page: Page) {
  const { scrollY, overflow } = await page.evaluate(() => ({
    scrollY: window.scrollY,
    overflow: document.documentElement.scrollHeight - window.innerHeight,
  }));
  expect(scrollY).toBe(0);
  expect(overflow, 'page taller than the window by').toBeLessThanOrEqual(0);
}
