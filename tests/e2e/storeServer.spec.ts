// The counter on a store server that goes away: a banner at the top of the screen says so, a write is
// refused in plain words, and when the server is back the banner goes and the screen reads again by itself.
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { migratePg } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { SERVER_LOST_BANNER, SERVER_LOST_MESSAGE } from '../../shared/domain/storeServer';
import { type PgCluster, startPgCluster } from '../support/pgCluster';
import { openBackups, shoot } from './backupPages';
import { expectSignedInAs, rpcFromPage, SHOTS, signIn } from './pages';
import { type RunningApp, startApp, TEAM } from './startApp';

let cluster: PgCluster;
let app: RunningApp;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startPgCluster({ keepCommits: true });
  await cluster.admin('CREATE DATABASE lost_store');
  const client = new pg.Client({ connectionString: cluster.url('lost_store'), types: numberTypes });
  await client.connect();
  await migratePg(client);
  await client.end();
  app = await startApp({
    demo: false,
    team: [TEAM.owner, TEAM.seller],
    storeServerUrl: cluster.url('lost_store'),
  });
});
test.afterAll(async () => {
  await app?.stop();
  cluster?.stop();
});

const walkout = {
  prospect: { firstName: 'Nadia', lastName: 'Lost', phone: '(312) 555-0190', email: '' },
  product: 'Kubota BX2380 tractor',
  category: 'Tractors',
  closeness: 4,
  objection: 'price',
};

test('a lost store server is said plainly at the top of every screen, and the app carries on when it is back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await expect(page.getByRole('heading', { name: 'Log a walkout' })).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: SERVER_LOST_BANNER });
  await expect(banner).toHaveCount(0);

  cluster.pause();
  // A write while it is away: refused in words, nothing written.
  const refused = await rpcFromPage(page, 'walkouts.create', walkout);
  expect(refused).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: SERVER_LOST_MESSAGE } });
  // Going to another screen reads the server, which says it is away.
  await page.getByRole('link', { name: /My day/ }).click();
  await expect(banner).toBeVisible();
  // The day read at sign-in (the header's reminders hold it) stays on screen under the banner, as it was.
  await expect(page.getByText('Nothing on this calendar')).toBeVisible();
  await expect(banner).toHaveText(SERVER_LOST_BANNER);
  await page.screenshot({ path: `${SHOTS}/store-server-lost-1366.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(banner).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/store-server-lost-1024.png` });

  cluster.resume();
  // The 2-second retry finds it back: the banner goes and My day reads again.
  await expect(banner).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible();
  await expect(page.getByText('Nothing on this calendar')).toBeVisible();
  await expect(page.getByText('The calendar is on the store server')).toHaveCount(0);
  const saved = await rpcFromPage(page, 'walkouts.create', walkout);
  expect(saved.ok).toBe(true);
});

test('the owner backs up the store server from the Backups screen; restore says how it is done', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await openBackups(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'checked and verified' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Backups, newest first' });
  const manual = table.getByRole('row', { name: /Backed up by hand/ });
  await expect(manual).toContainText('Verified');
  await expect(manual.getByRole('cell').nth(2)).toHaveText('1'); // the walkout logged once the server was back
  await manual.getByRole('button', { name: 'Restore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText(
    'A store server backup is restored into a new, empty database, never over the store in use.',
  );
  await expect(dialog.getByRole('button', { name: 'Restore this backup' })).toHaveCount(0);
  await shoot(page, 'store-server-backups-restore');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});
