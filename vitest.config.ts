import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';

const migrations = await readD1Migrations('worker/migrations');

// Three runtimes: the engine and CLI in Node, the extension's code under a DOM, the Worker in workerd
// with a real local D1. End-to-end tests in Chromium have their own config (test/e2e).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        plugins: [preact()],
        test: {
          name: 'dom',
          include: ['test/unit/**/*.test.tsx', 'test/dom/**/*.test.ts', 'test/dom/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['test/dom/setup.ts'],
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { TEST_MIGRATIONS: migrations, ADMIN_TOKEN: 'test-admin-token' } },
          }),
        ],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'], setupFiles: ['test/worker/setup.ts'] },
      },
    ],
  },
});
