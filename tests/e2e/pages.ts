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
