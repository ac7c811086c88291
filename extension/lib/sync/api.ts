/**
 * The sync server's HTTP API as the extension uses it. Every answer is checked against the shared
 * schemas, so a server that answers with something else is reported as "not a Nianbao server" rather
 * than corrupting the local store.
 */
import type { z } from 'zod';
import { Health, Me, RevokeTokenResponse, Tokens } from '../../../shared/api/auth';
import { ErrorBody } from '../../../shared/api/errors';
import {
  PULL_MAX_LIMIT, SyncPullResponse, SyncPushResponse, type SyncChangeInput,
} from '../../../shared/api/sync';
import { errors, SyncError } from './errors';

export interface ServerConfig {
  serverUrl: string;
  token: string;
}

/**
 * What people paste: "127.0.0.1:8787", "http://host/", "https://host/api/v1". Answers the origin plus
 * any path prefix, without the API's own /api/v1 and without a trailing slash; null when hopeless.
 */
export function normalizeServerUrl(input: string): string | null {
  let s = input.trim();
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = `${/^(localhost|127\.|\[::1\])/i.test(s) ? 'http' : 'https'}://${s}`;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.username || u.password) return null;
  const path = u.pathname.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  return `${u.origin}${path}`;
}

export type Fetch = typeof fetch;

export class ApiClient {
  readonly base: string;
  readonly origin: string;

  constructor(
    cfg: ServerConfig,
    private readonly fetchImpl: Fetch = (...a) => fetch(...a),
    private readonly timeoutMs = 30_000,
  ) {
    const url = normalizeServerUrl(cfg.serverUrl);
    if (!url) throw errors.badUrl(cfg.serverUrl);
    this.origin = url;
    this.base = `${url}/api/v1`;
    this.token = cfg.token.trim();
  }

  private readonly token: string;

  /** One request; network failures, error bodies and unexpected shapes become SyncErrors. */
  private async request<T extends z.ZodType>(schema: T, path: string, init: RequestInit = {}, auth = true): Promise<z.infer<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (auth) headers.authorization = `Bearer ${this.token}`;
    if (init.body) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.base}${path}`, {
        ...init, headers, signal: AbortSignal.timeout(this.timeoutMs), credentials: 'omit', cache: 'no-store',
      });
    } catch {
      throw errors.unreachable(this.origin);
    }
    const text = await res.text().catch(() => '');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!res.ok) {
      const err = ErrorBody.safeParse(body);
      const message = err.success ? err.data.error.message : `HTTP ${res.status}`;
      if (res.status === 401 && err.success) throw errors.unauthorized();
      if (res.status === 429) throw errors.rateLimited(Math.max(1, Number(res.headers.get('retry-after')) || 30));
      if (res.status === 413) throw errors.tooLarge(message);
      if (res.status >= 500) throw errors.server(res.status);
      // A 404 or 401 without our error shape: something else lives at this address.
      if (!err.success) throw errors.notNianbao(this.origin, `HTTP ${res.status}`);
      if (res.status === 400) throw errors.badRequest(message);
      throw new SyncError('server', { zh: `服务器应答 ${res.status}：${message}`, en: `The server answered ${res.status}: ${message}` }, res.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw errors.notNianbao(this.origin, body === undefined ? 'not JSON' : 'unexpected answer');
    return parsed.data;
  }

  health() {
    return this.request(Health, '/health', {}, false);
  }

  me() {
    return this.request(Me, '/me');
  }

  push(changes: SyncChangeInput[]) {
    return this.request(SyncPushResponse, '/sync/push', { method: 'POST', body: JSON.stringify({ changes }) });
  }

  /** An owner gets every token of the workspace, a member only its own. */
  tokens() {
    return this.request(Tokens, '/tokens');
  }

  revokeToken(id: string) {
    return this.request(RevokeTokenResponse, `/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  pull(since: number, limit = PULL_MAX_LIMIT) {
    return this.request(SyncPullResponse, `/sync/pull?since=${since}&limit=${limit}`);
  }
}
