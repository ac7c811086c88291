/** The add-on as Firefox registers it: a sidebar (sidebar_action) where Chromium has its side panel. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxExtension } from './support/firefox';

let ff: FirefoxExtension;

beforeAll(async () => {
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
});

describe('the add-on in Firefox', () => {
  it("registers the sidebar (sidebar_action) with the panel page and the extension's name, and no Chrome-only keys", async () => {
    const got = await ff.control(async (api) => ({
      panel: (await api.sidebarAction.getPanel({})) as string,
      title: (await api.sidebarAction.getTitle({})) as string,
      name: api.i18n.getMessage('extName') as string,
      manifest: api.runtime.getManifest(),
      persistent: (await api.runtime.getBackgroundPage()) !== null,
    }));
    expect(got.panel).toBe(ff.extensionUrl('sidepanel.html'));
    expect(got.title).toBe(got.name);
    expect(got.name.length).toBeGreaterThan(0);
    expect(got.manifest.browser_specific_settings.gecko.id).toBe(ff.geckoId);
    expect(got.manifest.permissions).toContain('<all_urls>');
    expect(got.manifest.permissions).not.toContain('sidePanel');
    expect(got.persistent).toBe(true);
  });
});
