// Property: over random stores, a lead without share consent, without contact consent, or marked
// do-not-contact never appears in any export, in any format; the preview counts every walkout left out
// under the reason a hand tally gives, and the export holds exactly the walkouts that qualify.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertedId, run } from '../../electron/db/store';
import { readLeads } from '../../electron/services/partners/formats';
import { openStore, type Store } from './harness';

let store: Store;
let partnerId: number;
beforeAll(async () => {
  store = await openStore();
  partnerId = (
    await store.as('Olive Owner', 'partners.create', {
      name: 'Beta Auto',
      sharedFields: ['notes'],
      shareAfterDays: 0,
    })
  ).id;
});
afterAll(() => store.close());

const prospectArb = fc.record({
  shareOk: fc.boolean(),
  contactOk: fc.boolean(),
  dnc: fc.boolean(),
  contact: fc.constantFrom('phone', 'email', 'both', 'none'),
  status: fc.constantFrom('open', 'not_now', 'lost', 'sold'),
});

let seq = 0;
/** Every unsold walkout ever inserted, with why it may not be shared (null: it may); earlier runs' stay. */
const tally = new Map<string, string | null>();

function whyLeftOut(p: PersonLike): string | null {
  if (p.dnc) return 'doNotContact';
  if (!p.shareOk || !p.contactOk) return 'noShareConsent';
  if (p.contact === 'none') return 'noContactDetails';
  return null;
}
interface PersonLike {
  shareOk: boolean;
  contactOk: boolean;
  dnc: boolean;
  contact: string;
}

function expectedPreview() {
  const leftOut = {
    noShareConsent: 0,
    doNotContact: 0,
    noContactDetails: 0,
    alreadyShared: 0,
    outsideAgreement: 0,
    outsideTerritory: 0,
    stillBeingWorked: 0,
  };
  let qualifying = 0;
  for (const why of tally.values()) {
    if (why) leftOut[why as keyof typeof leftOut]++;
    else qualifying++;
  }
  return { qualifying, leftOut };
}

it('consent is never bypassed', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(prospectArb, { minLength: 1, maxLength: 12 }),
      fc.constantFrom('json', 'csv', 'adf'),
      async (people, format) => {
        await store.data.transaction(async (tx) => {
          await run(tx, sql`DELETE FROM share_batch_walkouts`);
          await run(tx, sql`DELETE FROM share_batches`);
          for (const p of people) {
            seq++;
            const hasPhone = p.contact === 'phone' || p.contact === 'both';
            const hasEmail = p.contact === 'email' || p.contact === 'both';
            const phone = hasPhone ? `+1312555${String(seq % 10000).padStart(4, '0')}` : null;
            const id = await insertedId(
              tx,
              sql<{
                id: number;
              }>`INSERT INTO prospects (first_name, last_name, phone, email, share_ok, contact_ok,
                  do_not_contact, created_at, updated_at)
                VALUES ('P', ${`N${seq}`}, ${phone}, ${hasEmail ? `p${seq}@example.com` : null}, ${+p.shareOk},
                  ${+p.contactOk}, ${+p.dnc}, 0, 0)
                RETURNING id`,
            );
            const shareId = `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
            await run(
              tx,
              sql`INSERT INTO walkouts (prospect_id, employee_id, visited_at, product, closeness, objection, status,
                  status_changed_at, share_id, created_at, updated_at)
                VALUES (${id}, ${store.ids['Sam Staff']}, ${store.clock.now - 86_400_000}, 'Mower', 3, 'price',
                  ${p.status}, 0, ${shareId}, 0, 0)`,
            );
            if (p.status !== 'sold') tally.set(shareId, whyLeftOut(p));
          }
        });
        const filter = {
          partnerId,
          statuses: ['open', 'not_now', 'lost'] as ('open' | 'not_now' | 'lost')[],
        };
        const preview = await store.as('Olive Owner', 'partners.exportPreview', filter);
        expect({ qualifying: preview.qualifying, leftOut: preview.leftOut }).toEqual(expectedPreview());
        // The sample's share ids in one read (on the server each read is a psql run).
        const sampled = preview.sample.map((row) => row.walkoutId);
        const sampleShareIds = sampled.length
          ? (store.db
              .prepare(`SELECT share_id FROM walkouts WHERE id IN (${sampled.map(() => '?').join(', ')})`)
              .pluck()
              .all(...sampled) as string[])
          : [];
        expect(sampleShareIds).toHaveLength(sampled.length);
        for (const shareId of sampleShareIds) expect(tally.get(shareId)).toBeNull();
        const r = await store.raw('Olive Owner', 'partners.exportLeads', { ...filter, format });
        if (!r.ok) {
          // Nothing qualified: that is the only acceptable refusal.
          expect(r.error.message).toContain('No walkout qualifies');
          return;
        }
        const file = r.value as { content: string };
        const parsed = readLeads(format, file.content, { defaultRegion: 'US' });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        for (const lead of parsed.records) expect(tally.get(lead.shareId)).toBeNull();
        expect(parsed.records.length).toBe(preview.qualifying);
        // Once sent, the same walkouts are left out of the next file to this partner as already shared.
        const again = await store.as('Olive Owner', 'partners.exportPreview', filter);
        expect(again.qualifying).toBe(0);
        expect(again.leftOut.alreadyShared).toBe(preview.qualifying);
      },
    ),
    { numRuns: 60 },
  );
});
