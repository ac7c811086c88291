/**
 * The workspace's tokens as this token's role allows: an owner sees every token with a revoke button
 * (the server refuses the last owner token itself, 409), a member sees only its own. The server decides
 * what the list holds; this view only shows the role it was told.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Me, TokenInfo } from '../../../shared/api/auth';
import { errorInfo } from '../../lib/sync/errors';
import { both } from '../../lib/sync/words';

export interface TokenSource {
  me(): Promise<Me>;
  tokens(): Promise<{ tokens: TokenInfo[] }>;
  revokeToken(id: string): Promise<unknown>;
}

const ROLE = { owner: { zh: '组长（管理全部令牌）', en: 'owner (manages all tokens)' }, member: { zh: '成员', en: 'member' } };
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type State = { state: 'loading' } | { state: 'error'; text: string } | { state: 'ready'; me: Me; tokens: TokenInfo[] };

export function TokenList({ source }: { source: TokenSource }) {
  const [s, setS] = useState<State>({ state: 'loading' });
  const [note, setNote] = useState('');

  async function load() {
    try {
      const [me, list] = await Promise.all([source.me(), source.tokens()]);
      setS({ state: 'ready', me, tokens: list.tokens });
    } catch (e) {
      setS({ state: 'error', text: both(errorInfo(e)) });
    }
  }

  useEffect(() => {
    void load();
  }, [source]);

  async function revoke(t: TokenInfo) {
    setNote('');
    try {
      await source.revokeToken(t.id);
      setNote(both({ zh: `已撤销「${t.name}」`, en: `Revoked "${t.name}"` }));
    } catch (e) {
      setNote(both(errorInfo(e)));
    }
    await load();
  }

  if (s.state === 'loading') return <p class="hint">…</p>;
  if (s.state === 'error') return <p class="bad" data-testid="tokens-error">{s.text}</p>;
  const owner = s.me.token.role === 'owner';
  return (
    <section data-testid="token-list" data-role={s.me.token.role}>
      <p>本令牌角色 / This token's role: <strong data-testid="token-role">{both(ROLE[s.me.token.role])}</strong></p>
      <ul>
        {s.tokens.map((t) => (
          <li key={t.id} data-token-id={t.id}>
            {t.name} · {both(ROLE[t.role])} · {day(t.createdAt)}
            {t.id === s.me.token.id && <strong> ← 本机 / this device</strong>}
            {t.revokedAt !== null ? (
              <span class="hint"> · 已撤销 / revoked</span>
            ) : (
              owner && <button type="button" data-revoke={t.id} onClick={() => void revoke(t)}>撤销 / Revoke</button>
            )}
          </li>
        ))}
      </ul>
      {!owner && <p class="hint">成员只能看到自己的令牌；由组长管理其他令牌。/ A member sees only its own token; an owner manages the others.</p>}
      {note && <p class="hint" data-testid="tokens-note">{note}</p>}
    </section>
  );
}
