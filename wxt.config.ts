import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension lives in extension/; the engine it calls lives in shared/.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Explicit imports everywhere: a reader (and tsc) sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'contextMenus', 'tabs', 'activeTab', 'scripting', 'alarms', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    // The keyboard twin of the 剪藏数字 context menu item (extension/lib/background/clip.ts). Alt+Shift+C
    // never binds in Chromium 156 (commands.getAll() shows an empty shortcut on a fresh profile); Alt+Shift+J
    // (剪 jiǎn) does. The panel's help shows whatever is bound, and says so when nothing is.
    commands: {
      'clip-selection': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandClip__' },
    },
  }),
});
