// Settings → Store database in the web door: the owner tests a throwaway PostgreSQL server — a wrong
// password, a missing database, then an empty one — moves the store there with progress, and sees both
// sides count the same; the web door then carries on on the server without a restart (sign in again there).
import { expect, type Page, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { type PgCluster, startPgCluster } from '../support/pgCluster';
import { shoot } from './backupPages';
import { expectSignedInAs, signIn } from './pages';
import { appForSpec } from './startApp';

// The demo store: a quarter of walkouts, follow-ups and sales to move.
const app = appForSpec({ demo: true });

let cluster: PgCluster;
test.beforeAll(async () => {
  cluster = await startPgCluster();
  // beback_pw must give its password (pgCluster's pg_hba rule); it owns the empty store database.
  await cluster.admin(`CREATE ROLE beback_pw LOGIN PASSWORD 'right horse'`);
  await cluster.admin('CREATE DATABASE store_empty OWNER beback_pw');
});
test.afterAll(() => cluster?.stop());

async function openStoreDatabase(page: Page) {
  await page.keyboard.press('F9');
  await page
    .getByRole('navigation', { name: 'Settings pages' })
    .getByRole('link', { name: 'Store database' })
    .click();
  await expect(page.getByRole('heading', { name: 'Store database', exact: true })).toBeVisible();
}

async function fill(page: Page, details: { database: string; user: string; password: string }) {
  await page.getByLabel('Server (name or address)').fill('127.0.0.1');
  await page.getByLabel('Port').fill(String(cluster.port));
  await page.getByLabel('Database').fill(details.database);
  await page.getByLabel('User', { exact: true }).fill(details.user);
  await page.getByLabel('Password').fill(details.password);
  await page.getByLabel('TLS').selectOption('off');
}

test('the owner tests a server, moves the store to an empty database and sees both sides agree', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Dana Whitfield', '1357');
  await expectSignedInAs(page, 'Dana Whitfield');
  await openStoreDatabase(page);
  const current = page.getByRole('region', { name: 'This PC uses' });
  await expect(current).toContainText('This PC only (built in)');
  await expect(current).toContainText(app.dbPath);

  const test = page.getByRole('button', { name: 'Test connection' });
  await test.click();
  await expect(page.getByText('Enter the server’s name or address')).toBeVisible();
  await shoot(page, 'store-database-empty-form');

  await fill(page, { database: 'store_empty', user: 'beback_pw', password: 'wrong horse' });
  await test.click();
  await expect(page.getByRole('alert')).toHaveText(
    'The server refused user "beback_pw": the user name or password is wrong.',
  );
  await expect(page.getByRole('button', { name: 'Move this PC’s store to the server' })).toHaveCount(0);

  await fill(page, { database: 'no_such_store', user: 'beback_pw', password: 'right horse' });
  await test.click();
  await expect(page.getByRole('alert')).toHaveText(
    'The server has no database called "no_such_store". Create it first (see the store server guide).',
  );

  await fill(page, { database: 'store_empty', user: 'beback_pw', password: 'right horse' });
  await test.click();
  await expect(page.getByRole('status').first()).toHaveText(
    `Connected. The database "store_empty" is empty: this PC's store can be moved there.`,
  );
  await shoot(page, 'store-database-ready');

  // A small store moves in milliseconds: the progress answer is held at a third of the rows for a moment,
  // to see what the owner of a big store sees.
  let held = 3;
  await page.route('**/rpc/storeDatabase.progress', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    if (held > 0 && json.ok) {
      held--;
      json.value = {
        ...json.value,
        state: 'copying',
        table: 'walkouts',
        rows: 10,
        totalRows: 30,
        message: null,
      };
    }
    await route.fulfill({ response, json });
  });
  await page.getByRole('button', { name: 'Move this PC’s store to the server' }).click();
  const bar = page.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuetext', 'Copying walkouts: 10 of 30 rows (33%)');
  await shoot(page, 'store-database-moving');

  const move = page.getByRole('region', { name: 'Move to the server' });
  await expect(move.getByText(/^Copied [\d,]+ rows$/)).toBeVisible();
  await expect(move.getByRole('status')).toHaveText(
    `Saved. In a moment this web door carries on on the store server 127.0.0.1:${cluster.port}/store_empty: sign in again there. The built-in file stays at ${app.dbPath} as it is now (after a move, it is the backup of that moment). Next time, start the door with --pg <url> or BEBACK_PG_URL.`,
  );
  await expect(move).toContainText(
    `The built-in file is kept as it was at the move, as its backup: ${app.dbPath}`,
  );
  const totals = move.getByRole('table', { name: 'Dashboard totals, all time' });
  const file = new Database(app.dbPath, { readonly: true });
  const walkouts = file.prepare('SELECT count(*) FROM walkouts').pluck().get() as number;
  file.close();
  expect(walkouts).toBeGreaterThan(100);
  const shown = walkouts.toLocaleString('en-US');
  await expect(totals.getByRole('row', { name: /^Walkouts/ })).toHaveText(/^Walkouts([\d,]+)\1Yes$/);
  await expect(totals.getByRole('row', { name: /^Commission owed/ })).toHaveText(
    /^Commission owed(\$[\d,]+(?:\.\d\d)?)\1Yes$/,
  );
  const tables = move.getByRole('table', { name: 'Rows per table' });
  await expect(tables.getByRole('row', { name: /^Employees [\d,]+ / })).toHaveText('Employees55Yes');
  await expect(tables.getByRole('row', { name: /^Walkouts [\d,]+ / })).toHaveText(
    `Walkouts${shown}${shown}Yes`,
  );
  await expect(tables.getByText('No', { exact: true })).toHaveCount(0);
  await shoot(page, 'store-database-moved');

  // The door now runs on the server, where nobody is signed in yet: the next request asks to sign in again.
  await page.keyboard.press('F3');
  await expect(page.getByLabel('PIN', { exact: true })).toBeVisible({ timeout: 15_000 });
  await signIn(page, 'Dana Whitfield', '1357');
  await expectSignedInAs(page, 'Dana Whitfield');
  await openStoreDatabase(page);
  await expect(page.getByRole('region', { name: 'This PC uses' })).toContainText(
    `Store server 127.0.0.1:${cluster.port}/store_empty as beback_pw`,
  );
  await shoot(page, 'store-database-on-server');
});
