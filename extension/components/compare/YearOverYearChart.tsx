/**
 * Last year against this year for each indicator a report gives twice. Indicators have their own
 * scales (人 next to %), so each row is scaled to its own pair: the chart shows the direction and size
 * of the change, the numbers say the rest.
 */
import type { Ref } from 'preact';
import { fitLabel } from './BarChart';
import type { YearPair } from './model';
import { formatDiff, formatNumber } from './model';

export interface YearOverYearProps {
  title: string;
  pairs: YearPair[];
  width?: number;
  svgRef?: Ref<SVGSVGElement>;
}

const ROW = 40;
const TOP = 40;
const VALUE_W = 100;

/** The label column: a third of the chart, room for 6–20 CJK characters. */
export const labelWidth = (width: number) => Math.round(Math.min(240, Math.max(110, width * 0.32)));

export function YearOverYearChart({ title, pairs, width = 340, svgRef }: YearOverYearProps) {
  const height = TOP + pairs.length * ROW + 8;
  const LABEL_W = labelWidth(width);
  // fitLabel counts a CJK character as 2 units of ~5.5 px at 11 px.
  const labelUnits = Math.floor((LABEL_W - 10) / 5.6);
  const plotW = width - LABEL_W - VALUE_W;
  const years = pairs[0] ? [pairs[0].prev.year, pairs[0].cur.year] : [];
  return (
    <svg ref={svgRef} class="nb-chart" role="img" aria-label={title} width={width} height={height}
      viewBox={`0 0 ${width} ${height}`} font-size="11" font-family="system-ui, sans-serif">
      <title>{title}</title>
      <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
      <text x="4" y="16" font-size="12" font-weight="bold" fill="#1f2937">{fitLabel(title, Math.floor((width - 8) / 6.5))}</text>
      {years.length === 2 && (
        <g>
          <rect x="4" y="24" width="10" height="8" fill="#cbd5e1" />
          <text x="18" y="32" fill="#374151">{String(years[0])}</text>
          <rect x="58" y="24" width="10" height="8" fill="#2563eb" />
          <text x="72" y="32" fill="#374151">{String(years[1])}</text>
        </g>
      )}
      {pairs.map((p, i) => {
        const y = TOP + i * ROW;
        const hi = Math.max(Math.abs(p.prev.value), Math.abs(p.cur.value)) || 1;
        const w = (v: number) => Math.max(1, (Math.abs(v) / hi) * plotW);
        const up = p.change > 0;
        return (
          <g key={p.indicatorId} data-indicator={p.indicatorId}>
            <text x={LABEL_W - 6} y={y + 16} text-anchor="end" fill="#374151">{fitLabel(p.name, labelUnits)}<title>{p.name}</title></text>
            <rect x={LABEL_W} y={y + 4} width={w(p.prev.value)} height="11" fill="#cbd5e1">
              <title>{`${p.prev.year}: ${formatNumber(p.prev.value)}${p.unit}`}</title>
            </rect>
            <rect x={LABEL_W} y={y + 17} width={w(p.cur.value)} height="11" fill="#2563eb">
              <title>{`${p.cur.year}: ${formatNumber(p.cur.value)}${p.unit}`}</title>
            </rect>
            <text x={LABEL_W + plotW + 4} y={y + 13} fill="#6b7280">{`${formatNumber(p.prev.value)}${p.unit}`}</text>
            <text x={LABEL_W + plotW + 4} y={y + 26} fill="#111827">{`${formatNumber(p.cur.value)}${p.unit}`}</text>
            <text x={LABEL_W + plotW + 4} y={y + 38} font-size="10" fill={up ? '#047857' : p.change < 0 ? '#b91c1c' : '#6b7280'}>
              {formatDiff(p.change, p.ratio)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
