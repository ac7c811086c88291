import { describe, expect, it } from 'vitest';
import { bridgeTarget } from '../../extension/lib/background/test-bridge';

// The Firefox test bridge opens only the extension's own pages, only for loopback http pages at its path.
describe('bridgeTarget', () => {
  const at = (page: string, origin = 'http://127.0.0.1:41234') => `${origin}/__nianbao-e2e__/open?page=${encodeURIComponent(page)}`;

  it('names the extension page a loopback bridge URL asks for, with its query', () => {
    expect(bridgeTarget(at('sidepanel.html?tab=7&lang=zh-CN'))).toBe('sidepanel.html?tab=7&lang=zh-CN');
    expect(bridgeTarget(at('library.html'))).toBe('library.html');
    expect(bridgeTarget(at('options.html', 'http://localhost:8080'))).toBe('options.html');
  });

  it('ignores other hosts, schemes, paths and pages', () => {
    expect(bridgeTarget(at('library.html', 'http://example.com'))).toBeNull();
    expect(bridgeTarget(at('library.html', 'https://127.0.0.1:41234'))).toBeNull();
    expect(bridgeTarget('http://127.0.0.1:41234/other?page=library.html')).toBeNull();
    expect(bridgeTarget(at('../background.js'))).toBeNull();
    expect(bridgeTarget(at('https://evil.example/sidepanel.html'))).toBeNull();
    expect(bridgeTarget(at('popup.html'))).toBeNull();
    expect(bridgeTarget(undefined)).toBeNull();
    expect(bridgeTarget('not a url')).toBeNull();
  });
});
