// Issue 13's target: one employee's day (calendar.day: overdue, due today, upcoming) in ≤ 50 ms at p95 on the
// million-walkout store, every rep opening their own day in turn (each holds some 40 000 walkouts' calls).
import { createServices } from '../electron/services';
import { BIG_NOW, bigStore } from './bigStore';
import type { BenchEngine } from './engines';
import { mustCall, report, time } from './stats';

export async function dayBench(engine: BenchEngine): Promise<void> {
  const big = await bigStore(engine);
  console.log(`\n== Day calendar (${big.walkouts.toLocaleString('en-US')} walkouts, 25 reps, ${engine}) ==`);
  const { router, sessions } = createServices({ store: big.store, now: () => BIG_NOW });
  const reps = big.bulk.employeeIds.slice(1);
  for (const rep of reps) sessions.signIn(`rep${rep}`, rep);
  sessions.signIn('owner', big.owner);
  let shown: Record<string, unknown> = {};
  const cpuBefore = process.cpuUsage();
  const own = await time(250, async (i) => {
    shown = await mustCall(router, `rep${reps[i % reps.length]}`, 'calendar.day', {});
  });
  const cpu = process.cpuUsage(cpuBefore);
  report("one employee's day (each rep their own, in turn)", own, 50);
  // This process's CPU per call (building, parsing and shaping the rows): on a busy machine the wall
  // figures above move with the other work, this one far less.
  const cpuMs = (cpu.user + cpu.system) / 1000 / own.runs;
  console.log(`${''.padEnd(48)} Node CPU per call: ${cpuMs.toFixed(2)} ms`);
  const counts = ['overdue', 'today', 'upcoming'].map(
    (k) => `${(shown[k] as unknown[] | undefined)?.length ?? 0} ${k}`,
  );
  console.log(`${''.padEnd(48)} last day shown: ${counts.join(', ')}`);
  const owners = await time(100, (i) =>
    mustCall(router, 'owner', 'calendar.day', { employeeId: reps[i % reps.length] }),
  );
  report("the owner opening a rep's day", owners, 50);
}
