/** The library on a real IndexedDB store: filters, editing a clip, delete with undo, export bytes. */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../extension/components/library/Library';
import { useLibrary } from '../../extension/components/library/useLibrary';
import { buildExport, dateStamp, type ExportFile } from '../../extension/components/export/files';
import { IdbLibraryStore } from '../../extension/lib/store/index';
import { all, click, mount, settle, text, type, unmount, until, useLocale } from './ui-helpers';

let store: IdbLibraryStore;
let files: ExportFile[];

function LiveLibrary({ store }: { store: IdbLibraryStore }) {
  const { reports, clips } = useLibrary(store);
  return <Library store={store} reports={reports} clips={clips} save={(f) => files.push(f)} />;
}

beforeAll(() => useLocale('zh_CN'));
beforeEach(async () => {
  files = [];
  const name = `lib-${Math.random()}`;
  store = new IdbLibraryStore({ name, channel: `ch-${name}` });
  const gz = await store.keepReport({
    url: 'https://jyt.guizhou.example.cn/2024.html', title: '贵州省中职质量年度报告', region: '贵州省', province: '贵州省', year: 2024,
    indicators: [{ id: 'school_count', year: 2024, value: 180, unit: '所', quote: '学校180所', source: 'prose', confidence: 0.72 },
      { id: 'enrollment_total', year: 2024, value: 500000, unit: '人', quote: '在校生50万人', source: 'table', confidence: 0.95,
        warnings: [{ code: 'sources_disagree', params: { kept: 'table' }, message: 'sources disagree: the standard table figure is kept' }] }],
  });
  const js = await store.keepReport({
    url: 'https://jyt.jiangsu.example.cn/2023.html', title: '江苏省报告', region: '江苏省', province: '江苏省', year: 2023,
    indicators: [{ id: 'school_count', year: 2023, value: 200, unit: '所', quote: '学校200所' }],
  });
  await store.addClip({ url: gz.url, reportId: gz.id, pageTitle: gz.title!, indicatorId: 'school_count', label: '学校数', value: 180, unit: '所', year: 2024, quote: '学校180所', tags: ['核对'] });
  await store.addClip({ url: js.url, reportId: js.id, pageTitle: js.title!, indicatorId: 'enrollment_total', label: '在校生', value: 60, unit: '万人', year: 2023, quote: '在校生60万人' });
});
afterEach(async () => {
  unmount();
  await store.close();
});

const clipNames = (root: HTMLElement) => all(root, '[data-testid="clip-item"] .name').map(text).sort();

