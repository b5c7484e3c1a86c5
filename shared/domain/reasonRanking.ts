// Reason bank ranking: which "The reason I'm calling is ____" to suggest for a walkout, and why.
import { OBJECTION_LABELS, type Objection } from './vocab';

export const REASON_CATEGORIES = [
  'new_product',
  'new_policy',
  'new_capability',
  'industry_news',
  'new_management',
  'new_idea',
  'other',
] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];
export const REASON_CATEGORY_LABELS: Record<ReasonCategory, string> = {
  new_product: 'New product',
  new_policy: 'New policy',
  new_capability: 'New capability',
  industry_news: 'Industry news',
  new_management: 'New management',
  new_idea: 'New idea',
  other: 'Other',
};

export interface ReasonForRanking {
  id: number;
  text: string;
  category: ReasonCategory;
  /** Product names or keywords it fits, e.g. ['BX2380', 'compact tractor']; empty = fits any product. */
  products: string[];
  /** Product categories it fits, e.g. ['Tractors']; empty = any category. */
  categories: string[];
  /** Empty = any objection. */
  objections: Objection[];
  activeFrom: number | null;
  activeUntil: number | null;
  retiredAt: number | null;
  createdAt: number;
}

/**
 * Completed attempts that used the reason, how many reached the prospect, and walkouts sold after.
 * `reached` is shown elsewhere but not scored: whether someone picks up is decided before they hear
 * the reason, so it says little about the reason itself.
 */
export interface ReasonStats {
  reasonId: number;
  attempts: number;
  reached: number;
  sold: number;
}

export interface WalkoutForFit {
  product: string;
  category: string;
  objection: Objection;
}

export type FitDimension = 'product' | 'category' | 'objection';

export interface ReasonFit {
  fits: boolean;
  score: number;
  matched: FitDimension[];
}

export interface RankedReason {
  reason: ReasonForRanking;
  fitScore: number;
  conversion: number;
  score: number;
  matched: FitDimension[];
  why: string;
}

export interface RankOptions {
  limit?: number;
  /** Long-term check-backs want something the prospect has not heard yet: newest fitting reason first. */
  preferNewest?: boolean;
}

/**
 * Points per specific match. A product keyword names the very machine the prospect looked at, so it
 * is the strongest sign the reason will land; category and objection are broader. Wildcards score 0
 * so a reason written for this walkout outranks a catch-all one with the same track record.
 */
export const FIT_POINTS: Record<FitDimension, number> = { product: 3, category: 2, objection: 2 };
export const MAX_FIT_SCORE = FIT_POINTS.product + FIT_POINTS.category + FIT_POINTS.objection;

/**
 * Bayesian prior for the sold rate: every reason starts as if it had 1 sale in 10 attempts (about a
 * typical be-back rate). Without it a lucky 1-for-1 would read as 100% and beat a reason proven over
 * hundreds of calls; with it, a reason's own record takes over only as attempts pile up.
 */
export const PRIOR_SOLD = 1;
export const PRIOR_ATTEMPTS = 10;

/**
 * How much a point of smoothed conversion weighs against normalised fit (0..1). At 2, a reason must
 * sell about 21 points better to overcome one missing product match, so evidence can beat a vaguely
 * fitting reason but a tailored, untried reason still gets its chance over a merely average one.
 */
export const CONVERSION_WEIGHT = 2;

// Scores are sums of divisions; treat float noise as a tie so the age/id tie-break decides.
const SCORE_EPSILON = 1e-9;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isReasonActive(r: ReasonForRanking, at: number): boolean {
  // A retirement can be scheduled ahead, so only one at or before `at` counts.
  if (r.retiredAt !== null && r.retiredAt <= at) return false;
  if (r.activeFrom !== null && r.activeFrom > at) return false;
  // activeUntil is exclusive, like every period end in the app, so back-to-back offers never overlap.
  if (r.activeUntil !== null && r.activeUntil <= at) return false;
  return true;
}

