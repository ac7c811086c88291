/** "测试连接 / Test connection": which of the three usual mistakes it is, in words. */
import type { Me } from '../../../shared/api/auth';
import { ApiClient, type Fetch, type ServerConfig } from './api';
import { errorInfo, errors, SyncError, type SyncErrorInfo } from './errors';

export type ConnectionResult = { ok: true; me: Me; serverUrl: string } | { ok: false; error: SyncErrorInfo };

export async function testConnection(cfg: ServerConfig, fetchImpl?: Fetch): Promise<ConnectionResult> {
  try {
    if (!cfg.serverUrl.trim()) throw errors.badUrl('');
    if (!cfg.token.trim()) throw new SyncError('unauthorized', { zh: '请填写令牌', en: 'Enter a token' });
    const api = new ApiClient(cfg, fetchImpl, 10_000);
    // Health first and without the token: "not our server" and "bad token" are different fixes.
    const health = await api.health();
    if (!health.ok) throw errors.notNianbao(api.origin, 'health not ok');
    const me = await api.me();
    return { ok: true, me, serverUrl: api.origin };
  } catch (e) {
    return { ok: false, error: errorInfo(e) };
  }
}
