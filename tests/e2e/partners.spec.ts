// The partner exchange: the owner adds an agreement (territory area codes, share after 14 days), shares
// only consented walkouts inside it as a CSV, sends that file again as JSON, has a
// partner's leads file with a bad phone refused whole, imports the corrected file onto a rep's
// calendar; staff see no Partners screen and its channels refuse them.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectSignedInAs, rpc, rpcFromPage, SHOTS, signIn } from './pages';
import { appForSpec, E2E_NOW, TEAM } from './startApp';

const app = appForSpec({
  demo: false,
  team: [TEAM.owner, TEAM.seller],
});

const DAY = 86_400_000;
const walkout = (firstName: string, phone: string, shareOk: boolean, daysAgo = 0) => ({
  prospect: { firstName, lastName: 'Walker', phone, shareOk },
  visitedAt: Date.parse(E2E_NOW) - daysAgo * DAY,
  product: 'Summit crew-cab pickup',
  category: 'Truck',
  closeness: 4,
  objection: 'price',
  painPoints: 'Needs to tow a 9,000 lb trailer',
});

/** A BeBack leads file (docs/partner-exchange.md) as Beta Auto would send it. */
function leadsFile(fixed: boolean) {
  const lead = (n: number, firstName: string, phone: string, objection = 'financing') => ({
    shareId: `7c0e4b52-1d7a-4f0e-9a55-00000000000${n}`,
    origin: { distributor: 'Beta Auto', rep: 'Rita Rep' },
    visitedAt: '2026-11-16T15:30:00Z',
    prospect: { firstName, lastName: 'Partner', phone, email: null },
    interest: { product: 'Ridgeback 4x4', category: 'Truck' },
    objection: { code: objection, text: 'Wants a lower payment' },
    painPoints: 'Commutes 80 miles a day',
  });
  const file = {
    format: 'beback-leads',
    version: 1,
    exportedAt: '2026-11-22T18:00:00Z',
    sender: { distributor: 'Beta Auto' },
    // Records 2 and 3 have the phones of walkouts already here: the owner decides merge or new.
    // The broken file has a bad phone in record 2 and an unknown objection in record 3.
    leads: [
      lead(1, 'Nora', '(773) 555-0141'),
      lead(2, 'Omar', fixed ? '(312) 555-0192' : '12'),
      lead(3, 'Ava', '(312) 555-0191', fixed ? 'financing' : 'colour'),
    ],
  };
  return {
    name: 'beta-auto-leads.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  };
}

test('the owner shares consented walkouts with a partner and imports the partner’s leads', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  // Eli walked out two days ago (still being worked); Fin's phone is outside the partner's area codes.
  for (const [name, phone, shareOk, daysAgo] of [
    ['Ava', '(312) 555-0191', true, 20],
    ['Ben', '(312) 555-0192', true, 20],
    ['Cora', '(773) 555-0193', true, 16],
    ['Dan', '(312) 555-0194', false, 20],
    ['Eli', '(312) 555-0195', true, 2],
    ['Fin', '(630) 555-0196', true, 20],
  ] as const) {
    await rpc(page, 'walkouts.create', walkout(name, phone, shareOk, daysAgo));
  }
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await page.keyboard.press('F10');
  await expect(page.getByRole('heading', { name: 'Partners', exact: true })).toBeVisible();
  await expect(page.getByText('No partners yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add a partner' }).click();
  const form = page.getByRole('form', { name: 'Add a partner' });
  await form.getByLabel('Partner name').fill('Beta Auto');
  await form.getByLabel('Contact', { exact: true }).fill('Bob Beta, (312) 555-0100');
  await form.getByRole('checkbox', { name: 'Pain points' }).check();
  await form.getByLabel('Commission per partner sale ($)').fill('75');
  await form.getByLabel('Territory', { exact: true }).fill('North side and the lake shore');
  await expect(form.getByLabel('Share after (days)')).toHaveValue('14');
  const codes = form.getByLabel('Territory area codes');
  await codes.fill('312, 77');
  await expect(form.getByRole('alert')).toHaveText(
    '"77" is not an area code: an area code is 3 digits, like 312',
  );
  await form.getByRole('button', { name: 'Save partner' }).click();
  expect(await rpc(page, 'partners.list', {})).toEqual([]);
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/69-partners-form-bad-code-${width}.png`, fullPage: true });
  }
  await codes.fill('312, 773');
  await expect(form.getByRole('alert')).toHaveCount(0);
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/69-partners-form-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await form.getByRole('button', { name: 'Save partner' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Beta Auto added' })).toBeVisible();

  const row = page.getByRole('table', { name: 'Partners' }).getByRole('row', { name: /Beta Auto/ });
  await expect(row).toContainText('Contact details, pain points');
  await expect(row).toContainText('$75');
  await expect(row).toContainText('Phones in area codes 312, 773 (North side and the lake shore)');
  await expect(row).toContainText('leads older than 14 days');
  await row.getByRole('button', { name: 'Beta Auto', exact: true }).click();
  const share = page.getByRole('region', { name: 'Share leads' });
  await expect(share).toContainText('Leads older than 14 days (this partner’s agreement)');
  await expect(share).toContainText(
    '3 walkouts qualify; left out: 1 without share consent, 1 outside the territory, 1 still being worked',
  );
  await expect(share.getByLabel('Older than (days)')).toHaveCount(0);
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/70-partners-export-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  await share.getByRole('radio', { name: 'CSV (Excel)' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    share.getByRole('button', { name: 'Export 3 leads' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^beback-leads-for-beta-auto-.*\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.trimEnd().split(/\r?\n/)).toHaveLength(4);
  for (const name of ['Dan', 'Eli', 'Fin']) expect(csv).not.toContain(name);
  await expect(share.getByRole('status')).toContainText(
    `Exported 3 leads to ${download.suggestedFilename()} · SHA-256`,
  );
  await expect(share).toContainText(
    '0 walkouts qualify; left out: 1 without share consent, 3 already shared with Beta Auto, 1 outside the territory, 1 still being worked',
  );

  // The partner lost the file: the same leads go again, as JSON this time, with the same share ids.
  const history = page.getByRole('table', { name: /Files exchanged/ });
  const sentRow = history.getByRole('row', { name: /Leads sent/ });
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    sentRow.getByRole('button', { name: 'Send again as JSON' }).click(),
  ]);
  expect(again.suggestedFilename()).toMatch(/^beback-leads-for-beta-auto-.*-again\.json$/);
  const resent = JSON.parse(readFileSync(await again.path(), 'utf8'));
  const ids = (text: string) =>
    (text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []).sort();
  expect(resent.leads.map((l: { shareId: string }) => l.shareId).sort()).toEqual(ids(csv));
  await expect(page.getByRole('region', { name: /Files exchanged/ }).getByRole('status')).toContainText(
    `Sent 3 leads again to ${again.suggestedFilename()} · SHA-256`,
  );
  await expect(history.getByRole('row', { name: /Leads sent again/ })).toContainText('First sent');
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/70b-partners-sent-again-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  const imports = page.getByRole('region', { name: 'Import leads' });
  const picker = imports.getByLabel('Leads file from Beta Auto');
  // Over 40 MB is refused before anything is sent. The file is made in the page: sending 41 MB through
  // setInputFiles takes seconds.
  await picker.evaluate((input: HTMLInputElement) => {
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array(41 * 1024 * 1024)], 'huge.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(imports.getByRole('alert')).toHaveText(
    'huge.json is 41.0 MB; BeBack reads partner files up to 40 MB. Ask the partner to split it into smaller files.',
  );

  await picker.setInputFiles(leadsFile(false));
  const refused = imports.getByRole('alert');
  await expect(refused).toContainText('beta-auto-leads.json was not imported: record 2, prospect.phone');
  await expect(refused).toContainText('Nothing was written');
  const problems = refused.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem');
  await expect(problems).toHaveText([
    'record 2, prospect.phone: "12" is not a valid phone number.',
    /^record 3, objection.code: The objection "colour" is not one of /,
  ]);
  await expect(imports.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  const untouched = (await rpc(page, 'partners.list', {}))[0];
  expect(untouched.leadsReceived).toBe(0);
  const batches = await rpc(page, 'partners.batches', {});
  expect(batches.map((b: { kind: string }) => b.kind)).toEqual(['lead_export', 'lead_export']);
  await page.screenshot({ path: `${SHOTS}/71-partners-import-error.png`, fullPage: true });

  await picker.setInputFiles(leadsFile(true));
  await expect(imports).toContainText('3 leads from Beta Auto; 0 already imported');
  await expect(imports.getByRole('alert')).toHaveCount(0);
  const importButton = imports.getByRole('button', { name: 'Import 3 leads' });
  await imports.getByLabel('Assign to').selectOption({ label: 'Sam Seller' });
  await expect(importButton).toBeDisabled();
  await expect(imports.getByRole('group', { name: /Omar Partner/ })).toContainText(
    'same phone as Ben Walker',
  );
  await imports.getByRole('button', { name: 'Merge all 2' }).click();
  await expect(imports.getByRole('radio', { name: 'Merge into Ben Walker' })).toBeChecked();
  await expect(imports.getByRole('radio', { name: 'Merge into Ava Walker' })).toBeChecked();
  await imports.getByRole('button', { name: 'Keep all 2 as new prospects' }).click();
  await expect(imports.getByRole('radio', { name: 'Merge into Ben Walker' })).not.toBeChecked();
  await imports.getByRole('radio', { name: 'Merge into Ava Walker' }).check();
  await expect(importButton).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/71b-partners-import-matches.png`, fullPage: true });
  await importButton.click();
  await expect(imports.getByRole('status')).toContainText(
    'Imported 3 leads (1 merged into prospects already here). Their first calls are on Sam Seller',
  );
  await expect(page.getByRole('table', { name: /Files exchanged/ }).getByRole('row')).toHaveCount(4);
  await page.screenshot({ path: `${SHOTS}/72-partners-imported.png`, fullPage: true });

  const received = (await rpc(page, 'partners.list', {}))[0];
  expect(received.leadsReceived).toBe(3);
  const sam = (await rpc(page, 'employees.list', {})).find((e: { name: string }) => e.name === 'Sam Seller');
  const day = await rpc(page, 'calendar.day', { employeeId: sam.id });
  const names = [...day.overdue, ...day.today, ...day.upcoming].map(
    (r: { prospect: { firstName: string } }) => r.prospect.firstName,
  );
  expect(names).toEqual(expect.arrayContaining(['Nora', 'Omar']));

  // Outcomes: ours about the leads they sent, theirs about the leads we shared (ids from our CSV).
  const outcomes = page.getByRole('region', { name: 'Outcomes' });
  await outcomes.getByRole('radio', { name: 'JSON' }).check();
  const [ours] = await Promise.all([
    page.waitForEvent('download'),
    outcomes.getByRole('button', { name: 'Export outcomes of 3 leads' }).click(),
  ]);
  expect(ours.suggestedFilename()).toMatch(/\.json$/);
  expect(JSON.parse(readFileSync(await ours.path(), 'utf8')).format).toBe('beback-outcomes');
  await expect(outcomes.getByRole('status')).toContainText('Exported 3 outcomes to');

  const [soldId, passedId] = csv.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
  const theirs = {
    format: 'beback-outcomes',
    version: 1,
    exportedAt: '2026-11-23T15:00:00Z',
    sender: { distributor: 'Beta Auto' },
    outcomes: [
      { shareId: soldId, outcome: 'sold', saleDate: '2026-11-23', saleAmountCents: 3_890_000 },
      { shareId: passedId, outcome: 'not_interested' },
    ],
  };
  await outcomes.getByLabel('Outcome file from Beta Auto').setInputFiles({
    name: 'beta-auto-outcomes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(theirs)),
  });
  await outcomes.getByRole('button', { name: 'Import outcomes' }).click();
  await expect(outcomes.getByRole('status').last()).toContainText(/^Recorded 1 partner sale, credited 1 rep/);
  await expect(row.getByRole('cell').nth(7)).toHaveText('1');
  await page.screenshot({ path: `${SHOTS}/73-partners-outcomes.png`, fullPage: true });
});

