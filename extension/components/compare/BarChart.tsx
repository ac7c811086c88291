/**
 * Horizontal bars, one per report, regions on the vertical axis: the labels stay readable in a 360 px
 * panel whatever their number. Plain SVG with its look in attributes, so an exported file looks the same.
 */
import type { Ref } from 'preact';
import type { Bar } from './model';
import { formatNumber } from './model';

export interface BarChartProps {
  title: string;
  bars: Bar[];
  width?: number;
  svgRef?: Ref<SVGSVGElement>;
  /** Highlight one bar (the report in view). */
  highlight?: string | null;
}

const ROW = 22;
const TOP = 26;
const BOTTOM = 10;
const LABEL_W = 92;
const VALUE_W = 64;

/** Labels are cut by width, counting a CJK character as two Latin ones. */
export function fitLabel(s: string, max = 14): string {
  let w = 0;
  let out = '';
  for (const ch of s) {
    w += /[\u0000-\u00ff]/.test(ch) ? 1 : 2;
    if (w > max) return `${out}…`;
    out += ch;
  }
  return out;
}

export function BarChart({ title, bars, width = 340, svgRef, highlight }: BarChartProps) {
  const height = TOP + bars.length * ROW + BOTTOM;
  const lo = Math.min(0, ...bars.map((b) => b.value));
  const hi = Math.max(0, ...bars.map((b) => b.value));
  const span = hi - lo || 1;
  const plotW = width - LABEL_W - VALUE_W;
  const x = (v: number) => LABEL_W + ((v - lo) / span) * plotW;
  const zero = x(0);
  return (
    <svg ref={svgRef} class="nb-chart" role="img" aria-label={title} width={width} height={height}
      viewBox={`0 0 ${width} ${height}`} font-size="11" font-family="system-ui, sans-serif">
      <title>{title}</title>
      <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
      <text x="4" y="16" font-size="12" font-weight="bold" fill="#1f2937">{fitLabel(title, Math.floor((width - 8) / 6.5))}</text>
      <line x1={zero} x2={zero} y1={TOP - 4} y2={height - BOTTOM + 2} stroke="#9ca3af" stroke-width="1" />
      {bars.map((b, i) => {
        const y = TOP + i * ROW;
        const x0 = Math.min(zero, x(b.value));
        const w = Math.max(1, Math.abs(x(b.value) - zero));
        const fill = b.odd ? '#f59e0b' : b.key === highlight ? '#1d4ed8' : '#60a5fa';
        return (
          <g key={b.key} data-bar={b.key}>
            <text x={LABEL_W - 6} y={y + 14} text-anchor="end" fill="#374151">{fitLabel(b.label)}</text>
            <rect x={x0} y={y + 4} width={w} height={ROW - 8} rx="2" fill={fill}>
              <title>{`${b.label}: ${formatNumber(b.value)}${b.unit ?? ''}${b.year ? ` (${b.year})` : ''}`}</title>
            </rect>
            <text x={Math.max(x0 + w, zero) + 4} y={y + 14} fill="#111827" data-value={b.value}>
              {`${formatNumber(b.value)}${b.unit ?? ''}${b.odd ? ' ⚠' : ''}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
