// A returning be-back's story at the counter: the staff member who met them again sees the other rep's
// earlier visit as its date and rep only; the manager sees what that visit was about.
import { expect, type Page, test } from '@playwright/test';
import { expectSignedInAs, rpc, SHOTS, signIn } from './pages';
import { appForSpec, TEAM } from './startApp';

const app = appForSpec({
  demo: false,
  team: [TEAM.owner, TEAM.manager, TEAM.seller, { ...TEAM.trainee, saveProgram: true }],
});

async function openCall(page: Page, region: 'Due today' | 'Upcoming') {
  await page.keyboard.press('F3');
  const row = page.getByRole('region', { name: region }).getByRole('button', { name: /Rosa Walker/ });
  await row.focus();
  await page.keyboard.press('Enter');
  return page.getByRole('complementary', { name: 'Follow-up' });
}

async function shots(page: Page, name: string) {
  for (const [width, height] of [
    [1366, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
}

test('staff see another rep’s earlier visit as date and rep only; the manager sees it in full', async ({
  page,
}) => {
  await page.goto(app.url);
  await signIn(page, 'Sam Seller', '3333');
  await expectSignedInAs(page, 'Sam Seller');
  await rpc(page, 'walkouts.create', {
    prospect: { firstName: 'Rosa', lastName: 'Walker', phone: '(312) 555-0161', email: 'rosa@example.com' },
    product: 'Pontoon boat',
    closeness: 4,
    objection: 'spouse_partner',
    objectionText: 'Wants her husband to see the blue one',
    painPoints: 'Bad knee, needs a ramp',
  });
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'Tina Trainee', '4444');
  await expectSignedInAs(page, 'Tina Trainee');
  const [match] = await rpc(page, 'prospects.match', { phone: '312-555-0161' });
  await rpc(page, 'walkouts.create', {
    prospect: { phone: '312-555-0161' },
    existingProspectId: match.prospect.id,
    product: 'Zero-turn mower',
    closeness: 3,
    objection: 'price',
  });
  const panel = await openCall(page, 'Due today');
  await expect(panel).toContainText('Zero-turn mower');
  const other = panel.getByRole('listitem').filter({ hasText: 'with Sam Seller' });
  await expect(other).toHaveCount(1);
  await expect(other).toHaveText(/with Sam Seller$/);
  await expect(panel).not.toContainText('Pontoon boat');
  await expect(panel).not.toContainText('Bad knee');
  await expect(panel).not.toContainText('blue one');
  await shots(page, '40-story-staff-other-rep');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'Mike Manager', '2222');
  await expectSignedInAs(page, 'Mike Manager');
  const survey = await openCall(page, 'Upcoming');
  await expect(survey.getByRole('listitem').filter({ hasText: 'with Sam Seller' })).toHaveText(
    /with Sam Seller: Pontoon boat \(open\)$/,
  );
  await shots(page, '41-story-manager-full');
});
