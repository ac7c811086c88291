/** One kept report in the library. */
import type { Report } from '../../../shared/api/records';
import { t } from '../../lib/i18n';
import { Copies } from '../report/Copies';
import { SafeLink } from './ClipItem';

export interface ReportItemProps {
  report: Report;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onDelete: () => void;
  /** Open its indicators in the panel's view, from the stored record. */
  onOpen?: () => void;
}

export function ReportItem({ report, selected, onSelect, onDelete, onOpen }: ReportItemProps) {
  const name = report.title ?? report.region ?? report.url;
  const ids = new Set(report.indicators.map((v) => v.id)).size;
  const sub = [report.region, report.year, report.level ? t(`level.${report.level}`) : null, report.publisher].filter(Boolean).join(' · ');
  return (
    <li class="nb-item" data-testid="report-item" data-id={report.id}>
      <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} aria-label={`${t('library.select')} ${name}`} />
      <div class="nb-item-body">
        <div class="nb-item-title">
          <span class="name">{name}</span>
          <span class="nb-faint nb-num">{t('library.indicatorsOf', [ids])}</span>
        </div>
        <div class="nb-item-sub">{sub}</div>
        <Copies report={report} />
        <div class="nb-item-actions">
          {onOpen && <button type="button" class="nb-btn small primary" onClick={onOpen} data-testid="open-report">{t('stored.view')}</button>}
          <SafeLink url={report.url}><span class="nb-btn quiet small">{t('library.open')}</span></SafeLink>
          <button type="button" class="nb-btn quiet small danger" onClick={onDelete} data-testid="delete">{t('library.delete')}</button>
        </div>
      </div>
    </li>
  );
}
