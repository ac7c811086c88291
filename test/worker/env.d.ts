/// <reference types="@cloudflare/vitest-plugin/types" />
// The bindings the worker test project gives (wrangler.toml's DB, vitest.config.ts's extras).
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    ADMIN_TOKEN: string;
    TEST_MIGRATIONS: import('@cloudflare/vitest-plugin').D1Migration[];
  }
}
