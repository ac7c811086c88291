/** The background's few words, from the locale files (zh-CN first; the browser's language decides). */
import { t } from '../i18n';

export type BackgroundWord =
  | 'extName'
  | 'clipMenuTitle'
  | 'badgeReport'
  | 'badgeTooltipReport'
  | 'badgeAttachment'
  | 'badgeTooltipAttachment'
  | 'badgeClipped'
  | 'badgeTooltipClipped'
  | 'badgeNoSelection'
  | 'badgeTooltipNoSelection'
  | 'badgeClipFailed'
  | 'badgeTooltipClipFailed';

const FALLBACK: Record<BackgroundWord, string> = {
  extName: '年报 Nianbao',
  clipMenuTitle: '剪藏数字 / Clip figure',
  badgeReport: '年报',
  badgeTooltipReport: '年报 Nianbao',
  badgeAttachment: '附件',
  badgeTooltipAttachment: '附件：本页附有质量报告文件，点击图标查看并提取',
  badgeClipped: '✓',
  badgeTooltipClipped: '已剪藏',
  badgeNoSelection: '?',
  badgeTooltipNoSelection: '请先选中文字',
  badgeClipFailed: '!',
  badgeTooltipClipFailed: '剪藏失败',
};

export function word(key: BackgroundWord): string {
  // t() answers the key itself when the messages are missing (a test without the built locales).
  const s = t(key);
  return s && s !== key ? s : FALLBACK[key];
}
