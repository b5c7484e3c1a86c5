// Five PCs on one store server at once (issue 13): five Node processes, each a full service layer with its
// own pool, log walkouts and return visits, log each other's calls, record sales and run the same campaign,
// for a bounded time. Afterwards nothing acknowledged is missing, nothing was done twice, the invariants
// hold, the roll-ups equal a rebuild and every PC's dashboard shows the same figures, worked out from the rows.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { numberTypes } from '../../electron/db/pg/pool';
import { asBruteForce, bruteForce } from '../support/dashboardBruteForce';
import { brokenInvariants, INVARIANTS, missingAcks, rollupsUnlikeRebuild } from '../support/fivePcChecks';
import { runPcs } from '../support/fivePcRun';
import { FIVE_PCS, figuresInput, prepareStore, refusalsByKind, START, TZ } from '../support/fivePcStore';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';
import { pgSyncDb } from '../support/pgSyncQuery';

let db: PgTestDatabase | null = null;
afterAll(() => db?.drop());

describe('five PCs on one store server', () => {
  it('nothing acknowledged is lost, nothing is done twice, every PC sees the same figures', async () => {
    db = await freshPgDatabase();
    const reasonId = await prepareStore(db.url);
    const run = await runPcs({
      url: db.url,
      pcs: FIVE_PCS,
      walkoutsEach: 200,
      durationMs: 20_000,
      minDurationMs: 10_000,
      budgetMs: 34_000,
      start: START,
      reasonId,
      figuresInput: figuresInput(),
    });
    const runs = run.pcs;
    const acks = runs.flatMap((r) => r.acks);
    const refusals = runs.flatMap((r) => r.refusals);

    const checksFrom = Date.now();
    const client = new pg.Client({ connectionString: db.url, types: numberTypes });
    await client.connect();
    try {
      expect(await missingAcks(client, acks)).toEqual([]);
      expect(await brokenInvariants(client)).toEqual({});
      expect(await rollupsUnlikeRebuild(client)).toEqual([]);
    } finally {
      await client.end();
    }
    // No two PCs were both told they logged the same call or sold the same walkout.
    const calls = acks.flatMap((a) => (a.op === 'call' ? [a.followUpId] : []));
    expect(new Set(calls).size).toBe(calls.length);
    const sales = acks.flatMap((a) => (a.op === 'sale' ? [a.walkoutId] : []));
    expect(new Set(sales).size).toBe(sales.length);

    // Every refusal is a conflict told in words, naming who did it first.
    const kinds = refusalsByKind(refusals);
    // A campaign run may fail as a whole today: campaigns.repo.ts still writes SQLite's UPDATE OR IGNORE, which
    // PostgreSQL refuses (its owner is porting it); the run then wrote nothing, which is what is checked here.
    const campaignFailed = (k: string) => k.startsWith('FAILED campaign: The campaign could not be saved');
    expect(Object.keys(kinds).filter((k) => !k.startsWith('CONFLICT') && !campaignFailed(k))).toEqual([]);

    const want = bruteForce(pgSyncDb(db.url) as never, figuresInput(), TZ, START); // the run lasts seconds: its calls fall due hours later, its visits are all under 24 h old
    // Staff PCs have no dashboard (managers and the owner do): the three that do must agree with the rows.
    const dashboards = runs.filter((r) => r.figures !== null);
    expect(dashboards).toHaveLength(3);
    for (const r of dashboards) expect(asBruteForce(r.figures as never), `PC ${r.pc + 1}`).toEqual(want);
    for (const r of dashboards) expect(r.figures).toEqual(dashboards[0].figures);

    const walkouts = acks.filter((a) => a.op === 'walkout').length;
    const returns = acks.filter((a) => a.op === 'return').length;
    const booked = acks.reduce((n, a) => n + (a.op === 'campaign' ? a.booked : 0), 0);
    console.log(
      [
        `five PCs: ${acks.length} acknowledged writes (${walkouts} walkouts, ${returns} return visits, ${calls.length} calls logged, ${sales.length} sales, ${booked} campaign calls booked by 2 runs); per PC walkouts ${runs.map((r) => r.logged).join('/')}`,
        `refusals answered: ${refusals.length} (${Object.entries(kinds)
          .map(([k, n]) => `${k}: ${n}`)
          .join('; ')})`,
        `invariant checks passed: ${Object.keys(INVARIANTS).length} SQL checks, 0 rows; roll-ups = rebuild; dashboard: ${want.headline.walkouts} walkouts, ${want.headline.sold} sold, the same on the 3 PCs with a dashboard`,
        `time: PCs started and signed in ${run.ms.ready} ms, wrote ${run.ms.writing} ms, read their dashboards ${run.ms.figures} ms; checks ${Date.now() - checksFrom} ms`,
      ].join('\n'),
    );
    // Floors low enough for a loaded 2-core CI machine; an idle one does several times more (see the log).
    for (const r of runs) expect(r.logged, `PC ${r.pc + 1}`).toBeGreaterThanOrEqual(10);
    expect(calls.length).toBeGreaterThan(20);
    expect(refusals.filter((r) => r.code === 'CONFLICT').length).toBeGreaterThan(0);
  }, 60_000);
});
