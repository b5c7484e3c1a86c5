import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

// `npm run test:e2e` first runs scripts/chromium.mjs, which installs a Chromium when none is found.
const chromium = findChromium();
const STORE_SERVER_ONLY = ['storeServer.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // The run's PostgreSQL cluster for the "postgres" project (about a second to start).
  globalSetup: './tests/e2e/pgGlobalSetup.ts',
  projects: [
    { name: 'sqlite', testIgnore: STORE_SERVER_ONLY },
    // The web door on a store server: the floor's day, My day and the dashboard as on SQLite, and the
    // lost-server banner (which stops a cluster of its own).
    {
      name: 'postgres',
      testMatch: [
        'counter.spec.ts',
        'workbench.spec.ts',
        'dashboard.spec.ts',
        'startClean.spec.ts',
        'correctWalkout.spec.ts',
        'undoOutcome.spec.ts',
        'reminders.spec.ts',
        ...STORE_SERVER_ONLY,
      ],
    },
  ],
  use: {
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    launchOptions: {
      executablePath: chromium?.path,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
