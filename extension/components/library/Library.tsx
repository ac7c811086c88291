/**
 * 资料库 / Library: every clip and kept report, searchable and filterable, clips editable, deletes
 * undoable, export of all or a selection. Used in the side panel and as a full page (wide).
 */
import { useMemo, useState } from 'preact/hooks';
import type { Clip, Report } from '../../../shared/api/records';
import { indicatorName, t } from '../../lib/i18n';
import type { LibraryStore } from '../../lib/store/api';
import { ExportBar } from '../export/ExportBar';
import type { ExportFile } from '../export/files';
import { Tabs } from '../ui/Tabs';
import { Toast } from '../ui/Toast';
import { ClipItem } from './ClipItem';
import { EMPTY_FILTER, filterClips, filterOptions, filterReports, type LibraryFilter } from './model';
import { ReportItem } from './ReportItem';
import { StoredReport } from './StoredReport';

export interface LibraryProps {
  store: LibraryStore;
  reports: Report[];
  clips: Clip[];
  /** Offer to open the library as a full page (in the side panel). */
  onOpenWide?: () => void;
  /** Where exports go (tests); default: a download. */
  save?: (file: ExportFile) => void;
}

type Kind = 'clips' | 'reports';

function Select({ label, value, options, onChange, name }: {
  label: string; value: string; name: string; options: { value: string; label: string }[]; onChange: (v: string) => void;
}) {
  return (
    <label>{label}
      <select class="nb-select" name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('library.all')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

export function Library({ store, reports, clips, onOpenWide, save }: LibraryProps) {
  const [kind, setKind] = useState<Kind>(() => (clips.length === 0 && reports.length > 0 ? 'reports' : 'clips'));
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [toast, setToast] = useState<{ message: string; undo: () => Promise<void> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);

  const options = useMemo(() => filterOptions(reports, clips), [reports, clips]);
  const shownClips = useMemo(() => filterClips(clips, reports, filter), [clips, reports, filter]);
  const shownReports = useMemo(() => filterReports(reports, filter), [reports, filter]);
  const reportById = useMemo(() => new Map(reports.map((r) => [r.id, r])), [reports]);
  const selection = useMemo(
    () => ({ reports: reports.filter((r) => selected.has(r.id)), clips: clips.filter((c) => selected.has(c.id)) }),
    [reports, clips, selected],
  );
  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY_FILTER);
  const set = (k: keyof LibraryFilter) => (v: string) => setFilter({ ...filter, [k]: v });
  const select = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const shownIds = kind === 'clips' ? shownClips.map((c) => c.id) : shownReports.map((r) => r.id);
  const allShownSelected = shownIds.length > 0 && shownIds.every((id) => selected.has(id));

  const remove = async (what: 'clip' | 'report', id: string, name: string) => {
    try {
      if (what === 'clip') await store.deleteClip(id);
      else await store.deleteReport(id);
      setToast({
        message: t('library.deleted', [name.length > 24 ? `${name.slice(0, 24)}…` : name]),
        undo: () => (what === 'clip' ? store.restoreClip(id) : store.restoreReport(id)),
      });
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const empty = reports.length === 0 && clips.length === 0;
  const openedReport = opened ? reports.find((r) => r.id === opened && r.deletedAt === null) : undefined;
  if (openedReport) {
    return <StoredReport report={openedReport} clips={clips} store={store} onBack={() => setOpened(null)} />;
  }
  return (
    <div data-testid="library">
      <div class="nb-lib-bar">
        <Tabs label={t('library.title')} value={kind} onChange={setKind}
          items={[{ key: 'clips', label: `${t('library.clips')} ${clips.length}` }, { key: 'reports', label: `${t('library.reports')} ${reports.length}` }]} />
        {onOpenWide && <button type="button" class="nb-btn quiet small" onClick={onOpenWide} style="margin-left:auto">{t('library.openWide')} ↗</button>}
      </div>
      {empty ? (
        <p class="nb-state">{t('library.empty')}</p>
      ) : (
        <>
          <div class="nb-lib-bar">
            <input class="nb-input" type="search" placeholder={t('library.search')} aria-label={t('library.search')} value={filter.text}
              onInput={(e) => set('text')(e.currentTarget.value)} data-testid="search" />
          </div>
          <div class="nb-filters">
            <Select label={t('library.region')} name="region" value={filter.region} onChange={set('region')} options={options.regions.map((r) => ({ value: r, label: r }))} />
            <Select label={t('library.year')} name="year" value={filter.year} onChange={set('year')} options={options.years.map((y) => ({ value: String(y), label: String(y) }))} />
            <Select label={t('library.indicator')} name="indicator" value={filter.indicatorId} onChange={set('indicatorId')}
              options={options.indicators.map((id) => ({ value: id, label: indicatorName(id) }))} />
            <Select label={t('library.tag')} name="tag" value={filter.tag} onChange={set('tag')} options={options.tags.map((g) => ({ value: g, label: g }))} />
          </div>
          <div class="nb-lib-bar nb-muted" style="font-size:12px">
            <span data-testid="count">{t('library.count', [shownIds.length])}</span>
            {shownIds.length > 0 && (
              <button type="button" class="nb-btn quiet small" onClick={() => {
                const next = new Set(selected);
                for (const id of shownIds) allShownSelected ? next.delete(id) : next.add(id);
                setSelected(next);
              }}>{allShownSelected ? t('library.selectNone') : t('library.selectAll')}</button>
            )}
            {selected.size > 0 && <span>{t('library.selected', [selected.size])}</span>}
            {filtered && <button type="button" class="nb-btn quiet small" onClick={() => setFilter(EMPTY_FILTER)}>{t('library.clear')}</button>}
          </div>
          {error && <div class="nb-live bad" role="alert">{error}</div>}
          {shownIds.length === 0 && <p class="nb-muted">{t('library.noMatch')}</p>}
          {kind === 'clips' ? (
            <ul class="nb-list" data-testid="clip-list">
              {shownClips.map((c) => (
                <ClipItem key={c.id} clip={c} report={c.reportId ? reportById.get(c.reportId) : undefined} selected={selected.has(c.id)}
                  onSelect={(on) => select(c.id, on)} onSave={(p) => store.updateClip(c.id, p)}
                  onDelete={() => void remove('clip', c.id, c.label || c.quote)} />
              ))}
            </ul>
          ) : (
            <ul class="nb-list" data-testid="report-list">
              {shownReports.map((r) => (
                <ReportItem key={r.id} report={r} selected={selected.has(r.id)} onSelect={(on) => select(r.id, on)} onOpen={() => setOpened(r.id)}
                  onDelete={() => void remove('report', r.id, r.title ?? r.url)} />
              ))}
            </ul>
          )}
        </>
      )}
      <ExportBar reports={reports} clips={clips} selection={selection} save={save} />
      {toast && (
        <Toast message={toast.message} actionLabel={t('library.undo')} onClose={() => setToast(null)}
          onAction={() => void toast.undo().catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))} />
      )}
    </div>
  );
}
