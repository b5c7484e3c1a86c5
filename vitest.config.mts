import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/migrations/**/*.test.ts'],
    environment: 'node',
    // One throwaway PostgreSQL cluster for the run (installed when missing): the store server's engine.
    globalSetup: ['tests/support/pgGlobalSetup.ts'],
    // scrypt at OWASP parameters takes a few hundred ms per PIN on these machines.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
