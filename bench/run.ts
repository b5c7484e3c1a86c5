// `npm run bench`: every benchmark of the project, printing figures (never a pass/fail test).
import { backupBench } from './backup.bench';
import { bundleBench } from './bundle.bench';
import { campaignBench } from './campaign.bench';
import { counterBench } from './counter.bench';
import { dashboardBench } from './dashboard.bench';
import { partnersBench } from './partners.bench';

const BENCHES: Record<string, () => Promise<void>> = {
  counter: counterBench,
  campaign: campaignBench,
  partners: partnersBench,
  dashboard: dashboardBench,
  backup: backupBench,
  bundle: bundleBench,
};

async function main(): Promise<void> {
  console.log(`BeBack benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  // `npm run bench -- partners dashboard` runs only those.
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(name in BENCHES));
  if (unknown.length > 0)
    throw new Error(
      `No benchmark called ${unknown.join(', ')}; there are ${Object.keys(BENCHES).join(', ')}.`,
    );
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (chosen.length === 0 || chosen.includes(name)) await bench();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
