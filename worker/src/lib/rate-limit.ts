/**
 * A token bucket per caller (token hash, or client address without a token), kept in memory.
 * It is per isolate: Cloudflare may run several isolates, each with its own buckets, so the limit is
 * a guard against a runaway client, not an exact quota. A group that needs an exact one can swap this
 * for Cloudflare's rate limiting binding or a Durable Object.
 */
export interface RateLimitConfig {
  burst: number;
  perSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { burst: 300, perSecond: 10 };

interface Bucket {
  tokens: number;
  at: number;
}

const buckets = new Map<string, Bucket>();
const MAX_KEYS = 10_000;

/** Takes one token; answers the seconds to wait when none is left. */
export function take(key: string, cfg: RateLimitConfig, now = Date.now()): { ok: true } | { ok: false; retryAfter: number } {
  let b = buckets.get(key);
  if (!b) {
    if (buckets.size >= MAX_KEYS) buckets.clear(); // crude, but bounded memory matters more here
    b = { tokens: cfg.burst, at: now };
    buckets.set(key, b);
  }
  b.tokens = Math.min(cfg.burst, b.tokens + ((now - b.at) / 1000) * cfg.perSecond);
  b.at = now;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return { ok: true };
  }
  return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - b.tokens) / cfg.perSecond)) };
}

export function configFrom(env: { RATE_LIMIT_BURST?: string; RATE_LIMIT_PER_SECOND?: string }): RateLimitConfig {
  const burst = Number(env.RATE_LIMIT_BURST);
  const perSecond = Number(env.RATE_LIMIT_PER_SECOND);
  return {
    burst: burst > 0 ? burst : DEFAULT_RATE_LIMIT.burst,
    perSecond: perSecond > 0 ? perSecond : DEFAULT_RATE_LIMIT.perSecond,
  };
}
