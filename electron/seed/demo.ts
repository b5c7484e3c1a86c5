// Demo data for a first start: five employees and a quarter of walkouts worked through the real
// services with a moving clock, so every history follows the same cadence the app applies. One transaction
// holds the whole seed: the services run inside it (withinTransaction), awaiting only the database.
import type { EmployeeDto, ProspectDto } from '../../shared/contract/dto';
import type { DemoTradeName } from '../../shared/contract/setupSchemas';
import { isReasonActive, type ReasonForRanking, reasonFit } from '../../shared/domain/reasonRanking';
import { allowedWindows, localDateKey } from '../../shared/domain/storeClock';
import {
  NO_CONTACT_OUTCOMES,
  type Objection,
  type Outcome,
  type Purpose,
  type SurveyObjection,
} from '../../shared/domain/vocab';
import { type Executor, type Store, withinTransaction } from '../db/store';
import type { ServiceDeps, SignedIn } from '../services/context';
import { getEmployee, insertEmployee } from '../services/employees/employees.repo';
import { hashPin } from '../services/employees/pin';
import { createFollowUpsService } from '../services/followUps/followUps.service';
import { getProspect } from '../services/prospects/prospects.repo';
import { insertReason, retireReason } from '../services/reasons/reasons.repo';
import { readSettings, writeMeta, writeSettings } from '../services/settings/settings.repo';
import type { DemoMeta } from '../services/setup/setup.service';
import { createWalkoutsService } from '../services/walkouts/walkouts.service';
import { APPLIANCES } from './demoAppliances';
import {
  DEMO_EMPLOYEES,
  type DemoTrade,
  FIRST_NAMES,
  LAST_NAMES,
  OBJECTION_WEIGHTS,
  VEHICLES,
} from './demoCatalog';
import { TRADE_SUPPLIES } from './demoTradeSupplies';
import { createRng, type Rng } from './random';

const DAY = 86_400_000;
const MINUTE = 60_000;

const OWNER_OUTCOMES: [Outcome, number][] = [
  ['no_answer', 28],
  ['voicemail_left', 30],
  ['appointment_set', 9],
  ['not_now', 9],
  ['sold', 10],
  ['not_interested', 8],
  ['wrong_number', 4],
  ['do_not_contact', 2],
];
const WARM: Outcome[] = ['sold', 'appointment_set'];
const SURVEY_OUTCOMES: [Outcome, number][] = [
  ['no_answer', 30],
  ['voicemail_left', 22],
  ['sold', 22],
  ['not_now', 10],
  ['not_interested', 12],
  ['appointment_set', 4],
];

export const DEMO_TRADE_CATALOGS: Record<DemoTradeName, DemoTrade> = {
  vehicles: VEHICLES,
  appliances: APPLIANCES,
  trade_supplies: TRADE_SUPPLIES,
};

export interface DemoOptions {
  now: number;
  walkouts?: number;
  days?: number;
  seed?: number;
  /** What the demo store sells; vehicles by default. */
  trade?: DemoTradeName;
  /** Runs first in the seed's transaction (another trade's demo is wiped there): both happen, or neither. */
  before?: (tx: Executor) => Promise<void>;
}

