// Property: on random small stores and random partner agreements, nothing leaves the store that the
// agreement does not allow, in JSON, CSV or ADF, on a first send and on a re-send: every exported lead is
// inside the agreed categories and territory (area codes, read here with libphonenumber, not the export's
// SQL), at least "share after" days old, consented and not do-not-contact; the preview's counts are exactly
// those of an independent model and add up to the candidates; a re-send holds the original's leads minus
// those no longer shareable, never one more.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertedId, run } from '../../electron/db/store';
import { readLeads } from '../../electron/services/partners/formats';
import type { ExportPreviewDto } from '../../shared/contract/dto';
import { inTerritory } from '../../shared/domain/territory';
import { openStore, type Store } from './harness';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CATEGORIES = ['Truck', 'suv', 'SUV', 'EV', 'Sedan', ''] as const;
/** Stored E.164 phones: three Chicago-area codes, one elsewhere in the US, one Canadian, one UK. */
const PHONE_PREFIXES = ['+1312555', '+1773555', '+1630555', '+1415555', '+1416555', '+44207946'] as const;
const FORMATS = ['json', 'csv', 'adf'] as const;

interface Person {
  shareId: string;
  prospectId: number;
  category: string;
  visitedAt: number;
  phone: string | null;
  email: string | null;
  shareOk: boolean;
  contactOk: boolean;
  dnc: boolean;
  sold: boolean;
}
interface Agreement {
  categories: string[];
  areaCodes: string[];
  shareAfterDays: number;
}
type Why = keyof ExportPreviewDto['leftOut'];

/** True in `tenths` of ten draws: most prospects consent, so most runs have leads to send. */
const mostly = (tenths: number) => fc.integer({ min: 0, max: 9 }).map((n) => n < tenths);
const personArb = fc.record({
  category: fc.constantFrom(...CATEGORIES),
  ageHours: fc.oneof(
    fc.integer({ min: 0, max: 40 * 24 }),
    fc.integer({ min: 0, max: 40 }).map((d) => d * 24),
  ),
  phone: fc.option(fc.constantFrom(...PHONE_PREFIXES), { nil: null, freq: 6 }),
  email: fc.boolean(),
  shareOk: mostly(8),
  contactOk: mostly(9),
  dnc: mostly(1),
  sold: mostly(2),
});
const agreementArb = fc.record({
  categories: fc.subarray(['Truck', 'SUV', 'ev']),
  areaCodes: fc.subarray(['312', '773', '630', '416']),
  shareAfterDays: fc.oneof(fc.constantFrom(0, 1, 14, 30), fc.integer({ min: 0, max: 45 })),
});

/** The model: the export's reasons, in its order, computed without its SQL. */
function whyLeftOut(p: Person, a: Agreement, now: number): Why | null {
  if (p.dnc) return 'doNotContact';
  if (!p.shareOk || !p.contactOk) return 'noShareConsent';
  if (a.categories.length && !a.categories.some((c) => c.toLowerCase() === p.category.toLowerCase()))
    return 'outsideAgreement';
  if (!inTerritory(p.phone, a.areaCodes)) return 'outsideTerritory';
  if (p.phone === null && p.email === null) return 'noContactDetails';
  if (now - p.visitedAt < a.shareAfterDays * DAY) return 'stillBeingWorked';
  return null;
}

let store: Store;
const people: Person[] = [];
let seq = 0;
beforeAll(async () => {
  store = await openStore();
});
afterAll(() => store.close());

