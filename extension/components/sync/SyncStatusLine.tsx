/**
 * One line under the panel: when it last synced, how many changes wait, the last error in words, and
 * the edits that lost to newer ones (until dismissed).
 */
import { useEffect, useState } from 'preact/hooks';
import { dismissConflicts, syncNow } from '../../lib/sync/messages';
import type { SyncStatus } from '../../lib/sync/status';
import type { ConflictNotice } from '../../lib/sync/types';
import { say } from '../../lib/sync/words';
import { t } from '../../lib/i18n';
import { useSyncStatus } from './useSyncStatus';

export function ago(ms: number, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60) return t('sync.justNow');
  const m = Math.round(s / 60);
  if (m < 60) return t('sync.minutesAgo', [m]);
  const h = Math.round(m / 60);
  if (h < 48) return t('sync.hoursAgo', [h]);
  return new Date(ms).toLocaleString();
}

/** "12 秒" / "3 min": how long until the next automatic retry. */
export function retryIn(at: number, now = Date.now()): string {
  const s = Math.max(1, Math.round((at - now) / 1000));
  if (s < 90) return t('sync.seconds', [s]);
  const m = Math.round(s / 60);
  return t('sync.minutes', [m]);
}

export interface SyncStatusViewProps {
  status: SyncStatus;
  conflicts: ConflictNotice[];
  onSyncNow?: () => void;
  onDismiss?: () => void;
  /** Where to set the server up (the options page). */
  onOpenOptions?: () => void;
}

/**
 * The summary's words. A run that failed after the last good one never reads 「已同步 刚刚」: the line
 * then says the sync failed (or that the browser is offline) and when it last worked.
 */
export function summaryParts(status: SyncStatus, online = typeof navigator === 'undefined' ? true : navigator.onLine !== false): string[] {
  const parts: string[] = [];
  const failedSince = !!status.lastError && (status.lastSyncAt === null || (status.lastAttemptAt ?? 0) >= status.lastSyncAt);
  if (!status.configured) parts.push(t('sync.notConfigured'));
  else if (status.running) parts.push(t('sync.running'));
  else if (!online || failedSince) {
    parts.push(!online || status.lastError?.kind === 'unreachable' ? t('sync.offline') : t('sync.failed'));
    if (status.lastSyncAt) parts.push(t('sync.lastSynced', [ago(status.lastSyncAt)]));
  } else if (status.lastSyncAt) parts.push(t('sync.synced', [ago(status.lastSyncAt)]));
  else parts.push(t('sync.never'));
  parts.push(t('sync.pending', [status.pending]));
  return parts;
}

/** Pure view, for tests and for pages that already hold the status. */
export function SyncStatusView({ status, conflicts, onSyncNow, onDismiss, onOpenOptions }: SyncStatusViewProps) {
  const [, tick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(id);
  }, []);
  const parts = summaryParts(status);
  return (
    <div class="nb-sync" data-testid="sync-status" style="font-size:12px;color:#374151;border-top:1px solid #e5e7eb;padding:4px 6px">
      <div style="display:flex;gap:6px;align-items:center;flex-wrap:wrap">
        <span data-testid="sync-summary">{parts.join(' · ')}</span>
        {status.configured && onSyncNow && (
          <button type="button" data-testid="sync-now" disabled={status.running} onClick={onSyncNow}>{t('sync.now')}</button>
        )}
        {!status.configured && onOpenOptions && (
          <button type="button" onClick={onOpenOptions}>{t('sync.setUp')}</button>
        )}
      </div>
      {status.configured && status.lastError && (
        <div role="alert" data-testid="sync-error" style="color:#b91c1c">
          {say(status.lastError)}
          {status.nextRetryAt && status.lastError.kind !== 'not_configured' && (
            <span class="nb-muted" data-testid="sync-retry">
              {t('sync.retry', [retryIn(status.nextRetryAt)])}
            </span>
          )}
        </div>
      )}
      {status.refused.length > 0 && (
        <div style="color:#92400e" title={status.refused.map((r) => `${r.id ?? '?'}: ${r.error}`).join('\n')}>
          {t('sync.refused', [status.refused.length])}
        </div>
      )}
      {conflicts.length > 0 && (
        <div data-testid="sync-conflicts" style="background:#fffbeb;padding:4px;margin-top:4px">
          <ul style="margin:0;padding-left:16px">
            {conflicts.slice(0, 5).map((c) => <li key={`${c.id}-${c.at}`}>{say(c.words)}</li>)}
          </ul>
          {conflicts.length > 5 && <div>{t('sync.moreConflicts', [conflicts.length - 5])}</div>}
          {onDismiss && <button type="button" data-testid="sync-dismiss" onClick={onDismiss}>{t('sync.dismiss')}</button>}
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
