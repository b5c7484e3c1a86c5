// A database file damaged while BeBack was closed: the next start shows the damaged-database screen instead of
// sign-in, never writes to the file, and the owner restores the newest verified backup with their name and
// PIN; the damaged file is kept beside the database, byte for byte.
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { shoot } from './backupPages';
import { expectSignedInAs, rpc, signIn } from './pages';
import { type RunningApp, startApp, TEAM } from './startApp';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Overwrites the root page of `table` with garbage, in a file no one has open (its log checkpointed first). */
function damageTable(dbPath: string, table: string): void {
  const db = new Database(dbPath);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number;
  db.close();
  const fd = openSync(dbPath, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

function quickCheck(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).join('; ');
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    db.close();
  }
}

const heading = 'This store’s database needs a backup';
const names = ['Dana Damage', 'Ravi Restore', 'Kim Kept'];

test('a damaged file shows the damaged screen, is never written, and the owner restores the newest backup', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'beback-damaged-'));
  const bare = mkdtempSync(join(tmpdir(), 'beback-damaged-bare-'));
  const dbPath = join(dir, 'store.sqlite');
  let door: RunningApp | undefined;
  try {
    door = await startApp({ demo: false, team: [TEAM.owner, TEAM.seller], dbPath });
    await page.goto(door.url);
    await signIn(page, 'Olivia Owner', '1111');
    await expectSignedInAs(page, 'Olivia Owner');
    for (const [n, name] of names.entries()) {
      const [firstName, lastName] = name.split(' ');
      await rpc(page, 'walkouts.create', {
        prospect: { firstName, lastName, phone: `(312) 555-017${n}` },
        product: 'Summit crew-cab pickup',
        closeness: 3,
        objection: 'price',
      });
    }
    const backup = await rpc(page, 'backups.create', {});
    expect(backup).toMatchObject({ verified: true, walkouts: 3 });
    await door.stop();
    door = undefined;

    damageTable(dbPath, 'walkouts');
    expect(quickCheck(dbPath)).not.toBe('ok');
    const damagedBytes = sha256(dbPath);

    // The same file with no backups beside it: the screen says so and what to do.
    copyFileSync(dbPath, join(bare, 'store.sqlite'));
    door = await startApp({ demo: false, dbPath: join(bare, 'store.sqlite') });
    await page.goto(door.url);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.getByText('There is no verified backup of this store to restore.')).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
    await shoot(page, '90-damaged-no-backups');
    await door.stop();

    door = await startApp({ demo: false, dbPath });
    await page.goto(door.url);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.getByText('This store’s database file is damaged.')).toBeVisible();
    // The newest verified backup is chosen already.
    await expect(page.getByRole('radio').first()).toBeChecked();
    await expect(page.getByRole('radio').first()).toHaveAccessibleName(/3 walkouts/);
    expect(sha256(dbPath)).toBe(damagedBytes);
    await shoot(page, '91-damaged');

    // A wrong PIN is refused in words, and nothing is restored.
    await page.getByLabel('Owner’s name').fill('Olivia Owner');
    await page.getByLabel('Owner’s PIN').fill('9999');
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByLabel('Owner’s PIN')).toHaveAccessibleDescription('Wrong name or PIN');
    await expect(page.getByRole('alert').filter({ hasText: 'not an owner’s name and PIN' })).toBeVisible();
    expect(sha256(dbPath)).toBe(damagedBytes);
    await shoot(page, '92-damaged-wrong-pin');

    // The seller's PIN is not an owner's.
    await page.getByLabel('Owner’s name').fill('Sam Seller');
    await page.getByLabel('Owner’s PIN').fill('3333');
    await page.getByLabel('Owner’s PIN').press('Enter');
    await expect(page.getByLabel('Owner’s PIN')).toHaveAccessibleDescription('Wrong name or PIN');

    await page.getByLabel('Owner’s name').fill('olivia owner');
    await page.getByLabel('Owner’s PIN').fill('1111');
    await page.getByLabel('Owner’s PIN').press('Enter');
    await expect(page.getByRole('heading', { name: 'The backup is restored' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('3 walkouts came back');
    await shoot(page, '93-damaged-restored');

    const kept = readdirSync(dir).filter((f) => /^store\.damaged-.+\.sqlite$/.test(f));
    expect(kept).toHaveLength(1);
    expect(sha256(join(dir, kept[0]))).toBe(damagedBytes);
    expect(quickCheck(dbPath)).toBe('ok');

    await page.getByRole('button', { name: 'Continue to sign-in' }).click();
    await signIn(page, 'Olivia Owner', '1111');
    await expectSignedInAs(page, 'Olivia Owner');
    await page.keyboard.press('F3');
    const today = page.getByRole('region', { name: 'Due today' });
    for (const name of names) await expect(today).toContainText(name);
  } finally {
    await door?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
});
