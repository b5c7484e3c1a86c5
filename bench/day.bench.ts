// One employee's day (calendar.day: the first page of overdue, due today and upcoming, and their counts) on the
// million-walkout store, every rep opening their own day in turn (each holds some 40 000 walkouts' calls).
// Targets: p95 ≤ 50 ms (issue 13), ≤ 10 ms for the first screenful and the counts (issue 15).
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
  report("one employee's day (each rep their own, in turn)", own, 10);
  // This process's CPU per call (building, parsing and shaping the rows): on a busy machine the wall
  // figures above move with the other work, this one far less.
  const cpuMs = (cpu.user + cpu.system) / 1000 / own.runs;
  console.log(`${''.padEnd(48)} Node CPU per call: ${cpuMs.toFixed(2)} ms`);
  const all = shown.counts as Record<string, number> | undefined;
  const counts = ['overdue', 'today', 'upcoming'].map(
    (k) => `${(shown[k] as unknown[] | undefined)?.length ?? 0} of ${all?.[k] ?? 0} ${k}`,
  );
  console.log(`${''.padEnd(48)} last day shown (first page of each section): ${counts.join(', ')}`);
  const owners = await time(100, (i) =>
    mustCall(router, 'owner', 'calendar.day', { employeeId: reps[i % reps.length] }),
  );
  report("the owner opening a rep's day", owners, 10);
  // Scrolling: a later page of the overdue list, anywhere in the first 20,000 rows (the offset is walked).
  const deep = await time(100, (i) =>
    mustCall(router, `rep${reps[i % reps.length]}`, 'calendar.section', {
      section: 'overdue',
      at: BIG_NOW,
      offset: 50 * ((i * 37) % 400),
    }),
  );
  report('a later page of the overdue list (offset 0–20,000)', deep, 50);
}
