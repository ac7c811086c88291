/** The options page's token list: an owner sees every token with revoke buttons, a member only its own. */
import '../support/fake-chrome';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useLocale } from '../dom/ui-helpers';
import type { Me, TokenInfo } from '../../shared/api/auth';
import { TokenList, type TokenSource } from '../../extension/components/sync/TokenList';

beforeAll(() => useLocale('zh_CN'));

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

const tok = (id: string, role: 'owner' | 'member', revokedAt: number | null = null): TokenInfo =>
  ({ id, name: `name-${id}`, userId: `u-${id}`, role, createdAt: 1_700_000_000_000, revokedAt });
const me = (id: string, role: 'owner' | 'member'): Me => ({
  user: { id: 'u', name: 'n', createdAt: 0 }, workspace: { id: 'w', name: '组', createdAt: 0 }, token: { id, role },
});

/** What the server answers for each role (it filters the list; see test/worker/roles.test.ts). */
function source(role: 'owner' | 'member'): TokenSource & { revoked: string[] } {
  const all = [tok('a', 'owner'), tok('b', 'member'), tok('c', 'member', 5)];
  const revoked: string[] = [];
  return {
    revoked,
    me: async () => me(role === 'owner' ? 'a' : 'b', role),
    tokens: async () => ({ tokens: (role === 'owner' ? all : [all[1]!]).map((t) => (revoked.includes(t.id) ? { ...t, revokedAt: 9 } : t)) }),
    revokeToken: async (id) => void revoked.push(id),
  };
}

async function mount(src: TokenSource) {
  root = document.createElement('div');
  document.body.appendChild(root);
  await act(async () => render(<TokenList source={src} />, root!));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return root;
}

describe('TokenList', () => {
  it('an owner sees all tokens and can revoke the live ones', async () => {
    const src = source('owner');
    const el = await mount(src);
    expect(el.querySelector('[data-testid=token-list]')?.getAttribute('data-role')).toBe('owner');
    expect([...el.querySelectorAll('li')].map((li) => li.getAttribute('data-token-id'))).toEqual(['a', 'b', 'c']);
    expect([...el.querySelectorAll('[data-revoke]')].map((b) => b.getAttribute('data-revoke'))).toEqual(['a', 'b']);
    await act(async () => (el.querySelector('[data-revoke=b]') as HTMLButtonElement).click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(src.revoked).toEqual(['b']);
    expect(el.querySelector('[data-revoke=b]')).toBeNull();
    expect(el.querySelector('[data-testid=tokens-note]')?.textContent).toContain('name-b');
  });

  it('a member sees only its own token and no revoke buttons', async () => {
    const el = await mount(source('member'));
    expect(el.querySelector('[data-testid=token-list]')?.getAttribute('data-role')).toBe('member');
    expect([...el.querySelectorAll('li')].map((li) => li.getAttribute('data-token-id'))).toEqual(['b']);
    expect(el.querySelectorAll('[data-revoke]')).toHaveLength(0);
    expect(el.querySelector('[data-testid=token-role]')?.textContent).toContain('成员');
  });
});
