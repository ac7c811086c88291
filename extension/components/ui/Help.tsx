/**
 * The panel's help: how to clip, with the keyboard shortcut the browser really bound (commands.getAll),
 * or, when it bound none (the suggested key was taken), that there is none and where to set one.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

export const CLIP_COMMAND = 'clip-selection';
export const SUGGESTED_KEY = 'Alt+Shift+J';

/** The shortcut bound to the clip command, '' when none; null while unknown. */
export function useClipShortcut(): string | null {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    let on = true;
    void Promise.resolve(browser.commands?.getAll?.())
      .then((cmds) => on && setKey(cmds?.find((c) => c.name === CLIP_COMMAND)?.shortcut ?? ''))
      .catch(() => on && setKey(''));
    return () => {
      on = false;
    };
  }, []);
  return key;
}

export function Help() {
  const key = useClipShortcut();
  return (
    <div class="nb-help" data-testid="help" role="note">
      <p data-testid="help-shortcut" data-shortcut={key ?? ''}>
        {key ? t('help.shortcut', [key]) : key === '' ? t('help.noShortcut', [SUGGESTED_KEY]) : ''}
      </p>
      <p>{t('help.menu')}</p>
    </div>
  );
}
