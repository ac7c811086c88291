import { defineConfig } from 'vitest/config';

// Browser tests in Debian's Firefox ESR against the Firefox build (.output/firefox-mv2), one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 150_000,
    fileParallelism: false,
  },
});