export async function seedDemo(store: Store, options: DemoOptions): Promise<void> {
  const rng = createRng(options.seed ?? 20261123);
  const trade = options.trade ?? 'vehicles';
  const catalog = DEMO_TRADE_CATALOGS[trade];
  const settings = await readSettings(store.db);
  const hashes = await Promise.all(DEMO_EMPLOYEES.map((e) => hashPin(e.pin)));
  let clock = options.now;
  const reasons: { ranking: ReasonForRanking; pull: number }[] = [];
  await store.transaction(async (tx) => {
    await options.before?.(tx);
    const deps: ServiceDeps = {
      store: withinTransaction(store, tx),
      now: () => clock,
      settings: () => settings,
      newShareId: () => crypto.randomUUID(),
    };
    const walkouts = createWalkoutsService(deps);
    const followUps = createFollowUpsService(deps);
    const start = options.now - (options.days ?? 90) * DAY;
    const team: EmployeeDto[] = [];
    for (const [i, e] of DEMO_EMPLOYEES.entries()) {
      const id = await insertEmployee(tx, { ...e, pinHash: hashes[i], at: start - 30 * DAY });
      team.push((await getEmployee(tx, id))!);
    }
    await writeSettings(tx, {
      storePhone: '(312) 555-0100',
      ...(catalog.storeName ? { storeName: catalog.storeName } : {}),
    });
    await writeMeta(tx, 'demo', {
      pins: team.map((e, i) => ({ employeeId: e.id, pin: DEMO_EMPLOYEES[i].pin })),
      ...(trade === 'vehicles' ? {} : { trade }),
    } satisfies DemoMeta);
    const actorFor = (e: EmployeeDto): SignedIn => ({ sessionKey: 'demo-seed', employee: e });
    const floor = team.filter((e) => e.role === 'staff' || e.role === 'manager');
    const manager = team.find((e) => e.role === 'manager')!;
    for (const r of catalog.reasons) {
      const createdAt = options.now - r.addedDaysAgo * DAY;
      const fields = {
        text: r.text,
        category: r.category,
        products: r.products ?? [],
        categories: r.categories ?? [],
        objections: r.objections ?? [],
        activeFrom: null,
        activeUntil: r.retired ? options.now - 60 * DAY : null,
      };
      const id = await insertReason(tx, fields, manager.id, createdAt);
      if (r.retired) await retireReason(tx, id, options.now - 60 * DAY);
      reasons.push({
        ranking: { id, ...fields, retiredAt: null, createdAt } satisfies ReasonForRanking,
        pull: r.pull,
      });
    }

    const visits = visitTimes(rng, start, options.now, options.walkouts ?? 300, settings);
    const earlier: number[] = [];
    for (const visitedAt of visits) {
      clock = visitedAt;
      const rep = rng.pick(floor);
      const returningId = earlier.length > 10 && rng.chance(0.05) ? rng.pick(earlier) : undefined;
      const returning =
        returningId === undefined ? undefined : ((await getProspect(tx, returningId)) ?? undefined);
      const entry = demoWalkout(rng, catalog, visitedAt, returning);
      const created = await walkouts.create(actorFor(rep), entry);
      // A be-back is found again the way the counter finds one: by the phone or e-mail typed.
      if (entry.prospect.phone || entry.prospect.email) earlier.push(created.prospectId);
      await workTheCalendar(walkouts, followUps, created.walkoutId, rep, manager);
    }
  });

  // Completes every follow-up that fell due before "now", the way a busy floor would: mostly on time,
  // sometimes late, occasionally skipped (left overdue for the manager to find).
  async function workTheCalendar(
    walkouts: ReturnType<typeof createWalkoutsService>,
    followUps: ReturnType<typeof createFollowUpsService>,
    walkoutId: number,
    rep: EmployeeDto,
    manager: EmployeeDto,
  ) {
    const skipFrom = rng.chance(0.06) ? rng.int(0, 3) : Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 20; attempt++) {
      const story = await walkouts.get({ sessionKey: 'demo-seed', employee: manager }, { id: walkoutId });
      const open = story.followUps.filter((f) => f.status === 'open').sort((a, b) => a.dueAt - b.dueAt)[0];
      if (!open || attempt >= skipFrom) return;
      const late = rng.chance(0.15) ? rng.int(6, 60) * 60 * MINUTE : rng.int(0, 90) * MINUTE;
      const doneAt = open.dueAt + late;
      if (doneAt >= options.now) return;
      clock = doneAt;
      // Reps use a fitting reason on most calls; a stronger reason gets more people to say yes.
      const fitting = reasons.filter(
        (r) => isReasonActive(r.ranking, doneAt) && reasonFit(r.ranking, story.walkout).fits,
      );
      const reason =
        open.purpose !== 'manager_survey' && fitting.length > 0 && rng.chance(0.75)
          ? rng.pick(fitting)
          : null;
      const weights = open.purpose === 'manager_survey' ? SURVEY_OUTCOMES : OWNER_OUTCOMES;
      const outcome = rng.weighted(
        reason
          ? weights.map(([o, w]): [Outcome, number] => [
              o,
              w * (WARM.includes(o) ? 0.5 + 1.5 * reason.pull : 1),
            ])
          : weights,
      );
      const agreed = agreedTime(outcome, open.purpose, doneAt);
      const worker = open.purpose === 'manager_survey' ? manager : rep;
      await followUps.complete(
        { sessionKey: 'demo-seed', employee: worker },
        {
          followUpId: open.id,
          outcome,
          notes: outcome === 'voicemail_left' ? 'Left a voicemail with a reason to call back' : '',
          message: '',
          reasonId: reason?.ranking.id ?? null,
          ...surveyAnswer(open.purpose, outcome, story.walkout.objection),
          agreedNextAt: agreed,
          saleAmountCents:
            outcome === 'sold'
              ? (story.walkout.priceQuotedCents ?? 3_000_000) - rng.int(0, 10) * catalog.priceStep * 100
              : null,
        },
      );
    }
  }

  // What prospects tell the manager: often not what they told the rep (PRODUCT.md: staff 27%, shopping 21%).
  function surveyAnswer(purpose: Purpose, outcome: Outcome, repObjection: Objection) {
    if (purpose !== 'manager_survey' || NO_CONTACT_OUTCOMES.includes(outcome)) {
      return { surveyObjection: null, surveyText: '' };
    }
    const said = rng.weighted<SurveyObjection>([
      [repObjection, 45],
      ['staff', 20],
      ['comparing', 15],
      ['price', 10],
      ['financing', 10],
    ]);
    return { surveyObjection: said, surveyText: said === 'staff' ? catalog.staffSurveyText : '' };
  }

  function agreedTime(outcome: Outcome, purpose: Purpose, doneAt: number): number | null {
    if (outcome !== 'appointment_set' || purpose === 'manager_survey') return null;
    return doneAt + rng.int(1, 4) * DAY;
  }
}

