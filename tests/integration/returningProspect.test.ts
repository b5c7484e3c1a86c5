// A returning be-back's entry keeps what was known: blanks and untouched choices keep the stored values,
// what is typed differently changes and is audited before and after.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/channels';
import { openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const HOUR = 3_600_000;
type Prospect = InputOf<'walkouts.create'>['prospect'];

/** Rosa's first visit, everything filled in, both consents given. */
async function firstVisit() {
  return store.as(
    'Tia Staff',
    'walkouts.create',
    walkoutInput({
      prospect: {
        firstName: 'Rosa',
        lastName: 'Diaz',
        phone: '(312) 555-0142',
        email: 'rosa@example.com',
        preferredChannel: 'text',
        bestTime: 'Evenings',
        contactOk: true,
        shareOk: true,
      },
    }),
  );
}

async function returnVisit(prospectId: number, prospect: Prospect) {
  store.clock.now += HOUR;
  return store.as('Sam Staff', 'walkouts.create', {
    ...walkoutInput({ product: 'Zero-turn mower' }),
    prospect,
    existingProspectId: prospectId,
  });
}

function storedProspect(id: number) {
  return store.db
    .prepare(
      `SELECT first_name, last_name, phone, email, preferred_channel, best_time, contact_ok, share_ok
         FROM prospects WHERE id = ?`,
    )
    .get(id);
}

const ROSA = {
  first_name: 'Rosa',
  last_name: 'Diaz',
  phone: '+13125550142',
  email: 'rosa@example.com',
  preferred_channel: 'text',
  best_time: 'Evenings',
  contact_ok: 1,
  share_ok: 1,
};

function prospectAudit(id: number) {
  return (
    store.db
      .prepare(
        "SELECT employee_id AS who, action, detail FROM audit_log WHERE entity = 'prospect' AND entity_id = ? ORDER BY id",
      )
      .all(id) as { who: number; action: string; detail: string }[]
  ).map((r) => ({ ...r, detail: JSON.parse(r.detail) }));
}

describe('a returning prospect is kept whole', () => {
  it('blank fields and untouched choices keep every stored value, and nothing is audited as changed', async () => {
    const first = await firstVisit();
    expect(storedProspect(first.prospectId)).toEqual(ROSA);
    // Found by the email; name, phone and best time left blank; no channel or consent sent.
    const again = await returnVisit(first.prospectId, { firstName: '', email: 'ROSA@example.com ' });
    expect(again.returning).toBe(true);
    expect(again.prospectName).toBe('Rosa Diaz');
    expect(storedProspect(first.prospectId)).toEqual(ROSA);
    expect(prospectAudit(first.prospectId)).toEqual([]);
    expect(store.count('prospects')).toBe(1);
  });

  it('a name typed differently is applied, and its audit row holds before and after', async () => {
    const first = await firstVisit();
    await returnVisit(first.prospectId, { firstName: 'Rosa', lastName: 'Diaz-Lopez', phone: '312 555 0142' });
    expect(storedProspect(first.prospectId)).toEqual({ ...ROSA, last_name: 'Diaz-Lopez' });
    expect(prospectAudit(first.prospectId)).toEqual([
      {
        who: store.ids['Sam Staff'],
        action: 'update',
        detail: { changes: { lastName: { before: 'Diaz', after: 'Diaz-Lopez' } } },
      },
    ]);
  });

  it('a new phone, best time and channel are added, each audited', async () => {
    const first = await firstVisit();
    await returnVisit(first.prospectId, {
      email: 'rosa@example.com',
      phone: '(312) 555-0199',
      bestTime: 'Lunchtime',
      preferredChannel: 'call',
    });
    expect(storedProspect(first.prospectId)).toEqual({
      ...ROSA,
      phone: '+13125550199',
      best_time: 'Lunchtime',
      preferred_channel: 'call',
    });
    expect(prospectAudit(first.prospectId)[0].detail).toEqual({
      changes: {
        phone: { before: '+13125550142', after: '+13125550199' },
        preferredChannel: { before: 'text', after: 'call' },
        bestTime: { before: 'Evenings', after: 'Lunchtime' },
      },
    });
  });

  it('consents change only when sent, and a change is audited before and after', async () => {
    const first = await firstVisit();
    await returnVisit(first.prospectId, { firstName: 'Rosa', phone: '3125550142' });
    expect(storedProspect(first.prospectId)).toMatchObject({ contact_ok: 1, share_ok: 1 });
    // Sending what is already stored changes nothing.
    await returnVisit(first.prospectId, { phone: '3125550142', shareOk: true, contactOk: true });
    expect(prospectAudit(first.prospectId)).toEqual([]);
    await returnVisit(first.prospectId, { phone: '3125550142', shareOk: false });
    expect(storedProspect(first.prospectId)).toMatchObject({ contact_ok: 1, share_ok: 0 });
    expect(prospectAudit(first.prospectId).map((a) => a.detail)).toEqual([
      { changes: { shareOk: { before: true, after: false } } },
    ]);
  });

  it('a new prospect still needs a first name and gets the default consents', async () => {
    const e = await store.failAs(
      'Tia Staff',
      'walkouts.create',
      walkoutInput({ prospect: { phone: '3125550100' } }),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual([{ path: 'prospect.firstName', message: 'Enter a first name' }]);
    const created = await store.as(
      'Tia Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'Luis', phone: '3125550100' } }),
    );
    expect(storedProspect(created.prospectId)).toMatchObject({
      preferred_channel: 'call',
      contact_ok: 1,
      share_ok: 0,
    });
  });

  it('an unknown returning prospect is refused and nothing is written', async () => {
    await store.as('Tia Staff', 'auth.current', {});
    const before = ['prospects', 'walkouts', 'follow_ups', 'audit_log'].map((t) => store.count(t));
    const e = await store.failAs('Tia Staff', 'walkouts.create', {
      ...walkoutInput(),
      existingProspectId: 999,
    });
    expect(e.code).toBe('NOT_FOUND');
    expect(['prospects', 'walkouts', 'follow_ups', 'audit_log'].map((t) => store.count(t))).toEqual(before);
  });
});
