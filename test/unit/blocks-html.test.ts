import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksFromDocument, blocksFromHtml, pageMetaFromDocument } from '../../shared/blocks/index';
import type { Block } from '../../shared/blocks/types';

const text = (bs: Block[]) => bs.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join('|')).join('\n') : b.text)).join('\n');
const doc = (html: string) => parseHTML(html).document as unknown as Document;

const PAGE = `<!doctype html><html lang="zh-CN"><head><title>株洲市中等职业教育质量年度报告（2024年度）_株洲市教育局</title>
<meta name="PubDate" content="2025-02-19 09:30"><meta property="og:site_name" content="株洲市教育局">
<style>.x{color:red}</style><script>var secret = '脚本里的字';</script></head><body>
<div class="topbar">欢迎访问株洲市教育局门户网站</div>
<div class="header"><img src="logo.png" alt="logo">株洲市教育局</div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li></ul></nav>
<div class="position">当前位置：<a href="/">首页</a> &gt; 通知公告</div>
<div class="sidebar"><ul><li><a href="/1">侧栏新闻一</a></li><li><a href="/2">侧栏新闻二</a></li><li><a href="/3">侧栏新闻三</a></li></ul></div>
<div class="article"><h1>株洲市中等职业教育质量年度报告（2024年度）</h1>
<div class="TRS_Editor">
<p>全市中等职业教育在校生<strong>29304</strong>人，<span>专任教师</span>1817人。</p>
<p>第一行<br>第二行</p>
<p style="display:none">隐藏的段落</p><div hidden>也隐藏</div>
<table border="1"><caption>附表6：落实政策表</caption>
<tr><th>序号</th><th>指标</th><th>单位</th><th colspan="2">年度</th></tr>
<tr><td></td><td></td><td></td><td>2023年</td><td>2024年</td></tr>
<tr><td rowspan="2">5</td><td rowspan="2">教学计划内课程总数</td><td>门</td><td>1864</td><td>2054</td></tr>
<tr><td>学时</td><td>250207</td><td>305633</td></tr>
</table>
</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<ul class="list"><li><a href="/x">相关一</a></li><li><a href="/y">相关二</a></li><li><a href="/z">相关三</a></li></ul>
</div>
<aside>旁注</aside>
<footer>版权所有 株洲市教育局</footer>
</body></html>`;

