import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects, one per engine. The PostgreSQL cluster is started once, by the root config's globalSetup, and
// serves both (a project's own globalSetup would start a second one); its URL is provided to every project.
//
// A file that opens its store through the harness's engine switch (openStore, or reads its ENGINE) runs on both engines; every other
// file runs once, in the sqlite project: pure code (unit tests), or a test of one engine by name (SQLite's file,
// crash and backups, the web door over its SQLite host; the server's own backup, connection check and schema),
// where a second project would run the same code against the same database again.
const ALL_TESTS = [
  'tests/unit/**/*.test.ts',
  'tests/integration/**/*.test.ts',
  'tests/migrations/**/*.test.ts',
];
const root = import.meta.dirname;
const files = ['tests/unit', 'tests/integration', 'tests/migrations']
  .flatMap((folder) => readdirSync(join(root, folder), { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
  .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
  .sort();
const opensStore = (file: string) => /\bopenStore\(|\bENGINE\b/.test(readFileSync(join(root, file), 'utf8'));
const bothEngines = files.filter(opensStore);
const once = files.filter((f) => !opensStore(f));

const common = {
  environment: 'node',
  // scrypt at OWASP parameters takes a few hundred ms per PIN on these machines.
  testTimeout: 30_000,
  // A store's first openStore builds its team template (scrypt per PIN, and on the server a database too):
  // seconds on a loaded machine, past vitest's 10 s default for a hook.
  hookTimeout: 30_000,
  pool: 'forks',
} as const;

export default defineConfig({
  test: {
    // One throwaway PostgreSQL cluster for the run (installed when missing): the store server's engine.
    globalSetup: ['tests/support/pgGlobalSetup.ts'],
    // For the global set-up's line about the files that run once (pgGlobalSetup.ts).
    provide: { engineSplit: { bothEngines, once } },
    projects: [
      { test: { ...common, name: 'sqlite', include: ALL_TESTS, env: { BEBACK_TEST_ENGINE: 'sqlite' } } },
      {
        test: { ...common, name: 'postgres', include: bothEngines, env: { BEBACK_TEST_ENGINE: 'postgres' } },
      },
    ],
  },
});
