import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { get, newWorkspace } from './helpers';

it('health answers with D1 reachable, without a token', async () => {
  const r = await get('/health');
  expect(r.status).toBe(200);
  expect(r.body).toEqual({ ok: true });
});

it('unknown routes are a 404 with the error shape (401 first without a token)', async () => {
  expect((await get('/nope')).status).toBe(401);
  const { token } = await newWorkspace();
  const r = await get('/nope', token);
  expect(r.status).toBe(404);
  expect(r.body.error.code).toBe('not_found');
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    SELF.fetch('http://x/api/v1/sync/push', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });

  it.each([
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    'moz-extension://0f4c1e2a-1b2c-4d3e-8f9a-0b1c2d3e4f5a',
    'http://localhost:3000',
    'http://127.0.0.1:8787',
    'http://localhost',
  ])('allows %s', async (origin) => {
    const r = await preflight(origin);
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe(origin);
    expect(r.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it.each([
    'https://evil.example.com',
    'http://localhost.evil.com',
    'https://localhost:3000',
    'chrome-extension://not-an-id',
    'null',
  ])('refuses %s', async (origin) => {
    const r = await preflight(origin);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a real request from the extension with the header, and exposes Content-Disposition', async () => {
    const { token } = await newWorkspace();
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const r = await SELF.fetch('http://x/api/v1/me', { headers: { origin, authorization: `Bearer ${token}` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe(origin);
    expect(r.headers.get('access-control-expose-headers')).toContain('Content-Disposition');
    const evil = await SELF.fetch('http://x/api/v1/me', { headers: { origin: 'https://evil.example.com', authorization: `Bearer ${token}` } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});
