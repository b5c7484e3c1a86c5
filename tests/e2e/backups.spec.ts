// Backups in Settings: the owner backs up by hand, restores an earlier backup and undoes it, saves a copy,
// sets how long backups are kept; a manager only reads the list; a restore that signs the owner out lands on
// sign-in; damage met while running shows the damaged-database screen. (The damaged file at start-up is
// backupsDamaged.spec.ts.)
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openBackups, shoot } from './backupPages';
import { expectSignedInAs, rpc, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager] });

const backupsTable = (page: Page) => page.getByRole('table', { name: 'Backups, newest first' });

async function logWalkout(page: Page, firstName: string, phone: string) {
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { name: 'Log a walkout' })).toBeVisible();
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill('Backup');
  await page.getByLabel('Phone').fill(phone);
  await page.getByLabel('Product').fill('Trailhawk 4x4 SUV');
  await page.getByLabel('How close (1–5)').selectOption('3');
  await page.getByLabel('Objection').selectOption('Price');
  await page.getByLabel('Objection').press('Enter');
  await expect(page.getByRole('status')).toContainText(`Logged ${firstName} Backup`);
}

async function myDayShows(page: Page, name: string, shown: boolean) {
  await page.keyboard.press('F3');
  await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible();
  await expect(page.getByRole('main').getByText(name)).toHaveCount(shown ? 1 : 0);
}

test('the owner backs up by hand, restores the earlier backup and undoes the restore', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await openBackups(page);
  const table = backupsTable(page);
  await expect(table.getByRole('row', { name: /At start-up/ })).toContainText('Verified');

  // A small store's backup takes milliseconds: the list is answered as if it were 40% copied while
  // "Back up now" runs, to see the progress the owner of a big store sees.
  let copying = false;
  await page.route('**/rpc/backups.list', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    if (copying && json.ok)
      json.value.running = { reason: 'manual', phase: 'copying', percent: 40, startedAt: 0 };
    await route.fulfill({ response, json });
  });
  await page.route('**/rpc/backups.create', async (route) => {
    copying = true;
    const response = await route.fetch();
    await new Promise((done) => setTimeout(done, 1_500));
    copying = false;
    await route.fulfill({ response });
  });
  await page.getByRole('button', { name: 'Back up now' }).click();
  const bar = page.getByRole('progressbar', { name: 'Copying the database: 40%' });
  await expect(bar).toHaveAttribute('aria-valuenow', '40');
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeDisabled();
  await shoot(page, '80-backups-progress');
  await expect(page.getByRole('status').filter({ hasText: 'checked and verified' })).toBeVisible();
  await expect(bar).toHaveCount(0);
  await page.unrouteAll();

  const manual = table.getByRole('row', { name: /Backed up by hand/ });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('Verified');
  await expect(manual.getByRole('cell').nth(2)).toHaveText('0');
  const made = (await manual.getByRole('rowheader').textContent()) ?? '';
  await shoot(page, '81-backups-owner');

  await logWalkout(page, 'Walter', '(312) 555-0191');
  await myDayShows(page, 'Walter Backup', true);

  await openBackups(page);
  await manual.getByRole('button', { name: 'Restore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText(
    `BeBack first backs up what is here now, then replaces it with the backup of ${made} (0 walkouts). You can undo the restore afterwards.`,
  );
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shoot(page, '82-backups-restore-confirm');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog).toContainText(`Restored: the store is back as it was at ${made}, with 0 walkouts.`);
  await shoot(page, '83-backups-restored');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // The restored store has the same owner, so she is still signed in; the copy of before is offered back.
  await expectSignedInAs(page, 'Olivia Owner');
  await expect(
    table
      .getByRole('row', { name: /Before a restore/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('1');
  await expect(page.getByRole('button', { name: 'Undo restore' })).toBeVisible();
  await shoot(page, '84-backups-undo-offered');
  await myDayShows(page, 'Walter Backup', false);

  await openBackups(page);
  await page.getByRole('button', { name: 'Undo restore' }).click();
  const undo = page.getByRole('dialog', { name: 'Undo the restore?' });
  await expect(undo).toContainText('BeBack puts back the store as it was just before the restore');
  await shoot(page, '85-backups-undo-confirm');
  await undo.getByRole('button', { name: 'Undo the restore' }).click();
  await expect(undo).toContainText('The restore is undone: the store is back as it was at');
  await expect(undo).toContainText('with 1 walkout.');
  await undo.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Undo restore' })).toHaveCount(0);
  await myDayShows(page, 'Walter Backup', true);
});

test('the owner saves a copy to a folder and sets how long backups are kept', async ({ page }) => {
  const usb = mkdtempSync(join(tmpdir(), 'beback-usb-'));
  try {
    await page.goto(app.url);
    await signIn(page, 'Olivia Owner', '1111');
    await expectSignedInAs(page, 'Olivia Owner');
    await openBackups(page);
    const newest = backupsTable(page).getByRole('row').nth(1);
    await newest.getByRole('button', { name: 'Save a copy to…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save a copy of this backup' });
    const folder = dialog.getByLabel('Folder (USB stick or network share)');
    await expect(folder).toBeFocused();
    await folder.fill('usb');
    await folder.press('Enter');
    await expect(folder).toHaveAccessibleDescription(
      'Give the whole folder path, such as E:\\ or /media/usb.',
    );
    await shoot(page, '86-backups-copy-error');
    await folder.fill(usb);
    await dialog.getByRole('button', { name: 'Save the copy' }).click();
    await expect(dialog.getByRole('status')).toContainText(`Saved as ${usb}`);
    const [copy] = readdirSync(usb);
    expect(copy).toMatch(/^BeBack backup .+\.sqlite$/);
    expect(statSync(join(usb, copy)).size).toBeGreaterThan(0);
    await shoot(page, '87-backups-copy-saved');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The browser version also hands the copy over as a download, byte for byte.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      newest.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(copy);
    const saved = join(usb, 'downloaded.sqlite');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(readFileSync(join(usb, copy)))).toBe(true);

    const today = page.getByLabel('Kept from today');
    await today.fill('0');
    await page.getByRole('button', { name: 'Save how long backups are kept' }).click();
    await expect(today).toHaveAccessibleDescription('A whole number from 1 to 96');
    await today.fill('6');
    await page.getByRole('button', { name: 'Save how long backups are kept' }).click();
    await expect(page.getByText('Saved: the next backup deletes what falls outside it.')).toBeVisible();
    expect(await rpc(page, 'settings.get', {})).toMatchObject({ backupKeepToday: 6, backupKeepDays: 14 });
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});

test('a manager sees the backups but no buttons', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  await openBackups(page);
  await expect(page.getByText('Only the owner can back up, restore or copy a backup.')).toBeVisible();
  await expect(backupsTable(page).getByRole('row', { name: /Backed up by hand/ })).toContainText('Verified');
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  await expect(page.getByLabel('Kept from today')).toBeDisabled();
  await expect(page.getByLabel('Kept from today')).toHaveValue('6');
  await shoot(page, '88-backups-manager');
});

