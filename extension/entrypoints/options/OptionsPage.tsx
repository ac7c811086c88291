/**
 * Options: the group's server and this person's token. "测试连接 / Test connection" says which of the
 * usual mistakes it is (unreachable, bad token, not a Nianbao server) and shows the workspace once it
 * works. In the UI's language, like every page (messages in extension/locales).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiClient, normalizeServerUrl } from '../../lib/sync/api';
import { testConnection, type ConnectionResult } from '../../lib/sync/connection';
import { say } from '../../lib/sync/words';
import { t } from '../../lib/i18n';
import { syncSettings, type SyncSettings } from '../../lib/sync/settings';
import { SyncStatusLine } from '../../components/sync/SyncStatusLine';
import { TokenList } from '../../components/sync/TokenList';
import { askSyncDataConsent } from '../../lib/firefox/data-consent';

const STYLE = `
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", sans-serif; margin: 0; color: #111827; }
main { max-width: 560px; margin: 24px auto; padding: 0 16px; }
label { display: block; margin: 12px 0 4px; font-weight: 600; }
input[type=url], input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: 6px; font: inherit; }
.row { display: flex; gap: 8px; margin-top: 12px; flex-wrap: wrap; }
.ok { color: #047857; } .bad { color: #b91c1c; } .hint { color: #6b7280; font-size: 12px; }
.result { margin-top: 12px; padding: 8px; border-radius: 4px; background: #f9fafb; }
`;

type Check = { state: 'idle' } | { state: 'testing' } | { state: 'done'; result: ConnectionResult };

export function OptionsPage() {
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [showToken, setShowToken] = useState(false);
  const [saved, setSaved] = useState<SyncSettings | null>(null);
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const [note, setNote] = useState('');

  useEffect(() => {
    void syncSettings.getValue().then((s) => {
      setSaved(s);
      setUrl(s.serverUrl);
      setToken(s.token);
    });
    return syncSettings.watch((s) => setSaved(s));
  }, []);

  // The token list follows the saved settings, once they have reached a workspace.
  const tokenSource = useMemo(() => {
    if (!saved?.token || !saved.serverUrl || !saved.workspaceId) return null;
    try {
      return new ApiClient({ serverUrl: saved.serverUrl, token: saved.token });
    } catch {
      return null;
    }
  }, [saved?.serverUrl, saved?.token, saved?.workspaceId]);

  async function save(extra: Partial<SyncSettings> = {}): Promise<boolean> {
    const serverUrl = url.trim() ? normalizeServerUrl(url) : '';
    if (serverUrl === null) {
      setNote(t('options.badUrl'));
      return false;
    }
    const changed = serverUrl !== saved?.serverUrl || token.trim() !== saved?.token;
    const next: SyncSettings = {
      serverUrl,
      token: token.trim(),
      workspaceId: changed ? null : (saved?.workspaceId ?? null),
      workspaceName: changed ? null : (saved?.workspaceName ?? null),
      ...extra,
    };
    await syncSettings.setValue(next);
    setUrl(serverUrl);
    setNote(t('options.saved'));
    return true;
  }

  async function test() {
    // Firefox: the data sync sends needs the user's consent, asked within this submit (before any await).
    const consent = askSyncDataConsent();
    setCheck({ state: 'testing' });
    setNote('');
    const result = await testConnection({ serverUrl: url, token });
    setCheck({ state: 'done', result });
    // A working connection is what people mean to keep, once they agreed to send their library there.
    if (!result.ok) return;
    if (!(await consent)) {
      setNote(t('options.noConsent'));
      return;
    }
    await save({ workspaceId: result.me.workspace.id, workspaceName: result.me.workspace.name });
  }

  async function disconnect() {
    await syncSettings.setValue({ serverUrl: url.trim() ? (normalizeServerUrl(url) ?? '') : '', token: '', workspaceId: null, workspaceName: null });
    setToken('');
    setCheck({ state: 'idle' });
    setNote(t('options.disconnected'));
  }

  return (
    <main>
      <style>{STYLE}</style>
      <h1>{t('options.title')}</h1>
      <h2>{t('options.server')}</h2>
      <p class="hint">{t('options.serverHint')}</p>
      <form onSubmit={(e) => { e.preventDefault(); void test(); }}>
        <label for="server-url">{t('options.serverUrl')}</label>
        <input id="server-url" name="serverUrl" type="text" inputMode="url" autoComplete="url" spellcheck={false}
          placeholder="http://127.0.0.1:8787" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        <label for="token">{t('options.token')}</label>
        {showToken ? (
          <input id="token" name="token" type="text" spellcheck={false} value={token} onInput={(e) => setToken((e.target as HTMLInputElement).value)} />
        ) : (
          <input id="token" name="token" type="password" value={token} onInput={(e) => setToken((e.target as HTMLInputElement).value)} />
        )}
        <label style="font-weight:normal"><input type="checkbox" checked={showToken} onChange={() => setShowToken(!showToken)} /> {t('options.showToken')}</label>
        <div class="row">
          <button type="submit" id="test-connection" disabled={check.state === 'testing'}>
            {check.state === 'testing' ? t('options.testing') : t('options.test')}
          </button>
          <button type="button" id="save" onClick={() => void save()}>{t('options.save')}</button>
          <button type="button" id="disconnect" onClick={() => void disconnect()} disabled={!saved?.token}>{t('options.disconnect')}</button>
        </div>
      </form>
      <div class="result" role="status" aria-live="polite" data-testid="connection-result">
        {check.state === 'done' && check.result.ok && (
          <span class="ok" data-ok="true">
            {t('options.connected')} <strong data-testid="workspace-name">{check.result.me.workspace.name}</strong>
            （{check.result.me.user.name}）
          </span>
        )}
        {check.state === 'done' && !check.result.ok && (
          <span class="bad" data-error-kind={check.result.error.kind}>{say(check.result.error)}</span>
        )}
        {check.state !== 'done' && saved?.workspaceName && (
          <span>{t('options.current')} <strong data-testid="workspace-name">{saved.workspaceName}</strong></span>
        )}
        {check.state !== 'done' && !saved?.workspaceName && <span class="hint">{t('options.notConnected')}</span>}
        {note && <div class="hint" data-testid="options-note">{note}</div>}
      </div>
      {tokenSource && (
        <>
          <h2>{t('options.tokens')}</h2>
          <TokenList source={tokenSource} />
        </>
      )}
      <h2>{t('options.status')}</h2>
      <SyncStatusLine />
    </main>
  );
}
