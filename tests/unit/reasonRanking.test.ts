// Reason bank ranking: fit rules, smoothed conversion and the exact order shown to the rep.
import { describe, expect, it } from 'vitest';
import {
  isReasonActive,
  MAX_FIT_SCORE,
  PRIOR_ATTEMPTS,
  PRIOR_SOLD,
  productKeywordMatches,
  REASON_CATEGORIES,
  REASON_CATEGORY_LABELS,
  type ReasonForRanking,
  type ReasonStats,
  rankReasons,
  reasonFit,
  smoothedConversion,
  type WalkoutForFit,
} from '../../shared/domain/reasonRanking';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 2, 15, 0);

function reason(id: number, over: Partial<ReasonForRanking> = {}): ReasonForRanking {
  return {
    id,
    text: `Reason ${id}`,
    category: 'new_policy',
    products: [],
    categories: [],
    objections: [],
    activeFrom: null,
    activeUntil: null,
    retiredAt: null,
    createdAt: NOW - 30 * DAY,
    ...over,
  };
}

function stat(reasonId: number, sold: number, attempts: number): ReasonStats {
  return { reasonId, attempts, reached: Math.ceil(attempts / 2), sold };
}

const walkout: WalkoutForFit = {
  product: 'Kubota BX2380 compact tractor',
  category: 'Tractors',
  objection: 'price',
};

const ids = (ranked: { reason: ReasonForRanking }[]) => ranked.map((r) => r.reason.id);

describe('REASON_CATEGORY_LABELS', () => {
  it('labels every category', () => {
    expect(Object.keys(REASON_CATEGORY_LABELS).sort()).toEqual([...REASON_CATEGORIES].sort());
    expect(REASON_CATEGORY_LABELS.industry_news).toBe('Industry news');
  });
});

describe('isReasonActive', () => {
  it.each([
    ['no dates', {}, true],
    ['starts exactly now', { activeFrom: NOW }, true],
    ['starts tomorrow', { activeFrom: NOW + DAY }, false],
    ['ends tomorrow', { activeUntil: NOW + DAY }, true],
    ['ends exactly now (exclusive)', { activeUntil: NOW }, false],
    ['ended yesterday', { activeUntil: NOW - DAY }, false],
    ['retired yesterday', { retiredAt: NOW - DAY }, false],
    ['retired exactly now', { retiredAt: NOW }, false],
    ['retirement scheduled for tomorrow', { retiredAt: NOW + DAY }, true],
  ] as const)('%s → %s', (_label, over, active) => {
    expect(isReasonActive(reason(1, over), NOW)).toBe(active);
  });
});

describe('productKeywordMatches', () => {
  it.each([
    ['BX2380', 'Kubota BX2380 compact tractor', true],
    ['bx2380', 'Kubota BX2380 compact tractor', true],
    ['  Compact   Tractor ', 'Kubota BX2380 compact tractor', true],
    ['zero-turn mower', 'Zero-Turn Mower', true],
    ['BX', 'Kubota BX2380', false],
    ['mower', 'mowers', false],
    ['ZD1211', 'Kubota BX2380 compact tractor', false],
    ['', 'Kubota BX2380', false],
    ['BX2380', '', false],
  ])('%j in %j → %s', (keyword, product, expected) => {
    expect(productKeywordMatches(keyword, product)).toBe(expected);
  });
});

describe('reasonFit', () => {
  it.each([
    ['all wildcards', {}, { fits: true, score: 0, matched: [] }],
    ['product keyword', { products: ['ZD1211', 'BX2380'] }, { fits: true, score: 3, matched: ['product'] }],
    ['category, any case', { categories: [' tractors '] }, { fits: true, score: 2, matched: ['category'] }],
    ['objection', { objections: ['financing', 'price'] }, { fits: true, score: 2, matched: ['objection'] }],
    [
      'everything',
      { products: ['compact tractor'], categories: ['Tractors'], objections: ['price'] },
      { fits: true, score: 7, matched: ['product', 'category', 'objection'] },
    ],
    ['blank keywords stay a wildcard', { products: ['', '  '] }, { fits: true, score: 0, matched: [] }],
    ['objection mismatch', { objections: ['spouse_partner'] }, { fits: false, score: 0, matched: [] }],
    ['category mismatch', { categories: ['Mowers'] }, { fits: false, score: 0, matched: [] }],
    ['product mismatch', { products: ['ZD1211'] }, { fits: false, score: 0, matched: [] }],
    [
      'product fits but objection does not',
      { products: ['BX2380'], objections: ['timing'] },
      { fits: false, score: 0, matched: [] },
    ],
  ] as [string, Partial<ReasonForRanking>, ReturnType<typeof reasonFit>][])(
    '%s',
    (_label, over, expected) => {
      expect(reasonFit(reason(1, over), walkout)).toEqual(expected);
    },
  );
});

describe('smoothedConversion', () => {
  it.each([
    [0, 0, PRIOR_SOLD / PRIOR_ATTEMPTS],
    [1, 1, 2 / 11],
    [1, 2, 2 / 12],
    [40, 200, 41 / 210],
    [5, 3, 4 / 13],
  ])('%i sold of %i → %f', (sold, attempts, expected) => {
    expect(smoothedConversion(sold, attempts)).toBeCloseTo(expected, 12);
  });
});

