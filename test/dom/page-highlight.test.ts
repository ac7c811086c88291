import { beforeEach, describe, expect, it } from 'vitest';
import { clearHighlight, highlight, MARK_ATTR, OUTLINE_ATTR } from '../../extension/lib/page/highlight';
import { findQuoteRange } from '../../extension/lib/page/textRange';

// A report page as bureaus publish them: prose with inline markup, a standard table, a script.
const PAGE = `
  <h1>株洲市中等职业教育质量年度报告（2024年度）</h1>
  <p id="p1">2024年，全市共有中等职业学校<b>28</b>所，
     全日制在校生 29304 人，比上年减少301人。</p>
  <script>var s = "全日制在校生人数 999";</script>
  <table id="t1">
    <tr><th>指标</th><th>单位</th><th>2023年</th><th>2024年</th></tr>
    <tr id="r1"><td>全日制在校生人数</td><td>人</td><td>29605</td><td>29304</td></tr>
    <tr id="r2"><td>专任教师总数</td><td>人</td><td>2301</td><td>2345</td></tr>
  </table>
  <p id="p2">学生满意度达到<span>96.5%</span>。</p>`;

const marked = () => Array.from(document.querySelectorAll(`mark[${MARK_ATTR}]`)).map((m) => m.textContent).join('');

beforeEach(() => {
  clearHighlight(document);
  document.body.innerHTML = PAGE; // test fixture of our own, not page text
});

describe('findQuoteRange', () => {
  it('finds a quote across inline elements and line breaks, whitespace ignored', () => {
    const r = findQuoteRange(document.body, '全市共有中等职业学校28所，全日制在校生29304人');
    expect(r).not.toBeNull();
    expect(r!.toString().replace(/\s+/g, '')).toBe('全市共有中等职业学校28所，全日制在校生29304人');
  });

  it('finds a table row quoted as tab-joined cells, not the copy inside a script', () => {
    const r = findQuoteRange(document.body, '全日制在校生人数\t人\t29605\t29304');
    expect(r).not.toBeNull();
    expect((r!.startContainer.parentElement as Element).closest('tr')?.id).toBe('r1');
  });

  it('falls back to the longest matching start of a quote the engine changed', () => {
    const r = findQuoteRange(document.body, '学生满意度达到96.5%，较上年提高1.2个百分点');
    expect(r?.toString()).toContain('学生满意度达到');
  });

  it('matches what the block builder cleaned: zero-width marks, full-width digits, PDF radicals', () => {
    const p = document.createElement('p');
    p.textContent = '毕业\u200b生人数为１２３４５人，⽣师⽐为16.5∶1。';
    document.body.appendChild(p);
    const r = findQuoteRange(document.body, '毕业生人数为12345人，生师比为16.5∶1');
    expect(r).not.toBeNull();
    expect(r!.toString()).toBe('毕业\u200b生人数为１２３４５人，⽣师⽐为16.5∶1');
  });

  it('returns null for text that is not on the page', () => {
    expect(findQuoteRange(document.body, '这句话不在页面上出现')).toBeNull();
    expect(findQuoteRange(document.body, '   ')).toBeNull();
  });
});

describe('highlight', () => {
  it('paints the quote and outlines its block, leaving the text as it was', () => {
    const res = highlight(document, { quote: '全日制在校生 29304 人' });
    expect(res).toMatchObject({ found: true, how: 'quote' });
    expect(res.outlined?.id).toBe('p1');
    expect(document.getElementById('p1')!.hasAttribute(OUTLINE_ATTR)).toBe(true);
    // happy-dom has no CSS Custom Highlight API: the fallback wraps the text in <mark> elements.
    expect(marked().replace(/\s+/g, '')).toBe('全日制在校生29304人');
    expect(document.getElementById('p1')!.textContent!.replace(/\s+/g, '')).toBe('2024年，全市共有中等职业学校28所，全日制在校生29304人，比上年减少301人。');
  });

  it('goes to the element of a place and finds the quote inside it', () => {
    const row = document.getElementById('r2')!;
    const res = highlight(document, { element: row, quote: '专任教师总数\t人\t2301\t2345' });
    expect(res).toMatchObject({ found: true, how: 'quote' });
    expect(res.outlined).toBe(row);
    expect(marked()).toBe('专任教师总数人23012345');
  });

  it('outlines the element alone when the quote is not inside it', () => {
    const table = document.getElementById('t1')!;
    const res = highlight(document, { element: table, quote: '不在表里的话' });
    expect(res).toMatchObject({ found: true, how: 'element' });
    expect(table.hasAttribute(OUTLINE_ATTR)).toBe(true);
    expect(marked()).toBe('');
  });

  it('keeps one highlight at a time and undoes the wrappers', () => {
    highlight(document, { quote: '比上年减少301人' });
    highlight(document, { quote: '学生满意度达到96.5%' });
    expect(document.querySelectorAll(`[${OUTLINE_ATTR}]`)).toHaveLength(1);
    expect(marked()).toBe('学生满意度达到96.5%');
    clearHighlight(document);
    expect(document.querySelectorAll(`mark[${MARK_ATTR}], [${OUTLINE_ATTR}]`)).toHaveLength(0);
    expect(document.getElementById('p1')!.childNodes.length).toBe(3); // text, <b>, text: merged back
  });

  it('reports not found for a missing quote and no element, and changes nothing', () => {
    const before = document.body.innerHTML;
    expect(highlight(document, { quote: '页面上没有这句话' })).toMatchObject({ found: false, how: 'none' });
    expect(document.body.innerHTML).toBe(before);
  });

  it('treats page text as text: markup-looking quotes are matched literally, never parsed', () => {
    const p = document.createElement('p');
    p.textContent = '注：<img src=x onerror=alert(1)> 不是标签';
    document.body.appendChild(p);
    const res = highlight(document, { quote: '<img src=x onerror=alert(1)>' });
    expect(res.found).toBe(true);
    expect(document.querySelector('img')).toBeNull();
    expect(marked()).toBe('<img src=x onerror=alert(1)>');
  });
});
