/** What can go wrong talking to the server, each kind with words a researcher can act on. */
import type { Words } from './words';

export type SyncErrorKind =
  | 'not_configured' // no server URL or token yet
  | 'bad_url' // the URL cannot be a server address
  | 'unreachable' // no answer at all (offline, server down, wrong port)
  | 'unauthorized' // 401: token wrong or revoked
  | 'not_nianbao' // something answered, but not this API
  | 'rate_limited' // 429
  | 'too_large' // 413
  | 'bad_request' // 400 the client should not have sent
  | 'server'; // 5xx

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    readonly words: Words,
    readonly status?: number,
    /** Seconds the server asked us to wait (429). */
    readonly retryAfter?: number,
  ) {
    super(`${kind}: ${words.en}`);
    this.name = 'SyncError';
  }

  /** A plain object for chrome.storage and messages (Error instances do not survive either). */
  toJSON(): SyncErrorInfo {
    return { kind: this.kind, zh: this.words.zh, en: this.words.en, status: this.status ?? null };
  }
}

export interface SyncErrorInfo extends Words {
  kind: SyncErrorKind | 'unknown';
  status: number | null;
}

export const errors = {
  notConfigured: () =>
    new SyncError('not_configured', { zh: '尚未设置服务器地址和令牌', en: 'No server URL and token set yet' }),
  badUrl: (url: string) =>
    new SyncError('bad_url', { zh: `服务器地址无效：${url || '（空）'}`, en: `Not a valid server URL: ${url || '(empty)'}` }),
  unreachable: (origin: string) =>
    new SyncError('unreachable', {
      zh: `无法连接服务器 ${origin}：请检查网络、地址和端口，以及服务器是否在运行`,
      en: `Cannot reach the server at ${origin}: check the network, the address and port, and that the server is running`,
    }),
  unauthorized: () =>
    new SyncError('unauthorized', {
      zh: '令牌无效或已被撤销：请向工作区成员索取新令牌',
      en: 'The token is wrong or has been revoked: ask a member of the workspace for a new one',
    }, 401),
  notNianbao: (origin: string, detail: string) =>
    new SyncError('not_nianbao', {
      zh: `${origin} 有应答，但不是年报同步服务器（${detail}）`,
      en: `${origin} answered, but it is not a Nianbao sync server (${detail})`,
    }),
  rateLimited: (seconds: number) =>
    new SyncError('rate_limited', { zh: `请求过于频繁，${seconds} 秒后重试`, en: `Too many requests; retrying in ${seconds} s` }, 429, seconds),
  tooLarge: (what: string) =>
    new SyncError('too_large', { zh: `数据过大，服务器拒收：${what}`, en: `Too large for the server: ${what}` }, 413),
  badRequest: (message: string) =>
    new SyncError('bad_request', { zh: `服务器拒绝了请求：${message}`, en: `The server refused the request: ${message}` }, 400),
  server: (status: number) =>
    new SyncError('server', { zh: `服务器出错（${status}），稍后自动重试`, en: `Server error (${status}); will retry`, }, status),
};

/** Anything thrown during a run, as stored status. */
export function errorInfo(e: unknown): SyncErrorInfo {
  if (e instanceof SyncError) return e.toJSON();
  const msg = e instanceof Error ? e.message : String(e);
  return { kind: 'unknown', zh: `同步出错：${msg}`, en: `Sync failed: ${msg}`, status: null };
}
