// One PC of the five-PC tests: its own service layer and connection pool on the shared store server. It logs
// walkouts, logs other PCs' calls, records sales, logs return visits and (for two PCs) runs a campaign, at
// random, until its deadline; every acknowledged write and every refusal goes to the parent over IPC, and
// after the run it answers the parent's dashboard.figures request with what this PC's dashboard shows.
// Started by tests/integration/fivePcs*.test.ts with fork(…, { execArgv: ['--import', 'tsx'] }).
import { sql } from 'kysely';
import { openPgPool } from '../../electron/db/pg/pool';
import { postgresStore } from '../../electron/db/store';
import { createServices } from '../../electron/services';
import type { PcMessage, PcOrder } from './fivePcMessages';

const env = (k: string) => {
  const v = process.env[k];
  if (v === undefined) throw new Error(`${k} is not set`);
  return v;
};
const PC = Number(env('PC'));
const NAME = env('PC_EMPLOYEE');
const PIN = env('PC_PIN');
const WALKOUTS = Number(env('PC_WALKOUTS'));
const REASON = Number(env('PC_REASON'));
/** Set by the parent's "go": the wall-clock end of the run, and when this PC runs its campaign (0: never). */
let DEADLINE = 0;
let CAMPAIGN_AT = 0;
// Every PC's clock is the same store time: the parent's start instant plus the wall time since then.
const START = Number(env('PC_START'));
const WALL0 = Number(env('PC_WALL0'));
const now = () => START + (Date.now() - WALL0);

