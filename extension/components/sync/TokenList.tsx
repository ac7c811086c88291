/**
 * The workspace's tokens as this token's role allows: an owner sees every token with a revoke button
 * (the server refuses the last owner token itself, 409), a member sees only its own. The server decides
 * what the list holds; this view only shows the role it was told.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Me, TokenInfo } from '../../../shared/api/auth';
import { errorInfo } from '../../lib/sync/errors';
import { t as tr } from '../../lib/i18n';
import { say } from '../../lib/sync/words';

export interface TokenSource {
  me(): Promise<Me>;
  tokens(): Promise<{ tokens: TokenInfo[] }>;
  revokeToken(id: string): Promise<unknown>;
}

const role = (r: 'owner' | 'member') => tr(r === 'owner' ? 'tokens.owner' : 'tokens.member');
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
      setS({ state: 'error', text: say(errorInfo(e)) });
    }
  }

  useEffect(() => {
    void load();
  }, [source]);

  async function revoke(t: TokenInfo) {
    setNote('');
    try {
      await source.revokeToken(t.id);
      setNote(tr('tokens.revokedNote', [t.name]));
    } catch (e) {
      setNote(say(errorInfo(e)));
    }
    await load();
  }

  if (s.state === 'loading') return <p class="hint">…</p>;
  if (s.state === 'error') return <p class="bad" data-testid="tokens-error">{s.text}</p>;
  const owner = s.me.token.role === 'owner';
  return (
    <section data-testid="token-list" data-role={s.me.token.role}>
      <p>{tr('tokens.role')} <strong data-testid="token-role">{role(s.me.token.role)}</strong></p>
      <ul>
        {s.tokens.map((t) => (
          <li key={t.id} data-token-id={t.id}>
            {t.name} · {role(t.role)} · {day(t.createdAt)}
            {t.id === s.me.token.id && <strong> ← {tr('tokens.thisDevice')}</strong>}
            {t.revokedAt !== null ? (
              <span class="hint"> · {tr('tokens.revoked')}</span>
            ) : (
              owner && <button type="button" data-revoke={t.id} onClick={() => void revoke(t)}>{tr('tokens.revoke')}</button>
            )}
          </li>
        ))}
      </ul>
      {!owner && <p class="hint">{tr('tokens.memberHint')}</p>}
      {note && <p class="hint" data-testid="tokens-note">{note}</p>}
    </section>
  );
}