/** Case- and spacing-insensitive form: reps type "Compact  tractor" and "compact tractor" alike. */
function fold(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Whether a product keyword appears in the walkout's product text as whole words. Whole words so
 * 'BX' does not fit 'BX2380' and 'mower' does not fit 'mowers' by accident: a model-specific offer
 * quoted to the wrong model costs the rep credibility. The keyword equal to the text also matches.
 */
export function productKeywordMatches(keyword: string, product: string): boolean {
  const k = fold(keyword);
  const p = fold(product);
  if (!k || !p) return false;
  for (let i = p.indexOf(k); i !== -1; i = p.indexOf(k, i + 1)) {
    if (!isWordChar(p[i - 1]) && !isWordChar(p[i + k.length])) return true;
  }
  return false;
}

/** Blank entries (a stray comma in the editor) must not turn a wildcard into a list nothing matches. */
function nonBlank(list: string[]): string[] {
  return list.map((s) => s.trim()).filter((s) => s !== '');
}

interface FitDetail extends ReasonFit {
  product: string | null;
  category: string | null;
}

function fitDetail(r: ReasonForRanking, w: WalkoutForFit): FitDetail {
  const products = nonBlank(r.products);
  const categories = nonBlank(r.categories);
  const product = products.find((k) => productKeywordMatches(k, w.product)) ?? null;
  const category = categories.find((c) => fold(c) === fold(w.category)) ?? null;
  const objection = r.objections.includes(w.objection);
  const fits =
    (products.length === 0 || product !== null) &&
    (categories.length === 0 || category !== null) &&
    (r.objections.length === 0 || objection);
  if (!fits) return { fits: false, score: 0, matched: [], product: null, category: null };
  const matched: FitDimension[] = [];
  if (product !== null) matched.push('product');
  if (category !== null) matched.push('category');
  if (r.objections.length > 0) matched.push('objection');
  const score = matched.reduce((sum, d) => sum + FIT_POINTS[d], 0);
  return { fits, score, matched, product, category };
}

/**
 * Every non-empty list must match (a reason for Tractors and price objections is not for a mower
 * buyer with a price objection); an empty list is a wildcard that fits but earns nothing.
 * A reason that does not fit reports score 0 and nothing matched.
 */
export function reasonFit(r: ReasonForRanking, w: WalkoutForFit): ReasonFit {
  const { fits, score, matched } = fitDetail(r, w);
  return { fits, score, matched };
}

/** Smoothed sold rate; see PRIOR_SOLD. Counts are clamped so a bad row cannot push it past 0..1. */
export function smoothedConversion(sold: number, attempts: number): number {
  const a = Math.max(0, attempts);
  const s = Math.min(Math.max(0, sold), a);
  return (s + PRIOR_SOLD) / (a + PRIOR_ATTEMPTS);
}

interface Tally {
  attempts: number;
  sold: number;
}

// Stats may arrive split (per rep, per month); summing keeps a second row from hiding the first.
function tallyByReason(stats: ReasonStats[]): Map<number, Tally> {
  const byId = new Map<number, Tally>();
  for (const s of stats) {
    const t = byId.get(s.reasonId) ?? { attempts: 0, sold: 0 };
    t.attempts += Math.max(0, s.attempts);
    t.sold += Math.max(0, s.sold);
    byId.set(s.reasonId, t);
  }
  return byId;
}

function describe(detail: FitDetail, w: WalkoutForFit, tally: Tally): string {
  const parts: string[] = [];
  const fitsWhat: string[] = [];
  for (const name of [detail.product, detail.category]) {
    if (name !== null && !fitsWhat.some((f) => fold(f) === fold(name))) fitsWhat.push(name);
  }
  if (fitsWhat.length > 0) parts.push(`Fits ${fitsWhat.join(', ')}`);
  if (detail.matched.includes('objection')) parts.push(`${OBJECTION_LABELS[w.objection]} objection`);
  if (parts.length === 0) parts.push('Fits any walkout');
  const sold = Math.min(tally.sold, tally.attempts);
  parts.push(tally.attempts > 0 ? `${sold} of ${tally.attempts} sold` : 'Not used yet');
  return parts.join(' · ');
}

// Equal scores go to the newer reason: fresh news is the point of "the reason I'm calling", and a
// newer reason is less likely to have been heard already. Then higher id, which is newer as well.
function byAge(a: RankedReason, b: RankedReason): number {
  return b.reason.createdAt - a.reason.createdAt || b.reason.id - a.reason.id;
}

function byScore(a: RankedReason, b: RankedReason): number {
  if (Math.abs(a.score - b.score) > SCORE_EPSILON) return b.score - a.score;
  return byAge(a, b);
}

function byNewest(a: RankedReason, b: RankedReason): number {
  const age = b.reason.createdAt - a.reason.createdAt;
  if (age !== 0) return age;
  if (Math.abs(a.score - b.score) > SCORE_EPSILON) return b.score - a.score;
  return b.reason.id - a.reason.id;
}

/**
 * Active reasons that fit the walkout, best first. Score = fit / MAX_FIT_SCORE + CONVERSION_WEIGHT ×
 * smoothed conversion. Inactive and non-fitting reasons are left out rather than ranked last, so the
 * rep is never offered a lapsed offer or one written for another product.
 */
export function rankReasons(
  reasons: ReasonForRanking[],
  stats: ReasonStats[],
  w: WalkoutForFit,
  at: number,
  opts: RankOptions = {},
): RankedReason[] {
  const tallies = tallyByReason(stats);
  const ranked: RankedReason[] = [];
  for (const reason of reasons) {
    if (!isReasonActive(reason, at)) continue;
    const detail = fitDetail(reason, w);
    if (!detail.fits) continue;
    const tally = tallies.get(reason.id) ?? { attempts: 0, sold: 0 };
    const conversion = smoothedConversion(tally.sold, tally.attempts);
    ranked.push({
      reason,
      fitScore: detail.score,
      conversion,
      score: detail.score / MAX_FIT_SCORE + CONVERSION_WEIGHT * conversion,
      matched: detail.matched,
      why: describe(detail, w, tally),
    });
  }
  ranked.sort(opts.preferNewest ? byNewest : byScore);
  if (opts.limit === undefined) return ranked;
  return ranked.slice(0, Math.max(0, Math.floor(opts.limit)));
}
