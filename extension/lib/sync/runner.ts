/**
 * The background's sync loop: one run at a time, a periodic alarm, a debounced run soon after each local
 * change, exponential backoff with jitter after a failure. The outbox lives in IndexedDB, so a browser
 * restart loses nothing: the first run after start picks it up.
 */
import { browser } from 'wxt/browser';
import { ApiClient } from './api';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffOptions } from './backoff';
import { syncOnce } from './engine';
import { errorInfo, errors, SyncError } from './errors';
import { isSyncMessage, type SyncMessage } from './messages';
import { isConfigured, syncSettings } from './settings';
import { EMPTY_STATUS, MAX_CONFLICTS, syncConflicts, syncStatus, type SyncStatus } from './status';
import type { SyncStore } from './types';

export const PERIOD_ALARM = 'nianbao-sync';
export const RETRY_ALARM = 'nianbao-sync-retry';
const PERIOD_MINUTES = 5;
const CHANGE_DEBOUNCE_MS = 2_000;
// Chrome fires alarms no sooner than 30 s; shorter retries use a timer, the alarm is the safety net
// when the service worker was stopped in between.
const ALARM_MIN_MS = 30_000;
/** No run at a service-worker start when the last one is more recent than this and nothing waits. */
const STARTUP_QUIET_MS = 60_000;

export interface RunnerDeps {
  store: () => Promise<SyncStore> | SyncStore;
  now?: () => number;
  /** Default DEFAULT_BACKOFF (2 s doubling to 10 min); tests shorten it. */
  backoff?: BackoffOptions;
}

