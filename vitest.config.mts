import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/migrations/**/*.test.ts'],
    environment: 'node',
    // scrypt at OWASP parameters takes a few hundred ms per PIN on these machines.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
