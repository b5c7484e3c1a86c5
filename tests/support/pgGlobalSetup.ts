// vitest global set-up: one throwaway PostgreSQL cluster for the whole run, with a template database at the
// latest schema; each test file that needs the server takes a fresh copy of it (pgDatabase.ts).
import type { TestProject } from 'vitest/node';
import { type PgCluster, startMigratedCluster } from './pgCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    /** From vitest.config.mts: the files run on both engines, and those run once. */
    engineSplit: { bothEngines: string[]; once: string[] };
  }
}

/** The one line a run prints about the files it runs once, and why. */
function onceLine(project: TestProject): string {
  const split = project.getProvidedContext().engineSplit;
  if (!split) return 'BeBack tests: no engine split in the config';
  const unit = split.once.filter((f) => f.startsWith('tests/unit/'));
  const fixed = split.once.filter((f) => !f.startsWith('tests/unit/'));
  const where = project.vitest.projects.some((p) => p.name === 'sqlite')
    ? 'run once, in the sqlite project'
    : 'are not in this run (they run in the sqlite project)';
  return (
    `BeBack tests: ${split.once.length} engine-free files ${where}: ${unit.length} unit tests of pure code and ` +
    `${fixed.length} that test one engine by name and never reach the harness's engine switch ` +
    `(${fixed.map((f) => f.replace(/^tests\/|\.test\.ts$/g, '')).join(', ')}); ` +
    `${split.bothEngines.length} files run on both SQLite and PostgreSQL.`
  );
}

let cluster: PgCluster | null = null;

export async function setup(project: TestProject) {
  const started = Date.now();
  cluster = await startMigratedCluster();
  console.log(
    `BeBack tests: PostgreSQL on 127.0.0.1:${cluster.port}, template migrated in ${Date.now() - started} ms`,
  );
  project.provide('pgServerUrl', cluster.url('postgres'));
  console.log(onceLine(project));
}

export function teardown() {
  cluster?.stop();
  cluster = null;
}
