/** The sync status and conflict notices as the background last wrote them, live. */
import { useEffect, useState } from 'preact/hooks';
import { notifySyncChange } from '../../lib/sync/messages';
import { EMPTY_STATUS, syncConflicts, syncStatus, type SyncStatus } from '../../lib/sync/status';
import type { ConflictNotice } from '../../lib/sync/types';

export function useSyncStatus(): { status: SyncStatus; conflicts: ConflictNotice[] } {
  const [status, setStatus] = useState<SyncStatus>(EMPTY_STATUS);
  const [conflicts, setConflicts] = useState<ConflictNotice[]>([]);
  useEffect(() => {
    let on = true;
    void syncStatus.getValue().then((s) => on && setStatus(s));
    void syncConflicts.getValue().then((c) => on && setConflicts(c));
    const un1 = syncStatus.watch((s) => setStatus(s ?? EMPTY_STATUS));
    const un2 = syncConflicts.watch((c) => setConflicts(c ?? []));
    // A BroadcastChannel message does not wake a stopped service worker; a runtime message does. The
    // page that shows the status line is where local changes are made, so it passes them on.
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('nianbao-store');
    if (channel) {
      channel.onmessage = (e: MessageEvent) => {
        if ((e.data as { origin?: unknown } | null)?.origin === 'local') notifySyncChange();
      };
    }
    return () => {
      channel?.close();
      on = false;
      un1();
      un2();
    };
  }, []);
  return { status, conflicts };
}
