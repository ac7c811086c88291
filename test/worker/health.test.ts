import { SELF } from 'cloudflare:test';
import { expect, it } from 'vitest';
it('health answers with D1 reachable', async () => {
  const r = await SELF.fetch('http://x/api/v1/health');
  expect(await r.json()).toEqual({ ok: true });
});
