// The dashboard's category filter offers each category walkouts use, once, in order, and never the empty one.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { presetPeriod, previousPeriod } from '../../shared/domain/period';
import { MONDAY_10AM, openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeAll(async () => {
  store = await openStore();
});
afterAll(() => store.close());

it('lists the categories in use, each once, sorted, without the blank one', async () => {
  const used = ['Tractors', 'Mowers', 'Tractors', '', 'ATV', 'Mowers', 'Zero-turn', ''];
  for (const [i, category] of used.entries()) {
    await store.as(
      'Sam Staff',
      'walkouts.create',
      walkoutInput({
        category,
        prospect: { firstName: 'Lee', lastName: `Buyer ${i}`, phone: `312555${1100 + i}`, email: '' },
      }),
    );
  }
  const year = presetPeriod('year', MONDAY_10AM, 'America/Chicago');
  const previous = previousPeriod('year', year, 'America/Chicago');
  const figures = await store.as('Olive Owner', 'dashboard.figures', {
    ...year,
    previousFrom: previous.from,
    previousTo: previous.to,
    granularity: 'month',
  });
  expect(figures.categories).toEqual(['ATV', 'Mowers', 'Tractors', 'Zero-turn']);
});
