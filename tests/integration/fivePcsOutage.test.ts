// The store server lost while five PCs write (issue 13, "a lost server is said plainly"): this file's own
// cluster is stopped as a crash would stop it, then started again on the same data. No write is half-done,
// nothing acknowledged is missing, the roll-ups still equal a rebuild, and every PC writes again by itself.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migratePg } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { asBruteForce, bruteForce } from '../support/dashboardBruteForce';
import { brokenInvariants, missingAcks, rollupsUnlikeRebuild } from '../support/fivePcChecks';
import { runPcs } from '../support/fivePcRun';
import { FIVE_PCS, figuresInput, prepareStore, refusalsByKind, START, TZ } from '../support/fivePcStore';
import { type PgCluster, startPgCluster } from '../support/pgCluster';
import { pgSyncDb } from '../support/pgSyncQuery';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let cluster: PgCluster | null = null;
afterAll(() => cluster?.stop());

describe('the store server lost mid-write', () => {
  it('no partial write, nothing acknowledged lost, every PC carries on when it is back', async () => {
    cluster = await startPgCluster({ keepCommits: true });
    await cluster.admin('CREATE DATABASE beback');
    const url = cluster.url('beback');
    const client = new pg.Client({ connectionString: url, types: numberTypes });
    await client.connect();
    await migratePg(client);
    await client.end();
    const reasonId = await prepareStore(url);

    let lostAt = 0;
    let backAt = 0;
    const server = cluster;
    const run = await runPcs({
      url,
      pcs: FIVE_PCS.map(({ employee, pin }) => ({ employee, pin })),
      walkoutsEach: 200,
      durationMs: 16_000,
      minDurationMs: 11_000,
      budgetMs: 32_000,
      start: START,
      reasonId,
      figuresInput: figuresInput(),
      during: async () => {
        await sleep(4_000);
        lostAt = Date.now();
        server.pause();
        await sleep(3_000);
        server.resume();
        backAt = Date.now();
      },
    });
    const runs = run.pcs;
    const acks = runs.flatMap((r) => r.acks);
    const refusals = runs.flatMap((r) => r.refusals);

    const checksFrom = Date.now();
    const check = new pg.Client({ connectionString: url, types: numberTypes });
    await check.connect();
    try {
      expect(await missingAcks(check, acks)).toEqual([]);
      expect(await brokenInvariants(check)).toEqual({});
      expect(await rollupsUnlikeRebuild(check)).toEqual([]);
    } finally {
      await check.end();
    }
    // Before the server went: only conflicts. From then on: whatever the router answers a lost connection.
    const before = refusals.filter((r) => r.at < lostAt);
    expect(before.filter((r) => r.code !== 'CONFLICT')).toEqual([]);
    const outage = refusals.filter((r) => r.at >= lostAt && r.code !== 'CONFLICT');
    expect(outage.length).toBeGreaterThan(0);
    // UNAVAILABLE is the pghost branch's answer; until it lands the router answers INTERNAL, or rejects the call
    // (THROWN) when the session's employee cannot be read. READ: the PC's own look at its calendar failed.
    expect(outage.filter((r) => !['UNAVAILABLE', 'INTERNAL', 'THROWN', 'READ'].includes(r.code))).toEqual([]);
    // Every PC wrote again after the server came back, without a restart.
    for (const r of runs)
      expect(r.acks.filter((a) => a.at > backAt).length, `PC ${r.pc + 1}`).toBeGreaterThan(0);

    const want = bruteForce(pgSyncDb(url) as never, figuresInput(), TZ, START); // the run lasts seconds: its calls fall due hours later, its visits are all under 24 h old
    const dashboards = runs.filter((r) => r.figures !== null);
    expect(dashboards).toHaveLength(3);
    for (const r of dashboards) expect(asBruteForce(r.figures as never), `PC ${r.pc + 1}`).toEqual(want);

    const codes = refusalsByKind(outage.map((r) => ({ ...r, message: r.message.replace(/ \[.*$/, '') })));
    console.log(
      [
        `server lost for ${backAt - lostAt} ms: ${acks.length} acknowledged writes, ${acks.filter((a) => a.at > backAt).length} after it came back; every one present`,
        `refused while it was away: ${outage.length} (${Object.entries(codes)
          .map(([k, n]) => `${k}: ${n}`)
          .join('; ')})`,
        `conflicts answered: ${refusals.filter((r) => r.code === 'CONFLICT').length}; invariants hold; roll-ups = rebuild; dashboard ${want.headline.walkouts} walkouts on 3 PCs`,
        `time: PCs started and signed in ${run.ms.ready} ms, wrote ${run.ms.writing} ms, read their dashboards ${run.ms.figures} ms; checks ${Date.now() - checksFrom} ms`,
      ].join('\n'),
    );
  }, 60_000);
});