export class SyncRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private status: SyncStatus = EMPTY_STATUS;
  private loaded = false;

  constructor(private readonly deps: RunnerDeps) {}

  /** The status as the last service worker left it; a run it was in is over now. */
  private async load(): Promise<void> {
    if (this.loaded) return;
    this.status = { ...EMPTY_STATUS, ...(await syncStatus.getValue()), running: false };
    this.loaded = true;
  }

  /** New settings: the next failure starts the backoff from the beginning. */
  resetBackoff(): void {
    this.failures = 0;
  }

  private now() {
    return (this.deps.now ?? Date.now)();
  }

  private async save(patch: Partial<SyncStatus>): Promise<SyncStatus> {
    await this.load();
    this.status = { ...this.status, ...patch };
    await syncStatus.setValue(this.status);
    return this.status;
  }

  async currentStatus(): Promise<SyncStatus> {
    const store = await this.deps.store();
    const settings = await syncSettings.getValue();
    return this.save({ pending: await store.outboxCount(), configured: isConfigured(settings) });
  }

  /** Runs now, or once more right after the run under way; resolves when that run is over. */
  run(): Promise<SyncStatus> {
    if (this.running) {
      this.again = true;
      return this.running.then(() => this.status);
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.runOnce();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running.then(() => this.status);
  }

  /** After a local change: one run shortly, however many changes come in the meantime. */
  soon(delayMs = CHANGE_DEBOUNCE_MS): void {
    // After a failure the retry is already set, with its backoff; changes wait for it rather than
    // hammering a server that is down. "Sync now" and new settings still run at once.
    if (this.retry) return;
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = null;
      void this.run();
    }, delayMs);
  }

  private clearRetry() {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    void browser.alarms?.clear(RETRY_ALARM);
  }

  private scheduleRetry(e: unknown): number {
    this.failures++;
    const delay = e instanceof SyncError && e.retryAfter ? e.retryAfter * 1000 : backoffDelay(this.failures, this.deps.backoff ?? DEFAULT_BACKOFF);
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.run();
    }, delay);
    void browser.alarms?.create(RETRY_ALARM, { when: this.now() + Math.max(delay, ALARM_MIN_MS) });
    return this.now() + delay;
  }

  private async runOnce(): Promise<void> {
    await this.load();
    const store = await this.deps.store();
    const settings = await syncSettings.getValue();
    const configured = isConfigured(settings);
    if (!configured) {
      this.clearRetry();
      await this.save({ configured, running: false, pending: await store.outboxCount(), lastError: errors.notConfigured().toJSON(), nextRetryAt: null });
      return;
    }
    await this.save({ configured, running: true, lastAttemptAt: this.now() });
    try {
      const api = new ApiClient(settings);
      // Also checks the token up front; a different workspace than last time means its whole history.
      const me = await api.me();
      if (me.workspace.id !== this.status.workspaceId) await store.setCursor(0);
      if (me.workspace.name !== settings.workspaceName || me.workspace.id !== settings.workspaceId) {
        await syncSettings.setValue({ ...settings, workspaceId: me.workspace.id, workspaceName: me.workspace.name });
      }
      await this.save({ workspaceId: me.workspace.id, workspaceName: me.workspace.name });
      const result = await syncOnce(api, store, { now: () => this.now() });
      if (result.conflicts.length) {
        const old = await syncConflicts.getValue();
        await syncConflicts.setValue([...result.conflicts.reverse(), ...old].slice(0, MAX_CONFLICTS));
      }
      this.failures = 0;
      this.clearRetry();
      await this.save({
        running: false, lastSyncAt: this.now(), lastError: null, nextRetryAt: null, failures: 0,
        refused: result.invalid.map((x) => ({ id: x.id, error: typeof x.error === 'string' ? x.error : x.error.en })),
        pending: await store.outboxCount(),
      });
    } catch (e) {
      const nextRetryAt = this.scheduleRetry(e);
      await this.save({ running: false, lastError: errorInfo(e), nextRetryAt, failures: this.failures, pending: await store.outboxCount().catch(() => this.status.pending) });
    }
  }

  /**
   * A service worker starts many times a day (any event wakes it). Run at start only when there is
   * something to send, or the last run is a while ago: a restarted browser sends its offline work at once.
   */
  async startupRun(): Promise<void> {
    try {
      await this.load();
      const store = await this.deps.store();
      const pending = await store.outboxCount();
      const last = this.status.lastAttemptAt ?? 0;
      if (pending > 0 || this.now() - last > STARTUP_QUIET_MS) this.soon(500);
    } catch {
      this.soon(500);
    }
  }

  /** Stops the timers (tests; a real background lives as long as its worker). */
  dispose(): void {
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = null;
    this.clearRetry();
  }

  /** Answers a page's message; `true` keeps the channel open for the async answer. */
  handle(msg: SyncMessage, reply: (s: SyncStatus) => void): true {
    const answer = (p: Promise<SyncStatus>) => p.then(reply, (e) => reply({ ...this.status, lastError: errorInfo(e) }));
    switch (msg.action) {
      case 'now':
        answer(this.run());
        break;
      case 'changed':
        this.soon();
        answer(this.currentStatus());
        break;
      case 'dismissConflicts':
        answer(syncConflicts.setValue([]).then(() => this.status));
        break;
      default:
        answer(this.currentStatus());
    }
    return true;
  }
}

let runner: SyncRunner | null = null;

/**
 * Called once by the background at start: listeners, the periodic alarm, and a first run (which picks
 * up whatever the outbox kept across a restart).
 */
export function startSync(deps: RunnerDeps): SyncRunner {
  if (runner) return runner;
  const r = new SyncRunner(deps);
  runner = r;
  browser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
    if (!isSyncMessage(msg)) return undefined;
    return r.handle(msg, sendResponse as (s: SyncStatus) => void);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIOD_ALARM || alarm.name === RETRY_ALARM) void r.run();
  });
  void browser.alarms.get(PERIOD_ALARM).then((a) => {
    if (!a) void browser.alarms.create(PERIOD_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
  });
  // New settings (saved on the options page): run right away with them.
  syncSettings.watch((next, prev) => {
    if (next.serverUrl !== prev?.serverUrl || next.token !== prev?.token) {
      r.resetBackoff();
      void r.run();
    }
  });
  void r.startupRun();
  return r;
}
