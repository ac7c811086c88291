/**
 * Report identity: title, region (as written), its level and province, the year reported on, secondary vs
 * higher vocational, publisher and date. Reads the page meta first, then the text's first blocks and the
 * phrases reports use to name themselves (「编制了江门市2024年度中等职业教育质量报告」).
 */
import type { Block } from '../blocks/types';
import { parseChineseNumeral, toHalfWidth } from '../numbers/parse';
import type { PageMeta, RegionLevel, ReportIdentity, SchoolLevel } from './types';
import { allCities, PROVINCES, provinceByName, provinceOfCity, provinceShort } from './regions';
import { matchesOf } from './matches';

/** 「广西」「浙江」「内蒙古」: a province's short name, as a title may open on it. */
const PROVINCE_SHORT_NAME = `(?<![\\u4e00-\\u9fa5])(?:${PROVINCES.map(provinceShort).filter((p) => !/(?:省|市|自治区)$/.test(p)).join('|')})`;
const TITLE_OPENS_SHORT = new RegExp(`^(?:#+\\s*)?${PROVINCE_SHORT_NAME}(?:中等|高等|职业|中职|高职)`);
const PROVINCE_SHORT_RE = new RegExp(`^${PROVINCE_SHORT_NAME}$`);
// 沛县, 萧县, 泾县: a county's name may be one character, where nothing stands before it
// (「广西高等职业教育质量年度报告」: a province by its short name, where nothing stands before it either)
// (「（暨济南市中等职业教育质量年度报告）」: 暨, and also, opens no place's name)
// (「新疆生产建设兵团」: the Corps, which its own education statistics count as a province)
const PLACE = `(新疆生产建设兵团|(?![暨及])[\\u4e00-\\u9fa5]{2,14}?(?:省|自治区|市|自治州|州|盟|地区|县|区|旗)|(?<![\\u4e00-\\u9fa5])(?![全本该我各])[\\u4e00-\\u9fa5]县|${PROVINCE_SHORT_NAME}(?=\\s*(?:[（(]?\\s*20\\d\\d|中等|高等|职业|中职|高职)))`;
// 「X市(2024年度)中等职业教育质量(年度)报告」 and variants
const SELF_NAME = new RegExp(
  PLACE +
    // (「金寨县教育体育局2024年职业教育工作总结暨中等职业教育质量年度报告」: the bureau after its place, a work summary before;
    // not a running header's bureau set apart from the title by a gap)
    '(?:(?:教育局|教育体育局|教育和体育局|教体局|教育厅|教育委员会|教委)(?!\\s{2}))?\\s*(?:[（(]?\\s*(?:20\\d\\d\\s*[-—–~至]\\s*)?(20\\d\\d)\\s*(?:学年|年度|年)?\\s*[)）]?)?\\s*(?:(?:技工教育|技工院校)\\s*(?:和|与|及|暨|、)\\s*)?(?:中等职业教育|中等职业学校|职业教育|中职教育|中职学校|高等职业教育|高职教育)(?:\\s*20\\d\\d\\s*(?:学年|年度|年))?(?:工作总结暨(?:中等职业教育|高等职业教育|职业教育)?)?[\\u4e00-\\u9fa5（）()]{0,10}?(?:质量|发展)(?:提升|提高)?(?:工作)?[\\u4e00-\\u9fa5]{0,6}?(?:年度报告|报告|年报)',
  'g',
);
/** 全市/我市/本县: the place a text is about, by the words that stand for it. */
const SELF_REFERENCE = /(?:^|[并将把对向和与及在从的现])全(?:省|市|县|区|州|盟|旗|自治区)$|[我本](?:省|市|县|区|州|盟|旗|自治区)$/;
/** 「仁寿县人民政府」「寿光市第十八届人民代表大会常务委员会」: a place by its government or its 人大. */
const GOVERNMENT_OF = /([\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|州|盟|县|区|旗))(?:人民政府|第[一二三四五六七八九十]+届人民代表大会|人大常委会)/g;
const GOVERNMENT_OF_FIRST = new RegExp(GOVERNMENT_OF.source);
const TITLE_PLACE = new RegExp(`^${PLACE}(?:教育局|教育体育局|教育厅)?\\s*(?:(20\\d\\d)\\s*年度?)?`);
const TITLE_YEAR = /(?:[（(]\s*(20\d\d)\s*(?:年度|年)?\s*[)）])|(20\d\d)\s*年度|(20\d\d)\s*年(?=[\u4e00-\u9fa5]{0,20}报告)/;

function textOf(b: Block): string {
  if (b.kind === 'table') return '';
  return typeof b.text === 'string' ? b.text : '';
}

/** A chapter, in the contents or the text, about one level: 「第二章 中等职业教育」「三、高职院校」. */
// (a contents list run together into one paragraph keeps 第N章 inside a line)
const chapterOf = (level: string) => new RegExp(String.raw`(?:第[一二三四五六七八九十]+(?:部分|章|篇)|(?:^|\n)\s*[一二三四五六七八九十]+、)\s*(?:${level})(?:教育|院校|学校)`);
const SECONDARY_CHAPTER = chapterOf('中等职业|中职');
const HIGHER_CHAPTER = chapterOf('高等职业|高职');

const CORPS_DIVISION = /^第[一二三四五六七八九十]{1,3}师/;
function levelOfRegion(region: string): RegionLevel {
  if (/(省|自治区)$/.test(region) || ['北京市', '天津市', '上海市', '重庆市', '新疆生产建设兵团'].includes(region)) return 'province';
  // (「第八师石河子市」: a division of the Corps with its city, a prefecture's level)
  if (CORPS_DIVISION.test(region)) return 'city';
  // regions.ts lists every prefecture-level city: a 市 that is none of them is a county-level city (敦化市, 大理市)
  if (/市$/.test(region)) return provinceOfCity(region) ? 'city' : 'county';
  if (/(自治州|州|盟|地区)$/.test(region)) return 'city';
  if (/(县|区|旗)$/.test(region)) return 'county';
  return 'city';
}

