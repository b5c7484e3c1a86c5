// What the browser downloads: a staff member's counter is usable after ≤ 250 KB of compressed JS, with no
// chart code; the dashboard's chunk arrives only when a manager opens it. Assets come compressed and cached.
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, signIn } from './pages';
import { appForSpec } from './startApp';

const app = appForSpec({ demo: true });
const BUDGET_BYTES = 250 * 1024;

interface Script {
  url: string;
  wireBytes: number;
  encoding: string | undefined;
  cache: string | undefined;
}

/** Every script the page receives, with its size on the wire. */
function watchScripts(page: Page): Script[] {
  const scripts: Script[] = [];
  page.on('response', (r) => {
    if (!r.url().endsWith('.js')) return;
    const h = r.headers();
    scripts.push({
      url: r.url(),
      wireBytes: Number(h['content-length']),
      encoding: h['content-encoding'],
      cache: h['cache-control'],
    });
  });
  return scripts;
}

test('staff: the counter is usable after ≤ 250 KB of compressed JS, without the dashboard', async ({
  page,
}) => {
  const scripts = watchScripts(page);
  await page.goto(app.url);
  await signIn(page, 'Priya Shah', '3141');
  await expectSignedInAs(page, 'Priya Shah');
  await expect(page.getByLabel('First name')).toBeVisible();
  const total = scripts.reduce((sum, s) => sum + s.wireBytes, 0);
  console.log(
    `staff before the counter: ${scripts.length} scripts, ${(total / 1024).toFixed(1)} KB on the wire`,
  );
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  expect(scripts.map((s) => s.url).filter((u) => /Dashboard/.test(u))).toEqual([]);
  for (const s of scripts) {
    expect(['gzip', 'br'], s.url).toContain(s.encoding);
    expect(s.cache, s.url).toBe('public, max-age=31536000, immutable');
  }
});

test('manager: the dashboard chunk loads when the dashboard opens', async ({ page }) => {
  const scripts = watchScripts(page);
  await page.goto(app.url);
  await signIn(page, 'Marcus Reyes', '2468');
  await expectSignedInAs(page, 'Marcus Reyes');
  expect(scripts.some((s) => /Dashboard/.test(s.url))).toBe(false);
  await page.keyboard.press('F8');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  expect(scripts.some((s) => /DashboardScreen-[\w-]+\.js$/.test(s.url))).toBe(true);
});
