/** A row of view buttons (tab semantics: arrow keys move between them, Enter/Space pick). */
import type { TargetedKeyboardEvent } from 'preact';

export interface TabsProps<K extends string> {
  label: string;
  items: { key: K; label: string }[];
  value: K;
  onChange: (key: K) => void;
}

export function Tabs<K extends string>({ label, items, value, onChange }: TabsProps<K>) {
  const onKey = (e: TargetedKeyboardEvent<HTMLButtonElement>, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = items[(i + step + items.length) % items.length]!;
    onChange(next.key);
    const sib = (e.currentTarget.parentElement?.children[(i + step + items.length) % items.length] as HTMLElement | undefined);
    sib?.focus();
  };
  return (
    <div class="nb-tabs" role="tablist" aria-label={label}>
      {items.map((it, i) => (
        <button key={it.key} type="button" role="tab" aria-selected={it.key === value} tabIndex={it.key === value ? 0 : -1}
          data-view={it.key} onClick={() => onChange(it.key)} onKeyDown={(e) => onKey(e, i)}>
          {it.label}
        </button>
      ))}
    </div>
  );
}