/** Trim a captured place to the region name: 「为全面反映2024年贵阳市」 -> 贵阳市. */
function cleanPlace(p: string): string {
  // (「…质量报告邵武市」「部门文件蒙城县」「汉寿县教育局汉寿县」: a running header's title, or a page's breadcrumb, run into the
  // place after it)
  let s = p.replace(/^.*?(?:反映|编制了?|发布|关于|全面|年度|年|的|了|为|是|《|按照|根据|依据)/, '').replace(/^.*(?:报告|年报|教育局|教育厅|教育|文件|公开|动态|局|厅)(?=.{2})/, '');
  // (「…的通知》和湖南省教育厅…」: a conjunction run into a province's or a city's name; 和田, 和县 are places of their own)
  const joined = /^[和与及并](.{2,})$/.exec(s);
  if (joined && (provinceByName(joined[1]!) || provinceOfCity(joined[1]!)) && !provinceOfCity(s)) s = joined[1]!;
  // a province prefix in front of a city: 贵州省贵阳市 -> 贵阳市
  const m = /^(.{2,8}?(?:省|自治区))(.{2,8}(?:市|州|盟|县|区))$/.exec(s);
  if (m) s = m[2]!;
  // a prefecture in front of its county, district or county-level city: 株洲市醴陵市 -> 醴陵市, 广州市番禺区 -> 番禺区
  const c = /^(.{2,8}?(?:市|州|盟))(.{2,8}?(?:市|县|区|旗))$/.exec(s);
  if (c && provinceOfCity(c[1]!)) s = c[2]!;
  // (「其他文件广州市番禺区」: words run into the prefecture's name from the line before it, a breadcrumb's last)
  else if (c)
    for (let i = 1; i + 4 < s.length; i++) {
      const k = /^(.{2,6}?[市州盟])(.{2,8}?(?:市|县|区|旗))$/.exec(s.slice(i));
      if (k && provinceOfCity(k[1]!)) {
        s = k[2]!;
        break;
      }
    }
  // a municipality in front of its district or county, as a province before its city: 北京市朝阳区 -> 朝阳区
  // (「统计信息北京市海淀区」: after a breadcrumb's last words too)
  const d = /(?:北京市|上海市|天津市|重庆市)([^市]{2,8}?(?:区|县))$/.exec(s);
  if (d) s = d[1]!;
  // a national new area under its province's short name: 河北雄安新区 -> 雄安新区, 陕西西咸新区 -> 西咸新区
  const n = /^(.{2,3}?)(.{2,4}新区)$/.exec(s);
  if (n && provinceByName(n[1]!)) s = n[2]!;
  // (「统计信息柳州市」: a breadcrumb's last words run into a prefecture's name, which a known city's name ends)
  if (s.length > 4 && !provinceOfCity(s) && !provinceByName(s))
    for (let i = 1; i + 2 < s.length; i++)
      if (provinceOfCity(s.slice(i)) || provinceByName(s.slice(i))) {
        s = s.slice(i);
        break;
      }
  return s;
}

