import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/test.ts', 'test/**/*.test.ts'],
    // Property tests run thousands of cases; keep them deterministic and well inside CI's time.
    testTimeout: 60_000,
  },
});
