/**
 * A seed report's text as a plain article page, for browser tests that need a report page before (or
 * besides) the engine-input fixtures: headings from '#', tab-separated lines as table rows, the rest as
 * paragraphs. Text is escaped: the page shows exactly the seed's characters.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function seedToHtml(text: string, title: string): string {
  const out: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    out.push(`<table border="1">${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c.trim())}</td>`).join('')}</tr>`).join('')}</table>`);
    rows = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (line.includes('\t') && line.split('\t').filter((c) => c.trim()).length >= 2) {
      rows.push(line.split('\t'));
      continue;
    }
    flush();
    if (!line.trim() || /^-{3,}$/.test(line.trim())) continue;
    const h = /^(#{1,3})\s*(.*)$/.exec(line);
    out.push(h ? `<h${h[1]!.length}>${esc(h[2]!)}</h${h[1]!.length}>` : `<p>${esc(line.trim())}</p>`);
  }
  flush();
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><article>${out.join('\n')}</article></body></html>`;
}