test('restoring a store where the owner had another name returns to sign-in', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await rpc(page, 'backups.create', {});
  const me = await rpc(page, 'auth.current', {});
  await rpc(page, 'employees.update', { id: me.id, name: 'Olivia Renamed' });
  await page.reload();
  await expectSignedInAs(page, 'Olivia Renamed');
  await openBackups(page);
  await backupsTable(page).getByRole('row').nth(1).getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  // The backup knows no "Olivia Renamed": nobody is signed in any more, and that is not an error.
  await expect(page.getByRole('radio', { name: /Olivia Owner/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
});

test('damage found while running sends the app to the damaged-database screen', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  const { backups } = await rpc(page, 'backups.list', {});
  // The host answers DAMAGED once a query meets a damaged page; here the answers are given, as a live file
  // cannot be damaged on cue.
  const damaged = { ok: false, error: { code: 'DAMAGED', message: 'The database file is damaged.' } };
  await page.route('**/rpc/calendar.day', (route) => route.fulfill({ json: damaged }));
  await page.route('**/rpc/recovery.status', (route) =>
    route.fulfill({
      json: {
        ok: true,
        value: { state: 'damaged', problem: 'database disk image is malformed', detectedAt: 0, backups },
      },
    }),
  );
  await page.keyboard.press('F3');
  await expect(page.getByRole('heading', { name: 'This store’s database needs a backup' })).toBeVisible();
  await expect(page.getByRole('radio').first()).toBeChecked();
  await page.unrouteAll();
});
