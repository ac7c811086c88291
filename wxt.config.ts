import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Firefox's add-on id. Signing needs one, storage keeps to it, and tests fix the add-on's internal UUID
 * through it (test/e2e-firefox). A group that signs its own unlisted copy on addons.mozilla.org must use
 * an id nobody has signed yet: `NIANBAO_GECKO_ID=nianbao@our-group.example npm run build:firefox`.
 */
const GECKO_ID = process.env.NIANBAO_GECKO_ID ?? 'nianbao@nianbao.dev';

// The extension lives in extension/; the engine it calls lives in shared/.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Explicit imports everywhere: a reader (and tsc) sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // WXT writes Firefox's sidebar_action from the sidepanel page, its title from the page's <title>
    // (年报 in every language): the sidebar's header and menu entry take the extension's localized name.
    'build:manifestGenerated': (_wxt, manifest) => {
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_extName__';
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'contextMenus', 'tabs', 'activeTab', 'scripting', 'alarms', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Firefox (MV2): WXT moves this into `permissions`, so it is granted at install like in Chrome (in
    // MV3 Firefox would leave it to the user). The panel fetches report PDFs from bureaus' servers with it.
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    // The keyboard twin of the 剪藏数字 context menu item (extension/lib/background/clip.ts). Alt+Shift+C
    // never binds in Chromium 156 (commands.getAll() shows an empty shortcut on a fresh profile); Alt+Shift+J
    // (剪 jiǎn) does. The panel's help shows whatever is bound, and says so when nothing is.
    commands: {
      'clip-selection': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandClip__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // data_collection_permissions (140), module workers for the PDF reader (114), scripting in MV2 (102).
          strict_min_version: '140.0',
          // Nothing leaves the browser unless the user connects a sync server of their group (options
          // page); then clips (quotes of pages) and kept reports (with their addresses) go to that server.
          data_collection_permissions: { required: ['none'], optional: ['websiteContent', 'websiteActivity'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