// A small deterministic generator per PC, so a failing run can be replayed with the same seed.
let seed = Number(env('PC_SEED')) >>> 0 || 1;
const rand = () => {
  seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const send = (m: PcMessage) => process.send?.(m);
const pool = openPgPool({ connectionString: env('PC_URL'), max: 3 });
const store = postgresStore(pool);
// The cause behind an INTERNAL answer, sent with the refusal so a failing run says what broke.
let lastInternal = '';
const { router } = createServices({
  store,
  now,
  onInternalError: (channel, err) => {
    lastInternal = `${channel}: ${err instanceof Error ? err.message : String(err)}`;
  },
});
const SESSION = `pc-${PC}`;

type Answer = { ok: true; value: Record<string, unknown> } | { ok: false; code: string; message: string };
async function call(channel: string, input: unknown): Promise<Answer> {
  lastInternal = '';
  let r: Awaited<ReturnType<typeof router.call>>;
  try {
    r = await router.call(SESSION, channel as never, input);
  } catch (err) {
    // The router promises an answer, never a throw; where it breaks that (today: the session's employee is
    // read outside its guard, so a lost server rejects the call) the parent is told so apart.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { ok: false, code: 'THROWN', message: err instanceof Error ? err.message : String(err) };
  }
  if (r.ok) return { ok: true, value: r.value as Record<string, unknown> };
  const cause = r.error.code === 'INTERNAL' && lastInternal ? ` [${lastInternal}]` : '';
  // A server away: the counter waits a moment before its next try rather than spinning.
  if (r.error.code === 'INTERNAL' || r.error.code === 'UNAVAILABLE')
    await new Promise((resolve) => setTimeout(resolve, 100));
  return { ok: false, code: r.error.code, message: r.error.message + cause };
}

let me = 0;
let role = 'staff';
let logged = 0;

async function signIn(): Promise<void> {
  for (;;) {
    const list = await call('auth.employees', {});
    if (list.ok) {
      const found = (list.value as unknown as { id: number; name: string; role: string }[]).find(
        (e) => e.name === NAME,
      );
      if (!found) throw new Error(`no employee ${NAME}`);
      me = found.id;
      role = found.role;
      const r = await call('auth.signIn', { employeeId: me, pin: PIN });
      if (r.ok) return;
      throw new Error(`sign-in: ${r.message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What this PC's screens would offer: the newest open calls it may log, shared with the other PCs. */
async function openCalls(): Promise<number[]> {
  const mine = role === 'staff' ? sql`AND assignee_id = ${me}` : sql``;
  const rows = await sql<{ id: number }>`SELECT id FROM follow_ups WHERE status = 'open' ${mine}
    ORDER BY id DESC LIMIT 6`.execute(store.db);
  return rows.rows.map((r) => Number(r.id));
}

async function recentProspect(): Promise<{ id: number; phone: string; first: string; last: string } | null> {
  const rows = await sql<{
    id: number;
    phone: string;
    first_name: string;
    last_name: string;
  }>`SELECT id, phone,
      first_name, last_name FROM prospects WHERE phone IS NOT NULL AND do_not_contact = 0
      ORDER BY id DESC LIMIT 20`.execute(store.db);
  if (rows.rows.length === 0) return null;
  const p = pick(rows.rows);
  return { id: Number(p.id), phone: p.phone, first: p.first_name, last: p.last_name };
}

async function recentOpenWalkout(): Promise<{ id: number; owner: number } | null> {
  const rows = await sql<{ id: number; employee_id: number }>`SELECT id, employee_id FROM walkouts
    WHERE status = 'open' ORDER BY id DESC LIMIT 6`.execute(store.db);
  if (rows.rows.length === 0) return null;
  const w = pick(rows.rows);
  return { id: Number(w.id), owner: Number(w.employee_id) };
}

const walkoutEntry = (prospect: { first: string; last: string; phone: string }) => ({
  prospect: { firstName: prospect.first, lastName: prospect.last, phone: prospect.phone, email: '' },
  product: 'Kubota BX2380 tractor',
  category: pick(['Tractors', 'Mowers', 'Trailers']),
  priceQuotedCents: 1_899_900,
  closeness: 1 + Math.floor(rand() * 5),
  objection: pick(['price', 'financing', 'spouse_partner', 'comparing'] as const),
});

async function logWalkout(): Promise<void> {
  const n = logged + 1;
  // 312-2PC-NNNN: a real-looking Chicago number, different on every PC and visit.
  const phone = `(312) 2${String(PC).padStart(2, '0')}-${String(n).padStart(4, '0')}`;
  const r = await call('walkouts.create', walkoutEntry({ first: `Pc${PC}`, last: `Visitor ${n}`, phone }));
  if (r.ok) {
    logged++;
    const first = r.value.firstContact as { followUpId: number } | null;
    send({
      kind: 'ack',
      op: 'walkout',
      at: Date.now(),
      walkoutId: Number(r.value.walkoutId),
      followUpId: first?.followUpId ?? null,
    });
  } else send({ kind: 'refused', op: 'walkout', at: Date.now(), code: r.code, message: r.message });
}

async function logReturnVisit(): Promise<void> {
  const p = await recentProspect();
  if (!p) return;
  const r = await call('walkouts.create', { ...walkoutEntry(p), existingProspectId: p.id });
  if (r.ok) {
    const first = r.value.firstContact as { followUpId: number } | null;
    send({
      kind: 'ack',
      op: 'return',
      at: Date.now(),
      walkoutId: Number(r.value.walkoutId),
      followUpId: first?.followUpId ?? null,
    });
  } else send({ kind: 'refused', op: 'return', at: Date.now(), code: r.code, message: r.message });
}

const OUTCOMES = [
  'no_answer',
  'voicemail_left',
  'not_now',
  'appointment_set',
  'sold',
  'not_interested',
] as const;

async function logCall(): Promise<void> {
  const ids = await openCalls();
  if (ids.length === 0) return;
  const followUpId = pick(ids);
  const outcome = pick(OUTCOMES);
  const r = await call('followUps.complete', {
    followUpId,
    outcome,
    agreedNextAt: outcome === 'appointment_set' ? now() + 2 * 86_400_000 : null,
    saleAmountCents: outcome === 'sold' ? 1_750_000 : null,
  });
  if (r.ok) {
    const next = r.value.next as { followUpId: number } | null;
    send({
      kind: 'ack',
      op: 'call',
      at: Date.now(),
      followUpId,
      nextFollowUpId: next?.followUpId ?? null,
    });
  } else send({ kind: 'refused', op: 'call', at: Date.now(), code: r.code, message: r.message, followUpId });
}

async function recordSale(): Promise<void> {
  const w = await recentOpenWalkout();
  if (!w) return;
  const r = await call('walkouts.recordSale', {
    walkoutId: w.id,
    closer: w.owner === me ? 'rep' : 'manager_save',
    amountCents: 1_600_000,
  });
  if (r.ok) send({ kind: 'ack', op: 'sale', at: Date.now(), walkoutId: w.id });
  else
    send({ kind: 'refused', op: 'sale', at: Date.now(), code: r.code, message: r.message, walkoutId: w.id });
}

async function runCampaign(): Promise<void> {
  const started = await call('campaigns.start', { reasonId: REASON });
  if (!started.ok) {
    send({ kind: 'refused', op: 'campaign', at: Date.now(), code: started.code, message: started.message });
    return;
  }
  for (;;) {
    const p = await call('campaigns.progress', { jobId: started.value.jobId });
    if (p.ok && (p.value.phase === 'done' || p.value.phase === 'failed')) {
      if (p.value.phase === 'done')
        send({ kind: 'ack', op: 'campaign', at: Date.now(), booked: Number(p.value.created) });
      else
        send({
          kind: 'refused',
          op: 'campaign',
          at: Date.now(),
          code: 'FAILED',
          message: String(p.value.error),
        });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function work(): Promise<void> {
  let campaignDone = CAMPAIGN_AT === 0;
  while (Date.now() < DEADLINE) {
    if (!campaignDone && Date.now() >= CAMPAIGN_AT) {
      campaignDone = true;
      await runCampaign();
      continue;
    }
    const roll = rand();
    const lead = role !== 'staff';
    try {
      if (logged < WALKOUTS && roll < 0.5) await logWalkout();
      else if (roll < 0.58) await logReturnVisit();
      else if (lead && roll < 0.64) await recordSale();
      else await logCall();
    } catch (err) {
      // The PC's own reads (the "screens" above) fail while the server is away; the next round tries again.
      send({ kind: 'refused', op: 'read', at: Date.now(), code: 'READ', message: String(err) });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (logged >= WALKOUTS && rand() < 0.02) break;
  }
  send({ kind: 'finished', logged });
}

process.on('message', async (order: PcOrder) => {
  if (order.kind === 'go') {
    DEADLINE = order.deadline;
    CAMPAIGN_AT = order.campaignAt;
    void work().catch((err) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    });
    return;
  }
  // The dashboard is for managers and the owner; a staff PC has none to compare.
  const r =
    role === 'staff' ? { ok: true as const, value: null } : await call('dashboard.figures', order.input);
  if (!r.ok) send({ kind: 'refused', op: 'figures', at: Date.now(), code: r.code, message: r.message });
  send({ kind: 'figures', value: r.ok ? r.value : null });
  await store.close();
  process.disconnect?.();
});

signIn()
  .then(() => send({ kind: 'ready' }))
  .catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
