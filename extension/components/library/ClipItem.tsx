/** One clip in the library: what it says and where from; edit in place; delete (undo comes from the toast). */
import { useState } from 'preact/hooks';
import type { Clip, Report } from '../../../shared/api/records';
import { INDICATORS } from '../../../shared/catalog/index';
import { indicatorName, t } from '../../lib/i18n';
import type { ClipPatch } from '../../lib/store/api';
import { formatNumber } from '../compare/model';
import { quoteText } from '../report/IndicatorItem';
import { formOf, patchOf, type ClipForm } from './model';

export interface ClipItemProps {
  clip: Clip;
  report?: Report;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onSave: (patch: ClipPatch) => Promise<unknown>;
  onDelete: () => void;
}

/** Only web addresses become links: a javascript: URL from a synced record must not run. */
export function SafeLink({ url, children }: { url: string; children: preact.ComponentChildren }) {
  return /^https?:\/\//i.test(url) ? <a href={url} target="_blank" rel="noopener noreferrer">{children}</a> : <span>{children}</span>;
}

function EditForm({ clip, onSave, onDone }: { clip: Clip; onSave: (p: ClipPatch) => Promise<unknown>; onDone: () => void }) {
  const [form, setForm] = useState<ClipForm>(() => formOf(clip));
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof ClipForm) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (e: Event) => {
    e.preventDefault();
    const r = patchOf(form);
    if ('error' in r) return setError(r.error === 'value' ? t('library.badValue') : `${t('library.year')}: 1900–2200`);
    try {
      await onSave(r.patch);
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form class="nb-edit" onSubmit={submit} data-testid="edit-form">
      <label class="wide">{t('library.label')}<input class="nb-input" name="label" value={form.label} onInput={set('label')} /></label>
      <label class="wide">{t('library.indicator')}
        <select class="nb-select" name="indicatorId" value={form.indicatorId} onChange={set('indicatorId')}>
          <option value="">{t('library.noIndicator')}</option>
          {INDICATORS.map((e) => <option key={e.id} value={e.id}>{indicatorName(e.id)}</option>)}
        </select>
      </label>
      <label>{t('library.value')}<input class="nb-input" name="value" inputMode="decimal" value={form.value} onInput={set('value')} /></label>
      <label>{t('library.unit')}<input class="nb-input" name="unit" value={form.unit} onInput={set('unit')} /></label>
      <label>{t('library.year')}<input class="nb-input" name="year" inputMode="numeric" value={form.year} onInput={set('year')} /></label>
      <label>{t('library.tags')}<input class="nb-input" name="tags" value={form.tags} onInput={set('tags')} /></label>
      <label class="wide">{t('library.note')}<textarea class="nb-input" name="note" value={form.note} onInput={set('note')} /></label>
      {error && <div class="wide nb-live bad" role="alert">{error}</div>}
      <div class="row">
        <button type="submit" class="nb-btn primary small" data-testid="save">{t('library.save')}</button>
        <button type="button" class="nb-btn small" onClick={onDone}>{t('library.cancel')}</button>
      </div>
    </form>
  );
}

export function ClipItem({ clip, report, selected, onSelect, onSave, onDelete }: ClipItemProps) {
  const [editing, setEditing] = useState(false);
  const name = clip.label || indicatorName(clip.indicatorId) || clip.quote.slice(0, 30);
  const where = [report?.region, report?.title ?? clip.pageTitle].filter(Boolean).join(' · ');
  return (
    <li class="nb-item" data-testid="clip-item" data-id={clip.id}>
      <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} aria-label={`${t('library.select')} ${name}`} />
      <div class="nb-item-body">
        <div class="nb-item-title">
          <span class="name">{name}</span>
          {clip.value !== null && <span class="nb-ind-value">{formatNumber(clip.value)}<span class="nb-unit">{clip.unit ?? ''}</span></span>}
          {clip.year !== null && <span class="nb-year">{clip.year}</span>}
        </div>
        <div class="nb-item-sub">
          {clip.indicatorId && clip.label !== indicatorName(clip.indicatorId) && <span>{indicatorName(clip.indicatorId)} · </span>}
          <SafeLink url={clip.url}>{where || clip.url}</SafeLink>
        </div>
        <blockquote class="nb-quote" title={clip.quote}>{quoteText(clip.quote)}</blockquote>
        {clip.note && <div class="nb-note">{clip.note}</div>}
        {clip.tags.length > 0 && <div class="nb-tags">{clip.tags.map((g) => <span class="nb-tag" key={g}>{g}</span>)}</div>}
        {editing ? (
          <EditForm clip={clip} onSave={onSave} onDone={() => setEditing(false)} />
        ) : (
          <div class="nb-item-actions">
            <button type="button" class="nb-btn quiet small" onClick={() => setEditing(true)} data-testid="edit">{t('library.edit')}</button>
            <button type="button" class="nb-btn quiet small danger" onClick={onDelete} data-testid="delete">{t('library.delete')}</button>
          </div>
        )}
      </div>
    </li>
  );
}