test('a file matching sixty prospects here shows fifty and is decided for all at once', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  const phone = (n: number) => `(630) 555-${String(1000 + n)}`;
  for (let n = 1; n <= 60; n++) await rpc(page, 'walkouts.create', walkout(`Here${n}`, phone(n), false));
  const leads = Array.from({ length: 60 }, (_, i) => ({
    shareId: `5a1e0c4d-2b3a-4c5d-8e6f-${String(i + 1).padStart(12, '0')}`,
    origin: { distributor: 'Beta Auto', rep: 'Rita Rep' },
    visitedAt: '2026-11-18T15:30:00Z',
    prospect: { firstName: `Their${i + 1}`, lastName: 'Partner', phone: phone(i + 1), email: null },
    interest: { product: 'Ridgeback 4x4', category: 'Truck' },
    objection: { code: 'price', text: '' },
  }));
  await page.keyboard.press('F10');
  await page
    .getByRole('table', { name: 'Partners' })
    .getByRole('button', { name: 'Beta Auto', exact: true })
    .click();
  const imports = page.getByRole('region', { name: 'Import leads' });
  await imports.getByLabel('Leads file from Beta Auto').setInputFiles({
    name: 'beta-auto-big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'beback-leads',
        version: 1,
        exportedAt: '2026-11-22T18:00:00Z',
        sender: { distributor: 'Beta Auto' },
        leads,
      }),
    ),
  });
  await expect(imports).toContainText('60 leads match a prospect already here');
  const listed = imports.getByRole('region', { name: 'Matching leads' });
  await expect(listed.getByRole('group')).toHaveCount(50);
  await expect(imports).toContainText(
    '…and 10 more matching leads: choose for all of them with the buttons above (60 leads still to choose).',
  );
  await imports.getByLabel('Assign to').selectOption({ label: 'Sam Seller' });
  const importButton = imports.getByRole('button', { name: 'Import 60 leads' });
  await expect(importButton).toBeDisabled();
  await imports.getByRole('button', { name: 'Keep all 60 as new prospects' }).click();
  await expect(imports).not.toContainText('still to choose');
  await page.screenshot({ path: `${SHOTS}/71c-partners-import-many-matches.png` });
  await importButton.click();
  await expect(imports.getByRole('status')).toContainText('Imported 60 leads');
  const names = await rpc(page, 'partners.list', {});
  expect(names[0].leadsReceived).toBe(63);
});

test('staff have no Partners screen and the exchange channels refuse them', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await expect(page.getByRole('link', { name: /Partners/ })).toHaveCount(0);
  await page.keyboard.press('F10');
  await expect(page.getByRole('heading', { name: 'Partners', exact: true })).toHaveCount(0);
  const refused = await rpcFromPage(page, 'partners.exportLeads', {
    partnerId: 1,
    statuses: ['open'],
    format: 'csv',
  });
  expect(refused.ok).toBe(false);
  expect(refused.error.code).toBe('NOT_ALLOWED');
});
