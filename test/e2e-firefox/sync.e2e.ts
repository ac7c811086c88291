// Sync in Firefox, two profiles as two devices: the steps Chromium runs too (scenarios/sync.ts), and
// the data-collection permission only Firefox has.
import { expect } from 'vitest';
import { syncScenarios } from '../e2e/scenarios/sync';
import { launchFirefoxDriver } from './support/firefox-driver';

syncScenarios(launchFirefoxDriver, {
  // Connecting asked Firefox for the optional data collection the manifest declares (granted here
  // without a prompt by the test profile's extensions.webextOptionalPermissionPrompts=false).
  async afterConnect(d) {
    const granted = await d.inExtensionPage((api) => api.permissions.getAll() as Promise<{ data_collection?: string[] }>);
    expect([...(granted.data_collection ?? [])].sort()).toEqual(['websiteActivity', 'websiteContent']);
  },
});
