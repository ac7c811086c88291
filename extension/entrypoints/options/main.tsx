import { render } from 'preact';
import { applyLangParam, htmlLang, t } from '../../lib/i18n';
import { OptionsPage } from './OptionsPage';

void applyLangParam().then(() => {
  document.documentElement.lang = htmlLang();
  document.title = t('options.title');
  render(<OptionsPage />, document.getElementById('app')!);
});