/** A title, then a page's chrome run into it: its breadcrumb, source or date; or a cover's line after it (编制单位, （报告期：…）). */
const TITLE_THEN_CHROME = /^(.{8,60}?(?:报告|年报)(?:\s*[（(][^）)]{0,16}[)）])?)(?=\s*(?:首页|来源|发布|当前位置|信息来源|作者|浏览|阅读|编制单位|编制部门|编印|报送单位|[>＞]|[（(]\s*(?:报告期|统计期|统计时段|数据时段|数据截止)))/;
/** A page's line about the post itself: when and where from it was published, how often read. */
const POST_LINE = /^\s*(?:【?\s*)?(?:发布(?:时间|日期)|信息来源|来源|浏览|阅读|点击|字号|作者|时间|日期)\s*[:：]/;
/** The year a cover's title line may open on (「2024年赣州市中等职业教育」). */
const LEADING_YEAR = /^20\d\d\s*年度?/;

export function readIdentity(blocks: Block[], meta: PageMeta | undefined): ReportIdentity {
  const metaTitle = (meta?.title ?? '').trim();
  const head: string[] = [];
  let total = 0;
  for (const b of blocks) {
    const t = textOf(b);
    if (!t) continue;
    head.push(t);
    total += t.length;
    if (total > 60000) break;
  }
  // (「“◆ 上年”为2023年度数」: a note on what a label means names last year, no year the opening is about)
  const firstText = toHalfWidth(head.slice(0, 40).join('\n')).replace(LABEL_MEANS, '');
  // the whole text is needed only when the opening lines do not settle the region
  let all: string | undefined;
  const allText = () => (all ??= toHalfWidth(head.join('\n')));

  // title: meta title or the first heading-like block that names a report
  let title: string | null = null;
  const titleRe = /(质量|发展)[\u4e00-\u9fa5（）()\d\s]{0,8}(年度报告|报告|年报)/;
  if (metaTitle && titleRe.test(metaTitle)) title = metaTitle.replace(/\s*[-_|–—].{0,30}$/, '').trim();
  // a title names a place (or opens with 《/a year); a line broken out of a sentence about 通知 does not
  const isTitle = (t: string) =>
    t.length >= 8 &&
    t.length <= 60 &&
    titleRe.test(t) &&
    /(报告|年报)\s*(?:[（(][^）)]{0,16}[)）])?$/.test(t) &&
    // (「锡林郭勒盟教育局」/「首页 > 政务公开 > 教育统计 > 质量年报」: a breadcrumb's steps name the page's column, no title)
    !/[。，>＞›»]|通知|编制|发布和|》（/.test(t) &&
    (/^(?:#+\s*)?(?:《|20\d\d|[\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|州|盟|县|区|旗|学校|学院|大学)|(?![全本该我各])[\u4e00-\u9fa5]县)/.test(t) || TITLE_OPENS_SHORT.test(t));
  let titleAt = -1;
  let coverYear = '';
  if (!title) {
    const first = blocks.slice(0, 80).map((b) => textOf(b).trim());
    const k = first.findIndex(isTitle);
    if (k >= 0) {
      title = first[k]!.replace(/^#+\s*/, '');
      titleAt = k;
    }
    // a cover sets its title on two or three short lines (「泉州市」/「中等职业教育质量年度报告」), above any one-line
    // title (a running header under it, 「恩施州中等职业教育质量年度报告」, names the place short)
    const oneLine = title;
    if (oneLine) title = null;
    // (「江苏省如东中等专业学校」/「2024年度质量报告」: a one-line title that opens on its year, naming no one, goes on from the
    // line above it)
    const untilLine = oneLine ? (/^20\d\d/.test(oneLine) ? titleAt + 1 : titleAt) : Infinity;
    for (let k = 0; k < Math.min(first.length, 12, untilLine) && !title; k++) {
      // (「上海市嘉定区中等职业教育」/「质量年度报告（2024）」: the year in brackets closing the last line)
      if (first[k]!.length > 30 || !/(报告|年报)(?:\s*[（(]\s*20\d\d\s*(?:年度|年)?\s*[)）])?$/.test(first[k]!)) continue;
      // (「杭州市电子信息职业学校」/「2024年度」/「职业教育质量年度报告」: a year on a line of its own between the name and the
      // title is no title's start; the name above it is)
      const yearAlone = k >= 2 && /^\s*20\d\d\s*年度?\s*$/.test(first[k - 1]!);
      for (let n = yearAlone ? 2 : 1; n <= 2 && k - n >= 0 && !title; n++) {
        const lines = first.slice(k - n, k + 1);
        const joined = lines.join('').replace(/\s+(?=[（(]\s*20\d\d)/, '');
        // (「2024年赣州市中等职业教育」/「质量年度报告」: a year may open the title; no other figure is a title's)
        if (lines.every((l) => l.length > 0 && l.length <= 30 && !/\d/.test(l.replace(LEADING_YEAR, '').replace(TRAILING_YEAR, ''))) && isTitle(joined)) {
          // (「（2024年度）」 on the cover's next line is the title's too)
          // (its year is read as a cover's year below, with what the text says of it)
          coverYear = first[k + 1] !== undefined && /^[（(]\s*20\d\d\s*(?:年度|年)?\s*[)）]$/.test(first[k + 1]!) ? first[k + 1]! : '';
          title = joined + coverYear;
          titleAt = k;
        }
      }
    }
    title ??= oneLine;
    // (「湖南铁道职业技术学院2024年度高等职业教育质量报告首页 > 信息公开 > …」: a title run into the page's chrome after it)
    for (let k = 0; k < Math.min(first.length, 12) && !title; k++) {
      const lead = TITLE_THEN_CHROME.exec(first[k]!)?.[1];
      if (lead && isTitle(lead)) {
        title = lead.replace(/^#+\s*/, '');
        titleAt = k;
      }
    }
  }

  // region: the place that names the report, most often, title first
  const counts = new Map<string, { n: number; year: number | null; text: string | null }>();
  const scan = (s: string, weight: number) => {
    SELF_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SELF_NAME.exec(s))) {
      // (a province's short name is the province)
      let place = PROVINCE_SHORT_RE.test(m[1]!) ? provinceByName(m[1]!)! : cleanPlace(m[1]!);
      // (「（含仙居县中等职业教育质量年度报告）」: a report another one contains, under that one's title)
      if (/^(?:含|包含|附)/.test(place) && /[（(]\s*$/.test(s.slice(0, m.index + m[0].indexOf(m[1]!)))) place = place.replace(/^(?:含|包含|附)/, '');
      // (「…并将全市中等职业教育质量年度报告内容一并纳入」: 全市 is the whole of a place, never its name; 天全县 is one)
      // (「仁寿县人民政府关于2024年度全县职业教育发展质量情况的报告」「现将我市…情况报告如下」, a government's report to its
      // 人大: the place the government is of, named before, or in the opening lines)
      if (SELF_REFERENCE.test(place)) {
        const gov = [...s.slice(Math.max(0, m.index - 40), m.index).matchAll(GOVERNMENT_OF)].at(-1) ?? GOVERNMENT_OF_FIRST.exec(firstText);
        // (「——2025年2月26日在寿光市第十八届人民代表大会…」: the date and 在 before it are none of the name)
        place = gov ? cleanPlace(gov[1]!.replace(/^日?在/, '')) : '';
      }
      if (place.length < 2 || /^(中国|全国|国家)/.test(place) || SELF_REFERENCE.test(place)) continue;
      const c = counts.get(place) ?? { n: 0, year: null, text: null as string | null };
      if (!c.text) {
        const t = m[0].slice(m[0].indexOf(place));
        const end = /报告|年报/.exec(t);
        c.text = end ? t.slice(0, end.index + 2) : t;
      }
      c.n += weight;
      if (m[2]) c.year = c.year ?? Number(m[2]);
      counts.set(place, c);
    }
  };
  if (title) scan(toHalfWidth(title), 5);
  // (「昆明市2024年度中等职业教育专项资金绩效自评报告（中等职业教育质量年度报告）」: a title naming its quality report in a
  // bracket after another report's name is the place's that opens it)
  if (title && counts.size === 0) {
    const lead = TITLE_PLACE.exec(toHalfWidth(title));
    const place = lead ? cleanPlace(lead[1]!) : '';
    if (place.length >= 2 && /[（(][^（）()]*质量[^（）()]*(?:报告|年报)[)）]$/.test(title)) counts.set(place, { n: 5, year: lead![2] ? Number(lead![2]) : null, text: null });
  }
  if (metaTitle && metaTitle !== title) scan(toHalfWidth(metaTitle), 3);
  scan(firstText, 1);
  if (counts.size === 0) scan(allText().slice(0, 200000), 1);
  let region: string | null = null;
  let best = 0;
  for (const [p, c] of counts) if (c.n > best) ((best = c.n), (region = p));
  if (!region) region = regionFromHeadings(firstText);

  if (!title && region) title = counts.get(region)?.text ?? null;

  // year: title's (2024年度)/（2024）, else the self-naming phrase's, else the 学年 most mentioned early on
  let year: number | null = null;
  const ty = title ? TITLE_YEAR.exec(toHalfWidth(coverYear ? title.slice(0, -coverYear.length) : title)) : null;
  if (ty) year = Number(ty[1] ?? ty[2] ?? ty[3]);
  // (「毕节市职业教育质量年度报告（2024年度）发布！」: a post's headline names the report and its year, then says more)
  if (!ty && title && titleAt >= 0) {
    const line = toHalfWidth(textOf(blocks[titleAt]!));
    const at = line.indexOf(toHalfWidth(title));
    const after = at >= 0 ? /^\s*[(]\s*(20\d\d)\s*(?:年度|年)?\s*[)]/.exec(line.slice(at + title.length)) : null;
    if (after) year = Number(after[1]);
  }
  // (「…质量年度报告（2025年度）」 over an opening about 2024: the year it was published in, as on a cover below)
  // (a title's year before the year the page says it was published in is the year reported on: 「（2024年度）」 published
  // 2025-01-27 over an opening that names 2023 often, its school year and last year's brackets)
  const publishedIn = Number(dateOf(meta, head)?.slice(0, 4) ?? coverMonthYear(head) ?? NaN);
  if (year && /年度\s*[)）]\s*$/.test(title!) && yearFromText(firstText) === year - 1 && !(publishedIn > year)) year -= 1;
  // 「…质量年度报告（2025年度）」/「——2024年青岛市中等职业教育发展统计公报」: a subtitle under the title naming the year
  // before the title's names the year the figures are for
  // (a page may set its title apart from the body and the subtitle with it: a line opening on —— and a year, near the
  // top, is a subtitle wherever it stands)
  if (year && title)
    for (let k = 0; k < Math.min(blocks.length, 24); k++) {
      const t = toHalfWidth(textOf(blocks[k]!));
      const sub = (k === titleAt + 1 ? /^\s*(?:[—－-]{1,2}|[（(])\s*(20\d\d)\s*年/ : /^\s*[—－]{2}\s*(20\d\d)\s*年/).exec(t);
      if (sub && Number(sub[1]) === year - 1) {
        year -= 1;
        break;
      }
    }
  if (!year && region && counts.get(region)?.year) year = counts.get(region)!.year;
  // 「中等职业教育质量年度报告」/「2024」 or 「（2024年度）」: a cover's year on the line under its title (after the year a
  // sentence names the report with, since a cover may print the year of publishing)
  // (「发布时间：2025-01-20 来源：…」 between them: the page's own line about the post, passed over; a title the page's
  // metadata gave is looked for as its heading)
  const coverAt = titleAt >= 0 || !title ? titleAt : blocks.slice(0, 8).findIndex((b) => textOf(b).trim() === title);
  for (let k = coverAt + 1; !year && coverAt >= 0 && k < Math.min(blocks.length, coverAt + 3); k++) {
    const line = textOf(blocks[k]!);
    const y = /^\s*(?:(20\d\d)|[（(]\s*(20\d\d)\s*(?:年度|年)?\s*[)）])\s*$/.exec(line);
    // (「（2025年度）」 over a text about 2024: the year it was published, the year before the one it reports on)
    const printed = y ? Number(y[1] ?? y[2]) : null;
    if (printed) year = yearFromText(firstText) === printed - 1 ? printed - 1 : printed;
    else if (!POST_LINE.test(line)) break;
  }
  // (「湖北省中等职业教育质量年度报告」 as a page's heading, then 「发布时间…」 and the cover again with its year,
  // 「…报告（2025年）」: the title repeated with its year in the first lines names it)
  if (!year && title)
    for (let k = Math.max(0, titleAt + 1); k < Math.min(blocks.length, Math.max(0, titleAt + 1) + 12); k++) {
      const t = toHalfWidth(textOf(blocks[k]!)).trim();
      const again = t.startsWith(toHalfWidth(title)) ? /^\s*[(]\s*(20\d\d)\s*(?:年度|年)?\s*[)]\s*$/.exec(t.slice(title.length)) : null;
      if (again) {
        const printed = Number(again[1]);
        year = yearFromText(firstText) === printed - 1 ? printed - 1 : printed;
        break;
      }
    }
  // (「现将我市2024年中等职业教育质量发展有关情况报告如下」: a government's report to its congress says which year it reports on,
  // however often it names the year its plan began)
  if (!year) {
    const told = REPORTED_AS.exec(firstText);
    if (told) year = Number(told[1]);
  }
  // (the year the opening names most: a guess, which the tables' newest column corrects below)
  const counted = !year;
  if (!year) year = yearFromText(firstText);
  if (!year) {
    const cn = /([〇零一二三四五六七八九]{4})\s*年度?/.exec(firstText);
    if (cn) year = parseChineseNumeral(cn[1]!);
  }
  // a report titled （2025） (or dated by its 2025 preface) that covers 2023—2024学年, with 2024 as its latest
  // column, is 2024's report
  // (an opening that compares with 2023 more often than it names 2024, its tables' newest column 2024: 2024's report)
  if (year) {
    const { data, tables, captions } = dataYearOf(blocks);
    // (「本报告反映2024年全市高等职业教育发展情况」「数据统计时段为2024年1月1日至2024年12月31日」 under a title of 2025年度:
    // the opening says which year the figures are for)
    // (「…2024—2025学年为2024届」: the newest school year named for the year it starts in)
    // (「反映2023年9月1日至2024年8月31日学院办学情况」「表中“本年”即2024年」: the span the figures cover, ending in their year, or the
    // year the tables' 本年 is said to be)
    const stated = DATA_YEAR_STATED.exec(firstText.replace(/\s+/g, ''));
    // (most reports name no school year for a cohort: their text is not joined and searched for one)
    const startYear = stated ? Number(stated[1] ?? stated[2] ?? stated[3] ?? stated[4] ?? stated[5] ?? stated[6] ?? stated[7]) : head.some((t) => t.includes('学年为')) ? Math.max(0, ...matchesOf(SCHOOL_YEAR_IS, allText()).map((m) => Number(m[1]))) : 0;
    // (a year only guessed from the opening's mentions gives way to the one the opening states for its figures)
    if (counted && stated) year = startYear;
    else if (year === startYear + 1) year -= 1;
    // (not a title's year before the year it was published in: that is the year reported on, whatever an earlier school
    // year the text names)
    else if (data && year === data + 1 && !(publishedIn > year)) year = data;
    // (「（2025年度）」 over tables one cell a line, no header line to read: 「表2  2023—2024年…」 captions name their year)
    else if (!data && captions && year === captions + 1 && !(publishedIn > year)) year = captions;
    else if (counted && tables === year + 1) year += 1;
  }

  // (「2025年高等职业教育质量年度报告」 dated 2025年2月18日: a year's figures are never out in its first half; the title names the year
  // it was published in, and the figures are the year's before)
  const published = dateOf(meta, head);
  if (year && published && Number(published.slice(0, 4)) === year && Number(published.slice(5, 7)) <= 6) year -= 1;
  let province: string | null = null;
  let regionLevel: RegionLevel | null = null;
  // a school's own report: 「某某职业技术学校2024年质量年度报告」
  // (「南通职业大学」「…职业技术大学」: a college's name may end in 大学; 「…学院常州分院」: a branch's in its own name)
  const school = title ? /^(?:#+\s*)?([\u4e00-\u9fa5（）()]{2,24}?(?:职业技术学校|职业学校|中等专业学校|职业中专(?:学校)?|职业中学|技工学校|职业技术学院|职业学院|职业技术大学|职业大学|学院|学校)(?:[\u4e00-\u9fa5]{2,4}?分[院校])?)/.exec(title) : null;
  // (「浙江婺州职业技术学院」: a place's name before 学院 with no word for a kind of school or for all of them is one college's
  // name, not the place's colleges)
  // (「桐乡市职业技术学校中职教育质量年度报告」「…学校」 over a first chapter 「学校概况」: a place's name and a kind of school is
  // one school's name where the title goes on to name the level it teaches, or the report opens on the school)
  const generic = school && /^([\u4e00-\u9fa5]{2,12}?(?:省|自治区|市|州|县|区))?(?:(?:中等|中职|高等|高职|各|全市|全省|全区|全县)?(?:职业技术学校|职业学校|学校)|(?:中等|中职|高等|高职|各|全市|全省|全区|全县)(?:职业技术学院|职业学院|学院))$/.test(school[1]!) && !(/^[\u4e00-\u9fa5]{2,12}?(?:市|州|县|区)(?:职业技术学校|职业学校)$/.test(school[1]!) && (OWN_LEVEL_AFTER.test(title!.slice(school.index + school[0].length)) || SCHOOL_OVERVIEW.test(allText().slice(0, 20000))));
  if (school && !generic && (!region || school[1]!.startsWith(region) || !title!.startsWith(region))) {
    const name = school[1]!;
    const city = /^(.{2,8}?(?:省|自治区))?(.{2,6}?(?:市|州|县|区))?/.exec(name);
    region = name;
    regionLevel = 'school';
    // (「浙江婺州职业技术学院」: a province's short name opens a college's name as often as its full one)
    province = (city?.[1] && provinceByName(city[1])) || (city?.[2] ? provinceOfCity(city[2]) : null) || provinceByName(name.slice(0, 2)) || provinceByName(name.slice(0, 3));
  } else if (region) {
    regionLevel = levelOfRegion(region);
    // a county-level city written after its prefecture (株洲市醴陵市) names the province through it
    const parent = regionLevel === 'county' && region.endsWith('市') ? parentCityOf(region, allText()) : null;
    province = regionLevel === 'province' ? (provinceByName(region) ?? region) : CORPS_DIVISION.test(region) ? '新疆生产建设兵团' : provinceOfCity(region);
    if (!province) {
      // 浙江省桐庐县, 浙江省杭州市桐庐县
      const m = new RegExp('([\\u4e00-\\u9fa5]{2,7}?(?:省|自治区))(?:[\\u4e00-\\u9fa5]{2,6}?(?:市|州|盟))?' + region).exec(allText());
      // (「我局在四川省广安市岳池县」: the words before the province's name are none of it; a name no province has is no province)
      if (m) for (let k = 0; k + 2 <= m[1]!.length && !province; k++) province = provinceByName(m[1]!.slice(k));
    }
    // a county report names its province or its city in the opening lines (地处浙江省杭州市西南部)
    if (!province && parent) province = provinceOfCity(parent);
    if (!province && regionLevel === 'county') province = firstProvinceNamed(firstText.slice(0, 5000));
  }

  // 「文山州」 in the title, 「文山壮族苗族自治州」 on the cover: an autonomous prefecture's or county's short name, its full one
  // where the opening prints it
  // (「紫云自治县」 is short too; what stands between the name and 自治 is the names of peoples, 苗族布依族, never another place
  // or a list of schools)
  const short = region && !region.includes('族') ? /^([\u4e00-\u9fa5]{2,4}?)(?:自治)?([州县])$/.exec(region) : null;
  if (short) {
    const full = new RegExp(`${short[1]}(?:[\u4e00-\u9fa5]{1,4}?族){1,3}自治${short[2]}`).exec(firstText);
    // (「黔东南州」 where the page never prints the full name: the prefecture the country's list of them names so)
    const listed = !full && short[2] === '州' ? allCities().filter((c) => c.startsWith(short[1]!) && c.endsWith('自治州')) : [];
    if (full) region = full[0];
    else if (listed.length === 1) region = listed[0]!;
    province ??= provinceOfCity(region!);
  }
  // (「科右前旗」 in the title, 「科尔沁右翼前旗人民政府」 over it: a banner's or county's short name, each of its characters kept in
  // order from the full one the opening prints, which it opens and ends as)
  else if (region && region.length >= 4 && region.length <= 5 && /[旗县]$/.test(region)) {
    const spread = region.slice(0, -1).split('').join('[\u4e00-\u9fa5]{0,2}');
    const full = [...firstText.matchAll(new RegExp(`${spread}[\u4e00-\u9fa5]{0,2}${region.slice(-1)}`, 'g'))].find((m) => m[0].length > region!.length && m[0].length <= 2 * region!.length);
    if (full) region = full[0];
  }
  const levelText = (title ?? '') + firstText.slice(0, 3000);
  let level: SchoolLevel | null = null;
  if (/中等职业|中职/.test(title ?? '')) level = 'secondary';
  else if (/高等职业|高职/.test(title ?? '')) level = 'higher';
  else {
    // a 「职业教育质量年度报告」 covering both levels is neither; otherwise the level the opening talks about
    const sec = levelText.match(/中等职业|中职/g)?.length ?? 0;
    // 中高职贯通 is a 中职 programme, not a sign of 高职
    const hi = levelText.match(/高等职业|(?<!中)高职/g)?.length ?? 0;
    // (「第二章 中等职业教育」…「第三章 高等职业教育」: a chapter for each level, however much longer the one is)
    const both = /职业教育/.test(title ?? '') && ((sec > 0 && hi > 0 && sec <= hi * 3 && hi <= sec * 3) || (SECONDARY_CHAPTER.test(levelText) && HIGHER_CHAPTER.test(levelText)));
    if (!both && sec >= hi && sec > 0) level = 'secondary';
    else if (!both && hi > 0) level = 'higher';
  }

  return {
    title,
    region,
    regionLevel,
    province,
    year,
    level,
    publisher: publisherOf(meta, head, region),
    publishedAt: dateOf(meta, head),
  };
}

function regionFromHeadings(text: string): string | null {
  const m = new RegExp(PLACE + '[\\u4e00-\\u9fa5]{0,8}(?:职业|中职|教育)').exec(text);
  return m ? cleanPlace(m[1]!) : null;
}

/** A level of schooling right after a school's name in a title: 「…职业技术学校中职教育质量年度报告」. */
const OWN_LEVEL_AFTER = /^\s*(?:\d{4}\s*年度?)?\s*(?:中职教育|中等职业教育|中职|高职教育)/;
/** A school's own report's first chapter: 「一、学校概况」「（一）学校基本情况」. */
const SCHOOL_OVERVIEW = /(?:^|\n)\s*(?:[一1][、.．]|[（(][一1][)）]|第一[章部分])\s*学校(?:基本)?(?:概况|情况|简介)\s*(?:\n|$)/;
/** 「注：毕业生一栏，2023—2024学年为2023届，2024—2025学年为2024届」: a school year named for the year it starts in. */
const SCHOOL_YEAR_IS = /(20\d\d)\s*[-—–]\s*20\d\d\s*学年为\1\s*届/g;
/**
 * An opening that says which year its figures are for: 「本报告反映2024年…」「统计时点为2024年9月30日」「数据统计时段为2024年1月1日
 * 至2024年12月31日」.
 */
const DATA_YEAR_STATED = /(?:本报告|报告)(?:主要|全面|集中)?(?:反映|呈现|总结|展示|记录)了?(20\d\d)年(?!\d{1,2}月)|统计(?:时点|截止时间|截止日期)(?:为|是|截至|截止)?(20\d\d)年|(?:统计|数据)(?:时段|期间|区间|周期)(?:为|是)?[:：]?(20\d\d)年(?:1月1日|度|全年)|(?:统计|数据)(?:截至|截止)(?:日期|时间)?(?:为|是|到)?[:：]?(20\d\d)年12月31日|(?:时间节点|统计时点|数据时点)[^。；]{0,10}?为(20\d\d)年12月31日|(?:反映|统计|涵盖|覆盖)[^。；]{0,6}?20\d\d年\d{1,2}月(?:\d{1,2}日)?(?:至|到|—|-|～|~)(20\d\d)年\d{1,2}月|[“"]本年(?:度)?[”"](?:即|指|为|是)(20\d\d)年/;

/** The 学年/年度 the report is about: 2023-2024学年 -> 2024; a 2024 report published in 2025 is 2024. */
function yearFromText(text: string): number | null {
  const counts = new Map<number, number>();
  const add = (y: number, w: number) => counts.set(y, (counts.get(y) ?? 0) + w);
  for (const m of matchesOf(/(20\d\d)\s*[-—–~至]\s*(20\d\d)\s*学年/g, text)) add(Number(m[2]), 2);
  for (const m of matchesOf(/(20\d\d)\s*年度/g, text)) add(Number(m[1]), 2);
  // (「2023年：22所」 under a card, 「128764人（2023年131905人）」: a year's label on a figure, the comparison's as often as the
  // report's own)
  // (「（2024年12月31日）」: a date in brackets, no label on a figure)
  for (const m of matchesOf(/([（(]\s*)?(20\d\d)\s*年(?!\s*[:：]\s*[0-9])(?=([^\S\n]*[0-9][0-9,.]*)?([年月日])?)/g, text)) if (!(m[1] && m[3] && !m[4])) add(Number(m[2]), 1);
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== null && y > best)) ((n = c), (best = y));
  return best;
}

const PUBLISHER_RE = /([\u4e00-\u9fa5]{2,12}?(?:教育厅|教育局|教育和体育局|教育体育局|教体局|教育委员会|教委|人民政府教育督导室))/;
function publisherOf(meta: PageMeta | undefined, head: string[], region: string | null): string | null {
  const m = meta?.meta ?? {};
  const fromMeta = m['author'] || m['publisher'] || m['og:site_name'] || m['article:author'];
  if (fromMeta && PUBLISHER_RE.test(fromMeta)) return PUBLISHER_RE.exec(fromMeta)![1]!;
  for (const t of head.slice(0, 60)) {
    const s = t.trim();
    const lm = /^(?:主办|发布单位|发布|编制单位|来源)[:：]\s*(\S{2,20})/.exec(s);
    if (lm && PUBLISHER_RE.test(lm[1]!)) return PUBLISHER_RE.exec(lm[1]!)![1]!;
    if (s.length <= 20 && PUBLISHER_RE.test(s) && PUBLISHER_RE.exec(s)![1] === s.replace(/\s+/g, '')) return s.replace(/\s+/g, '');
  }
  if (region) {
    const esc = region.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(esc + '(教育厅|教育局|教育和体育局|教育体育局|教体局|教育委员会)');
    for (const t of head.slice(0, 40)) {
      const mm = re.exec(t);
      if (mm) return region + mm[1];
    }
  }
  return null;
}

const COVER_DATE = /^\s*(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;
/** 「二〇二三年一月十六日」: a cover's date in Chinese numerals, as an official document prints it. */
const COVER_DATE_IN_WORDS = /^\s*(二[〇零][一二三四五六七八九〇零]{2})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日\s*$/;
/** 「二〇二五年三月」「2025年3月」: a cover's month, alone on its line near the top, with no day to make it a date. */
const COVER_MONTH = /^\s*(20\d\d|二[〇零][一二三四五六七八九〇零]{2})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*$/;
/** The year of a cover's month (see COVER_MONTH), or null: when the report came out, where no date says so. */
function coverMonthYear(head: string[]): string | null {
  for (const t of head.slice(0, 12)) {
    const m = COVER_MONTH.exec(toHalfWidth(t));
    if (m) return /^\d/.test(m[1]!) ? m[1]! : String(parseChineseNumeral(m[1]!));
  }
  return null;
}
function dateOf(meta: PageMeta | undefined, head: string[]): string | null {
  const m = meta?.meta ?? {};
  const raw =
    m['article:published_time'] || m['pubdate'] || m['publishdate'] || m['date'] || m['dc.date'] || m['publish_date'] || '';
  const iso = /(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(raw);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  for (const t of head.slice(0, 30)) {
    const d = /(?:发布(?:时间|日期)?|日期)[:：]\s*(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(t);
    if (d) return `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
  }
  // (「山东商业职业技术学院编」/「2025年2月18日」: a cover's date, alone on its line near the top)
  for (const t of head.slice(0, 12)) {
    const d = COVER_DATE.exec(toHalfWidth(t));
    if (d) return `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
    const w = COVER_DATE_IN_WORDS.exec(t);
    const [y, mo, da] = w ? [w[1]!, w[2]!, w[3]!].map(parseChineseNumeral) : [];
    if (y && mo && da && mo <= 12 && da <= 31) return `${y}-${String(mo).padStart(2, '0')}-${String(da).padStart(2, '0')}`;
  }
  return null;
}

const HEADER_WORDS = /序号|指标|项目|单位/;
const FIGURE_WITH_UNIT = /\d[\d,.]*\s*(?:万元|亿元|元|人|项|所|个|门|本|%|学时)/;
const TABLE_NUMBER = /[表图]\s*\d+(?:[-.—]\d+)?/g;
const SPACED_OUT = /(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g;
const SENTENCE_MARK = /[。，；！？]/;
/** A year column's label (a target's column, 2025年目标, is no year the figures are for). */
const YEAR_LABEL = /(?:20\d\d\s*[-—–~至]\s*)?(20\d\d)\s*(?:年度|学年|年)(?!\s*(?:目标|预期|预计|规划|计划))|(?<=^|\t|\s{2})(20\d\d)(?=\t|\s{2}|\s*$)/g;

/**
 * The latest year the report's figures are for (data): the newest year column of its indicator tables (a header row
 * naming 指标/单位 and two or more years), else the 学年 its text names most; null when neither is printed. And the
 * same read from its tables alone (tables), never from a sentence that names 项目 and two years.
 */
function dataYearOf(blocks: Block[]): { data: number | null; tables: number | null; captions: number | null } {
  let header: number | null = null;
  let tables: number | null = null;
  const terms = new Map<number, number>();
  /** The newest year each table's caption names (「表2  2023—2024年…」), how many captions name it. */
  const captioned = new Map<number, number>();
  const seeHeader = (cells: string) => {
    // (「项  目」: a header word spaced out to its column's width)
    if (cells.length > 160 || !HEADER_WORDS.test(cells.replace(SPACED_OUT, ''))) return;
    const half = toHalfWidth(cells).replace(LABEL_MEANS, '');
    // (「2023年非学历培训项目｜231项」: last year's figures, each named with its year, are no header's columns)
    if (FIGURE_WITH_UNIT.test(half.replace(YEAR_LABEL, '').replace(TABLE_NUMBER, ''))) return;
    // (「指标    2023    2024    变动」: a year printed bare is a column's label where it is a cell of its own)
    const ys = matchesOf(YEAR_LABEL, half).map((m) => Number(m[1] ?? m[2]));
    if (!(ys.length >= 2 || (ys.length === 1 && /[-—–~至]/.test(cells)))) return;
    header = Math.max(header ?? 0, ...ys);
    // (「…实训项目…预计2025年上半年…」: a sentence, no header)
    if (!SENTENCE_MARK.test(cells)) tables = Math.max(tables ?? 0, ...ys);
  };
  let seen = 0;
  for (const b of blocks) {
    if (!b || typeof b !== 'object') continue;
    if (b.kind === 'table') {
      for (const row of (Array.isArray(b.rows) ? b.rows : []).slice(0, 2)) if (Array.isArray(row)) seeHeader(row.join(' '));
      continue;
    }
    const t = typeof b.text === 'string' ? b.text : '';
    if ((seen += t.length) > 400000) break;
    if (!t.includes('20')) continue;
    // (「表1　2023年、2024年全省…」「表2  2023—2024年…」: the newest year the caption names)
    const caption = t.length <= 60 && t.startsWith('表') && TABLE_CAPTION_YEAR.test(toHalfWidth(t)) ? Math.max(...matchesOf(/20\d\d(?=\s*(?:年|学年|届))/g, toHalfWidth(t)).map((m) => Number(m[0]))) : null;
    if (caption) captioned.set(caption, (captioned.get(caption) ?? 0) + 1);
    // seeHeader reads lines of up to 160 characters only
    if (t.includes('\n')) {
      if (HEADER_WORDS.test(t)) for (const line of t.split('\n')) seeHeader(line);
    } else if (t.length <= 160) seeHeader(t);
    // (「附录括号内“2023年”“上年”指2022—2023学年」: a note saying what a label means names last year's school year, no data's)
    if (t.includes('学年'))
      for (const m of matchesOf(/(20\d\d)\s*[-—–~至]\s*(20\d\d)\s*学年/g, toHalfWidth(t).replace(LABEL_MEANS, '')))
        terms.set(Number(m[2]), (terms.get(Number(m[2])) ?? 0) + 1);
  }
  let best: number | null = null;
  // (「“2023”“2024”分别指2022—2023学年、2023—2024学年」: two school years named as often, the newer is the one reported on)
  for (const [y, n] of terms) if (best === null || n > terms.get(best)! || (n === terms.get(best)! && y > best)) best = y;
  // (only where two or more captions name a year, and all the same one)
  const captions = captioned.size === 1 && [...captioned.values()][0]! >= 2 ? [...captioned.keys()][0]! : null;
  return { data: header ?? best, tables: tables ?? best, captions };
}

/** The year a report to a congress says it reports on: 「现将我市2024年…情况报告如下」. */
const REPORTED_AS = /现将(?:我[市县区省旗]|全[市县区省旗])?\s*(20\d\d)\s*年度?[^。；;]{0,40}?(?:情况|工作)[^。；;]{0,10}?报告如下/;
/** A note on what a year's label stands for: 「“2023年”“上年”指2022—2023学年」. */
// (「“◆ 上年”为2023年度数，“同比”为与2023年度相比」: a brief's marked lines, and its change, said what they mean)
const LABEL_MEANS = /["“]\s*[◆●▲■◇○•·]?\s*(?:20\d\d\s*年?|上年|同比)\s*["”][^。；;，,]*?(?:指|为|是)[^。；;，,]*/g;
/** A year in brackets closing a title's line: 「（2024）」「（2024年度）」. */
const TRAILING_YEAR = /[（(]\s*20\d\d\s*(?:年度|年)?\s*[)）]\s*$/;
/** 「表2  2023—2024年临安区…」「表1 2024年…」: a table's caption naming a year. */
const TABLE_CAPTION_YEAR = /^表\s*\d{1,2}[\s.:：、]*(?:[^\d]{0,12}?)20\d\d(?:\s*[-—–~至]\s*20\d\d)?\s*(?:年|学年|届)/;

const PLACE_RE = new RegExp([...PROVINCES, ...allCities()].join('|'), 'g');
/** 「广州市对口援疆投入的资金」「浙江省援藏教师」: a partner province or city giving aid, not where the county is. */
const AIDS = /^(?:对口)?(?:支援|援疆|援藏|援青|帮扶|援建|援助)|^(?:对口|东西部协作|结对)/;
/** 「宁波市镇海区与我县结对开展新一轮东西部协作」: a clause on a partnership names the partner, wherever it stands in it. */
const PARTNERSHIP = /协作|结对|帮扶|对口|援[建助派疆藏青]|支援|支持下/;
/** The provinces that give aid in the east–west pairing (东西部协作): in a report that speaks of it, their places are the partners'. */
const EAST_PARTNERS = new Set(['北京市', '天津市', '上海市', '江苏省', '浙江省', '福建省', '山东省', '广东省']);
const EAST_WEST = /东西部?[^，,。；;]{0,4}协作|对口(?:支援|帮扶|协作)/;
/** The county receiving the aid (「宁波市镇海区与我县结对」「对我县的帮扶」), not giving it (「我区对口帮扶…」). */
const AIDED = /(?:与|同)我(?:县|区|市|旗)[^，,。；;]{0,10}(?:结对|结成|协作|帮扶)|(?:帮扶|支援|援助|援建)我(?:县|区|市|旗)|对我(?:县|区|市|旗)的?(?:帮扶|支援|援助|对口)|我(?:县|区|市|旗)[^，,。；;]{0,6}受援/;
/** The province of the first place a county report names in its opening, leaving out partners giving aid. */
function firstProvinceNamed(text: string): string | null {
  const eastWest = EAST_WEST.test(text) && AIDED.test(text);
  for (const m of matchesOf(PLACE_RE, text)) {
    if (AIDS.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) continue;
    // (the clause it stands in: 「疏附县位于喀什地区西部，是广州市对口支援的重点县之一」 places the county before naming its partner)
    const before = text.slice(Math.max(0, m.index! - 60), m.index!);
    const from = m.index! - before.length + Math.max(...[...'。，,；;\n'].map((c) => before.lastIndexOf(c))) + 1;
    const to = text.slice(m.index!).search(/[。，,；;\n]/);
    if (PARTNERSHIP.test(text.slice(from, to < 0 ? undefined : m.index! + to))) continue;
    const p = provinceByName(m[0]) ?? provinceOfCity(m[0]);
    if (p && !(eastWest && EAST_PARTNERS.has(p))) return p;
  }
  return null;
}

function parentCityOf(region: string, text: string): string | null {
  for (let i = text.indexOf(region); i >= 0 && i < 200000; i = text.indexOf(region, i + 1))
    for (let len = 3; len <= 8 && i - len >= 0; len++) {
      const city = text.slice(i - len, i);
      if (provinceOfCity(city)) return city;
    }
  return null;
}