describe('Library', () => {
  it('opens a kept report in the panel\'s view from the stored record, with its warnings in Chinese and a link back', async () => {
    const root = mount(<LiveLibrary store={store} />);
    await until(() => all(root, '[data-testid="clip-item"]').length === 2, 'two clips');
    await click(root.querySelector('[role="tab"][data-view="reports"]'));
    const gz = all(root, '[data-testid="report-item"]').find((el) => text(el).includes('贵州省'))!;
    await click(gz.querySelector('[data-testid="open-report"]'));
    await until(() => !!root.querySelector('[data-testid="stored-report"]'), 'the stored view');
    const view = root.querySelector('[data-testid="stored-report"]')!;
    expect(all(view as HTMLElement, '[data-testid="indicator"]').map((e) => e.dataset.id).sort()).toEqual(['enrollment_total', 'school_count']);
    expect(text(view.querySelector('[data-testid="identity"]'))).toContain('2 项指标');
    expect(view.querySelector('[data-testid="keep"]')).toBeNull();
    const enrol = view.querySelector('[data-id="enrollment_total"]')!;
    expect(text(enrol.querySelector('[data-testid="warnings"]'))).toContain('不同出处的数字不一致，已保留表格的数字');
    expect(text(enrol)).toContain('置信度 95%');
    expect(text(view.querySelector('[data-id="school_count"]'))).toContain('正文');
    // The clip of school_count 2024 = 180 holds the shown value.
    expect(text(view.querySelector('[data-id="school_count"] [data-testid="clip"]'))).toBe('✓ 已剪藏');
    expect(view.querySelector('[data-testid="stored-open"]')!.closest('a')!.getAttribute('href')).toBe('https://jyt.guizhou.example.cn/2024.html');
    await click(view.querySelector('[data-testid="stored-back"]'));
    expect(root.querySelector('[data-testid="stored-report"]')).toBeNull();
  });

  it('lists every clip and filters by search, region, year, indicator and tag', async () => {
    const root = mount(<LiveLibrary store={store} />);
    await until(() => all(root, '[data-testid="clip-item"]').length === 2, 'two clips');
    await type(root.querySelector('select[name="region"]'), '江苏省', 'change');
    expect(clipNames(root)).toEqual(['在校生']);
    await type(root.querySelector('select[name="region"]'), '', 'change');
    await type(root.querySelector('select[name="year"]'), '2024', 'change');
    expect(clipNames(root)).toEqual(['学校数']);
    await type(root.querySelector('select[name="year"]'), '', 'change');
    await type(root.querySelector('select[name="tag"]'), '核对', 'change');
    expect(clipNames(root)).toEqual(['学校数']);
    await type(root.querySelector('select[name="tag"]'), '', 'change');
    await type(root.querySelector('select[name="indicator"]'), 'enrollment_total', 'change');
    expect(clipNames(root)).toEqual(['在校生']);
    await type(root.querySelector('select[name="indicator"]'), '', 'change');
    await type(root.querySelector('[data-testid="search"]'), '60万');
    expect(clipNames(root)).toEqual(['在校生']);
    await type(root.querySelector('[data-testid="search"]'), '没有这个');
    expect(text(root)).toContain('没有符合条件的条目');
    // The reports tab filters the same way.
    await type(root.querySelector('[data-testid="search"]'), '');
    await click(root.querySelector('[role="tab"][data-view="reports"]'));
    expect(all(root, '[data-testid="report-item"]')).toHaveLength(2);
    await type(root.querySelector('select[name="year"]'), '2023', 'change');
    expect(all(root, '[data-testid="report-item"] .name').map(text)).toEqual(['江苏省报告']);
  });

  it("edits a clip's label, indicator, value, note and tags, and refuses a value that is not a number", async () => {
    const root = mount(<LiveLibrary store={store} />);
    await until(() => all(root, '[data-testid="clip-item"]').length === 2, 'two clips');
    const item = () => all(root, '[data-testid="clip-item"]').find((e) => text(e.querySelector('.name')) === '在校生')!;
    const id = item().dataset.id!;
    await click(item().querySelector('[data-testid="edit"]'));
    const form = () => root.querySelector('[data-testid="edit-form"]')!;
    await type(form().querySelector('input[name="value"]'), 'abc');
    await click(form().querySelector('[data-testid="save"]'));
    expect(text(form().querySelector('[role="alert"]'))).toBe('数值必须是数字');
    await type(form().querySelector('input[name="label"]'), '全日制在校生');
    await type(form().querySelector('select[name="indicatorId"]'), 'new_enrollment', 'change');
    await type(form().querySelector('input[name="value"]'), '61.5万');
    await type(form().querySelector('input[name="unit"]'), '人');
    await type(form().querySelector('textarea[name="note"]'), '与附表核对');
    await type(form().querySelector('input[name="tags"]'), '江苏，核对, 江苏');
    await click(form().querySelector('[data-testid="save"]'));
    await until(() => !root.querySelector('[data-testid="edit-form"]'), 'the form to close');
    expect(await store.getClip(id)).toMatchObject({ label: '全日制在校生', indicatorId: 'new_enrollment', value: 615000, unit: '人', note: '与附表核对', tags: ['江苏', '核对'] });
    await until(() => text(root).includes('与附表核对'), 'the edited clip shown');
  });

  it('deletes with undo', async () => {
    const root = mount(<LiveLibrary store={store} />);
    await until(() => all(root, '[data-testid="clip-item"]').length === 2, 'two clips');
    const victim = all(root, '[data-testid="clip-item"]')[0]!;
    const id = victim.dataset.id!;
    await click(victim.querySelector('[data-testid="delete"]'));
    await until(() => all(root, '[data-testid="clip-item"]').length === 1, 'one clip left');
    expect(await store.getClip(id)).toBeUndefined();
    expect(text(root.querySelector('[data-testid="toast"]'))).toMatch(/^已删除“.+”撤销$/);
    await click(root.querySelector('[data-testid="toast-action"]'));
    await until(() => all(root, '[data-testid="clip-item"]').length === 2, 'the clip back');
    expect((await store.getClip(id))?.deletedAt).toBeNull();
    expect(root.querySelector('[data-testid="toast"]')).toBeNull();
  });

  it('exports the whole library or the selection', async () => {
    const root = mount(<LiveLibrary store={store} />);
    await until(() => all(root, '[data-testid="clip-item"]').length === 2, 'two clips');
    await click(root.querySelector('[data-export="csvClips"]'));
    expect(files[0]!.name).toBe(`年报-摘录-${dateStamp()}.csv`);
    expect((files[0]!.data as string).trimEnd().split('\r\n')).toHaveLength(3);
    expect(text(root.querySelector('[data-testid="export-status"]'))).toBe(`已导出 年报-摘录-${dateStamp()}.csv`);
    // Select one clip: the bar offers the selection.
    const box = all(root, '[data-testid="clip-item"] input[type="checkbox"]')[0]!;
    await click(box);
    await click(root.querySelector('[data-testid="scope-selection"]'));
    await click(root.querySelector('[data-export="csvClips"]'));
    expect((files[1]!.data as string).trimEnd().split('\r\n')).toHaveLength(2);
  });
});

