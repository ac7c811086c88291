import { render } from 'preact';
import '../../components/ui/theme.css';
import { mark } from '../../lib/perf/marks';
import { applyLangParam, htmlLang } from '../../lib/i18n';
import { libraryStore } from '../../lib/store/index';
import { SidePanelApp } from './SidePanelApp';
import { pinnedTabFromUrl } from './useFollowedTab';

mark('nianbao:panel:start');
void applyLangParam().then(() => {
  document.documentElement.lang = htmlLang();
  render(<SidePanelApp store={libraryStore()} pinnedTab={pinnedTabFromUrl()} />, document.getElementById('app')!);
});
