/**
 * Pages that link a report file (a bureau's notice: 附件：…质量年度报告.pdf / .docx / .doc) are found by the
 * always-on pre-check and listed by the reader with each file's kind; pages that merely mention reports, or link
 * templates, notices, agendas and speeches, stay quiet: every negative fixture page lists nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listReportFiles } from '../../extension/lib/page/pdfLinks';
import { linksReportFile } from '../../extension/lib/page/precheck';
import { isReportFileLink } from '../../extension/lib/page/reportFileRule';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

function parse(html: string, base = 'http://bureau.example/news/'): Document {
  const withBase = html.replace(/<link[^>]*>/gi, "").replace(/<head([^>]*)>/i, `<head$1><base href="${base}">`);
  return new DOMParser().parseFromString(withBase, 'text/html');
}

const notice = (title: string, links: string) =>
  parse(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>现予以发布。</p>${links}</body></html>`);

describe('report files linked from a page', () => {
  it('finds a notice with the report as PDF, Word and old Word attachments, each with its kind', () => {
    const doc = notice(
      '关于发布2024年度中等职业教育质量年度报告的通知_株洲市教育局',
      `<a href="/files/P020250219.pdf">附件1：株洲市中等职业教育质量年度报告（2024年度）.pdf</a>
       <a href="/files/P020250219.docx">附件2</a>
       <a href="/files/P020250219.wps">附件3：株洲市中职质量报告（WPS版）</a>
       <a href="/files/P020250219.pdf#page=3">同一文件</a>
       <a href="/files/xinwen.html">相关新闻：质量年度报告发布会</a>`,
    );
    expect(linksReportFile(doc)).toBe(true);
    const files = listReportFiles(doc);
    expect(files.map((f) => [new URL(f.url).pathname, f.kind])).toEqual([
      ['/files/P020250219.pdf', 'pdf'],
      ['/files/P020250219.docx', 'docx'],
      ['/files/P020250219.wps', 'legacy'],
    ]);
  });

  it('finds a report file behind a download script by its link text', () => {
    const doc = notice('通知公告_贵阳市教育局', '<a href="/download.jsp?id=8812">贵阳市中等职业学校教育质量年报（2024）.pdf</a>');
    expect(linksReportFile(doc)).toBe(true);
    expect(listReportFiles(doc).map((f) => f.kind)).toEqual(['pdf']);
  });

  it('needs the report named by the link or by a page title that publishes one', () => {
    // 「附件1」 alone under a title about something else is not a report
    const other = notice('关于2025年寒假安全教育的通知', '<a href="/files/a.pdf">附件1</a>');
    expect(linksReportFile(other)).toBe(false);
    expect(listReportFiles(other)).toEqual([]);
    expect(isReportFileLink(['附件1', 'P0202.pdf', '', ''], '江门市2024年度中等职业教育质量报告')).toBe(true);
    expect(isReportFileLink(['2024年质量年报.docx'], '')).toBe(true);
    expect(isReportFileLink(['学校年报.pdf'], '')).toBe(true);
    expect(isReportFileLink(['企业年报.pdf'], '')).toBe(false);
    expect(isReportFileLink(['质量年度报告编写提纲.docx'], '')).toBe(false);
    expect(isReportFileLink(['关于做好质量报告报送工作的通知.pdf'], '')).toBe(false);
  });

  const negatives = readdirSync(join(fixtures, 'negatives')).filter((f) => f.endsWith('.html'));
  it('has negatives that link files', () => {
    expect(negatives).toEqual(expect.arrayContaining(['notice-with-template-attachments.html', 'meeting-news-with-pdf.html']));
    const html = readFileSync(join(fixtures, 'negatives', 'notice-with-template-attachments.html'), 'utf8');
    expect(parse(html).querySelectorAll('a[href$=".docx"], a[href$=".doc"], a[href$=".pdf"]').length).toBeGreaterThanOrEqual(3);
  });
  for (const f of negatives)
    it(`negatives/${f} links no report file`, () => {
      const doc = parse(readFileSync(join(fixtures, 'negatives', f), 'utf8'));
      expect(listReportFiles(doc)).toEqual([]);
      expect(linksReportFile(doc)).toBe(false);
    });
});
