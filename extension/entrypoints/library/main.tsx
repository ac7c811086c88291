/** The library as a full page, for a wide screen. */
import { render } from 'preact';
import '../../components/ui/theme.css';
import { Library } from '../../components/library/Library';
import { useLibrary } from '../../components/library/useLibrary';
import { SyncStatusLine } from '../../components/sync/SyncStatusLine';
import { browser } from 'wxt/browser';
import { applyLangParam, htmlLang, t } from '../../lib/i18n';
import { libraryStore } from '../../lib/store/index';
import type { LibraryStore } from '../../lib/store/api';

function LibraryPage({ store }: { store: LibraryStore }) {
  const { reports, clips } = useLibrary(store);
  return (
    <div class="nb-shell nb-wide">
      <header class="nb-top"><span class="nb-brand">年报 · {t('library.title')}</span></header>
      <main class="nb-main"><Library store={store} reports={reports} clips={clips} /></main>
      <footer class="nb-foot"><SyncStatusLine onOpenOptions={() => void browser.runtime.openOptionsPage()} /></footer>
    </div>
  );
}

void applyLangParam().then(() => {
  document.documentElement.lang = htmlLang();
  document.title = `年报 · ${t('library.title')}`;
  render(<LibraryPage store={libraryStore()} />, document.getElementById('app')!);
});
