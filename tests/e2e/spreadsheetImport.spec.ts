// The manager imports the store's old spreadsheet: the columns are guessed, one is changed, the preview
// names the invalid rows by line, a match is merged, and the valid rows land on the seller's calendar.
import { expect, test } from '@playwright/test';
import { SHEET } from '../support/oldSheet';
import { shoot } from './backupPages';
import { expectSignedInAs, rpc, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager, TEAM.seller] });

test('the manager maps, previews and imports a spreadsheet of walkouts', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, TEAM.manager.name, TEAM.manager.pin);
  await expectSignedInAs(page, TEAM.manager.name);
  await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Ann', lastName: 'Lee-Park', phone: '3125550142' },
    product: 'F-150',
    closeness: 4,
    objection: 'financing',
  });

  await page.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import a spreadsheet', level: 1 })).toBeVisible();
  await page.getByLabel('Assign to').selectOption({ label: TEAM.seller.name });
  await page.getByLabel('Spreadsheet (CSV)').setInputFiles({
    name: 'old-leads.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SHEET),
  });

  const columns = page.getByRole('table', { name: 'Columns' });
  await expect(columns.getByLabel('Field for column Customer')).toHaveValue('fullName');
  await expect(columns.getByLabel('Field for column Mobile #')).toHaveValue('phone');
  await expect(columns.getByLabel('Field for column Why not')).toHaveValue('objection');
  await expect(columns.getByLabel('Field for column Stock #')).toHaveValue('');
  // The stock number is worth keeping: the user sends it to the notes, and the file is checked again.
  await columns.getByLabel('Field for column Stock #').selectOption({ label: 'Notes' });
  await expect(columns.getByRole('row', { name: /Stock #/ })).toContainText('your choice');

  const counts = page.getByRole('definition');
  await expect(counts).toHaveText(['2', '1', '3']);
  const invalid = page.getByRole('list', { name: 'Invalid rows' });
  await expect(invalid.getByRole('listitem')).toHaveText([
    'Line 3: e-mail "bo at example" is not an e-mail address',
    'Line 5: no name',
    'Line 6: visit date "2/30/2026" is not a date (use 12/31/2025 or 2025-12-31)',
  ]);
  await expect(page.getByText('First calls: at most 10 a day, over 1 business day')).toBeVisible();
  const importButton = page.getByRole('button', { name: 'Import 3 walkouts' });
  await expect(importButton).toBeDisabled();
  await expect(page.getByText('Choose merge or new for 1 matching row first.')).toBeVisible();
  await page.mouse.move(0, 0);
  await shoot(page, '80-import-preview');

  await page.getByRole('radio', { name: 'Merge into Ann Lee-Park' }).check();
  await importButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported 3 walkouts (1 merged into prospects already here); 2 first calls booked; 3 invalid rows left out.',
  );
  await expect(page.getByRole('table', { name: 'Columns' })).toHaveCount(0);
  await shoot(page, '81-import-done');
});
