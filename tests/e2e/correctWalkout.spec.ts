// Correct details: a rep fixes a mistyped phone and price from the walkout's story in the call panel; the story
// shows the new values and who corrected what. Esc cancels without a write. The dialog is shot at 1366×900
// and 1024×768 to look at.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, rpc, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.manager, TEAM.seller] });
const SHOTS = '/tmp/shots-correct';

test('a mistyped phone and price are corrected from the story, and the story says so', async ({
  page,
}, info) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Rosa', lastName: 'Diaz', phone: '(312) 555-0142' },
    product: 'Kubota BX2380 tractor',
    category: 'Tractors',
    priceQuotedCents: 1_899_900,
    closeness: 4,
    objection: 'price',
  });
  await page.keyboard.press('F3');
  await page
    .getByRole('button', { name: /Rosa Diaz/ })
    .first()
    .click();
  const story = page.getByRole('complementary', { name: 'Follow-up' });
  await expect(story).toContainText('(312) 555-0142');

  // Esc cancels: nothing is written.
  await page.getByRole('button', { name: 'Correct details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct details of Rosa Diaz' });
  await expect(dialog.getByLabel('First name')).toBeFocused();
  await dialog.getByLabel('Phone').fill('(312) 555-0199');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(story).toContainText('(312) 555-0142');
  await expect(story.getByRole('list', { name: 'Corrections' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Correct details' }).click();
  await expect(dialog.getByLabel('Phone')).toHaveValue('(312) 555-0142');
  await expect(dialog.getByLabel('Price quoted')).toHaveValue('18999');
  await dialog.getByLabel('Phone').fill('(312) 555-0143');
  await dialog.getByLabel('Price quoted').fill('$21,499');
  if (info.project.name === 'sqlite') {
    for (const viewport of [
      { width: 1366, height: 900 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: `${SHOTS}/correct-dialog-${viewport.width}.png` });
    }
  }
  await dialog.getByRole('button', { name: 'Save corrections' }).click();
  await expect(dialog).toBeHidden();

  await expect(story).toContainText('(312) 555-0143');
  await expect(story).toContainText('quoted $21,499');
  const corrections = story.getByRole('list', { name: 'Corrections' });
  await expect(corrections).toContainText(/Corrected by Sam Seller at \d{1,2}:\d\d (AM|PM)/);
  await expect(corrections.getByRole('listitem')).toHaveText([
    /Corrected by Sam Seller/,
    'Price quoted: $18,999 → $21,499',
    'Phone: (312) 555-0142 → (312) 555-0143',
  ]);
  if (info.project.name === 'sqlite') {
    await page.screenshot({ path: `${SHOTS}/correct-story-${page.viewportSize()?.width}.png` });
  }

  // Someone else's phone is refused in words, on the phone field.
  await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Ann', lastName: 'Lee', phone: '(312) 555-0150' },
    product: 'Mower',
    closeness: 3,
    objection: 'timing',
  });
  await page.getByRole('button', { name: 'Correct details' }).click();
  await dialog.getByLabel('Phone').fill('(312) 555-0150');
  await dialog.getByRole('button', { name: 'Save corrections' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'belongs to' })).toHaveText(
    /^That phone belongs to Ann Lee \(visited \d{1,2} \w{3}\): log a return visit instead\.$/,
  );
  await expect(dialog.getByLabel('Phone')).toBeFocused();
  if (info.project.name === 'sqlite') {
    await page.screenshot({ path: `${SHOTS}/correct-refused-${page.viewportSize()?.width}.png` });
  }
  await dialog.getByRole('button', { name: /Cancel/ }).click();
  await expect(story).toContainText('(312) 555-0143');
});
