// Every top-level screen, for each role, at 1366×900 and 1024×768: screenshots to look at, and at 1024 px
// no screen scrolls sideways (the header, tags in rows, settings' time inputs all fit).
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, SHOTS, signIn } from './pages';
import { appForSpec } from './startApp';

const app = appForSpec({ demo: true });

const PEOPLE = [
  { role: 'owner', name: 'Dana Whitfield', pin: '1357' },
  { role: 'manager', name: 'Marcus Reyes', pin: '2468' },
  { role: 'staff', name: 'Priya Shah', pin: '3141' },
] as const;

const VIEWPORTS = [
  { width: 1366, height: 900 },
  { width: 1024, height: 768 },
] as const;

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
function overflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const viewport of VIEWPORTS) {
  for (const person of PEOPLE) {
    test(`${person.role} at ${viewport.width}×${viewport.height}: every screen fits the width`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(app.url);
      await expect(page.getByRole('radio', { name: new RegExp(person.name) })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/screens-${viewport.width}-sign-in.png` });
      if (viewport.width === 1024 && (await overflow(page)) > 0)
        throw new Error('the sign-in screen is too wide');
      await signIn(page, person.name, person.pin);
      await expectSignedInAs(page, person.name);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await page.screenshot({
        path: `${SHOTS}/screens-${viewport.width}-${person.role}-header.png`,
        clip: { x: 0, y: 0, width: viewport.width, height: 120 },
      });
      const labels = (await nav.getByRole('link').allInnerTexts()).map((t) => t.replace(/\s*F\d+$/, ''));
      expect(labels.length).toBeGreaterThan(1);
      // Every role's tabs sit on one row, the owner's eleven included: a second row pushes every screen down.
      const rows = await nav
        .getByRole('link')
        .evaluateAll((links) => new Set(links.map((a) => (a as HTMLElement).offsetTop)).size);
      expect(rows, 'rows of tabs').toBe(1);
      const wide: string[] = [];
      for (const label of labels) {
        await nav.getByRole('link', { name: new RegExp(`^${label}`) }).click();
        await expect(nav.getByRole('link', { name: new RegExp(`^${label}`) })).toHaveAttribute(
          'aria-current',
          'page',
        );
        // Let the screen's first reads arrive and lay out before measuring.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(150);
        const slug = label.toLowerCase().replace(/\W+/g, '-');
        await page.screenshot({ path: `${SHOTS}/screens-${viewport.width}-${person.role}-${slug}.png` });
        const over = await overflow(page);
        if (viewport.width === 1024 && over > 0) wide.push(`${label} (+${over}px)`);
        if (label === 'Settings') {
          // Settings' own pages: the backups, and the owner's Erase a person.
          const pages = [{ name: 'Backups', role: 'link' as const }];
          if (person.role === 'owner') pages.push({ name: 'Erase a person (privacy request)', role: 'link' });
          for (const sub of pages) {
            await page.getByRole('link', { name: 'Store settings' }).click();
            await page.getByRole(sub.role, { name: sub.name }).click();
            await page.waitForLoadState('networkidle');
            await page.waitForTimeout(150);
            const subSlug = sub.name.toLowerCase().split(' ')[0];
            await page.screenshot({
              path: `${SHOTS}/screens-${viewport.width}-${person.role}-settings-${subSlug}.png`,
            });
            const subOver = await overflow(page);
            if (viewport.width === 1024 && subOver > 0) wide.push(`Settings › ${sub.name} (+${subOver}px)`);
          }
        }
        if (label === 'My day' && (await page.locator('[data-follow-up]').count()) > 0) {
          // The call panel beside the rows narrows them: their tags must still stay inside.
          await page.locator('[data-follow-up]').first().click();
          await expect(page.getByRole('complementary', { name: 'Follow-up' })).toBeVisible();
          await page.screenshot({ path: `${SHOTS}/screens-${viewport.width}-${person.role}-call.png` });
          const spill = await page.evaluate(() =>
            [...document.querySelectorAll('[data-follow-up]')].some((row) => {
              const box = row.getBoundingClientRect();
              return [...row.querySelectorAll('.tag')].some(
                (t) => t.getBoundingClientRect().right > box.right,
              );
            }),
          );
          if (spill) wide.push('My day: a tag spills out of its row');
          if (viewport.width === 1024 && (await overflow(page)) > 0) wide.push('My day with the call panel');
        }
      }
      expect(wide, 'screens wider than the 1024 px window').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
    });
  }
}
