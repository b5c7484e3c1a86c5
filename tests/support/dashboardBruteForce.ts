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
  // The first call, while still open (an agreed next step is that call).
  const openCall = (w: W) =>
    attempts.find((a) => a.walkout_id === w.id && a.status === 'open' && a.purpose === 'first_contact');
  const speed = (w: W): SpeedBucket | 'no_contact' => {
    if (!hasContact(w)) return 'no_contact';
    const first = firstAttempt(w);
    if (first === null) return (openCall(w)?.due_at ?? -1) > now ? 'not_yet_due' : 'never';
    if (localDay(first, timeZone).day === localDay(w.visited_at, timeZone).day) return 'same_day';
    const gap = first - w.visited_at;
    return gap < DAY ? 'lt_24h' : gap < 3 * DAY ? 'd1_3' : gap < 7 * DAY ? 'd3_7' : 'gt_7d';
  };
  const count = (pred: (w: W) => boolean) => walkouts.filter(pred).length;
  // Only walkouts with contact whose 24 h have passed are on time or late.
  const due = (w: W) => hasContact(w) && w.visited_at <= now - DAY;
  const compliant = (w: W) => due(w) && firstAttempt(w) !== null && firstAttempt(w)! <= w.visited_at + DAY;
  const group = <K>(key: (w: W) => K, of = walkouts) => {
    const m = new Map<K, { walkouts: number; sold: number }>();
    for (const w of of) {
      const g = m.get(key(w)) ?? { walkouts: 0, sold: 0 };
      g.walkouts++;
      if (sold(w)) g.sold++;
      m.set(key(w), g);
    }
    return m;
  };
  const reasonWalkouts = new Map<number, { walkouts: Set<number>; sold: Set<number> }>();
  for (const w of walkouts) {
    for (const a of of(w).filter((x) => x.reason_id !== null)) {
      const g = reasonWalkouts.get(a.reason_id!) ?? { walkouts: new Set(), sold: new Set() };
      g.walkouts.add(w.id);
      if (sold(w) && w.sold_at! >= a.completed_at!) g.sold.add(w.id);
      reasonWalkouts.set(a.reason_id!, g);
    }
  }
  const reached = (w: W) => of(w).some((a) => !NO_CONTACT_OUTCOMES.includes(a.outcome!));
  const cameBack = (w: W) =>
    all.some((l) => l.prospect_id === w.prospect_id && l.visited_at > w.visited_at && l.source === 'walk_in');
  const appointment = (w: W) =>
    attempts.some((a) => a.walkout_id === w.id && a.outcome === 'appointment_set') || cameBack(w);
  const surveys = walkouts.reduce(
    (n, w) => n + of(w).filter((a) => a.purpose === 'manager_survey').length,
    0,
  );
  return {
    headline: {
      walkouts: walkouts.length,
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
            walkouts: mine.length,
            withContact: mine.filter(hasContact).length,
            dueForFirstCall: mine.filter(due).length,
            compliant: mine.filter(compliant).length,
            sold: mine.filter(sold).length,
          },
        ];
      }),
    ),
    reason: Object.fromEntries(
      [...reasonWalkouts].map(([id, g]) => [id, { walkouts: g.walkouts.size, sold: g.sold.size }]),
    ),
    // Nested: a stage counts walkouts that reached it or any later stage.
    funnel: {
      walkouts: walkouts.length,
      withContact: count((w) => hasContact(w) || reached(w) || appointment(w) || sold(w)),
      reached: count((w) => reached(w) || appointment(w) || sold(w)),
      appointmentOrBack: count((w) => appointment(w) || sold(w)),
      sold: count(sold),
    },
    trendTotal: walkouts.length,
    trendSold: count(sold),
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
