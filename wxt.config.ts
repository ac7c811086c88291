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
    // The keyboard twin of the 剪藏数字 context menu item (extension/lib/background/clip.ts).
    commands: {
      'clip-selection': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandClip__' },
    },
  }),
});