type Drawn = typeof personArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes the drawn people in one transaction through the data layer, as the app would, on either engine. */
async function insertPeople(drawn: Drawn[]) {
  await store.data.transaction(async (tx) => {
    for (const d of drawn) {
      seq++;
      const phone = d.phone === null ? null : `${d.phone}${String(seq % 10000).padStart(4, '0')}`;
      const email = d.email ? `p${seq}@example.com` : null;
      const prospectId = await insertedId(
        tx,
        sql<{ id: number }>`INSERT INTO prospects (first_name, last_name, phone, email, share_ok, contact_ok,
            do_not_contact, created_at, updated_at)
          VALUES ('P', ${`N${seq}`}, ${phone}, ${email}, ${+d.shareOk}, ${+d.contactOk}, ${+d.dnc}, 0, 0)
          RETURNING id`,
      );
      const shareId = `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
      const visitedAt = store.clock.now - d.ageHours * HOUR;
      await run(
        tx,
        sql`INSERT INTO walkouts (prospect_id, employee_id, visited_at, product, category, closeness, objection,
            status, status_changed_at, share_id, created_at, updated_at)
          VALUES (${prospectId}, ${store.ids['Sam Staff']}, ${visitedAt}, 'Pickup', ${d.category}, 3, 'price',
            ${d.sold ? 'sold' : 'open'}, 0, ${shareId}, 0, 0)`,
      );
      people.push({ ...d, shareId, prospectId, visitedAt, phone, email });
    }
  });
}

async function sharedIds(format: (typeof FORMATS)[number], content: string): Promise<string[]> {
  const read = readLeads(format, content, { defaultRegion: 'US' });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.records.map((l) => l.shareId).sort();
}

it('no exported or re-sent lead is outside the agreement, in any format, and the counts add up', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(personArb, { minLength: 1, maxLength: 10 }),
      agreementArb,
      fc.constantFrom(...FORMATS),
      fc.constantFrom(...FORMATS),
      fc.array(fc.constantFrom('revoke', 'dnc', 'erase', 'keep'), { minLength: 10, maxLength: 10 }),
      async (drawn, agreement, format, resendFormat, changes) => {
        await insertPeople(drawn);
        const now = store.clock.now;
        // A new partner per run: nothing is "already shared" with it, every earlier run's walkout is a candidate.
        const partner = await store.as('Olive Owner', 'partners.create', { name: `P${seq}`, ...agreement });
        const candidates = people.filter((p) => !p.sold);
        const model = new Map(candidates.map((p) => [p.shareId, whyLeftOut(p, agreement, now)]));
        const expected: Record<Why, number> = {
          noShareConsent: 0,
          doNotContact: 0,
          noContactDetails: 0,
          alreadyShared: 0,
          outsideAgreement: 0,
          outsideTerritory: 0,
          stillBeingWorked: 0,
        };
        for (const why of model.values()) if (why) expected[why]++;
        const going = [...model].filter(([, why]) => why === null).map(([id]) => id);

        const filter = {
          partnerId: partner.id,
          statuses: ['open', 'not_now', 'lost'] as ('open' | 'not_now' | 'lost')[],
        };
        const preview = await store.as('Olive Owner', 'partners.exportPreview', filter);
        expect(preview.leftOut).toEqual(expected);
        expect(preview.qualifying).toBe(going.length);
        const total = preview.qualifying + Object.values(preview.leftOut).reduce((a, n) => a + n, 0);
        expect(total).toBe(candidates.length);
        expect(preview.shareAfterDays).toBe(agreement.shareAfterDays);

        const r = await store.raw('Olive Owner', 'partners.exportLeads', { ...filter, format });
        if (!r.ok) {
          expect(going).toHaveLength(0);
          expect(r.error.message).toContain('No walkout qualifies');
          return;
        }
        const file = r.value as { content: string; batchId: number };
        const sent = await sharedIds(format, file.content);
        expect(sent).toEqual([...going].sort());
        for (const id of sent) expect(model.get(id)).toBeNull();

        // Some of the sent prospects change their minds (or are erased) before the file is sent again.
        const bySid = new Map(people.map((p) => [p.shareId, p]));
        const gone = new Set<string>();
        sent.forEach((id, i) => {
          const p = bySid.get(id)!;
          const change = changes[i % changes.length];
          if (change === 'keep') return;
          if (change === 'revoke') p.shareOk = false;
          else p.dnc = true;
          if (change === 'erase')
            Object.assign(p, { shareOk: false, contactOk: false, phone: null, email: null });
          store.db
            .prepare(
              'UPDATE prospects SET share_ok = ?, contact_ok = ?, do_not_contact = ?, phone = ?, email = ? WHERE id = ?',
            )
            .run(+p.shareOk, +p.contactOk, +p.dnc, p.phone, p.email, p.prospectId);
          gone.add(id);
        });
        const again = await store.raw('Olive Owner', 'partners.resend', {
          batchId: file.batchId,
          format: resendFormat,
        });
        const still = sent.filter((id) => !gone.has(id));
        if (!again.ok) {
          expect(still).toHaveLength(0);
          expect(again.error.message).toContain('no longer shareable');
          return;
        }
        const resent = again.value as { content: string; noLongerShareable: number; resendOf: number };
        expect(await sharedIds(resendFormat, resent.content)).toEqual(still);
        expect(resent.noLongerShareable).toBe(gone.size);
        expect(resent.resendOf).toBe(file.batchId);
      },
    ),
    { numRuns: 80 },
  );
});
