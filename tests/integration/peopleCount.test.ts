// The dashboard's "by person" figures when visits are logged out of order: each visit keeps its person's
// next visit, and a visit logged late, between two others, becomes the earlier one's next.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bruteForce } from '../support/dashboardBruteForce';
import { openStore, type Store, walkoutInput } from './harness';

const TZ = 'America/Chicago';
const at = (iso: string) => Date.parse(`${iso}-06:00`);
let store: Store;

beforeAll(async () => {
  store = await openStore();
  store.clock.now = at('2026-11-21T10:00:00');
  const log = (visitedAt: string, existingProspectId?: number) =>
    store.as(
      'Sam Staff',
      'walkouts.create',
      walkoutInput({
        prospect: { firstName: 'Gus', lastName: 'Late', phone: '3125550777', email: '' },
        visitedAt: at(visitedAt),
        ...(existingProspectId ? { existingProspectId } : {}),
      }),
    );
  // Logged in the order 2 Nov, 20 Nov, then the 10 Nov visit that had been forgotten.
  const first = await log('2026-11-02T10:00:00');
  await log('2026-11-20T10:00:00', first.prospectId);
  await log('2026-11-10T10:00:00', first.prospectId);
});
afterAll(() => store.close());

describe('people by unique prospect', () => {
  it('keeps each visit’s next visit exact, whatever order the visits were logged in', () => {
    // The day (UTC month-day) is read here rather than in SQL: strftime is SQLite's alone.
    const next = (
      store.db.prepare('SELECT visited_at, next_visit_at FROM walkouts ORDER BY visited_at').all() as {
        visited_at: number;
        next_visit_at: number | null;
      }[]
    ).map((w) => ({
      day: new Date(w.visited_at).toISOString().slice(5, 10),
      next_visit_at: w.next_visit_at,
    }));
    expect(next).toEqual([
      { day: '11-02', next_visit_at: at('2026-11-10T10:00:00') },
      { day: '11-10', next_visit_at: at('2026-11-20T10:00:00') },
      { day: '11-20', next_visit_at: null },
    ]);
  });

  it.each([
    ['2–15 Nov: two visits, one person', '2026-11-02T00:00:00', '2026-11-15T00:00:00', 2, 1],
    ['2–30 Nov: three visits, one person', '2026-11-02T00:00:00', '2026-12-01T00:00:00', 3, 1],
    ['5–25 Nov: two visits, one person', '2026-11-05T00:00:00', '2026-11-25T00:00:00', 2, 1],
  ])('%s', async (_label, from, to, visits, people) => {
    const f = { from: at(from), to: at(to) };
    const got = await store.as('Olive Owner', 'dashboard.figures', {
      ...f,
      previousFrom: Date.parse('2026-10-05T00:00:00-05:00'),
      previousTo: f.from,
      granularity: 'week',
    });
    expect(got.headline.walkouts).toBe(visits);
    expect(got.headline.people).toEqual({ walkouts: people, sold: 0 });
    expect(got.headline.people).toEqual(bruteForce(store.db, f, TZ, store.clock.now).headline.people);
  });
});

describe('two visits of one person at the same instant', () => {
  let tied: Store;
  afterAll(() => tied.close());
  it('count one person: the one logged second is the first one’s next visit', async () => {
    // Two PCs whose clocks agree to the millisecond, or a backdated visit typed at the minute of another.
    tied = await openStore();
    tied.clock.now = at('2026-11-21T10:00:00');
    const entry = (existingProspectId?: number) =>
      walkoutInput({
        prospect: { firstName: 'Tess', lastName: 'Twice', phone: '3125550778', email: '' },
        visitedAt: at('2026-11-20T15:00:00'),
        ...(existingProspectId ? { existingProspectId } : {}),
      });
    const first = await tied.as('Sam Staff', 'walkouts.create', entry());
    const second = await tied.as('Tia Staff', 'walkouts.create', entry(first.prospectId));
    expect(second.laterVisitAt).toBeNull();
    expect(tied.db.prepare('SELECT id, next_visit_at FROM walkouts ORDER BY id').all()).toEqual([
      { id: first.walkoutId, next_visit_at: at('2026-11-20T15:00:00') },
      { id: second.walkoutId, next_visit_at: null },
    ]);
    const f = { from: at('2026-11-20T00:00:00'), to: at('2026-11-21T00:00:00') };
    const got = await tied.as('Olive Owner', 'dashboard.figures', {
      ...f,
      previousFrom: at('2026-11-19T00:00:00'),
      previousTo: f.from,
      granularity: 'week',
    });
    expect(got.headline.walkouts).toBe(2);
    expect(got.headline.people).toEqual({ walkouts: 1, sold: 0 });
    expect(got.headline.people).toEqual(bruteForce(tied.db, f, TZ, tied.clock.now).headline.people);
  });
});
