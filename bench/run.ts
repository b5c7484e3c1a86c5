// `npm run bench`: every benchmark of the project, printing figures (never a pass/fail test).
import { backupBench } from './backup.bench';
import { disposeBigStore } from './bigStore';
import { bundleBench } from './bundle.bench';
import { campaignBench } from './campaign.bench';
import { counterBench } from './counter.bench';
import { dashboardBench } from './dashboard.bench';
import { dayBench } from './day.bench';
import { type BenchEngine, engineFromArgs, stopBenchCluster } from './engines';
import { importBench } from './import.bench';
import { partnersBench } from './partners.bench';
import { searchBench } from './search.bench';

const BENCHES: Record<string, (engine: BenchEngine) => Promise<void>> = {
  counter: counterBench,
  campaign: campaignBench,
  partners: partnersBench,
  import: () => importBench(),
  dashboard: dashboardBench,
  day: dayBench,
  search: searchBench,
  backup: () => backupBench(),
  bundle: bundleBench,
};
/** The benchmarks that run on a store server too (`--db pg`); the others are SQLite's or the build's. */
const ON_POSTGRES = ['counter', 'dashboard', 'day', 'search'];

async function main(): Promise<void> {
  console.log(`BeBack benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  // `npm run bench -- partners dashboard` runs only those; `-- dashboard --db pg` on a store server.
  const { engine, rest: chosen } = engineFromArgs(process.argv.slice(2));
  const unknown = chosen.filter((name) => !(name in BENCHES));
  if (unknown.length > 0)
    throw new Error(
      `No benchmark called ${unknown.join(', ')}; there are ${Object.keys(BENCHES).join(', ')}.`,
    );
  const names = Object.keys(BENCHES).filter(
    (name) =>
      (chosen.length === 0 && (engine === 'sqlite' || ON_POSTGRES.includes(name))) || chosen.includes(name),
  );
  const sqliteOnly = names.filter((name) => engine === 'postgres' && !ON_POSTGRES.includes(name));
  if (sqliteOnly.length > 0)
    throw new Error(
      `${sqliteOnly.join(', ')} run on SQLite only; on a store server there are ${ON_POSTGRES.join(', ')}.`,
    );
  try {
    for (const name of names) await BENCHES[name](engine);
  } finally {
    await disposeBigStore();
    await stopBenchCluster();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
