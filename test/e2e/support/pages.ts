/**
 * Small pages of our own for browser tests and the content benchmark: a report article as a bureau site
 * publishes one (title, prose, the 人才培养质量计分卡 table, PDF attachments), and ordinary pages that
 * are not reports. ENGINE-INPUT's test/fixtures/pages and negatives are the realistic ones; these stay
 * small so a test knows exactly what is on the page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir, type FixtureServer } from './fixture-server';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const REPORT_TITLE = '株洲市中等职业教育质量年度报告（2024年度）';
export const REPORT_QUOTES = {
  prose: '全市共有中等职业学校28所，全日制在校生29304人，比上年减少301人',
  row: ['全日制在校生人数', '人', '29605', '29304'],
  teachers: '全市中职学校专任教师2345人，双师型教师占比达到68.5%',
};

/** Extra body filler so the page is of a realistic length (a real report runs to 30,000+ characters). */
function filler(paragraphs: number): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    out.push(`<p>（${i + 1}）深化产教融合，推进校企合作。各校围绕区域主导产业优化专业布局，开展订单培养、现代学徒制试点，` +
      `建设实训基地，提升学生技术技能水平。全年组织教师企业实践，开展社会培训，服务地方经济社会发展。</p>`);
  }
  return out.join('\n');
}

/** The template's chapters, the filler spread over them (the detector wants a report's length and outline). */
function chapters(paragraphs: number): string {
  const names = ['二、学生发展', '三、教学改革', '四、服务贡献', '五、文化传承', '六、国际合作', '七、发展保障', '八、面临挑战'];
  const per = Math.ceil(paragraphs / names.length);
  return names.map((n, i) => `<h2>${n}</h2>\n${filler(Math.max(0, Math.min(per, paragraphs - i * per)))}`).join('\n');
}

export function reportPageHtml(opts: { fillerParagraphs?: number } = {}): string {
  const row = REPORT_QUOTES.row.map((c) => `<td>${esc(c)}</td>`).join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(REPORT_TITLE)}-株洲市教育局</title>
<meta name="keywords" content="质量年度报告,中等职业教育"><meta name="author" content="株洲市教育局"></head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/news/">通知公告</a></div>
<article>
<h1>${esc(REPORT_TITLE)}</h1>
<div class="info">发布时间：2025-02-19　来源：株洲市教育局</div>
<h2>前言</h2>
<p>为全面反映2024年株洲市中等职业教育发展质量，根据教育部要求，编制了株洲市2024年度中等职业教育质量报告。</p>
<h2>一、基本情况</h2>
<p id="prose">2024年，${esc(REPORT_QUOTES.prose)}。</p>
<p id="teachers">${esc(REPORT_QUOTES.teachers)}，较上年提高2.1个百分点。</p>
${chapters(opts.fillerParagraphs ?? 160)}
<h2>附表</h2>
<p>表1 人才培养质量计分卡</p>
<table id="scorecard" border="1">
<tr><th>序号</th><th>指标</th><th>单位</th><th>2023年</th><th>2024年</th></tr>
<tr><td>1</td><td>毕业生人数</td><td>人</td><td>9120</td><td>9433</td></tr>
<tr id="row-enrollment"><td>2</td>${row}</tr>
<tr><td>3</td><td>专任教师总数</td><td>人</td><td>2301</td><td>2345</td></tr>
<tr><td>4</td><td>毕业生就业率</td><td>%</td><td>95.10</td><td>96.50</td></tr>
</table>
<p>附件：<a href="/files/2024zlbg.pdf">株洲市中等职业教育质量年度报告（2024年度）.pdf</a>
  <a href="/files/notice.pdf">关于报送材料的通知.pdf</a></p>
</article>
</body></html>`;
}

/** A news page of a bureau site: numbers and education words, but no report. */
export function negativePageHtml(opts: { paragraphs?: number } = {}): string {
  const ps = Array.from({ length: opts.paragraphs ?? 30 }, (_, i) =>
    `<p>第${i + 1}条：全市2024年招生工作平稳有序，共录取新生${1200 + i}人。请各校按时报送材料。</p>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好2025年中等职业学校招生工作的通知-株洲市教育局</title></head>
<body><div class="nav"><a href="/">首页</a></div><h1>关于做好2025年中等职业学校招生工作的通知</h1>
${ps}
<table><tr><td>联系人</td><td>张老师</td><td>0731-12345678</td></tr></table>
</body></html>`;
}

/** ENGINE-INPUT's fixture pages, when built: test/fixtures/pages/*.article.html and test/fixtures/negatives/*.html. */
export function fixturePages(): { reports: string[]; negatives: string[] } {
  const list = (dir: string, re: RegExp) => (existsSync(join(fixturesDir, dir)) ? readdirSync(join(fixturesDir, dir)).filter((f) => re.test(f)).sort().map((f) => `${dir}/${f}`) : []);
  return { reports: list('pages', /\.article\.html$/), negatives: list('negatives', /\.html?$/) };
}

/** The report article and the notice served at a bureau site's kind of address; their URLs. */
export function serveReportAndNotice(server: FixtureServer, paths = { report: '/zwgk/2025/zlbg.html', notice: '/tzgg/2025/zs.html' }) {
  return {
    reportUrl: server.route(paths.report, { body: reportPageHtml() }),
    negativeUrl: server.route(paths.notice, { body: negativePageHtml() }),
  };
}
