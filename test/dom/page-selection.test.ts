import { afterEach, describe, expect, it } from 'vitest';
import { contextOfRange, rowText, selectionSnapshot, sentenceAround } from '../../extension/lib/page/selection';
import { listPdfLinks } from '../../extension/lib/page/pdfLinks';

function select(node: Node, start: number, end: number, endNode: Node = node): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  return range;
}

afterEach(() => {
  window.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('sentenceAround', () => {
  it('extends a selection to the sentence ends on both sides', () => {
    const t = '全市共有学校28所。全日制在校生29304人，比上年减少301人。专任教师2345人。';
    const at = t.indexOf('29304');
    expect(sentenceAround(t, at, at + 5)).toBe('全日制在校生29304人，比上年减少301人。');
    expect(sentenceAround(t, 0, 2)).toBe('全市共有学校28所。');
    const last = t.indexOf('2345');
    expect(sentenceAround(t, last, last + 4)).toBe('专任教师2345人。');
  });
});

describe('contextOfRange and selectionSnapshot', () => {
  it('gives the sentence around a selection in prose, across inline markup', () => {
    document.body.innerHTML = '<p id="p">全市共有学校28所。全日制在校生<b>29304</b>人，比上年减少301人。其他。</p>';
    const b = document.querySelector('b')!.firstChild!;
    select(b, 0, 5);
    const snap = selectionSnapshot(window)!;
    expect(snap.text).toBe('29304');
    expect(snap.context).toBe('全日制在校生29304人，比上年减少301人。');
    expect(snap.url).toBe(window.location.href);
  });

  it('gives the whole table row, cells joined by tabs, for a selection inside a cell', () => {
    document.body.innerHTML =
      '<table><tr><th>指标</th><th>单位</th><th>2023年</th><th>2024年</th></tr>' +
      '<tr id="r"><td>全日制在校生人数</td><td>人</td><td> 29605 </td><td>29304</td></tr></table>';
    const cell = document.querySelectorAll('#r td')[3]!.firstChild!;
    const range = select(cell, 0, 5);
    expect(contextOfRange(range)).toBe('全日制在校生人数\t人\t29605\t29304');
    expect(rowText(document.getElementById('r')!)).toBe('全日制在校生人数\t人\t29605\t29304');
  });

  it('keeps a window around the selection when no sentence end is near', () => {
    const long = '数据'.repeat(400);
    document.body.innerHTML = `<div><p>${long}<b>12345</b>${long}</p></div>`;
    const range = select(document.querySelector('b')!.firstChild!, 0, 5);
    const ctx = contextOfRange(range);
    expect(ctx).toContain('12345');
    expect(ctx.length).toBeLessThanOrEqual(305);
  });

  it('reads a selection inside a text field', () => {
    document.body.innerHTML = '<textarea>上年9120人。今年毕业生人数9433人，增长3.4%。</textarea>';
    const ta = document.querySelector('textarea')!;
    ta.focus();
    const at = ta.value.indexOf('9433');
    ta.setSelectionRange(at, at + 5);
    expect(selectionSnapshot(window)).toMatchObject({ text: '9433人', context: '今年毕业生人数9433人，增长3.4%。' });
  });

  it('names the year of a table column from its header (colspans counted)', () => {
    document.body.innerHTML =
      '<table><tr><th>序号</th><th colspan="2">指标</th><th>单位</th><th>2023年</th><th>2024年</th></tr>' +
      '<tr id="r"><td>1</td><td>毕业生</td><td>人数</td><td>人</td><td>9120</td><td>9433</td></tr></table>';
    const cells = document.querySelectorAll('#r td');
    select(cells[4]!.firstChild!, 0, 4);
    expect(selectionSnapshot(window)).toMatchObject({ text: '9120', columnYear: 2023 });
    select(cells[5]!.firstChild!, 0, 4);
    expect(selectionSnapshot(window)).toMatchObject({ text: '9433', columnYear: 2024 });
    select(cells[1]!.firstChild!, 0, 3);
    expect(selectionSnapshot(window)!.columnYear).toBeUndefined();
  });

  it('is null when nothing or only whitespace is selected', () => {
    document.body.innerHTML = '<p>文字   文字</p>';
    expect(selectionSnapshot(window)).toBeNull();
    const t = document.querySelector('p')!.firstChild!;
    select(t, 2, 5);
    expect(selectionSnapshot(window)).toBeNull();
  });
});

describe('listPdfLinks', () => {
  it('lists report PDFs by link text or file name, absolute and once each', () => {
    document.body.innerHTML = `
      <a href="/files/2024zlbg.pdf">株洲市中等职业教育质量年度报告（2024年度）</a>
      <a href="/files/2024zlbg.pdf#page=2">同一个文件</a>
      <a href="/upload/江门市2024年职业教育质量报告.PDF">附件1</a>
      <a href="/download.jsp?file=%E8%B4%A8%E9%87%8F%E5%B9%B4%E6%8A%A5.pdf">点击下载</a>
      <a href="/files/notice.pdf">关于开展招生工作的通知</a>
      <a href="/news/2024zlbg.html">2024年度质量报告（网页版）</a>
      <a href="javascript:void(0)">质量报告.pdf</a>`;
    const links = listPdfLinks(document);
    const base = window.location.origin;
    expect(links.map((l) => l.url)).toEqual([
      `${base}/files/2024zlbg.pdf`,
      `${base}/upload/${encodeURI('江门市2024年职业教育质量报告.PDF')}`,
      `${base}/download.jsp?file=%E8%B4%A8%E9%87%8F%E5%B9%B4%E6%8A%A5.pdf`,
    ]);
    expect(links[0]!.text).toBe('株洲市中等职业教育质量年度报告（2024年度）');
    expect(links[1]!.text).toBe('附件1');
  });
});
