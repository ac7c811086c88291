import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../shared/blocks/index';
import type { Block } from '../../shared/blocks/types';
import { unitsToBlocks, type Unit } from '../../shared/blocks/lines';

const tables = (bs: Block[]) => bs.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const texts = (bs: Block[]) => bs.filter((b) => b.kind !== 'table').map((b) => (b as { text: string }).text);

describe('blocksFromText', () => {
  it('reads tab-separated rows as one table, keeping empty cells', () => {
    const bs = blocksFromText('表3 教学资源表\n\n序号\t指标\t单位\t2024年\n1\t生师比\t:\t10.60\n5\t教学计划内课程总数\t门\t7282\n\t\t学时\t1302773\n');
    expect(texts(bs)).toContain('表3 教学资源表');
    const [t] = tables(bs);
    expect(t!.rows).toEqual([
      ['序号', '指标', '单位', '2024年'],
      ['1', '生师比', ':', '10.60'],
      ['5', '教学计划内课程总数', '门', '7282'],
      ['', '', '学时', '1302773'],
    ]);
  });

  it('joins a tab table split by a page break and drops its repeated header', () => {
    const head = '序号\t指标\t单位\t2024年';
    const bs = blocksFromText(`${head}\n1\t在校生\t人\t100\n\n\n${head}\n2\t毕业生\t人\t90\n`);
    expect(tables(bs)).toHaveLength(1);
    expect(tables(bs)[0]!.rows.map((r) => r[1])).toEqual(['指标', '在校生', '毕业生']);
  });

  it('reads a Word table flattened one cell per line, with empty cells, bookmarks and a cell broken over two lines', () => {
    const word = [
      '[bookmark: _Toc22783]表1-1 近两学年学校数',
      '\t[bookmark: _Toc1]序号',
      '\t指标',
      '\t单位',
      '\t2022—2023',
      '学年',
      '',
      '\t1',
      '\t教学计划内课程总数*',
      '\t门',
      '\t1864',
      '',
      '\t',
      '\t',
      '\t学时',
      '\t250207',
      '',
      'Word 之后的正文。',
    ].join('\n');
    const bs = blocksFromText(word);
    const [t] = tables(bs);
    expect(t!.rows).toEqual([
      ['序号', '指标', '单位', '2022—2023学年'],
      ['1', '教学计划内课程总数*', '门', '1864'],
      ['', '', '学时', '250207'],
    ]);
    expect(texts(bs)).toContain('表1-1 近两学年学校数');
    expect(JSON.stringify(bs)).not.toContain('bookmark');
  });

  it('rejoins a Word row split right after its 序号, and starts a new table at a header glued to a row', () => {
    const word = ['\t序号', '\t指标', '\t单位', '\t2024年', '', '\t2', '', '\t年生均财政拨款水平', '\t元', '\t5119.64', '', '\t3', '\t专项经费', '\t万元', '\t17190.22', '\t序号', '\t指标', '\t单位', '\t2024年', '', '\t1', '\t在校生满意度', '\t%', '\t90.85'].join('\n');
    const ts = tables(blocksFromText(word));
    expect(ts).toHaveLength(2);
    expect(ts[0]!.rows[1]).toEqual(['2', '年生均财政拨款水平', '元', '5119.64']);
    expect(ts[0]!.rows[2]).toEqual(['3', '专项经费', '万元', '17190.22']);
    expect(ts[1]!.rows[0]).toEqual(['序号', '指标', '单位', '2024年']);
    expect(ts[1]!.rows[1]![1]).toBe('在校生满意度');
  });

  it('keeps one block per PDF table line and rejoins prose broken mid-word', () => {
    const prose = [
      '贵阳市当年具备中等学历教育招生资质的独立办学中等职业学',
      '校28所，其中公办学校10所，民办学校18所，全市中职在校生共计',
      '57017人，比上年增加了一些，办学规模稳中有升，结构不断优化。',
    ];
    // other paragraphs set at the same width, each ending its sentence on a short last line
    const filler = Array.from({ length: 6 }, (_, i) => [`这是第${i}段用来确定版心宽度的正文内容，它一直写到这一行的末`, '尾处然后结束。']).flat();
    const rows = ['附表1：人才培养质量计分卡', '序号 指标 单位 2023 年 2024年', '1 毕业生人数* 人 12267 16214', '2', '毕业去向落实人数 人 11784 14634'];
    const bs = blocksFromText([...filler, ...prose, '', ...rows].join('\n\n'));
    const all = texts(bs);
    expect(all).toContain(prose.join(''));
    for (const r of rows) expect(all).toContain(r);
  });

  it('drops page numbers and running headers but keeps the title where it opens the text', () => {
    const title = '株洲市中等职业教育质量年度报告（2024年度）';
    const body: string[] = [title];
    for (let p = 1; p <= 4; p++) {
      body.push(`第${p}章的正文第一句写在这里。`, '这里是同一页上更多的正文，内容足够长。', '还有第三句也在这一页上。', '第四句。', '第五句。', '第六句。', '第七句。', '第八句。');
      body.push(String(p + 1), title);
    }
    const all = texts(blocksFromText(body.join('\n')));
    expect(all.filter((t) => t === title)).toHaveLength(1);
    expect(all[0]).toBe(title);
    expect(all.some((t) => /^\d+$/.test(t))).toBe(false);
  });

  it('drops a footnote mark between two pieces of a sentence and joins them', () => {
    const all = texts(blocksFromText('图书308.41万册\n1\n，生均54.09册。'));
    expect(all).toEqual(['图书308.41万册，生均54.09册。']);
  });

  it('reads markdown headings and pipe tables', () => {
    const bs = blocksFromText('# 1 基本情况\n\n## 1.1 规模\n\n| 指标 | 2024年 |\n|---|---|\n| 在校生 | 57017 |\n\n正文。');
    expect(bs[0]).toEqual({ kind: 'heading', level: 1, text: '1 基本情况' });
    expect(bs[1]).toEqual({ kind: 'heading', level: 2, text: '1.1 规模' });
    expect(tables(bs)[0]!.rows).toEqual([
      ['指标', '2024年'],
      ['在校生', '57017'],
    ]);
  });

  it('turns section numbers into headings but not prose that starts with a number', () => {
    const bs = blocksFromText('1.2办学条件与水平\n\n1.全市中职学校28所，在校生57017人。');
    expect(bs[0]).toMatchObject({ kind: 'heading', level: 2 });
    expect(bs[1]!.kind).not.toBe('heading');
  });

  it('gives nothing for empty or non-string input and survives CRLF, NUL and radicals', () => {
    expect(blocksFromText('')).toEqual([]);
    expect(blocksFromText(null as unknown as string)).toEqual([]);
    const bs = blocksFromText('全市在校⽣\u000057017⼈。\r\n第二行。\r\n');
    expect(texts(bs).join('')).toContain('全市在校生57017人。');
  });
  it('puts back together a row a cell\'s line break cut in two, and leaves a short row and a spanning label alone', () => {
    const page = [
      '序号\t项目\t单位\t上年\t本年',
      '1\t专任教师\t人\t2 310\t2 402',
      '2\t校外兼职',
      '教师数\t人\t388\t415',
      '\t其中：企业',
      '兼职教师\t人\t301\t322',
      '合计\t96',
      '其中：公办',
      '学校\t所\t18\t18\t0',
    ].join('\n');
    expect(tables(blocksFromText(page))[0]!.rows).toEqual([
      ['序号', '项目', '单位', '上年', '本年'],
      ['1', '专任教师', '人', '2 310', '2 402'],
      ['2', '校外兼职教师数', '人', '388', '415'],
      ['', '其中：企业兼职教师', '人', '301', '322'],
      // (a figure where the cut would fall: a short row of its own)
      ['合计', '96'],
    ]);
    // a label over a row as wide as the table is only joined to a bracketed unit alone
    const narrow = blocksFromText('指标\t2023年\t2024年\n在校生人数\n（人）\t8,412\t8,650\n其中：\n女生\t3,902\t4,011');
    expect(tables(narrow)[0]!.rows).toEqual([
      ['指标', '2023年', '2024年'],
      ['在校生人数（人）', '8,412', '8,650'],
    ]);
  });

  it('starts a line of its own at the next item of a numbered list, in prose cut at the page width', () => {
    const prose = ['全市中职学校坚持以服务发展为宗旨以促进就业为导向', '深化产教融合校企合作不断完善专业设置动态调整机制', '推动专业链与产业链创新链人才链有机衔接取得了明显', '成效学校办学条件持续改善师资队伍素质稳步提升教学', '改革不断深化人才培养质量进一步提高服务区域经济社', '会发展能力显著增强职业教育吸引力和影响力持续扩大', '各校积极探索现代学徒制和订单培养模式与本地龙头企', '业共建产业学院和实训基地学生实践能力明显提升主要', '指标如下：'];
    const list = ['1. 专业对口就业率：74.8%，2023年为74.1%，比上年提高', '2. 毕业生本省去向落实率：61.3%，2023年为59.8%，稳中'];
    expect(texts(blocksFromText([...prose, ...list].join('\n'))).slice(-2)).toEqual(list);
  });

  it('keeps key figures set each before its name on lines of their own, in prose cut at the page width', () => {
    const prose = ['全市中职学校坚持以服务发展为', '宗旨以促进就业为导向深化产教', '融合校企合作不断完善专业设置', '动态调整机制推动专业链与产业', '链创新链人才链有机衔接取得了', '明显成效学校办学条件持续改善', '师资队伍素质稳步提升教学改革', '不断深化人才培养质量进一步提', '高服务区域经济社会发展能力。'];
    const keys = ['31所学校', '6.42万名在校生', '96.85%的毕业去向落实率', '61.2%的“双师型”教师'];
    const bs = blocksFromText([...prose, '', ...keys, '', '一年来，全市中职教育围绕中心工作'].join('\n'));
    expect(texts(bs)).toContain('96.85%的毕业去向落实率');
    expect(texts(bs).some((t) => t.includes('落实率61.2%'))).toBe(false);
    // (「6.42万名在校生」: a figure in 万, no section 6.42)
    expect(bs.some((b) => b.kind === 'heading')).toBe(false);
  });

  it('puts two columns printed side by side back in reading order, and leaves a label-and-figure table alone', () => {
    const page = [
      '各院校组建技术服务团队，对接中小企    面向产业工人、退役军人等群体开展',
      '业开展设备改造和工艺攻关，全年横向    非学历培训项目426项，非学历培训到',
      '技术服务到款额865.3万元。            账经费4,127.3万元。',
      '',
      '全日制在校生（人）      23086',
      '专任教师（人）          1473',
      '“双师型”教师比例（%）  58.6',
    ].join('\n');
    const bs = blocksFromText(page);
    // (the lines of each column in order; the engine joins a sentence broken over them)
    expect(texts(bs).join('')).toContain('各院校组建技术服务团队，对接中小企业开展设备改造和工艺攻关，全年横向技术服务到款额865.3万元。面向产业工人、退役军人等群体开展非学历培训项目426项，非学历培训到账经费4,127.3万元。');
    expect(texts(bs).join('|')).toContain('专任教师（人）          1473');
  });
  it('a page with two numbers on the page run keeps the one where the other pages print theirs: the other is a table’s cell', () => {
    const prose = (n: number) => Array.from({ length: 6 }, (_, k) => `第${n}页第${k + 1}行，全市中等职业教育持续发展，办学条件不断改善，服务能力明显增强，`);
    const page = (n: number, lines: string[]): Unit<number>[] => lines.map((text) => ({ kind: 'line', text, page: n }));
    const units = [
      ...page(1, ['百色市中等职业教育质量年度报告', ...prose(1), '1']),
      ...page(2, ['百色市中等职业教育质量年度报告', ...prose(2), '指标', '2023年', '2024年', '增减', '学校数（所）', '19', '19', '0', '民办学校数（所）', '3', '2']),
      ...page(3, ['百色市中等职业教育质量年度报告', '3', '0', '全日制在校生（人）', '46215', '48102', '+1887', ...prose(3), '3']),
      ...page(4, ['百色市中等职业教育质量年度报告', ...prose(4), '4']),
    ];
    const texts = unitsToBlocks(units).blocks.map((b) => (b.kind === 'table' ? '' : b.text));
    const at = texts.indexOf('民办学校数（所）');
    expect(texts.slice(at, at + 4)).toEqual(['民办学校数（所）', '3', '3', '0']);
  });
});
