import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension (.output/chrome-mv3) in Debian's Chromium; one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
