// The dashboard's figures worked out the slow, obvious way from the tables, exactly as PRODUCT.md's
// "Metric definitions" word them: what the integration tests compare dashboard.figures with.
import type { Db } from '../../electron/db/open';
import type { DashboardDto, SpeedBucket } from '../../shared/contract/dto';
import { localDay } from '../../shared/domain/storeClock';
import { NO_CONTACT_OUTCOMES, type Objection, type Outcome } from '../../shared/domain/vocab';

const DAY = 86_400_000;

interface W {
  id: number;
  employee_id: number;
  prospect_id: number;
  visited_at: number;
  category: string;
  objection: Objection;
  status: string;
  closer: string | null;
  sale_amount_cents: number | null;
  sold_at: number | null;
  source: string;
}
interface F {
  walkout_id: number;
  purpose: string;
  status: string;
  outcome: Outcome | null;
  completed_at: number | null;
  due_at: number;
  reason_id: number | null;
}

export interface BruteFilters {
  from: number;
  to: number;
  employeeId?: number;
  category?: string;
  objection?: Objection;
  /** Count walkouts (the default) or people: each person once per group, sold if any of its visits was. */
  by?: 'walkout' | 'prospect';
}

/** The definitions of PRODUCT.md, computed the slow, obvious way; `timeZone` is the store's, `now` the reading's. */
export function bruteForce(db: Db, f: BruteFilters, timeZone: string, now: number) {
  const walkouts = (db.prepare('SELECT * FROM walkouts').all() as W[]).filter(
    (w) =>
      w.source === 'walk_in' &&
      w.visited_at >= f.from &&
      w.visited_at < f.to &&
      (f.employeeId === undefined || w.employee_id === f.employeeId) &&
      (f.category === undefined || w.category === f.category) &&
      (f.objection === undefined || w.objection === f.objection),
  );
  const prospects = new Map(
    (
      db.prepare('SELECT id, phone, email FROM prospects').all() as {
        id: number;
        phone: string | null;
        email: string | null;
      }[]
    ).map((p) => [p.id, p]),
  );
  const all = db.prepare('SELECT * FROM walkouts').all() as W[];
  const attempts = db.prepare('SELECT * FROM follow_ups').all() as F[];
  const of = (w: W) => attempts.filter((a) => a.walkout_id === w.id && a.status === 'done');
  const hasContact = (w: W) => {
    const p = prospects.get(w.prospect_id)!;
    return p.phone !== null || p.email !== null;
  };
  const firstAttempt = (w: W) => {
    const times = of(w)
      .filter((a) => a.purpose !== 'manager_survey')
      .map((a) => a.completed_at!);
    return times.length ? Math.min(...times) : null;
  };
  const sold = (w: W) => w.status === 'sold';
  // A first call still ahead, open or cancelled before its time (an agreed next step is that call).
  const callAhead = (w: W) =>
    attempts.some(
      (a) =>
        a.walkout_id === w.id &&
        a.purpose === 'first_contact' &&
        (a.status === 'open' || a.status === 'cancelled') &&
        a.due_at > now,
    );
  const speed = (w: W): SpeedBucket | 'no_contact' => {
    if (!hasContact(w)) return 'no_contact';
    const first = firstAttempt(w);
    if (first === null) return callAhead(w) ? 'not_yet_due' : 'never';
    if (localDay(first, timeZone).day === localDay(w.visited_at, timeZone).day) return 'same_day';
    const gap = first - w.visited_at;
    return gap < DAY ? 'lt_24h' : gap < 3 * DAY ? 'd1_3' : gap < 7 * DAY ? 'd3_7' : 'gt_7d';
  };
  // A group's figure: its walkouts, or the distinct people among them.
  const tally = (list: W[]) =>
    f.by === 'prospect' ? new Set(list.map((w) => w.prospect_id)).size : list.length;
  const count = (pred: (w: W) => boolean) => tally(walkouts.filter(pred));
  // Only walkouts with contact whose 24 h have passed are on time or late.
  const due = (w: W) => hasContact(w) && w.visited_at <= now - DAY;
  const compliant = (w: W) => due(w) && firstAttempt(w) !== null && firstAttempt(w)! <= w.visited_at + DAY;
  const group = <K>(key: (w: W) => K, of = walkouts) => {
    const m = new Map<K, W[]>();
    for (const w of of) m.set(key(w), [...(m.get(key(w)) ?? []), w]);
    return new Map([...m].map(([k, list]) => [k, { walkouts: tally(list), sold: tally(list.filter(sold)) }]));
  };
  const reasonWalkouts = new Map<number, { walkouts: Set<number>; sold: Set<number> }>();
  for (const w of walkouts) {
    for (const a of of(w).filter((x) => x.reason_id !== null)) {
      const g = reasonWalkouts.get(a.reason_id!) ?? { walkouts: new Set(), sold: new Set() };
      const who = f.by === 'prospect' ? w.prospect_id : w.id;
      g.walkouts.add(who);
      if (sold(w) && w.sold_at! >= a.completed_at!) g.sold.add(who);
      reasonWalkouts.set(a.reason_id!, g);
    }
  }
  const reached = (w: W) => of(w).some((a) => !NO_CONTACT_OUTCOMES.includes(a.outcome!));
  const cameBack = (w: W) =>
    all.some((l) => l.prospect_id === w.prospect_id && l.visited_at > w.visited_at && l.source === 'walk_in');
  const appointment = (w: W) =>
    attempts.some((a) => a.walkout_id === w.id && a.outcome === 'appointment_set') || cameBack(w);
  // The trend's months in store time (the tests read it by month).
  const monthOf = (w: W) => new Date(localDay(w.visited_at, timeZone).day * DAY).toISOString().slice(0, 7);
  const months = [...group(monthOf).keys()].map((k) => walkouts.filter((w) => monthOf(w) === k));
  const soldByCloserIn = (list: W[], closer: string) =>
    tally(list.filter((w) => sold(w) && w.closer === closer));
  const surveys = walkouts.reduce(
    (n, w) => n + of(w).filter((a) => a.purpose === 'manager_survey').length,
    0,
  );
  return {
    headline: {
      walkouts: tally(walkouts),
      withContact: count(hasContact),
      dueForFirstCall: count(due),
      compliant: count(compliant),
      sold: count(sold),
      soldByCloser: {
        rep: count((w) => sold(w) && w.closer === 'rep'),
        manager_save: count((w) => sold(w) && w.closer === 'manager_save'),
        partner: count((w) => sold(w) && w.closer === 'partner'),
      },
      valueSavedCents: walkouts.filter(sold).reduce((s, w) => s + (w.sale_amount_cents ?? 0), 0),
      surveysCompleted: surveys,
      managerSaves: count((w) => sold(w) && w.closer === 'manager_save'),
      people: {
        walkouts: new Set(walkouts.map((w) => w.prospect_id)).size,
        sold: new Set(walkouts.filter(sold).map((w) => w.prospect_id)).size,
      },
    },
    speed: Object.fromEntries(group(speed, walkouts.filter(hasContact))),
    noContactDetails: {
      walkouts: count((w) => !hasContact(w)),
      sold: count((w) => !hasContact(w) && sold(w)),
    },
    objection: Object.fromEntries(group((w) => w.objection)),
    employee: Object.fromEntries(
      [...new Set(walkouts.map((w) => w.employee_id))].map((id) => {
        const mine = walkouts.filter((w) => w.employee_id === id);
        return [
          id,
          {
            walkouts: tally(mine),
            withContact: tally(mine.filter(hasContact)),
            dueForFirstCall: tally(mine.filter(due)),
            compliant: tally(mine.filter(compliant)),
            sold: tally(mine.filter(sold)),
          },
        ];
      }),
    ),
    reason: Object.fromEntries(
      [...reasonWalkouts].map(([id, g]) => [id, { walkouts: g.walkouts.size, sold: g.sold.size }]),
    ),
    // Nested: a stage counts walkouts that reached it or any later stage.
    funnel: {
      walkouts: tally(walkouts),
      withContact: count((w) => hasContact(w) || reached(w) || appointment(w) || sold(w)),
      reached: count((w) => reached(w) || appointment(w) || sold(w)),
      appointmentOrBack: count((w) => appointment(w) || sold(w)),
      sold: count(sold),
    },
    // Summed over the months: by prospect, a person with visits in two months is in both.
    trendTotal: months.reduce((n, list) => n + tally(list), 0),
    trendSold: months.reduce(
      (n, list) =>
        n + (['rep', 'manager_save', 'partner'] as const).reduce((m, c) => m + soldByCloserIn(list, c), 0),
      0,
    ),
  };
}

/** dashboard.figures in the brute force's shape, so one toEqual compares every figure. */
export function asBruteForce(got: DashboardDto): ReturnType<typeof bruteForce> {
  return {
    headline: got.headline,
    speed: Object.fromEntries(got.speed.map(({ bucket, ...r }) => [bucket, r])),
    noContactDetails: got.noContactDetails,
    objection: Object.fromEntries(got.byObjection.map(({ objection, ...r }) => [objection, r])),
    employee: Object.fromEntries(got.byEmployee.map(({ employeeId, name: _n, ...r }) => [employeeId, r])),
    reason: Object.fromEntries(got.byReason.map(({ reasonId, text: _t, ...r }) => [reasonId, r])),
    funnel: got.funnel,
    trendTotal: got.trend.reduce((s, b) => s + b.walkouts, 0),
    trendSold: got.trend.reduce((s, b) => s + b.rep + b.manager_save + b.partner, 0),
  };
}
