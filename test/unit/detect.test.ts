import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromText } from '../../shared/blocks/index';
import { detectReport, looksLikeReportPage, pageSignals } from '../../shared/extract/detect';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const seeds = readdirSync(join(fixtures, 'seeds')).filter((f) => f.endsWith('.txt'));
const negatives = readdirSync(join(fixtures, 'negatives')).filter((f) => f.endsWith('.html'));
const pages = readdirSync(join(fixtures, 'pages')).filter((f) => f.endsWith('.html'));
const read = (dir: string, f: string) => readFileSync(join(fixtures, dir, f), 'utf8');
const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('detectReport', () => {
  it('finds the title a government site’s menus pushed down the page, and takes no menu item (「政府信息公开年报」) for it', () => {
    const menu = ['跳转到主要内容区域', '孝感市教育局', '网站首页', '机构概况', '政务公开', '教育动态', '政务服务', '互动交流', '专题专栏', '当前位置：首页 > 政务公开 > 统计信息', '政府信息公开', '信息公开指南', '信息公开制度', '法定主动公开内容', '机构职能', '政策文件', '规划计划', '统计信息', '财政预决算', '人事信息', '政府信息公开年报', '依申请公开'];
    const body = ['孝感市中等职业教育质量年度报告（2024年度）', '一、基本情况', '2024年，全市共有中等职业学校21所，其中公办学校16所、民办学校5所。全市中职学校全日制在校生58,214人，毕业生17,530人，专任教师3,412人，生师比17.1:1。', '二、人才培养', '毕业去向落实率97.2%，就业率96.5%。', '三、服务贡献', '四、文化传承', '五、国际合作', '六、产教融合'];
    const d = detectReport(blocksFromText([...menu, ...body].join('\n')), {});
    expect(d.reasons).toContain('title names a quality report');
    expect(d.reasons).toContain('title names vocational education');
    expect(detectReport(blocksFromText([...menu, '市教育局召开党风廉政建设工作会议', '会议强调，要持续加强作风建设。'].join('\n')), {}).isReport).toBe(false);
  });

  it('has at least six negative pages', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(6);
  });

  for (const f of seeds)
    it(`detects the seed ${f} with reasons`, () => {
      const d = detectReport(blocksFromText(read('seeds', f)), {});
      expect(d.isReport).toBe(true);
      expect(d.score).toBeGreaterThanOrEqual(0.7);
      expect(d.reasons.some((r) => r.includes('standard tables'))).toBe(true);
    });

  for (const f of pages)
    it(`detects the fixture page ${f}`, () => {
      const { blocks, meta } = blocksFromHtml(read('pages', f));
      expect(detectReport(blocks, meta).isReport).toBe(true);
    });

  for (const f of negatives)
    it(`does not take the negative page ${f} for a report`, () => {
      const { blocks, meta } = blocksFromHtml(read('negatives', f));
      const d = detectReport(blocks, meta);
      expect(d.isReport, d.reasons.join('; ')).toBe(false);
      expect(d.score).toBeLessThan(0.5);
      expect(d.reasons.length).toBeGreaterThan(0);
    });

  it('a long notice about writing the report, listing every table and chapter, is still not a report', () => {
    const { blocks, meta } = blocksFromHtml(read('negatives', 'notice-how-to-write-report.html'));
    const long = [...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks, ...blocks];
    const d = detectReport(long, meta);
    expect(d.isReport, d.reasons.join('; ')).toBe(false);
  });

  it('a report in English words is not a Chinese report', () => {
    const d = detectReport([{ kind: 'paragraph', text: 'Annual quality report of vocational education, 2024. Students 57017.' }], { lang: 'en' });
    expect(d.isReport).toBe(false);
    expect(d.reasons[0]).toMatch(/not in Chinese/);
  });

  it('never throws on odd input', () => {
    expect(detectReport([], {}).isReport).toBe(false);
    expect(detectReport(null as never, null as never).isReport).toBe(false);
    expect(detectReport([{ kind: 'table', rows: null } as never, 5 as never], { title: 7 as never }).isReport).toBe(false);
  });
});

describe('looksLikeReportPage', () => {
  it('says yes to every report page (from its Document and from its signals)', () => {
    for (const f of pages) {
      const d = doc(read('pages', f));
      expect(looksLikeReportPage(d), f).toBe(true);
      expect(looksLikeReportPage(pageSignals(d)), f).toBe(true);
    }
  });

  it('says yes to a report named only in its headings or text, no to plain pages and other languages', () => {
    expect(looksLikeReportPage({ title: '文件', url: 'https://x.gov.cn/a.html', headings: ['江门市中等职业教育质量年度报告（2024年度）'], textSample: '' })).toBe(true);
    expect(looksLikeReportPage({ title: '附件', url: '', headings: [], textSample: '附表1 人才培养质量计分卡 序号 指标' })).toBe(true);
    expect(looksLikeReportPage({ title: '市教育局召开党风廉政建设工作会议', url: 'https://x.gov.cn/a.html', headings: ['会议要求'], textSample: '会议强调，要持续加强作风建设。' })).toBe(false);
    expect(looksLikeReportPage({ title: 'Annual quality report of vocational education', url: '', headings: [], textSample: 'report' })).toBe(false);
    expect(looksLikeReportPage(null as never)).toBe(false);
  });

  it('says no to plain negative pages (news, enrolment meeting, admissions, English)', () => {
    for (const f of ['general-education-news.html', 'enrolment-meeting-news.html', 'school-admissions.html', 'english-report-summary.html'])
      expect(looksLikeReportPage(doc(read('negatives', f))), f).toBe(false);
  });
});
