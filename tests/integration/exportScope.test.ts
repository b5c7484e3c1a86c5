// What leaves the store keeps to the agreement: a partner agreed for "Truck, SUV" receives no other
// category's leads, whatever filters the export is given, in every format; the preview counts the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLeads } from '../../electron/services/partners/formats';
import { openStore, type Store, walkoutInput } from './harness';

let store: Store;
let partnerId: number;
beforeAll(async () => {
  store = await openStore();
  partnerId = (
    await store.as('Olive Owner', 'partners.create', {
      name: 'Truck Town',
      sharedFields: [],
      categories: ['Truck', 'suv'],
      shareAfterDays: 0,
    })
  ).id;
  let phone = 3000;
  for (const category of ['Truck', 'SUV', 'EV', 'Sedan', 'Used', 'Minivan', 'truck']) {
    await store.as(
      'Sam Staff',
      'walkouts.create',
      walkoutInput({
        prospect: { firstName: category, lastName: 'Lead', phone: `312555${phone++}`, shareOk: true },
        category,
      }),
    );
  }
});
afterAll(() => store.close());

const ALL = ['open', 'not_now', 'lost'] as const;

describe('export scope', () => {
  it('the preview counts the leads outside the agreed categories as left out', async () => {
    const preview = await store.as('Olive Owner', 'partners.exportPreview', {
      partnerId,
      statuses: [...ALL],
    });
    expect(preview.qualifying).toBe(3);
    expect(preview.leftOut).toEqual({
      noShareConsent: 0,
      doNotContact: 0,
      noContactDetails: 0,
      alreadyShared: 0,
      outsideAgreement: 4,
      outsideTerritory: 0,
      stillBeingWorked: 0,
    });
  });

  it.each(['json', 'csv', 'adf'] as const)('a %s file holds only Truck and SUV leads', async (format) => {
    store.db.exec('DELETE FROM share_batch_walkouts; DELETE FROM share_batches;');
    const file = await store.as('Olive Owner', 'partners.exportLeads', {
      partnerId,
      statuses: [...ALL],
      format,
    });
    const read = readLeads(format, file.content, { defaultRegion: 'US' });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.records.map((l) => l.category.toLowerCase()).sort()).toEqual(['suv', 'truck', 'truck']);
  });

  it('a filter for another category exports nothing, not that category', async () => {
    store.db.exec('DELETE FROM share_batch_walkouts; DELETE FROM share_batches;');
    const preview = await store.as('Olive Owner', 'partners.exportPreview', {
      partnerId,
      statuses: [...ALL],
      category: 'EV',
    });
    expect(preview).toMatchObject({ qualifying: 0, leftOut: { outsideAgreement: 1 } });
  });
});
