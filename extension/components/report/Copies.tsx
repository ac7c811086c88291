/**
 * The copies of a kept report (web page, PDF, Word) and where they disagree: which value the library took, which
 * the other copies give (the rule is in shared/library/copies.ts: majority, then page > Word > PDF).
 * Shown in 本页 under a kept report and in the library.
 */
import type { Report, SourceKind } from '../../../shared/api/records';
import { indicatorName, t, uiLang } from '../../lib/i18n';
import { formatNumber } from '../compare/model';

/** 「28所（网页）」 in Chinese, "28 (web page)" in English. */
const fromWord = (k: SourceKind) => `${uiLang() === 'zh' ? '' : ' '}${t('copies.from', [kindWord(k)])}`;
const kindWord = (k: SourceKind) => t(k === 'page' ? 'copies.page' : k === 'pdf' ? 'copies.pdf' : 'copies.docx');

export function Copies({ report }: { report: Report }) {
  const sources = report.sources ?? [];
  if (sources.length < 2) return null;
  const kindOf = new Map(sources.map((s) => [s.url, s.kind]));
  const split = report.indicators.filter((i) => i.others && i.others.length > 0);
  return (
    <div class="nb-copies" data-testid="copies">
      <p>
        {t('copies.count', [sources.length])}{' '}
        {sources.map((s, i) => (
          <span key={s.url}>
            {i > 0 ? t('copies.sep') : ''}
            <a href={s.url} target="_blank" rel="noopener noreferrer" data-testid="copy" data-kind={s.kind}>{kindWord(s.kind)}</a>
          </span>
        ))}
      </p>
      {split.length > 0 && (
        <details class="nb-disagree" data-testid="disagreements">
          <summary>⚠ {t('copies.disagree', [split.length])}</summary>
          <p class="nb-faint">{t('copies.rule')}</p>
          <ul>
            {split.map((i) => (
              <li key={`${i.id}@${i.year}`} data-testid="disagreement" data-id={i.id}>
                {indicatorName(i.id)} {i.year}{uiLang() === 'zh' ? '：' : ': '}<b>{formatNumber(i.value)}{i.unit}</b>
                {i.from && kindOf.has(i.from) ? fromWord(kindOf.get(i.from)!) : ''}
                {i.others!.map((o, k) => (
                  <span key={k}>{' · '}{formatNumber(o.value)}{i.unit}{fromWord(o.kind)}</span>
                ))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
