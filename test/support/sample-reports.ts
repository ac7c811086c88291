/** Generated stored reports for the compare view's tests and benchmark: catalog indicators, two years. */
import type { Report } from '../../shared/api/records';
import { INDICATORS } from '../../shared/catalog/index';

const REGIONS = ['贵阳市', '江门市', '甘肃省', '江苏省', '浙江省', '广东省', '山东省', '四川省', '河南省', '湖北省',
  '福建省', '成都市', '苏州市', '宁波市', '青岛市', '武汉市', '长沙市', '郑州市', '西安市', '昆明市'];

/** `count` reports with `perReport` indicators each (this year and last year), ids stable per index. */
export function sampleReports(count: number, perReport = 60, t0 = 1_750_000_000_000): Report[] {
  return Array.from({ length: count }, (_, i) => {
    const region = REGIONS[i % REGIONS.length]!;
    const inds = INDICATORS.slice(0, Math.min(perReport, INDICATORS.length)).flatMap((e, k) => [2024, 2023].map((year) => ({
      id: e.id, year, value: Math.round((1000 + i * 37 + k * 11) * (year === 2024 ? 1.05 : 1)), unit: e.unit,
      quote: `${region}${e.nameZh}${year}年为${1000 + i * 37 + k * 11}${e.unit}`,
    })));
    return {
      id: `10000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      url: `https://jyt.example.gov.cn/report/${i + 1}.html`,
      title: `${region}2024年职业教育质量年度报告`,
      region, regionLevel: region.endsWith('省') ? 'province' : 'city', province: null, year: 2024, level: 'secondary',
      publisher: `${region}教育局`, publishedAt: '2024-12-30',
      indicators: inds, createdAt: t0 + i, updatedAt: t0 + i, deletedAt: null,
    } satisfies Report;
  });
}