describe('export files', () => {
  it('CSV long: BOM, Chinese header, one row per value; wide: one row per report', async () => {
    const reports = await store.listReports();
    const clips = await store.listClips();
    const day = new Date(2026, 10, 22);
    const long = await buildExport('csvLong', { reports, clips }, day);
    expect(long.name).toBe('年报-资料库-2026-11-22.csv');
    const bytes = new TextEncoder().encode(long.data as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (long.data as string).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('地区,省份,报告年份,报告标题,发布单位,指标,指标编号,数据年份,数值,单位,原文,网址,报告编号,置信度,来源,提示');
    expect(lines).toHaveLength(1 + 3);
    expect(lines.some((l) => l.startsWith('贵州省,贵州省,2024,贵州省中职质量年度报告,,学校数,school_count,2024,180,所,学校180所,'))).toBe(true);
    // Confidence, source and the warning in the UI's words (never the engine's English message).
    expect(lines.find((l) => l.includes(',school_count,2024,'))!.endsWith(',0.72,正文,')).toBe(true);
    const enrol = lines.find((l) => l.includes(',enrollment_total,2024,'))!;
    expect(enrol).toContain(',0.95,表格,不同出处的数字不一致，已保留表格的数字');
    expect(enrol).not.toContain('sources disagree');

    const wide = await buildExport('csvWide', { reports, clips }, day);
    const w = (wide.data as string).slice(1).trimEnd().split('\r\n');
    expect(w).toHaveLength(1 + 2);
    expect(w[0]).toContain('学校数 2023（所）');
    expect(w[0]).toContain('学校数 2024（所）');

    const json = JSON.parse((await buildExport('json', { reports, clips }, day)).data as string);
    expect(json.reports).toHaveLength(2);
    expect(json.clips).toHaveLength(2);

    const xlsx = await buildExport('xlsx', { reports, clips }, day);
    expect(xlsx.name).toBe('年报-资料库-2026-11-22.xlsx');
    expect(String.fromCharCode(...(xlsx.data as Uint8Array).subarray(0, 2))).toBe('PK');
    await settle(1);
  });
});
