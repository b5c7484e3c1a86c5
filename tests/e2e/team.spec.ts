// Team → New PIN: typed twice and masked in an in-app dialog, never window.prompt; the new PIN signs in.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, rpc, SHOTS, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({ demo: false, team: [TEAM.owner, TEAM.seller] });

test('the owner gives a rep a new PIN in a dialog; the rep signs in with it', async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('no browser dialog may open');
  });
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await page.keyboard.press('F4');
  const row = page.getByRole('row', { name: /Sam Seller/ });
  await row.getByRole('button', { name: 'New PIN' }).click();
  const dialog = page.getByRole('dialog', { name: 'New PIN for Sam Seller' });
  const pin = dialog.getByLabel('New PIN');
  await expect(pin).toBeFocused();
  await expect(pin).toHaveAttribute('type', 'password');
  await pin.fill('12');
  await dialog.getByLabel('The same PIN again').fill('12');
  await dialog.getByRole('button', { name: 'Set the new PIN' }).click();
  await expect(pin).toHaveAccessibleDescription('A PIN is 4 to 6 digits');
  await pin.fill('5678');
  await dialog.getByLabel('The same PIN again').fill('5679');
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('The same PIN again')).toHaveAccessibleDescription('The two PINs differ');
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: width === 1366 ? 900 : 768 });
    await page.screenshot({ path: `${SHOTS}/95-team-new-pin-${width}.png` });
  }
  await dialog.getByLabel('The same PIN again').fill('5678');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText('PIN changed');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'Sam Seller', '5678');
  await expectSignedInAs(page, 'Sam Seller');
});

test('the owner changes a role; the change is kept', async ({ page }) => {
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await page.keyboard.press('F4');
  const role = page.getByLabel("Sam Seller's role");
  await expect(role).toHaveValue('staff');
  await role.selectOption('manager');
  await page.reload();
  await expect(page.getByLabel("Sam Seller's role")).toHaveValue('manager');
  // The owner's own role is not a choice: nobody demotes themselves by a slip.
  await expect(page.getByLabel("Olivia Owner's role")).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/96-team-roles.png` });
});

test('the owner adds a rep; a name of spaces is refused on the Name field and nothing is written', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Olivia Owner', '1111');
  await expectSignedInAs(page, 'Olivia Owner');
  await page.keyboard.press('F4');
  const form = page.getByRole('form', { name: 'Add an employee' });
  const name = form.getByLabel('Name');
  await name.fill('   ');
  // Letters typed into the PIN are dropped as they are typed.
  await form.getByLabel('First PIN (4–6 digits)').pressSequentially('12a34');
  await expect(form.getByLabel('First PIN (4–6 digits)')).toHaveValue('1234');
  await form.getByLabel('First PIN (4–6 digits)').press('Enter');
  await expect(name).toHaveAccessibleDescription('Enter a name');
  await expect(name).toBeFocused();
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/96-team-add-blank-name-${width}.png`, fullPage: true });
  }
  expect((await rpc(page, 'employees.list', {})).map((e: { name: string }) => e.name)).not.toContain('   ');

  await name.fill('Tina Trainee');
  await form.getByRole('button', { name: 'Add employee' }).click();
  await expect(form.getByText('Tina Trainee can now sign in with their PIN.')).toBeVisible();
  await expect(name).toHaveValue('');
  await expect(form.getByLabel('First PIN (4–6 digits)')).toHaveValue('');
  await expect(name).not.toHaveAttribute('aria-invalid');
  expect(await rpc(page, 'employees.list', {})).toContainEqual(
    expect.objectContaining({ name: 'Tina Trainee', role: 'staff', saveProgram: false }),
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'Tina Trainee', '1234');
  await expectSignedInAs(page, 'Tina Trainee');
});
