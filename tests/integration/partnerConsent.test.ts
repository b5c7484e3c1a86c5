// Property: over random stores, a lead without share consent, without contact consent, or marked
// do-not-contact never appears in any export, in any format.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readLeads } from '../../electron/services/partners/formats';
import { openStore, type Store } from './harness';

let store: Store;
let partnerId: number;
beforeAll(async () => {
  store = await openStore();
  partnerId = (
    await store.as('Olive Owner', 'partners.create', { name: 'Beta Auto', sharedFields: ['notes'] })
  ).id;
});
afterAll(() => store.close());

const prospectArb = fc.record({
  shareOk: fc.boolean(),
  contactOk: fc.boolean(),
  dnc: fc.boolean(),
  hasPhone: fc.boolean(),
  status: fc.constantFrom('open', 'not_now', 'lost', 'sold'),
});

let seq = 0;
/** Every walkout ever inserted that may be shared; earlier runs' walkouts stay in the store. */
const allowed = new Set<string>();

it('consent is never bypassed', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(prospectArb, { minLength: 1, maxLength: 12 }),
      fc.constantFrom('json', 'csv', 'adf'),
      async (people, format) => {
        store.db.exec('DELETE FROM share_batch_walkouts; DELETE FROM share_batches;');
        const insertProspect = store.db.prepare(
          `INSERT INTO prospects (first_name, last_name, phone, email, share_ok, contact_ok, do_not_contact, created_at, updated_at)
           VALUES ('P', ?, ?, ?, ?, ?, ?, 0, 0)`,
        );
        const insertWalkout = store.db.prepare(
          `INSERT INTO walkouts (prospect_id, employee_id, visited_at, product, closeness, objection, status,
             status_changed_at, share_id, created_at, updated_at)
           VALUES (?, ?, ?, 'Mower', 3, 'price', ?, 0, ?, 0, 0)`,
        );
        store.db.transaction(() => {
          for (const p of people) {
            seq++;
            const phone = p.hasPhone ? `+1312555${String(seq % 10000).padStart(4, '0')}` : null;
            const id = Number(
              insertProspect.run(
                `N${seq}`,
                phone,
                p.hasPhone ? null : `p${seq}@example.com`,
                +p.shareOk,
                +p.contactOk,
                +p.dnc,
              ).lastInsertRowid,
            );
            const shareId = `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
            insertWalkout.run(id, store.ids['Sam Staff'], store.clock.now - 86_400_000, p.status, shareId);
            if (p.shareOk && p.contactOk && !p.dnc && p.status !== 'sold') allowed.add(shareId);
          }
        })();
        const r = await store.raw('Olive Owner', 'partners.exportLeads', {
          partnerId,
          statuses: ['open', 'not_now', 'lost'],
          format,
        });
        if (!r.ok) {
          // Nothing qualified: that is the only acceptable refusal.
          expect(r.error.message).toContain('No walkout qualifies');
          return;
        }
        const file = r.value as { content: string };
        const parsed = readLeads(format, file.content, { defaultRegion: 'US' });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        for (const lead of parsed.records) expect(allowed.has(lead.shareId)).toBe(true);
      },
    ),
    { numRuns: 60 },
  );
});