describe('rankReasons', () => {
  it('puts a well-proven reason above lucky small samples', () => {
    const reasons = [reason(1), reason(2), reason(3), reason(4), reason(5)];
    const stats = [stat(3, 1, 2), stat(5, 0, 30), stat(1, 40, 200), stat(2, 1, 1)];
    expect(ids(rankReasons(reasons, stats, walkout, NOW))).toEqual([1, 2, 3, 4, 5]);
  });

  it('ranks specific fits above wildcards at equal conversion, newer first on a tie', () => {
    const reasons = [
      reason(1),
      reason(2, { products: ['BX2380'] }),
      reason(3, { categories: ['Tractors'] }),
      reason(4, { objections: ['price'], createdAt: NOW - DAY }),
    ];
    const stats = [1, 2, 3, 4].map((id) => stat(id, 5, 50));
    expect(ids(rankReasons(reasons, stats, walkout, NOW))).toEqual([2, 4, 3, 1]);
  });

  it('lets a big conversion lead beat a thin fit, but not a tailored one', () => {
    const reasons = [
      reason(1),
      reason(2, { categories: ['Tractors'] }),
      reason(3, { products: ['BX2380'], categories: ['Tractors'] }),
    ];
    const ranked = rankReasons(reasons, [stat(1, 60, 200)], walkout, NOW);
    expect(ids(ranked)).toEqual([3, 1, 2]);
    expect(ranked[0]).toMatchObject({ fitScore: 5, conversion: 0.1 });
    expect(ranked[0]!.score).toBeCloseTo(5 / MAX_FIT_SCORE + 0.2, 12);
    expect(ranked[1]!.conversion).toBeCloseTo(61 / 210, 12);
  });

  it('breaks exact ties by newer createdAt, then higher id', () => {
    const reasons = [
      reason(1, { createdAt: NOW - 2 * DAY }),
      reason(2, { createdAt: NOW - DAY }),
      reason(3, { createdAt: NOW - 2 * DAY }),
    ];
    expect(ids(rankReasons(reasons, [], walkout, NOW))).toEqual([2, 3, 1]);
  });

  it.each([
    ['retired', { retiredAt: NOW - DAY }],
    ['expired', { activeUntil: NOW - 1 }],
    ['not yet active', { activeFrom: NOW + DAY }],
    ['objection mismatch', { objections: ['financing'] }],
    ['category mismatch', { categories: ['Mowers'] }],
    ['product mismatch', { products: ['ZD1211'] }],
  ] as [string, Partial<ReasonForRanking>][])(
    'leaves out a %s reason however well it sold',
    (_label, over) => {
      const reasons = [reason(1), reason(2, over)];
      expect(ids(rankReasons(reasons, [stat(2, 90, 100)], walkout, NOW))).toEqual([1]);
    },
  );

  it('puts the newest fitting reason first when preferNewest is set', () => {
    const reasons = [
      reason(1, { createdAt: NOW - 90 * DAY }),
      reason(2, { createdAt: NOW - DAY }),
      reason(3, { createdAt: NOW - 10 * DAY }),
      reason(4, { createdAt: NOW, objections: ['timing'] }),
    ];
    const stats = [stat(1, 40, 100), stat(2, 0, 20)];
    expect(ids(rankReasons(reasons, stats, walkout, NOW))).toEqual([1, 3, 2]);
    expect(ids(rankReasons(reasons, stats, walkout, NOW, { preferNewest: true }))).toEqual([2, 3, 1]);
  });

  it.each([
    [0, []],
    [1, [3]],
    [2, [3, 2]],
    [10, [3, 2, 1]],
  ])('limit %i → %j', (limit, expected) => {
    const reasons = [reason(1), reason(2), reason(3)];
    const stats = [stat(1, 1, 10), stat(2, 3, 10), stat(3, 6, 10)];
    expect(ids(rankReasons(reasons, stats, walkout, NOW, { limit }))).toEqual(expected);
  });

  it.each([
    [
      { categories: ['Tractors'], objections: ['price'] },
      [stat(1, 4, 19)],
      'Fits Tractors · Price objection · 4 of 19 sold',
    ],
    [{}, [], 'Fits any walkout · Not used yet'],
    [
      { products: ['BX2380'], categories: ['Tractors'] },
      [stat(1, 0, 3)],
      'Fits BX2380, Tractors · 0 of 3 sold',
    ],
    [{ objections: ['financing', 'price'] }, [stat(1, 2, 10)], 'Price objection · 2 of 10 sold'],
    [{}, [stat(1, 1, 5), stat(1, 3, 14)], 'Fits any walkout · 4 of 19 sold'],
  ] as [Partial<ReasonForRanking>, ReasonStats[], string][])('why %# → %s', (over, stats, why) => {
    const [ranked] = rankReasons([reason(1, over)], stats, walkout, NOW);
    expect(ranked?.why).toBe(why);
  });

  it('sums split stats rows into one conversion', () => {
    const [ranked] = rankReasons([reason(1)], [stat(1, 1, 5), stat(1, 3, 14)], walkout, NOW);
    expect(ranked?.conversion).toBeCloseTo(5 / 29, 12);
  });

  it('returns nothing when no reason fits', () => {
    expect(rankReasons([reason(1, { products: ['ZD1211'] })], [], walkout, NOW)).toEqual([]);
  });
});
