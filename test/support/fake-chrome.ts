/**
 * chrome.storage and chrome.alarms in Node for the sync runner's tests (the runner keeps its status and
 * settings there). Import it before anything that imports 'wxt/browser': that module picks
 * globalThis.chrome up when it is first evaluated. The browser itself is tested in test/e2e.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

export { fakeBrowser };
