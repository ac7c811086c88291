/**
 * The page reader, injected on demand into a tab's isolated world (see extension/lib/page/load.ts): the
 * heavy half of the page side, kept out of the content script that runs on every page.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPageReader } from '../lib/page/load';
import { createPageReader } from '../lib/page/reader';

export default defineUnlistedScript(() => {
  registerPageReader(createPageReader);
});
