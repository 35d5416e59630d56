import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Compares an array form's row error with the scalar error without its row (see the file).
    setupFiles: ['test/support/setup.ts'],
    include: ['packages/*/src/**/test.ts', 'templates/src/**/test.ts', 'test/**/*.test.ts', 'addin/test/**/*.test.ts'],
    // Property tests run thousands of cases; keep them deterministic and well inside CI's time.
    testTimeout: 60_000,
    // The JSON report lets .ci/run end its log with one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]],
  },
});
