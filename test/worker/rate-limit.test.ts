import { describe, expect, it } from 'vitest';
import { ADMIN, call, newWorkspace } from './helpers';

const asIp = (ip: string, token: string | null) => ({ token, headers: { 'cf-connecting-ip': ip } });

describe('rate limits', () => {
  it('the real admin token still works after 330 wrong ones from the same address', async () => {
    let limited = 0;
    for (let i = 0; i < 330; i++) {
      const r = await call('POST', '/admin/workspaces', { ...asIp('10.0.0.1', `wrong-${i}`), body: { name: 'x' } });
      if (r.status === 429) limited++;
      else expect(r.status).toBe(401);
    }
    expect(limited).toBeGreaterThan(0);
    const ok = await call('POST', '/admin/workspaces', { ...asIp('10.0.0.1', ADMIN), body: { name: 'real' } });
    expect(ok.status).toBe(201);
  }, 30_000);

  it('wrong member tokens from one address are limited (429 with Retry-After); another address is not', async () => {
    let limited: Awaited<ReturnType<typeof call>> | null = null;
    for (let i = 0; i < 200 && !limited; i++) {
      const r = await call('GET', '/me', asIp('10.0.0.2', `nb_wrong${i}`));
      if (r.status === 429) limited = r;
      else expect(r.status).toBe(401);
    }
    expect(limited).not.toBeNull();
    expect(limited!.body.error.code).toBe('rate_limited');
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await call('GET', '/me', asIp('10.0.0.3', 'nb_wrong'))).status).toBe(401);
  });

  it('a valid token is limited on its own, and other tokens go on', async () => {
    const { token } = await newWorkspace();
    let limited: Awaited<ReturnType<typeof call>> | null = null;
    let ok = 0;
    // 1,300 requests inside one minute cross at most one window boundary, so one window sees > 600.
    for (let i = 0; i < 1300 && !limited; i++) {
      const r = await call('GET', '/me', asIp('10.0.0.4', token));
      if (r.status === 429) limited = r;
      else if (r.status === 200) ok++;
    }
    expect(limited).not.toBeNull();
    expect(ok).toBeGreaterThanOrEqual(100);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const other = await newWorkspace();
    expect((await call('GET', '/me', asIp('10.0.0.4', other.token))).status).toBe(200);
  }, 60_000);
});
