// `npm run bench`: every benchmark of the project, printing figures (never a pass/fail test).
import { campaignBench } from './campaign.bench';
import { counterBench } from './counter.bench';
import { dashboardBench } from './dashboard.bench';
import { partnersBench } from './partners.bench';

async function main(): Promise<void> {
  console.log(`BeBack benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  await counterBench();
  await campaignBench();
  await partnersBench();
  await dashboardBench();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