function visitTimes(
  rng: Rng,
  from: number,
  to: number,
  count: number,
  settings: Awaited<ReturnType<typeof readSettings>>,
) {
  const times: number[] = [];
  while (times.length < count) {
    const t = from + Math.floor(rng.next() * (to - from));
    const [window] = allowedWindows(localDateKey(t, settings.timeZone), 'visit', settings);
    if (!window) continue;
    const inHours = window[0] + Math.floor(rng.next() * (window[1] - window[0]));
    if (inHours < to) times.push(inHours);
  }
  return times.sort((a, b) => a - b);
}

/** A new prospect's walkout, or a returning one's as the counter sends it: their phone or e-mail, blanks kept. */
function demoWalkout(rng: Rng, catalog: DemoTrade, visitedAt: number, returning: ProspectDto | undefined) {
  const item = rng.pick(catalog.products);
  const objection = rng.weighted(OBJECTION_WEIGHTS);
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const refused = returning === undefined && rng.chance(0.08);
  const hasEmail = rng.chance(0.45);
  const fresh = {
    firstName,
    lastName,
    phone: refused ? '' : `(312) ${rng.int(200, 989)}-${String(rng.int(0, 9999)).padStart(4, '0')}`,
    email: !refused && hasEmail ? `${firstName}.${lastName}${rng.int(1, 99)}@example.com`.toLowerCase() : '',
    preferredChannel: rng.chance(0.15) ? ('text' as const) : ('call' as const),
    bestTime: rng.pick(['', 'Evenings', 'Lunchtime', 'Mornings before 10']),
    contactOk: true,
    shareOk: rng.chance(0.4),
  };
  return {
    prospect: returning
      ? {
          firstName: '',
          lastName: '',
          phone: returning.phone ?? '',
          email: returning.email ?? '',
          bestTime: '',
        }
      : fresh,
    existingProspectId: returning?.id,
    confirmNewProspect: true,
    contactRefused: refused,
    visitedAt,
    product: item.product,
    category: item.category,
    priceQuotedCents: (item.price + rng.int(-20, 20) * catalog.priceStep) * 100,
    closeness: rng.int(1, 5),
    objection,
    objectionText: rng.pick(catalog.objectionNotes[objection]),
    painPoints: rng.pick(catalog.painPoints),
    motivation: '',
    personalDetails: rng.chance(0.6) ? rng.pick(catalog.personalDetails) : '',
    nextStepText: rng.pick(catalog.nextSteps),
    nextStepAt: null,
  };
}
