/**
 * Change notices between extension pages: the panel, the library page, the options page and the
 * background each open the store, and each must hear what the others changed. A BroadcastChannel does
 * not deliver to its own sender, so listeners in the same page are called directly as well.
 */
import type { StoreChange } from './api';

export const CHANNEL_NAME = 'nianbao-store';

export class ChangeHub {
  private listeners = new Set<(c: StoreChange) => void>();
  private channel: BroadcastChannel | null = null;

  constructor(private channelName = CHANNEL_NAME) {}

  private open(): BroadcastChannel | null {
    if (this.channel || typeof BroadcastChannel === 'undefined') return this.channel;
    this.channel = new BroadcastChannel(this.channelName);
    this.channel.onmessage = (ev: MessageEvent) => {
      const c = ev.data as StoreChange;
      if (c && (c.kind === 'report' || c.kind === 'clip') && Array.isArray(c.ids)) this.deliver(c);
    };
    return this.channel;
  }

  private deliver(c: StoreChange) {
    for (const l of [...this.listeners]) {
      try {
        l(c);
      } catch (err) {
        // One broken listener must not keep the others from hearing.
        console.error('nianbao store listener failed', err);
      }
    }
  }

  emit(c: StoreChange) {
    if (!c.ids.length) return;
    this.deliver(c);
    this.open()?.postMessage(c);
  }

  subscribe(listener: (c: StoreChange) => void): () => void {
    this.open();
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size && this.channel) {
        this.channel.close();
        this.channel = null;
      }
    };
  }

  close() {
    this.listeners.clear();
    this.channel?.close();
    this.channel = null;
  }
}
