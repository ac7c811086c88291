/** The two cities' report pages the sync scenario keeps, clips and compares (贵阳市 and 江门市). */

// The template's chapters with enough prose that the page reads as a whole report (detection wants length).
const CHAPTERS = ['二、学生发展', '三、教育教学', '四、服务贡献', '五、文化传承', '六、国际合作', '七、产教融合', '八、发展保障', '九、面临挑战'];
const FILLER = CHAPTERS.map((h) => `<h2>${h}</h2>${'<p>坚持立德树人根本任务，深化职业教育改革，推进产教融合、校企合作，完善现代职业教育体系建设，持续提升人才培养质量和服务经济社会发展能力。各职业学校加强专业建设和课程改革，推动教师队伍建设，健全质量保障机制，职业教育的吸引力和社会认可度不断提高。</p>'.repeat(3)}`).join('\n');

// A standard table with the figures every report has (detection wants a page made of figures).
const SERVICE: [string, string, number, number][] = [
  ['毕业生人数', '人', 30210, 31877], ['毕业去向落实人数', '人', 28840, 30512], ['毕业生升学人数', '人', 9120, 10233],
  ['就业率', '%', 95.1, 95.7], ['对口就业率', '%', 80.2, 81.6], ['月收入', '元', 4020, 4210],
  ['面向第一产业就业人数', '人', 1201, 1187], ['面向第二产业就业人数', '人', 8822, 9013], ['面向第三产业就业人数', '人', 9897, 10079],
  ['自主创业率', '%', 1.2, 1.4],
];

/** A report page of the kind researchers read: title, a sentence with a figure (#figure), chapters, tables. */
export const syncReportPage = (region: string, enrollment: number, schools: number) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${region}2024年职业教育质量年度报告</title></head>
<body><article>
<h1>${region}2024年职业教育质量年度报告</h1>
<p>发布单位：${region}教育局　发布时间：2024年12月30日</p>
<h2>一、基本情况</h2>
<p>截至2024年底，全市共有中等职业学校${schools}所，在校生${enrollment}人。</p>
<p id="figure">全市中职学校在校生${enrollment}人，比上年增加1200人。</p>
${FILLER}
<h3>表1 教学资源表</h3>
<table>
<tr><th>序号</th><th>指标</th><th>单位</th><th>2023年</th><th>2024年</th></tr>
<tr><td>1</td><td>中等职业学校数</td><td>所</td><td>${schools - 2}</td><td>${schools}</td></tr>
<tr><td>2</td><td>在校生数</td><td>人</td><td>${enrollment - 1200}</td><td>${enrollment}</td></tr>
</table>
<h3>表2 服务贡献表</h3>
<table>
<tr><th>序号</th><th>指标</th><th>单位</th><th>2023年</th><th>2024年</th></tr>
${SERVICE.map(([name, unit, prev, cur], i) => `<tr><td>${i + 1}</td><td>${name}</td><td>${unit}</td><td>${prev}</td><td>${cur}</td></tr>`).join('\n')}
</table>
</article></body></html>`;
