/**
 * One line under the panel: when it last synced, how many changes wait, the last error in words, and
 * the edits that lost to newer ones (until dismissed).
 */
import { useEffect, useState } from 'preact/hooks';
import { dismissConflicts, syncNow } from '../../lib/sync/messages';
import type { SyncStatus } from '../../lib/sync/status';
import type { ConflictNotice } from '../../lib/sync/types';
import { say } from '../../lib/sync/words';
import { t } from '../compare/text';
import { useSyncStatus } from './useSyncStatus';

export function ago(ms: number, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60) return t('刚刚', 'just now');
  const m = Math.round(s / 60);
  if (m < 60) return t(`${m} 分钟前`, `${m} min ago`);
  const h = Math.round(m / 60);
  if (h < 48) return t(`${h} 小时前`, `${h} h ago`);
  return new Date(ms).toLocaleString();
}

/** "12 秒" / "3 min": how long until the next automatic retry. */
export function retryIn(at: number, now = Date.now()): string {
  const s = Math.max(1, Math.round((at - now) / 1000));
  if (s < 90) return t(`${s} 秒`, `${s} s`);
  const m = Math.round(s / 60);
  return t(`${m} 分钟`, `${m} min`);
}

export interface SyncStatusViewProps {
  status: SyncStatus;
  conflicts: ConflictNotice[];
  onSyncNow?: () => void;
  onDismiss?: () => void;
  /** Where to set the server up (the options page). */
  onOpenOptions?: () => void;
}

/** Pure view, for tests and for pages that already hold the status. */
export function SyncStatusView({ status, conflicts, onSyncNow, onDismiss, onOpenOptions }: SyncStatusViewProps) {
  const [, tick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(id);
  }, []);
  const parts: string[] = [];
  if (!status.configured) parts.push(t('未连接同步服务器', 'Not connected to a sync server'));
  else if (status.running) parts.push(t('正在同步…', 'Syncing…'));
  else if (status.lastSyncAt) parts.push(t(`已同步 ${ago(status.lastSyncAt)}`, `Synced ${ago(status.lastSyncAt)}`));
  else parts.push(t('尚未同步', 'Not synced yet'));
  parts.push(t(`待上传 ${status.pending}`, `${status.pending} pending`));
  return (
    <div class="nb-sync" data-testid="sync-status" style="font-size:12px;color:#374151;border-top:1px solid #e5e7eb;padding:4px 6px">
      <div style="display:flex;gap:6px;align-items:center;flex-wrap:wrap">
        <span data-testid="sync-summary">{parts.join(' · ')}</span>
        {status.configured && onSyncNow && (
          <button type="button" data-testid="sync-now" disabled={status.running} onClick={onSyncNow}>{t('立即同步', 'Sync now')}</button>
        )}
        {!status.configured && onOpenOptions && (
          <button type="button" onClick={onOpenOptions}>{t('设置', 'Set up')}</button>
        )}
      </div>
      {status.configured && status.lastError && (
        <div role="alert" data-testid="sync-error" style="color:#b91c1c">
          {say(status.lastError)}
          {status.nextRetryAt && status.lastError.kind !== 'not_configured' && (
            <span class="nb-muted" data-testid="sync-retry">
              {t(`（${retryIn(status.nextRetryAt)}后自动重试）`, ` (retrying in ${retryIn(status.nextRetryAt)})`)}
            </span>
          )}
        </div>
      )}
      {status.refused.length > 0 && (
        <div style="color:#92400e" title={status.refused.map((r) => `${r.id ?? '?'}: ${r.error}`).join('\n')}>
          {t(`${status.refused.length} 条修改被服务器拒收`, `${status.refused.length} changes refused by the server`)}
        </div>
      )}
      {conflicts.length > 0 && (
        <div data-testid="sync-conflicts" style="background:#fffbeb;padding:4px;margin-top:4px">
          <ul style="margin:0;padding-left:16px">
            {conflicts.slice(0, 5).map((c) => <li key={`${c.id}-${c.at}`}>{say(c.words)}</li>)}
          </ul>
          {conflicts.length > 5 && <div>{t(`另有 ${conflicts.length - 5} 条`, `${conflicts.length - 5} more`)}</div>}
          {onDismiss && <button type="button" data-testid="sync-dismiss" onClick={onDismiss}>{t('知道了', 'Dismiss')}</button>}
        </div>
      )}
    </div>
  );
}

/** Live: reads the status the background keeps, asks it to sync on demand. */
export function SyncStatusLine({ onOpenOptions }: { onOpenOptions?: () => void }) {
  const { status, conflicts } = useSyncStatus();
  return (
    <SyncStatusView status={status} conflicts={conflicts} onOpenOptions={onOpenOptions}
      onSyncNow={() => void syncNow().catch(() => undefined)} onDismiss={() => void dismissConflicts().catch(() => undefined)} />
  );
}