describe('blocksFromHtml / blocksFromDocument', () => {
  it('keeps the article and skips nav, header, footer, sidebar, share links, breadcrumbs, scripts, styles and hidden parts', () => {
    const { blocks, meta } = blocksFromHtml(PAGE, 'https://jyj.zhuzhou.gov.cn/c1/t1.html');
    const all = text(blocks);
    expect(all).toContain('全市中等职业教育在校生29304人，专任教师1817人。');
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: '株洲市中等职业教育质量年度报告（2024年度）' });
    for (const junk of ['首页', '侧栏新闻', '当前位置', '分享到', '版权所有', '旁注', '隐藏', '脚本', 'color:red', '相关一', '欢迎访问', '株洲市教育局\n'])
      expect(all, junk).not.toContain(junk);
    expect(meta.url).toBe('https://jyj.zhuzhou.gov.cn/c1/t1.html');
    expect(meta.title).toMatch(/^株洲市中等职业教育质量年度报告/);
    expect(meta.meta?.pubdate).toBe('2025-02-19 09:30');
    expect(meta.meta?.['og:site_name']).toBe('株洲市教育局');
    expect(meta.lang).toBe('zh-CN');
  });

  it('spreads rowspan and colspan into a grid with empty spanned positions, and keeps the caption', () => {
    const { blocks } = blocksFromHtml(PAGE);
    const t = blocks.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
    expect(t.caption).toBe('附表6：落实政策表');
    expect(t.rows).toEqual([
      ['序号', '指标', '单位', '年度', ''],
      ['', '', '', '2023年', '2024年'],
      ['5', '教学计划内课程总数', '门', '1864', '2054'],
      ['', '', '学时', '250207', '305633'],
    ]);
  });

  it('maps every block to its element and every table row to its <tr>', () => {
    const d = doc(PAGE);
    const { blocks, elements, rowElements } = blocksFromDocument(d);
    expect(elements).toHaveLength(blocks.length);
    blocks.forEach((b, i) => {
      const el = elements[i]!;
      if (b.kind === 'table') {
        expect(el.tagName).toBe('TABLE');
        expect(rowElements[i]).toHaveLength(b.rows.length);
        expect(rowElements[i]![3]!.textContent).toContain('250207');
      } else {
        // the element's text holds the block's text (whitespace aside)
        expect((el.textContent ?? '').replace(/\s+/g, '')).toContain(b.text.replace(/\s+/g, '').slice(0, 6));
      }
    });
  });

  it('reads a <br>-broken paragraph as separate lines', () => {
    const all = text(blocksFromHtml(PAGE).blocks);
    expect(all).toMatch(/第一行\n第二行/);
  });

  it('reads a PDF viewer text layer line by line: rows kept, prose rejoined, page numbers and running headers gone', () => {
    const header = '贵阳市中等职业教育质量年度报告';
    const pages = [1, 2, 3, 4].map((p) => {
      const lines = [
        ...(p > 1 ? [header] : []),
        `第${p}页的正文写到这里还没有写完整个句子所以它在这一行的末尾被`,
        `截断了然后在下一行继续写完第${p}页的句子。`,
        ...Array.from({ length: 6 }, (_, k) => `填充用的正文第${k}行，也写满版心宽度而且在这一行末尾并没有`),
        '结束。',
        `${p} 毕业生人数*   人   12267   16214`,
        String(p),
      ];
      return `<div class="page" data-page-number="${p}"><div class="textLayer">${lines
        .map((l, i) => `<span style="position:absolute;left:72px;top:${60 + i * 26}px;font-size:16px;white-space:pre">${l}</span>`)
        .join('')}</div></div>`;
    });
    const { blocks } = blocksFromHtml(`<html><body><div id="viewer">${pages.join('')}</div></body></html>`);
    const all = blocks.map((b) => (b.kind === 'table' ? '' : b.text));
    expect(all).toContain('第2页的正文写到这里还没有写完整个句子所以它在这一行的末尾被截断了然后在下一行继续写完第2页的句子。');
    expect(all).toContain('3 毕业生人数*   人   12267   16214');
    expect(all.filter((t) => t.includes(header))).toHaveLength(0);
    expect(all.some((t) => /^\d$/.test(t))).toBe(false);
    expect(blocks.find((b) => b.kind !== 'table' && b.text.startsWith('3 毕业生'))?.page).toBe(3);
  });

  it('joins pieces of one text-layer line set on the same baseline', () => {
    const spans = [
      '<span style="position:absolute;left:10px;top:100px;width:80px;font-size:10px">毕业生人数</span>',
      '<span style="position:absolute;left:140px;top:100px;width:10px;font-size:10px">人</span>',
      '<span style="position:absolute;left:200px;top:100.2px;width:30px;font-size:10px">16214</span>',
      ...Array.from({ length: 4 }, (_, i) => `<span style="position:absolute;left:10px;top:${130 + i * 20}px">行${i}</span>`),
    ];
    const { blocks } = blocksFromHtml(`<body><div class="textLayer">${spans.join('')}</div></body>`);
    expect(blocks[0]).toMatchObject({ text: '毕业生人数  人  16214' });
  });

  it('walks a layout table as a container and skips a table of links', () => {
    const html = `<body><table><tr><td><table><tr><td>序号</td><td>指标</td></tr><tr><td>1</td><td>在校生</td></tr></table>
      <p>布局表格里的正文。</p></td></tr></table></body>`;
    const { blocks } = blocksFromHtml(html);
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    expect(text(blocks)).toContain('布局表格里的正文。');
  });

  it('pageMetaFromDocument has no url for a document without an http address', () => {
    const m = pageMetaFromDocument(doc('<html><head><title> 标题 </title></head><body></body></html>'));
    expect(m.url).toBeUndefined();
    expect(m.title).toBe('标题');
  });

  it('gives empty results for empty or odd input instead of throwing', () => {
    expect(blocksFromHtml('').blocks).toEqual([]);
    expect(blocksFromHtml(undefined as unknown as string).blocks).toEqual([]);
    expect(blocksFromHtml('<<<>>>&&&').blocks.length).toBeGreaterThanOrEqual(0);
    expect(blocksFromHtml('纯文本，没有标签。').blocks[0]).toMatchObject({ text: '纯文本，没有标签。' });
    expect(blocksFromHtml('<table><tr><td rowspan="99999" colspan="99999">x</td><td>y</td></tr></table>').blocks.length).toBeGreaterThan(0);
  });
});
