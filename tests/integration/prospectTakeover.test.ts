// A staff member cannot take over another rep's prospect: a walkout links to a prospect already here only
// through this entry's own match, and the match shows another rep's prospect as the card only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store, walkoutInput } from './harness';

let store: Store;
let samsProspect: number;
beforeEach(async () => {
  store = await openStore();
  const created = await store.as(
    'Sam Staff',
    'walkouts.create',
    walkoutInput({
      prospect: {
        firstName: 'Rosa',
        lastName: 'Diaz',
        phone: '(312) 555-0142',
        email: 'rosa@example.com',
        shareOk: false,
      },
    }),
  );
  samsProspect = created.prospectId;
});
afterEach(() => store.close());

const TABLES = ['prospects', 'walkouts', 'follow_ups', 'audit_log'];
const counts = () => TABLES.map((t) => store.count(t));
const prospectRow = () =>
  store.db
    .prepare('SELECT first_name, last_name, phone, email, share_ok FROM prospects WHERE id = ?')
    .get(samsProspect);

describe('existingProspectId', () => {
  it('refuses another rep’s prospect the entry did not match, and writes nothing', async () => {
    const before = { counts: counts(), row: prospectRow() };
    const error = await store.failAs('Tia Staff', 'walkouts.create', {
      ...walkoutInput({
        prospect: { firstName: 'Mallory', lastName: 'X', phone: '(312) 555-0999', email: '', shareOk: true },
      }),
      existingProspectId: samsProspect,
    });
    expect(error).toMatchObject({
      code: 'NOT_ALLOWED',
      message: 'Only the returning prospect this entry matched can be chosen: type their phone or e-mail.',
    });
    expect({ counts: counts(), row: prospectRow() }).toEqual(before);
    // Nor can she read the visit it would have let her see.
    const walkoutId = store.db
      .prepare('SELECT id FROM walkouts WHERE prospect_id = ?')
      .pluck()
      .get(samsProspect);
    expect((await store.failAs('Tia Staff', 'walkouts.get', { id: walkoutId })).code).toBe('NOT_ALLOWED');
  });

  it('accepts the prospect this entry matched by phone, as the counter offers it', async () => {
    const created = await store.as('Tia Staff', 'walkouts.create', {
      ...walkoutInput({ prospect: { firstName: '', lastName: '', phone: '312-555-0142', email: '' } }),
      existingProspectId: samsProspect,
    });
    expect(created).toMatchObject({ prospectId: samsProspect, returning: true });
  });

  it('managers may link any prospect', async () => {
    const created = await store.as('Max Manager', 'walkouts.create', {
      ...walkoutInput({ prospect: { firstName: '', lastName: '', phone: '', email: 'other@example.com' } }),
      existingProspectId: samsProspect,
    });
    expect(created.prospectId).toBe(samsProspect);
  });
});

describe('prospects.match', () => {
  it('shows staff another rep’s prospect as the card only, their own in full, managers everything', async () => {
    const input = { phone: '312 555 0142' };
    const [tia] = await store.as('Tia Staff', 'prospects.match', input);
    expect(tia.prospect).toMatchObject({
      id: samsProspect,
      firstName: 'Rosa',
      lastName: 'Diaz',
      phone: null,
      email: null,
    });
    expect(tia).toMatchObject({ matchedOn: ['phone'], walkoutCount: 1, lastEmployeeName: 'Sam Staff' });
    const [sam] = await store.as('Sam Staff', 'prospects.match', input);
    expect(sam.prospect).toMatchObject({ phone: '+13125550142', email: 'rosa@example.com' });
    const [max] = await store.as('Max Manager', 'prospects.match', input);
    expect(max.prospect).toMatchObject({ phone: '+13125550142', email: 'rosa@example.com' });
  });
});
