// axe-core on every screen each role sees at 1024×768, the call panel open and the counter showing its
// validation messages: zero violations. Screenshots land in AXE_SHOTS (default the spec screenshots
// folder); with AXE_SHOTS set the walk also runs at 1366×900, so a restyle can be compared before and after.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, SHOTS, signIn } from './pages';
import { appForSpec } from './startApp';

const app = appForSpec({ demo: true });
const OUT = process.env.AXE_SHOTS ?? SHOTS;

const PEOPLE = [
  { role: 'owner', name: 'Dana Whitfield', pin: '1357' },
  { role: 'manager', name: 'Marcus Reyes', pin: '2468' },
  { role: 'staff', name: 'Priya Shah', pin: '3141' },
] as const;

// Every run checks the narrow screen, where layouts break first; AXE_SHOTS=dir adds the wide walk, whose
// screenshots are for looking at (a test that is not wanted is not defined, rather than skipped).
const VIEWPORTS = [
  { width: 1024, height: 768 },
  ...(process.env.AXE_SHOTS ? [{ width: 1366, height: 900 }] : []),
];

/** Every violation axe finds on the page, one line each: "rule-id: target, target (help)". */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')} (${v.help})`,
  );
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(150);
}

for (const viewport of VIEWPORTS) {
  for (const person of PEOPLE) {
    test(`${person.role} at ${viewport.width}: every screen is axe-core clean`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(viewport);
      await page.goto(app.url);
      await expect(page.getByRole('radio', { name: new RegExp(person.name) })).toBeVisible();
      const found: string[] = [];
      const check = async (screen: string) => {
        await settle(page);
        await page.screenshot({ path: `${OUT}/${viewport.width}-${person.role}-${screen}.png` });
        for (const v of await violations(page)) found.push(`${screen} › ${v}`);
      };
      await check('sign-in');
      await signIn(page, person.name, person.pin);
      await expectSignedInAs(page, person.name);
      const nav = page.getByRole('navigation', { name: 'Main' });
      const labels = (await nav.getByRole('link').allInnerTexts()).map((t) => t.replace(/\s*F\d+$/, ''));
      expect(labels.length).toBeGreaterThan(1);
      for (const label of labels) {
        await nav.getByRole('link', { name: new RegExp(`^${label}`) }).click();
        const slug = label.toLowerCase().replace(/\W+/g, '-');
        await check(slug);
        if (label === 'Log walkout') {
          // Submitting the empty form shows every field's message.
          await page.getByRole('button', { name: /^Log walkout/ }).click();
          await expect(page.getByRole('alert').first()).toBeVisible();
          await check('log-walkout-errors');
        }
        if (label === 'My day' && (await page.locator('[data-follow-up]').count()) > 0) {
          await page.locator('[data-follow-up]').first().click();
          await expect(page.getByRole('complementary', { name: 'Follow-up' })).toBeVisible();
          await check('call-panel');
        }
        if (label === 'Settings') {
          const pages = ['Backups'];
          if (person.role === 'owner') pages.push('Erase a person (privacy request)', 'Store database');
          for (const sub of pages) {
            await page.getByRole('link', { name: 'Store settings' }).click();
            const link = page.getByRole('link', { name: sub });
            if ((await link.count()) === 0) continue;
            await link.click();
            await check(`settings-${sub.toLowerCase().split(' ')[0]}`);
          }
        }
      }
      expect(found, 'axe-core violations').toEqual([]);
    });
  }
}
