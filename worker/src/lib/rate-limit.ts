/**
 * Rate limits through Cloudflare's rate-limiting binding (`[[ratelimits]]` in wrangler.toml; wrangler
 * dev and the vitest plugin run it locally). Where the binding is absent (an older deploy, a bare
 * miniflare) the same rule runs in memory, per isolate: then it is a guard, not an exact quota.
 */
export interface Limiter {
  /** Counts one hit for `key`; false once the key has used its limit for this period. */
  hit(key: string): Promise<boolean>;
  /** Seconds a client should wait after a refusal. */
  readonly retryAfter: number;
}

/** The binding's shape (the runtime's RateLimit type). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

export interface Rule {
  limit: number;
  /** Seconds: the binding accepts 10 or 60. */
  period: 10 | 60;
}

/** Keep wrangler.toml's [[ratelimits]] blocks in step: these are the fallback's copy of them. */
export const RULES = {
  /** Requests per valid token: room for a full sync of a large library, not for a runaway loop. */
  token: { limit: 600, period: 60 },
  /** Failed authentications (no, wrong or revoked token; wrong admin token) per client address. */
  authFailure: { limit: 30, period: 60 },
} as const satisfies Record<string, Rule>;

const MAX_KEYS = 10_000;

/** Fixed windows like the binding's; per isolate. */
export function memoryLimiter(rule: Rule, now: () => number = Date.now): Limiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    retryAfter: rule.period,
    async hit(key) {
      const t = now();
      let w = windows.get(key);
      if (!w || t - w.start >= rule.period * 1000) {
        // Bounded memory matters more than exactness for a per-isolate guard.
        if (!w && windows.size >= MAX_KEYS) windows.clear();
        w = { start: t, count: 0 };
        windows.set(key, w);
      }
      w.count++;
      return w.count <= rule.limit;
    },
  };
}

export function bindingLimiter(binding: RateLimitBinding, rule: Rule): Limiter {
  return {
    retryAfter: rule.period,
    async hit(key) {
      return (await binding.limit({ key })).success;
    },
  };
}

const fallbacks = new Map<keyof typeof RULES, Limiter>();

export function limiter(name: keyof typeof RULES, binding: RateLimitBinding | undefined): Limiter {
  if (binding) return bindingLimiter(binding, RULES[name]);
  let l = fallbacks.get(name);
  if (!l) fallbacks.set(name, (l = memoryLimiter(RULES[name])));
  return l;
}
