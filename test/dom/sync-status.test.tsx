/** The sync status line: last sync, pending changes, the last error in words, and the edits that lost. */
// Before the status line's storage items are defined (they read chrome.storage at once).
import '../support/fake-chrome';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncStatusView, ago, retryIn, summaryParts } from '../../extension/components/sync/SyncStatusLine';
import { EMPTY_STATUS, type SyncStatus } from '../../extension/lib/sync/status';
import type { ConflictNotice } from '../../extension/lib/sync/types';
import { errors } from '../../extension/lib/sync/errors';
import { useLocale } from './ui-helpers';

let root: HTMLElement | null = null;
let lang = 'zh-CN';
beforeEach(async () => {
  lang = 'zh-CN';
  await useLocale('zh_CN');
  vi.spyOn(navigator, 'language', 'get').mockImplementation(() => lang);
});
afterEach(() => {
  vi.restoreAllMocks();
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(node, root!));
  return root;
}

const conflict = (name: string, at: number): ConflictNotice => ({
  at, kind: 'clip', id: `id-${name}`, name, yourUpdatedAt: at - 10, theirUpdatedAt: at - 5,
  words: { zh: `你对摘录「${name}」的修改被一次更新的修改覆盖`, en: `Your edit of clip "${name}" lost to a newer edit` },
});

describe('SyncStatusView', () => {
  it('says it is not connected and offers the settings', () => {
    const open = vi.fn();
    const el = mount(<SyncStatusView status={{ ...EMPTY_STATUS, pending: 2 }} conflicts={[]} onOpenOptions={open} onSyncNow={() => {}} />);
    expect(el.querySelector('[data-testid="sync-summary"]')!.textContent).toBe('未连接同步服务器 · 待上传 2');
    expect(el.querySelector('[data-testid="sync-now"]')).toBeNull();
    act(() => (el.querySelector('button') as HTMLButtonElement).click());
    expect(open).toHaveBeenCalledOnce();
  });

  it('shows the last sync, the pending count, the error in words and when it retries', () => {
    const now = Date.now();
    const status: SyncStatus = {
      ...EMPTY_STATUS, configured: true, lastSyncAt: now - 5 * 60_000, lastAttemptAt: now - 10_000, pending: 3,
      lastError: errors.unreachable('http://127.0.0.1:8787').toJSON(), nextRetryAt: now + 20_000, failures: 2,
    };
    const sync = vi.fn();
    const el = mount(<SyncStatusView status={status} conflicts={[]} onSyncNow={sync} />);
    // The last run failed after the sync five minutes ago: never 「已同步」 beside the error.
    expect(el.querySelector('[data-testid="sync-summary"]')!.textContent).toBe('离线 · 上次同步 5 分钟前 · 待上传 3');
    const err = el.querySelector('[data-testid="sync-error"]')!.textContent!;
    expect(err).toContain('无法连接服务器 http://127.0.0.1:8787');
    expect(err).toMatch(/（(19|20) 秒后自动重试）/);
    act(() => (el.querySelector('[data-testid="sync-now"]') as HTMLButtonElement).click());
    expect(sync).toHaveBeenCalledOnce();
  });

  it('never says 「已同步 刚刚」 beside an offline error, nor when the browser is offline', () => {
    const now = Date.now();
    const failed: SyncStatus = {
      ...EMPTY_STATUS, configured: true, lastSyncAt: now - 1_000, lastAttemptAt: now, pending: 1,
      lastError: errors.unreachable('http://127.0.0.1:8787').toJSON(), nextRetryAt: now + 20_000, failures: 1,
    };
    const el = mount(<SyncStatusView status={failed} conflicts={[]} />);
    const summary = el.querySelector('[data-testid="sync-summary"]')!.textContent!;
    expect(summary).not.toContain('已同步');
    expect(summary).toBe('离线 · 上次同步 刚刚 · 待上传 1');
    const ok: SyncStatus = { ...EMPTY_STATUS, configured: true, lastSyncAt: now, lastAttemptAt: now };
    expect(summaryParts(ok, true)[0]).toBe('已同步 刚刚');
    expect(summaryParts(ok, false)[0]).toBe('离线');
  });

  it('lists the edits that lost to newer ones until dismissed', () => {
    const dismiss = vi.fn();
    const list = Array.from({ length: 7 }, (_, i) => conflict(`摘录${i}`, 1_000 + i));
    const el = mount(<SyncStatusView status={{ ...EMPTY_STATUS, configured: true, lastSyncAt: Date.now() }} conflicts={list} onDismiss={dismiss} />);
    const items = [...el.querySelectorAll('[data-testid="sync-conflicts"] li')].map((li) => li.textContent);
    expect(items).toHaveLength(5);
    expect(items[0]).toBe('你对摘录「摘录0」的修改被一次更新的修改覆盖');
    expect(el.querySelector('[data-testid="sync-conflicts"]')!.textContent).toContain('另有 2 条');
    act(() => (el.querySelector('[data-testid="sync-dismiss"]') as HTMLButtonElement).click());
    expect(dismiss).toHaveBeenCalledOnce();
  });

  it('counts what the server refused', () => {
    const el = mount(<SyncStatusView status={{ ...EMPTY_STATUS, configured: true, refused: [{ id: 'x', error: 'quote: too long' }] }} conflicts={[]} />);
    expect(el.textContent).toContain('1 条修改被服务器拒收');
  });

  it('speaks English to an English browser', async () => {
    lang = 'en-US';
    await useLocale('en');
    const el = mount(<SyncStatusView status={{ ...EMPTY_STATUS, configured: true, pending: 1 }} conflicts={[conflict('x', 1)]} />);
    expect(el.querySelector('[data-testid="sync-summary"]')!.textContent).toBe('Not synced yet · 1 pending');
    expect(el.querySelector('[data-testid="sync-conflicts"] li')!.textContent).toBe('Your edit of clip "x" lost to a newer edit');
  });

  it('words times', () => {
    const now = 10_000_000;
    expect(ago(now - 10_000, now)).toBe('刚刚');
    expect(ago(now - 3 * 3_600_000, now)).toBe('3 小时前');
    expect(retryIn(now + 120_000, now)).toBe('2 分钟');
  });
});
