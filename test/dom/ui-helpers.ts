/**
 * Component-test helpers for the panel and library: the real zh_CN / en messages (parsed from
 * extension/locales/*.yml the way the build does), mounting, events, and waiting for async work.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { forceMessages } from '../../extension/lib/i18n';

export async function useLocale(lang: 'zh_CN' | 'en'): Promise<void> {
  const messages = await parseMessagesFile(`extension/locales/${lang}.yml`);
  forceMessages(lang, generateChromeMessages(messages) as Record<string, { message: string }>);
}

let root: HTMLElement | null = null;
export function mount(node: ComponentChild): HTMLElement {
  unmount();
  root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(node, root!));
  return root;
}
export function unmount() {
  if (!root) return;
  render(null, root);
  root.remove();
  root = null;
}

/** Let promises, store transactions and re-renders run. */
export async function settle(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 2));
    });
  }
}

export async function until(fn: () => boolean, what: string, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await settle(1);
  }
}

export async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}

export async function type(el: Element | null | undefined, value: string, event: 'input' | 'change' = 'input') {
  if (!el) throw new Error('no field');
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}

export const all = (root: Element | Document, sel: string) => [...root.querySelectorAll(sel)] as HTMLElement[];
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
