/** 导出 / Export: the whole library or the selection, as CSV (long, wide, clips), Excel or JSON. */
import { useState } from 'preact/hooks';
import type { Clip, Report } from '../../../shared/api/records';
import { t, type MessageKey } from '../../lib/i18n';
import { saveFile } from '../compare/download';
import { buildExport, EXPORT_KINDS, hasContent, type ExportFile, type ExportKind } from './files';

export interface ExportBarProps {
  reports: Report[];
  clips: Clip[];
  /** The chosen subset; when it has anything, the bar offers to export just that. */
  selection?: { reports: Report[]; clips: Clip[] };
  /** Where the file goes (tests catch it); default: a download. */
  save?: (file: ExportFile) => void;
}

const LABEL: Record<ExportKind, MessageKey> = {
  csvLong: 'export.csvLong', csvWide: 'export.csvWide', csvClips: 'export.csvClips', xlsx: 'export.xlsx', json: 'export.json',
};

export function ExportBar({ reports, clips, selection, save }: ExportBarProps) {
  const hasSelection = !!selection && selection.reports.length + selection.clips.length > 0;
  const [scope, setScope] = useState<'all' | 'selection'>('all');
  const [status, setStatus] = useState<{ text: string; bad?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const useSelection = hasSelection && scope === 'selection';
  const input = { ...(useSelection ? selection! : { reports, clips }), allReports: reports };

  const run = async (kind: ExportKind) => {
    setBusy(true);
    try {
      const file = await buildExport(kind, input);
      (save ?? ((f: ExportFile) => saveFile(f.data, f.name, f.type)))(file);
      setStatus({ text: t('export.done', [file.name]) });
    } catch (err) {
      setStatus({ text: t('export.failed', [err instanceof Error ? err.message : String(err)]), bad: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="nb-export" aria-label={t('export.title')} data-testid="export">
      <h3>{t('export.title')}</h3>
      {hasSelection && (
        <div role="radiogroup" style="display:flex;gap:10px;flex-wrap:wrap">
          <label><input type="radio" name="nb-scope" checked={!useSelection} onChange={() => setScope('all')} /> {t('export.scopeAll')}</label>
          <label><input type="radio" name="nb-scope" checked={useSelection} onChange={() => setScope('selection')} data-testid="scope-selection" />{' '}
            {t('export.scopeSelection')} ({selection!.reports.length + selection!.clips.length})</label>
        </div>
      )}
      <div class="btns">
        {EXPORT_KINDS.map((k) => (
          <button key={k} type="button" class="nb-btn small" data-export={k} disabled={busy || !hasContent(k, input)} onClick={() => void run(k)}>
            {t(LABEL[k])}
          </button>
        ))}
      </div>
      <div class={`nb-live${status?.bad ? ' bad' : ''}`} role="status" aria-live="polite" data-testid="export-status">{status?.text ?? ''}</div>
    </section>
  );
}
