/**
 * Prose reader: region-wide figures in sentences, read clause by clause the way a report writer states them.
 *
 * Who a figure belongs to (the lexicon in the catalog names every indicator; see lexicon.ts):
 * - noun, then figure: 「全县共有专任教师412人」「生师比为15.5:1」「在校生满意度2023年为95.8%」;
 * - figure, measure word, then noun: 「共有412名专任教师」「开设…等42个专业」「3124名学生获得职业技能等级证书」;
 * - a share: 「“双师型”教师占专业课教师的64.5%」「具有高级职称的专任教师占比27.3%」, also when the numerator
 *   stands in the clause before (「“双师型”教师1,934人，占专任教师的63.5%」);
 * - a restatement of the figure just read: 「（上年14,730人）」「上年为6102人」「由上年的27所调整为26所」,
 *   「2023年为95.8%，2024年为96.3%」, and lists read out again with 分别为 (「上年分别为251人、1,902人」).
 * When a figure is dated (each figure on its own): a year right before it (「较2023年的3,305元」), 上年/去年
 * before it (the year before), the clause's own year, the sentence's, else the report's.
 * What is never the region's figure: a figure inside a 案例 box; a clause naming a single school or a
 * sub-region (and the rest of its sentence); a change (增加282人); a plan or target (到2025年…, 力争); a
 * cumulative count (累计); a filtered set (参加评估的学校, 新增专业); a subset word qualifying a total
 * (其中女生, 公办… for the whole count).
 */
import { idsForRowLabel, INDICATORS, indicatorById, labelKey, PART_OF, STANDARD_TABLE, TEMPLATE_PARENTS } from '../catalog/index';
import { convertUnit, findNumbers, parseChineseNumeral, toHalfWidth, type NumberMatch } from '../numbers/parse';
import { CARD_MARK, FIGURE_BAR_CARD, LIST_MARK, NAME_BAR_CARD, RECORD_LINE, SPEAKER_ROLES, UNIT_ALONE } from '../text/normalize';
import type { Candidate } from './candidate';
import { isHan, ocrDigits, ocrSpacing, yearOfHeaderCell } from './cells';
import { ANY_UNIT, idForUnit, lexiconFor, mayHoldTerm, PART_NAMES, type Lexicon, type Term } from './lexicon';
import { namesSchool, namesSubRegion, onlySchoolOf, ownOnlyScope, ownRunScope, SCHOOLS_IN_SCOPE, schoolShortNames, scopeOf, wholeAreaScope, type Scope } from './scope';
import type { Item, Row } from './stream';
import type { ReportIdentity } from './types';
import { dateSlashed, slashOrderOf, unslash } from './slashed';
import { warning, type EngineWarning } from './warnings';
import { matchesOf } from './matches';
import { noneSaidIn } from './noneSaid';

export { namesSchool, namesSubRegion, scopeOf, SCHOOL_TITLE_TAIL, type Scope };

/** Who runs or ranks the schools counted: 「市级教育部门举办的公办中等职业学校3所」 is a subset. */
// (「机构编制部门核定全市…」: a department that approves is no owner; one that runs or heads the schools is)
// (「受援学校现有在校生3260人」: a school another aids, or is paired with, is another school)
const OWNER = /(受援|结对|帮扶的|援建的|举办的|部门(?!核定|核准|批准|审核|统计|认定)|市级|县级|区级|省级|州级|盟级|自治区级|国家级|示范|重点(?!人群|群体|人员|产业|行业|领域)|优质|强基|高水平|双高|双优|现代化|标杆|品牌|建设院校|建设学校|建设单位|其他|新增|新建|优秀|先进|模范|标兵|名师|骨干|合作(?!开办|开设|举办|建设|建立|开发|设立|编写|培养)|授课|双语)/;
/** Verbs 合作 may stand before as the way something was done (合作开办). */
const CO_VERB = /^(?:开办|开设|举办|建设|建立|开发|设立|编写|培养)/;
/** A count of the schools, people or programmes that went through something is not a count of all of them. */
const FILTERED = /(参加|参与|接受|纳入(?!本报告|本年报|统计)|获评|遴选|评估|评价|监测|验收|认定|达标|参赛|获奖|新(?:增|建|设|开设|开发|开|编|引进|办|入选|认定|获批|立项|补充|招聘|聘)|公开招聘|招聘|招录|考录|补充|立项|申报|试点|预警|整改|抽样|抽查|抽取|样本|受访|调查(?!显示|表明|结果|发现)|参评|通过|被[^，,。；;]{0,10}录取|考取|考入|符合|报送|满足|撤销|停招|撤并|评选|评出|表彰)/;
/** Another population than the vocational schools': 普通高中, 各级各类学校. */
const OTHER_POPULATION = /(普通高中|普高|综合高中|职业本科|本科层次职业|初中|小学|幼儿园|各级各类(?:学校|教育|院校)|义务教育|高中阶段|特殊教育|普通高校|本科高校|技工院校|技工学校)/;
/** Some of the schools, however the sentence goes on: 「19所中职学校中的12所」「有16所学校的」. */
const SOME_OF_THEM = /中的\s*[0-9一二三四五六七八九十]+\s*所|有\s*[0-9一二三四五六七八九十]+\s*所(?:学校|院校)的|[0-9一二三四五六七八九十]+\s*名(?:教师|学生|毕业生|专任教师)中/;
/**
 * 「共调查在校生4.2万人、毕业生1.1万人、…、教职工5,120人」「抽查覆盖学校62所、专业点186个」: a list of counts after a survey's or a
 * check's verb is who and what it reached, a sample, never the region's stock (a rate of those surveyed is read).
 */
// (「共调查在校生、毕业生、用人单位、家长和教职工12.4万人」: the groups listed first, one figure for them all after)
const SAMPLED_LIST = /(?:调查|抽查|抽样|抽取|覆盖)(?!显示|表明|结果|发现)(?:[^，,；;。%％]*?\d[\d,.]*\s*万?\s*(?:人|所|个|家|份|名)[^，,；;。%％]*?、|[^，,；;。%％\d]{0,8}、[^，,；;。%％\d]*?\d[\d,.]*\s*万?\s*(?:人|所|个|家|份|名))/;
/** A comparison with a wider region (全省, or the parent city by name) or a national standard, in its own clause. */
const COMPARED_WIDER = /^[^，,；;]{0,6}(?:高于|低于|超过|略高于|略低于|优于|持平|接近|与)[^，,；;]{0,4}(?:全国|全省|全自治区|全市|全区|国家|省|[\u4e00-\u9fa5]{2,7}(?:省|自治区|市|州|盟|地区))[^，,；;]{0,12}(?:平均|水平|标准|要求)/;
/** A sentence about what the report leaves out: 「另有技工学校6所…，未纳入本报告统计范围」. */
const LEFT_OUT = /(未纳入|不纳入|不在本报告|未列入|不含在|未计入|不计入|不作统计|不予统计|不作为统计|仅作参照|仅作参考|仅供参考|仅供参照)/;
/** A short list item with no figure: 「■ 教育教学」「■ 规模：在校生稳步增长」. */
const isSubtitle = (text: string) => text.length <= 30 && (LIST_MARK.test(text) || KEYWORD_HEAD.test(text)) && !hasFigure(text);
/** A feature's numbered subheading: 「关键词三：出路」「亮点二｜…」. */
const KEYWORD_HEAD = /^\s*(?:关键词|关键字|亮点|看点|特点|变化|关注点|数读|观察)\s*[一二三四五六七八九十]{1,3}\s*[:：｜|·]/;
/** Someone quoted speaking of their own school: 「“我们学校…」. */
const OUR_SCHOOL = /“[^”]*(?:我们(?:学校|学院|这所学校)|我校|本校)/;
/** The writer's own school, said without quotes: 「我校专任教师…」「我们学校…」. */
const OUR_SCHOOL_SAID = /我校|本校|我们(?:学校|学院|这所学校)/;
/** A clause that is a sum and its figure, nothing named: 「合计27门」「共计41本」. */
const SUM_ALONE = /^\s*(?:合计|共计|总计|两者合计|以上合计)\s*(?:为|达到?)?\s*$/;
/** A sentence opening on a condition: 若将…纳入, 如按…口径, 假如. */
// (「如合并统计，学校在校学生总数为10022人」: counted together with what the report leaves out)
const HYPOTHETICAL = /^\s*(?:若|如果|假如|倘若|假设|如)\s*(?:将|按|把|以|计入|纳入|按照|采用|换算|折算|合并|一并|加上|包括|包含|含)/;
/** What the report itself counts, after a hypothetical: 本报告仅统计, 实际, 按本报告口径. */
const REPORT_COUNTS = /本报告|仅统计|只统计|实际|按本口径|本口径/;
/**
 * A clause about some schools, read as such when a filter word goes with it: 「在全市抽取的8所样本学校中」
 * 「从参加评估的19所学校来看」「9所样本学校共有…」 (「全市26所中职学校中，公办19所」 is all of them).
 */
// (「选取9所学校作为样本学校」「9所样本学校共有…」: the schools counted, then what they were taken as)
const SOME_SCHOOLS = /[0-9一二三四五六七八九十]+\s*所(?:中职|高职)?(?:学校|院校)?\s*(?:作为|样本|抽样|受访|参评|试点)|[0-9一二三四五六七八九十]+\s*所[^，,。；;]{0,10}(?:来看|看)$|(?:中的|其中|有|已有)\s*[0-9一二三四五六七八九十]+\s*所|[0-9一二三四五六七八九十]+\s*所[^，,。；;]{0,10}中[，,]?$|[0-9]+\s*所(?:学校|院校)的|的\s*[0-9一二三四五六七八九十]+\s*所(?:中职|高职)?(?:学校|院校)/;
/** 「通过春季高考、贯通培养等渠道升学」: the means of a whole, not a filter on it. */
const MEANS = /等(渠道|方式|途径|形式)$/;
/** The means named before what was reached by them, up to the figure's name: 「通过中本贯通、职教高考」. */
const MEANS_OPEN = /(?:通过|经由|经)[^，,；;。0-9]{0,20}$/;
const CHANGE = /(增加|增长|提高|上升|下降|减少|提升|降低|增幅|同比|比上年|比去年|较上年|较去年|多出|高出)/;
/** A change stated right before its figure: 「较上年增加282人」. 增至/提高到 state a level, not a change. */
// (「由5所减为4所」「增加为」: a verb then 为 states the level reached, as 增至 does; a change's noun then 为, 「增幅为」, the change)
// (「高于上年170元」「比上年多15人」: by how much it is above or below last year's)
const CHANGE_BEFORE = /(?:(?:增加|增长|提高|上升|下降|减少|提升|降低|多出|高出|净增|新增|扩大|缩减|回落|缩小|增|减)了?(?:达|达到)?|(?:增幅|增速|降幅)(?:为|达|达到)?|(?:高于|低于|多于|少于|超出)(?:上一?学?年|去年|上一?届)(?:同期)?|(?:比|较)(?:上一?学?年|去年|上一?届)(?:同期)?(?:多|少|高|低)了?)\s*(?:约|近|超过|逾)?\s*$/;
/** A verb that moves a figure to a new level: what follows it is the current year's (由上年的X增至Y). */
/** Verbs of a level reached with 为 (「由5所减为4所」), beside the ones with 到/至 each pattern below lists. */
/** What arrows a figure to the next (「312人→338人」), from its start to where it came to. */
const ARROWS = '→|->|—>|⟶|➝|➜|⇒';
const TO_LEVEL_WEI = '减为|降为|增为|增加为|增长为|提高为|提升为|上升为|下降为|减少为|缩减为|缩小为|压减为|压缩为|压缩到|压缩至|改善为|改善到|改善至|优化为|优化到|优化至';
/** 「生师比由17.3:1降到17.0:1」: the short verbs of reaching a level. */
const TO_LEVEL_DAO = '降到|升到|增到|减到|回落到|回落至';
const TO_LEVEL = new RegExp(`(扩容到|扩容至|升级到|升级至|升级为|增至|${TO_LEVEL_WEI}|${TO_LEVEL_DAO}|增加到|增加至|增长到|增长至|提高到|提高至|扩大到|扩大至|提升到|提升至|上升到|上升至|升至|降至|下降到|下降至|减少到|减至|缩小到|缩小至|调整为|变为|达到)`);
/** A short line naming a span of years (a chart's or a table's caption): 「图16　2020—2024年全市中职专任教师数与生师比」. */
const YEARS_SPAN_CAPTION = /(?:19|20)[0-9]{2}\s*年?\s*[—–\-－~～至到]+\s*(?:19|20)?[0-9]{2}\s*年/;
/** A sentence's punctuation, which a caption has none of. */
const SENTENCE_MARK = /[，。；,;]/;
/** How many items after such a caption the text still tells of its years. */
const SPAN_CAPTION_REACH = 8;
/** Words that set a change over more than the year (十四五以来, 五年来, 累计, 年初): where it started is no year's figure. */
const OVER_A_SPAN = /以来|[两三四五六七八九十]年(?:来|间|中)|近[两三四五六七八九十]年|期间|累计|年初|年末|年底|原有|原来|此前|最初|历年|十[二三四五]五/;
/** Whether a sentence sets its changes over a span, or names a year before the one before the report's. */
const A_YEAR = /(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])/g;
function spansOrReachesBack(sentence: string, year: number): boolean {
  if (OVER_A_SPAN.test(sentence)) return true;
  for (const m of sentence.matchAll(A_YEAR)) if (Number(m[1]) < year - 1) return true;
  return false;
}
/** The verb of a change, at the end of the text before its figure. */
const CHANGE_VERB = /(增加|增长|提高|上升|下降|减少|提升|降低|多出|高出|净增|新增|扩大|缩减|回落|缩小)了?\s*(?:约|近|超过|逾)?\s*$/;
/** The cumulative words other than 累计 (see CUMULATIVE). */
// (「2020、2021两年合计向社会输送中职毕业生4.67万人」: so many years summed)
const OTHER_CUMULATIVE = /历年|近[三五十]个?学?年|[二三四五]年来|以来|[两二三四五]年(?:合计|共计|总计|共)/;
/** Cumulative counts and ranges of years are not a year's figure. */
const CUMULATIVE = new RegExp(`累计|${OTHER_CUMULATIVE.source}`);
/** 「全年累计」「年内累计」: a sum over the year. */
const YEAR_TOTAL = /(?:全年|年内|当年|本年度?)累计/;
/** A sentence opening on one year (「2024年，」), not its end (「2024年底」). */
const ONE_YEAR_OPENS = /^\s*20\d\d\s*年度?(?![底末])/;
/** The year a clause opens on (「2023年为10所」). */
const OPENING_YEAR = /^\s*(20\d\d)\s*(?:年度|年|届)(?![底末])/;
/** What makes 累计 run over several years: a span, a date it runs up to, a plan's period. */
const SPAN_OF_YEARS = /截至|截止|以来|近[二两三四五十]个?学?年|历年|年来|20\d\d\s*(?:年度?)?\s*[-—–~至到]\s*20\d\d|十[三四五]五/;
/**
 * 累计建成/累计建有: a stock, all built so far, not a sum of years' flows; so is 累计入选 (「累计入选“十四五”职业教育国家规划
 * 教材57本」「入选…国家规划教材累计48本」): all of the region's chosen into a list so far.
 */
const BUILT_SO_FAR = /累计(?:建成|建有|拥有|入选)|入选[^，,；;。]{0,30}累计/;
/** One batch's or one year's selection: 「入选第二批」「新入选」「2024年入选」. */
const SELECTED_IN_BATCH = /第[一二三四五六七八九十\d]+批|首批|新入选|当年入选|20\d\d\s*年度?(?:新)?入选/;
/** Words that turn the rest of a sentence into a plan or a target. */
const PLAN = /(力争|目标|预计|预期|争取|确保|将要|逐步(?:将|把|使)|拟(?:于|在|将|新增|建设|开设|投入|招收|到)|(?<![截止])(?:到|至)20\d\d年|20\d\d年前|要达到|需达到)/;
/** 「至2024年8月底，全市共有…」 in a 2024 report: a date the figures are as of, not a year planned for. */
/** 「至2024年」: the year a clause counts up to. */
const BY_YEAR = /(?<![截止])(?:到|至)(20\d\d)年/g;
function isPlan(half: string, reportYear: number | null): boolean {
  if (!PLAN.test(half)) return false;
  if (reportYear === null || !(half.includes('到') || half.includes('至'))) return true;
  return PLAN.test(half.replace(BY_YEAR, (w, y: string) => (Number(y) <= reportYear ? ' '.repeat(w.length) : w)));
}

/**
 * 「2.162,406名毕业生落实毕业去向」: an item's number printed against the figure. Grouped thousands after the point
 * tell it from a decimal (2.162 would never be followed by ,406).
 */
/** 「【196,538人】2024年全省高职院校全日制在校生196,538人…」: a paragraph's lead figure, set off before the text that states it. */
/** A sentence opening on the set it is set in: 「在新增的138个布点中，」「新增专业布点中，」. */
const SET_WITHIN = /^\s*(?:在)?([^，,。；;：:]{2,30}?)中\s*[，,]/;
const ADDED_OR_CUT = /新增|新设|新开设|撤销|停招|调减/;
const SAMPLED_SCHOOLS = /(?:样本|抽样|抽查|抽取|受访|参评)[^，,。；;]{0,12}(?:学校|院校|职校)/;
/** A clause opening on what was added or cut this year, over a list of counts (「当年补充专业课教师5名、思政课教师1名」). */
const ADDED_LIST = /^\s*(?:20\d\d年|当年|全年|今年|本年|年内)?\s*(?:通过[^，,；;、]{0,16}?)?(?:新增|新招聘|新招录|新进|新建|新开设|新设|补充|引进|招聘|招录|公开招聘|撤销|停招|调减|撤并)[^，,；;]*?(?:[0-9][0-9,.]*|[一二两三四五六七八九十百千]+)\s*[\u4e00-\u9fa5%]{0,2}\s*、/;
/** What follows 分别 when the figures after it are changes: 增加, 减少, 提高了… */
const CHANGED_BY = /^\s*(?:增加|减少|增长|下降|提高|降低|上升|增|减|扩大|缩小|多|少)/;
/** Where a change started, dated: 「由2023年的」「从上年的」. */
const DATED_START = /(?:由|从)\s*(?:20\d\d\s*(?:年度|年|届)|上一?学?年|去年|上一?届)\s*(?:同期)?\s*的?\s*$/;
const LEAD_FIGURE = /^[\s\u3000]*【\s*(?:约|近|超)?[0-9０-９][0-9０-９,.，]*\s*[^【】\s0-9]{0,6}】/;
const ITEM_NUMBER_ON_FIGURE = /^\s*[0-9]{1,2}[.．](?=[0-9]{1,3}(?:,[0-9]{3})+(?![0-9.]))/;

/** A clause stating the figure of the name ending the clause before: 「，全市合计是2280名」; and what stands before that figure. */
const WHOLE_STATED = '^\\s*(?:全[市县省区州盟旗]|我[市县省区])\\s*(?:合计|共计|总计)\\s*(?:为|是|达到?|有)?\\s*(?:约|近)?\\s*';
const NEXT_STATES_WHOLE = new RegExp(WHOLE_STATED + '[0-9]');
const WHOLE_STATED_BEFORE = new RegExp(WHOLE_STATED + '$');

/** 「上年（2023年）全县中职毕业生…」: a clause about last year as its subject (上年为…, 上年的… restate instead). */
// (「上年3380人」「上年约为1.37亿元」: last year's figure alone restates the clause before, opening nothing)
// (「上年二百三十六人」「上年十一比一」: a figure in words alone restates as one in digits does)
const MAY_OPEN_LAST_YEAR = /^\s*(?:上一?学?年|去年|上一?届)(?!(?:约|近)?[为是的]|\s*[（(]\s*20\d\d\s*(?:年度?|届)\s*[)）]\s*[为是的]|\s*(?:约|近)?\s*[0-9][0-9,.]*\s*(?:万|亿)?\s*[^，,；;0-9]{0,4}\s*$|\s*(?:约|近)?\s*[〇零一二两三四五六七八九十百千万亿点]+(?:比一)?\s*[^，,；;0-9〇零一二两三四五六七八九十百千]{0,4}\s*$)/;
/** A report's own level word, which names its own money and programmes, not a subset of them. */
const OWN_LEVEL: Record<string, RegExp> = { province: /省级/g, city: /市级/g, county: /县级/g };
/** A municipality's own level is 市级, an autonomous region's 自治区级 or 区级, a district's 区级. */
function ownLevelOf(report: ReportIdentity): RegExp | null {
  const region = report.region ?? '';
  if (report.regionLevel === 'province' && region.endsWith('市')) return /市级/g;
  if (report.regionLevel === 'province' && region.endsWith('自治区')) return /(?:自治)?区级/g;
  if (report.regionLevel === 'county' && region.endsWith('区')) return /区级/g;
  if (report.regionLevel === 'city' && /[州盟]$/.test(region)) return new RegExp(`${region.slice(-1)}级`, 'g');
  return OWN_LEVEL[report.regionLevel ?? ''] ?? null;
}
/** A section of plans: its figures are targets. */
const PLAN_SECTION = /(下一步|打算|展望|努力方向|工作思路|工作重点|工作计划|改进措施|对策建议|发展目标|奋斗目标|目标任务|(?:主要|工作|年度)目标(?!完成|达成|实现|落实))/;
/** A heading that names the year's results beside its plans: 「工作成效及…打算」「总结与展望」. */
const RESULTS_TOO = /成效|成绩|完成情况|进展情况|工作情况|回顾|总结/;
const BACK_MATTER = /^\s*(?:结束语|结语|注释|注|附注|说明|数据说明|参考文献)\s*[:：]?\s*$/;
/** 「2025年奋斗目标」「2025年工作要点」: a section titled by a year after the report's, with what is to be done in it. */
const LATER_YEAR_PLAN = /(20\d\d)\s*年度?[^，,。；;]{0,8}?(?:目标|计划|任务|打算|要点|重点)/;
function plansLaterYear(title: string, year: number | null): boolean {
  const m = year !== null ? LATER_YEAR_PLAN.exec(title) : null;
  return !!m && Number(m[1]) > year!;
}
/** 「📌 PART 8｜2026，我们这样干」「奋进2026」: a heading whose every year is after the report's is about what is to come (a
 * graduating class, 2026届, is no plan). */
const YEAR_NAMED = /(?<![0-9])(20\d\d)(?![0-9]|\s*届|\s*级|\s*[.．/／\-－]\s*\d|\s*年\s*\d{1,2}\s*月)/g;
function namesOnlyLaterYears(title: string, year: number | null): boolean {
  // (「2025.01」「2025年1月」 under the title: when it was published)
  if (year === null || !/[\u4e00-\u9fa5]{2}/.test(title)) return false;
  const years = [...title.matchAll(YEAR_NAMED)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y > year);
}
/** 「…质量年度报告（2025）」, a running head: the report's own title, by the year it came out. */
const OWN_TITLE_WORD = /报告|年报/;
/** Whether a section's title opens what is planned: 「下一步打算」「2025年工作要点」「📌 PART 8｜2026，我们这样干」, not one naming the
 * year's results beside its plans (「工作成效及2025年打算」). */
function plansAhead(title: string, year: number | null): boolean {
  return (PLAN_SECTION.test(title) || plansLaterYear(title, year) || (namesOnlyLaterYears(title, year) && !OWN_TITLE_WORD.test(title))) && !RESULTS_TOO.test(title);
}
/** 「2026年，龙岗区将重点做好以下几项工作：」「报告里也给2026年定下了几个小目标🎯：」: a paragraph leading into a list with what a
 * later year is to bring. */
const PLAN_LEAD = /(?:将|要|目标|计划|任务|打算|安排)[^，,。；;！？!?]*[:：]\s*$/u;
function leadsIntoPlan(text: string, year: number | null): boolean {
  const last = text.slice(Math.max(text.lastIndexOf('。'), text.lastIndexOf('；'), text.lastIndexOf('！')) + 1);
  return PLAN_LEAD.test(last) && namesOnlyLaterYears(last, year);
}
/** A later year alone on a line, maybe with what the writer will do in it: 「2025年」「2025年，我们将👇」「展望2025年」. */
const LATER_YEAR_ALONE = /^\s*(?:展望\s*)?(20\d\d)\s*年\s*(?:[，,:：]?\s*(?:我们将|我们要|将|展望|计划|目标|我们的目标)[^\u4e00-\u9fa50-9]*)?\s*$/;
/** A plan stated in one clause (招生计划2.4万人): that clause only. 实际… reads what happened. */
/** The words that state a standard: 国家要求, 国家标准为, 标准要求, 规定的标准. */
const STANDARD_WORDS = '国家(?:要求|规定)|国家标准(?:为|是|要求)|标准要求|规定的?标准';
// (「国家要求“双师型”教师占专业课教师比例超过50%」: the standard the nation sets, likewise)
// (「招生计划完成情况良好（招收新生29075人…）」: how a plan went is what happened)
const PLAN_HERE = new RegExp(`((?<!教学|培养|双高)计划(?!内|完成|执行)|规划(?!教材)|指标数|任务数|不低于|不少于|办学标准|${STANDARD_WORDS})`);
/** 「生均0.86个」: a figure per student with no name of its own (see COUNTED_BEFORE_FIGURE). */
const PER_STUDENT_ALONE = /^\s*生均\s*(?:为|达到?|约)?\s*$/;
/** The name of what a clause counts, right before its figure: 「校内实践教学工位7690个」「教学仪器设备总值8830万元」. */
const COUNTED_BEFORE_FIGURE = /([\u4e00-\u9fa5]{2,24}?)(总数|总值|总额|总量|数)?\s*(?:为|达到?|共|有|约)?\s*[0-9]/;
/** 「…方面，」: a clause naming the topic of the ones after it. */
const TOPIC_END_MARK = /方面[，,\s]*$/;
/** How a standard bounds its figure: 「不低于」「超过」. */
const STANDARD_BOUND = /(?:应|须|需|要)?(?:不低于|不少于|不高于|不超过|超过|高于|低于|达到|在)\s*$/;
/** A standard said in words, after the share it bounds: 「…占专业课教师总数超过|一半的要求」. */
const STANDARD_TAIL = /\s*(?:一半|半数|三分之一|三分之二)\s*的\s*(?:要求|标准)\s*$/;
/** A clause stating a standard the region is held against (国家要求…, 标准要求…, 对照…的要求), not a figure of its own. */
const STANDARD_SAID = new RegExp(`${STANDARD_WORDS}|标准规定|对照[^，,；;。]{2,40}(?:要求|标准)$`);
const ACTUAL = /^\s*(?:实际|实有|实现|最终|完成值|完成情况)/;
/** 「毕业去向落实率：目标值97%」: a name, then its target; 「完成值98.69%」 in a later clause is the name's figure. */
const TARGET_OPENS = /^(.{2,30}?)[:：]\s*(?:年度)?目标值?\s*(?:为)?\s*(?=[0-9])/;
// (「…专项经费预算18900万元，实际到位18240万元」: what arrived of a budget, after it)
const DONE_LEAD = /^\s*(?:(?:实际)?完成(?:值|情况)?|实际(?:到位|到账|投入|支出|下达|拨付)(?:资金)?|到位资金)\s*(?:为|达到?)?\s*$/;
/** 「2023年中职教育财政专项经费预算18900万元」: a name, then its budget, what the clause after it says arrived held against it. */
const BUDGET_OPENS = /^(.{2,40}?)(?:年度)?预算(?:数|安排|资金)?\s*(?:为|是)?\s*(?=[0-9])/;
/**
 * A county's only school is the county: its figures are the region's. (「全市唯一一所民办高职院校」: the only one of a kind
 * of school is one of the region's several.)
 */
const ONLY_SCHOOL = /(?:唯一|仅有的?\s*[1一]\s*所|只有\s*[1一]\s*所|[1一]\s*所[，,]\s*即)(?!\s*(?:[1一]\s*所)?\s*(?:的\s*)?(?:民办|公办|私立|中外合作|国家级|省级|市级|示范|重点|优质|高水平|双高|技工|职业本科))/;
/** Ways of admission (单独考试招生2186人): the students one took in are some of the intake. */
const ADMISSION_WORDS = '单独考试|单独招生|单招|普通高考|统招|对口招生|注册入学|提前招生|春季高考|分类考试|综合评价';
const SUBSET_WORDS = `其中|职业本科|普通本科|在编|编内|编外|转段|五年制|五年一贯制|一体化|公办|民办|男生|女生|女|男|少数民族|非全日制|学历(?!教育)|本科及以上|硕士|博士|研究生|职称|高级|中级|初级|(?<!专)兼职|外聘|新进|新招|引进|美育|体育|思政|德育|文化课|专业课|公共基础|班主任|心理|中外合作|国外|留学|参赛|参加|获奖|贯通|示范|重点|优质|强基|高水平|骨干|技工|本科院校|专业|市级|县级|区级|省级|国家级|${ADMISSION_WORDS}`;
const SUBSET = new RegExp(`(${SUBSET_WORDS}|高职)`, 'g');
const SUBSET_HIGHER = new RegExp(`(${SUBSET_WORDS}|中职|中等职业)`, 'g');
/** Nothing but a list item's mark: 「●学校：26所」 names the whole by a plain noun, as a table's row label does. */
const ITEM_ONLY = new RegExp(`${LIST_MARK.source}\\s*$`);
/** A plain population noun is the whole only after a word that says so (共有学生…, 全市学生…). */
const TOTAL_BEFORE_NOUN = /(共有|现有|拥有|共计|合计|总计|总共|(?:开设|设置)的?|全[市县省区州盟旗](?:中职|中等职业学校|职业学校)?)\s*$/;
/** What states a whole: 共有/全市共/总数/合计. Among prose figures for one indicator, a stated whole is kept. */
const TOTAL_MARK = /(共有|现有|拥有|共计|合计|总计|总数|总量|全[市县省区州盟旗]共)/;
/** A short term in straight, corner or single quotes. */
const OTHER_QUOTES = /["「‘]([^"「」‘’“”\s]{1,12})["」’]/g;
/** 「公办学校「29所」」「招收新生“18742人”」: a figure quoted from the report, read as the figure (the quotes as spaces). */
const QUOTED_FIGURE = /["「‘“]((?:约|近|超过|逾)?[0-9][0-9,.]*\s*(?:万|亿)?\s*[^\s"「」‘’“”0-9+＋]{0,3})["」’”]/g;
/** 上年度/上一年度: last year, in a report that names its years 本年度/上年度. */
const LAST_YEAR_DU = /上一?年度/g;
const LAST_YEAR = /(上年|去年|上一年|上学年|上一学年|前一年|上届|上一届)/;
/** Whether the text names the school year that starts in the given year (2024—2025学年). */
function startsInReportYear(text: string, year: number): boolean {
  return new RegExp(`${year}\\s*[-—–~至]\\s*${year + 1}\\s*学年`).test(text);
}
/** Units whose counts a figure in 个 does not give. */
const COUNTED_OTHERWISE = new Set(['所', '人']);
/** Measure words of counted things: the figure-then-noun order takes only these. */
const MEASURE = new Set(['人', '名', '所', '个', '门', '本', '项', '家', '部', '种', '册', '件']);
/** What may follow a counted figure that belongs to the name before it. */
const FIGURE_END = /^(?:$|[\s，,。；;：:、)）(（.]|其中|中|和|及|与|等|以上|左右|余|多|的比|占|为|是|，|[A-Za-z0-9]|增|降|提高|提升|升|调整|减|扩大|缩|下降|上升|比|较|同比|居|位)/;
/**
 * After a counted figure, a noun it counts (有7个专业被评为…) or an action only some took (毕业生1,315人参加考核):
 * then the figure is not the name's before it. Other verbs leave it the name's (聘请行业导师587人走进课堂).
 */
const NOUN_AFTER = /^(?:专业|学校|院校|学生|教师|企业|课程|项目|基地|教材|班|名|参加|参与|报名|通过|获得|取得|获|被|考取|考入|考上|升入)/;
/**
 * 「聘请行业导师146人参与专业教学」: those a verb of hiring counts take part in what they were hired for; the figure is
 * still the count hired (「专任教师326人参加国培」 counts some of the teachers).
 */
const TAKES_PART = /^(?:参与|参加)/;
const HIRED = /(?:聘请|聘用|聘任|外聘)[\u4e00-\u9fa5“”、]{2,16}$/;
/** Up to a verb of hiring: what stands before it says where they came from. */
// (「聘请企业技术骨干担任行业导师」: and who was hired, before the role they were hired as)
const HIRED_FROM = /^.*(?:聘请|聘用|聘任)了?(?:[^，,；;。]{1,16}?(?:担任|充任|作为)$)?/;
/** After a figure and its noun, what only some of them did: 「5所中职学校被评为…」「12所学校参加…」. */
// (「1所民办学校停止办学」: the schools closed or merged, too)
const ACTED_ON = /^\s*(?:被|因|由于|成为|列为|确定为|获评|获批|入选|通过|参加|参与|参赛|与|开展|实施|承担|举办|开设|开办|设有|招收|停止|停办|暂停|撤销|撤并|关停|注销|并入|合并)/;
/** 「与上年的」「和2023年」 before a figure, 「相比」 after its name: an earlier year's figure set beside this year's. */
const COMPARED_YEAR_BEFORE = /(?:与|和|同|跟|较|比|对比)\s*(?:上一?学?年度?|去年|上一?届|20\d\d\s*(?:年度?|届))(?:同期)?\s*(?:的|末|底)?\s*$/;
const COMPARED_AFTER_NAME = /^\s*(?:相比|比较|相较|对比)/;
/** Nothing but the region's own name or a year before a figure: it opens its clause. */
const CLAUSE_OPEN = /^\s*(?:全[市县省区州盟旗]|我[市县省区])?\s*(?:20\d\d\s*年度?)?\s*(?:共有|有)?\s*$/;
/** Indicators measured three years after graduation: a cohort's 届 dates the figure three years on. */
/** A clause that only sets an international contest as the scene of the next: 「在2024年金砖国家职业技能大赛中」. */
const INTL_SCENE = /^\s*(?:在|于)?[^，,；;。]{0,24}?(?:国际|世界|金砖国家|一带一路|东盟)[^，,；;。]{0,20}?(?:大赛|比赛|竞赛|赛事|技能赛)(?:[^，,；;。]{0,4}赛项)?(?:中|上)?\s*$/;
/** The scene and the win in one clause: 「…学生在2024年“一带一路”暨金砖国家…大赛相关赛项中获奖」. */
const WON_AT_INTL = /在[^，,；;。]{0,30}?(?:国际|世界|金砖国家|一带一路|东盟)[^，,；;。]{0,24}?(?:大赛|比赛|竞赛|赛事|技能赛)(?:[^，,；;。]{0,4}赛项)?(?:中|上)\s*(?:共|累计)?获(?:得)?(?:各类)?(?:奖项?|奖牌)\s*$/;
/** What the clause after the scene says was won: 「全市中职学生获奖2项」「共获得奖项4项」. */
const WON_THERE = /获(?:得)?(?:各类)?(?:奖项?|奖牌)\s*$/;
/** After a figure: the schools (majors, students) it picks out, 「…的学校76所」. */
const CRITERION_AFTER = /^\s*(?:及?以上|及?以下|左右)?\s*的\s*(?:中职|高职)?(?:学校|院校|专业|学生|教师|班级)/;
/** A clause that only sets a span since a named time: 「“十四五”以来」「2020年以来」 (not 近年来, which says now). */
const SINCE = /(?:十[一二三四五六]五[”"」]?|20\d\d\s*年|建校|成立)\s*以来\s*[，,]?\s*$/;
/** The first few of a ranking before a name: TOP10, 前十位, 排名前5的. */
const RANKED_BEFORE = /(?:TOP|Top|top)\s*\d+\s*(?:的)?\s*$|(?:排名)?前\s*[0-9一二三四五六七八九十]+\s*(?:名|位|强|个)?\s*(?:的)?\s*$/;
/** Words naming a route of study that makes whatever follows a part (贯通培养专业点, 五年制学生). */
const ROUTE_PART = /^(?:贯通|转段|五年制|五年一贯制|一体化|中外合作)$/;
const ADMISSION_ROUTE = new RegExp(`^(?:${ADMISSION_WORDS})$`);
const ROUTE_PART_IN = /贯通|转段|五年制|五年一贯制|一体化|中外合作/;
/** 「每216名学生配备」: one figure per so many of another. */
const PER_SO_MANY = /每\s*(?:[0-9][0-9,.]*\s*)?[名人个所班校]?[\u4e00-\u9fa5]{0,8}?(?:配备|配置|拥有|有)\s*$/;
/** A clause that only restates a figure for a year: 「2023年为15380元」「2022年是96.1%」. */
// (「2023年分别为96540门和6125480学时」: several figures restated at once)
/** 「2024年121466人」「2024年为68115人」: a clause of a year and a figure, nothing else. */
const YEAR_AND_FIGURE_ALONE = /^\s*[(（]?\s*20\d\d\s*(?:年度|年|届)\s*(?:为|是|有|达|[:：])?\s*(?:约|近)?[0-9][0-9,.]*\s*(?:万|亿)?\s*(?:%|[\u4e00-\u9fa5]{1,2})?\s*[)）]?\s*[。]?\s*$/;
const YEAR_RESTATED = /^\s*(?:而|但|则)?\s*(?:(?:这一?(?:比例|数字|数据|指标|数)|该(?:比例|数字|数据|指标))\s*在\s*)?20\d\d\s*(?:年度|年|届)\s*(?:这一?(?:比例|数字|数据|指标|数)|该(?:比例|数字|数据|指标)|的[\u4e00-\u9fa5“”]{1,10}?)?\s*(?:分别)?(?:为|是|达到?)\s*[0-9][0-9,.]*\s*(?:[:：∶]\s*1)?\s*[^，,；;0-9、和及]{0,6}(?:[、和及]\s*[0-9][0-9,.]*\s*(?:[:：∶]\s*1)?\s*[^，,；;0-9、和及]{0,6})*$/;
/** Some schools, not counted: 个别学校, 部分院校, 少数职校. */
/** People by where they come from: 临夏籍学生, 外省籍毕业生. */
const FROM_PLACE = /[\u4e00-\u9fa5]{1,4}籍(?:中职)?(?:学生|毕业生|新生|在校生)/;
/** One class, school, major or company pointed back to: 这个班, 该校, 这所学校, 该企业. */
/** Digits grouped by a single space (1 260课时, 1 318 人): a thousands separator, before a unit or word. */
// (「8 652.3万元」: its decimals after the thousands)
const SPACED_THOUSANDS = /(?<![\d.,])(\d{1,3}) (\d{3})(?=(?:\.\d+)?\s?[\u4e00-\u9fa5%])/g;
/** Whether a space stands between two digits anywhere: SPACED_THOUSANDS is asked only then (its lookbehind is tried at every space). */
function spacedDigits(s: string): boolean {
  for (let i = s.indexOf(' ', 1); i > 0 && i + 1 < s.length; i = s.indexOf(' ', i + 1)) if (isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1))) return true;
  return false;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
/** 「…新增工业机器人技术应用专业，首年招生48人」: a first cohort's figure, or one major's spoken of again, is a part. */
// (「…9种教材入选首批“十四五”职业教育国家规划教材」: a list's first batch, chosen into, is no cohort)
const FIRST_COHORT = /首年|首届|(?<!入选|列入)首批|该专业|这个专业|此专业/;
/** The means a figure's people went by: an exam, a kind of admission, a route. */
// (「通过对口招生考试、本科层次职业教育贯通培养等途径」: to the last word of the means, the routes it lists taken in)
// (「经对口升学、五年贯通培养、高职单独招生诸途径」: 经 for 通过 where 等 or 诸 closes the list of routes)
const MEANS_TAKEN = /(?:通过|经由|经(?=[^，,；;。]{2,40}?[等诸](?:途径|渠道|方式)))[^，,；;。]{0,40}(?:考试|招生|途径|渠道|方式)/g;
/**
 * A class named in quotation marks, 「“五菱班”」 (not the kind, 「“订单班”」), or a class's own students, 「订单班（"汽修订单班"）
 * 毕业生32人」.
 */
const NAMED_CLASS = /[“"](?!订单|冠名|定向|现代学徒|学徒)[^“”"]{2,12}班[”"]|(?:订单班|冠名班|定向班|学徒班)(?:[（(][^（()）]{0,16}[)）])?(?:毕业生|学生|学员|在校生|在读学生|在校学生)/;
/** A major's name run into 专业对口就业率: 「汽车运用与维修专业对口就业率」 (not 全县/毕业生/学生… before it). */
const NAMED_MAJOR = /[\u4e00-\u9fa5]*(?:与|和)?[\u4e00-\u9fa5]{2,}(?<!全[县市省区]|本[县市省区]|中职|高职|学生|[生员]中|毕业生|就业|学校|院校|平均|其中|总体|整体|各|的|为|是|达|年|届|所谓|所说|即)专业对口就业率/;
/** 「两校」「上述三所」: a few schools pointed back to (all of them, where the region has as many). */
const THESE_FEW = /(?<!全[市县省区州盟旗]\s*)(?<![0-9一二三四五六七八九十百])([两二三四五六七八九])校(?![区园生企际长庆训舍])|(?:这|上述|以上|前述)\s*([两二三四五六七八九]|\d{1,2})\s*所/;
/** A clause opening on he or she (not 他们): 「他和本地橡胶企业合作攻关」. */
const ONE_PERSON = /^\s*(?:他|她)(?!们)/;
const THIS_ONE = /(?:这个|这所|这家|这批|该|此)(?:订单班|班级|班|学校|校|专业|企业|公司|学院)/;
/** A relative clause of size right before a name: 「3,000人以上的」「1,000人至3,000人的」. */
const SIZE_FILTER = /[0-9][0-9,.]*\s*(?:万|千)?\s*(?:人|名|所|个|元|万元|平方米|亩|门|本)\s*(?:以上|以下|及以上|及以下|以内|之间|左右|上下)?的[\u4e00-\u9fa5“”]{0,10}$/;
/** Indicators counted over every level (their definition names 市级以上 …): 在线精品课程. */
const LEVELLED = new Set(INDICATORS.filter((e) => e.definedOnZh.some((w) => w.endsWith('级以上'))).map((e) => e.id));
/** One level's word, alone, in a qualifier: 省级, 自治区级, 市级. */
const ONE_LEVEL_WORD = /(?:省|自治区|市|县|区|州)级(?!以上|及以上)/;
const LEVEL_WORDS = new RegExp(ONE_LEVEL_WORD.source, 'g');
/** A verb of what the region has: 建成, 现有, 共有. */
const STOCK = /(?:建成|现有|共有|拥有)[^，,；;]*$/;
/** One level of a selection, right before its name: 省级, 市级, 国家级 (not 省级以上). */
const ONE_LEVEL = /(?:国家|省|自治区|市|县|区|州)级$/;
/** A few things named one by one, then counted: 「护理、计算机应用两个专业」 (not 「…等48个专业」, some of all). */
const NAMED_FEW = /[\u4e00-\u9fa5]{2,}、[\u4e00-\u9fa5、]{2,}?(?<!等)[两二三四五六七八九十]个(?:专业|学校|院校|基地|项目)/;
/** One grade's rate: 「一年级学生满意度」「三年级学生为…」. */
const GRADE_RATE = /[一二三四五六高]年级[^，,；;。]{0,6}?(?:满意度|满意率|率|比例)/;
const FEW_SCHOOLS = /(?:个别|部分|少数|多数|大多数|一些|少部分|大部分|有的)(?:中职|高职)?(?:学校|院校|职校)/;
/** A clause opening with the route some took (通过职教高考…, 其中通过…). */
// (「全市通过高职单独招生升学12406人」: after the region's name too)
// (「另有124名学生通过中本贯通转段升入本科」: another route, its people named first)
const ROUTE_OPENS = /^\s*(?:其中\s*[，,:：]?\s*|另有[^，,；;。通]{0,12}?)?(?:全[市县区省州盟旗]|本[市县区省州]|我[市县区省州])?(?:通过|经由)/;
/** 「毕业三年后」「毕业5年后」: a cohort measured years after it left. */
const YEARS_ON = /毕业(?:[一二两三四五]|\d)年(?:后|以后|之后)/;
const THREE_YEARS_ON = new Set(INDICATORS.filter((e) => e.nameZh.includes('毕业三年')).map((e) => e.id));
/** A name that opens with its verb (组建专业群, 开设专业): what stands before it is how, not which. */
const ACTS = /^(?:组建|开设|建设|建成|设置|开发|打造|培育|新建|共建|编写|出版)/;
/** A verb of building right before a name: what stands before the verb qualifies the builders, not the name. */
const BUILT = /(?:建设|建成|共建|组建|开设|打造|设立|创建|建有)$/;
/**
 * Units only one indicator is counted in, with who it counts: 课时 is the industry mentors' hours (行业导师年课时总量),
 * named by its subject (导师) or read after their number.
 */
const ONLY_OF_UNIT = new Map(
  INDICATORS.filter((e) => e.unit === '课时' && INDICATORS.filter((o) => o.unit === e.unit).length === 1 && e.parents.length === 1).map((e) => [
    e.unit,
    { id: e.id, of: e.parents[0]!, subject: indicatorById(e.parents[0]!)!.nameZh.replace(/^聘请|人数$/g, '').slice(-2) },
  ]),
);
/** A clause ending on taking part: 「…和460家用人单位参与」. */
const TOOK_PART_END = /(?:参与|参加|参评|接受)了?(?:调查|测评|评价|问卷|答题|评议)?\s*[。.]?\s*$/;
/** Taking part, right before such a verb: 参与, 牵头或参与. */
const TOOK_PART_IN = /(?:(?:牵头|主持|主导)(?:或|和|、|及)?)?(?:参与|参加)$/;
/** An adverbial phrase ending right before such a name: 围绕…, 对接…, 面向…, 以…为龙头. */
const ADVERBIAL = /(?:围绕|对接|面向|聚焦|紧扣|瞄准|立足|依托|结合|按照|根据)[^，,、；;]*$|以[^，,、；;]{1,16}为(?:龙头|核心|引领|依托|基础|主体|重点|抓手|纽带|载体|主线|导向)\s*$/;
/** Words that make a figure an average per person or per school. */
const PER_HEAD = /人均|平均|每人|每名|校均|每校|每所/;
/** The report's own schools named again. */
/** A clause saying whom a survey or a count asked: 「据对…毕业生的跟踪调查」「根据对…的抽样统计」. */
const SURVEY_OF = /^\s*(?:据|根据|经|从)?对[^，,；;]*(?:调查|统计|监测|抽查|测评|问卷)(?:显示|表明|结果)?\s*(?:[(（][^()（）]*[)）]\s*)?$/;
const OWN_POPULATION = /中职|中等职业|职业学校|职业院校|高职|职校|职教/;
/** A sentence headed by the survey it reports: 「19.满意度调查：」「满意度测评结果：」. */
const SURVEY_HEAD = /^\s*(?:\d{1,2}\s*[.．、]\s*)?[^，,；;。：:]{0,8}?满意度(?:调查|测评)?(?:结果|情况)?\s*[:：]/;
/** A clause opening on the report's own schools: 「中职学校专任教师398人」. */
const OWN_SCHOOLS_OPEN = /^\s*(?:全[市县省区州盟旗])?(?:中职|中等职业)(?:学校|教育)?/;
/** The vocational schools of every kind (see vocationalWider): 职业院校, 职业教育, not 中等职业教育. */
// (「职业教育国家规划教材」「职业教育标准」: a name that holds the words counts no schools)
const ALL_VOCATIONAL = /(?<![中高]等)职业(?:院校(?!技能|教学能力|教师教学)|教育(?=在校生|学生|招生|毕业生|教师|专任|教职工|规模|经费|投入))/;
/** A share's base: 「占全市高中阶段招生总数33300人的」. */
const SHARE_BASE = /占[^，,；;。占]{0,40}的/g;
/** A bracket taking the technical schools in: 「（含技工学校）」「（含技工）」. */
// (「（含6个县、市和5个区，不含技工学校）」: what a bracket takes in ends where it says what it leaves out)
const WITH_TECHNICAL = /[（(]\s*(?:含|包括|包含)(?:(?!不含|不包括|不包含|不计)[^（()）])*技工(?:学校|院校|(?:教育)?\s*(?:在内)?\s*[)）])/;
/** Two kinds of school counted as one (中职 and 技工, in a report on both): 「两类学校合计」「全口径」 (not 「辖区全口径」, the whole place). */
const BOTH_KINDS = /[两二三]类(?:学校|院校|职业学校|职业院校)|(?<!辖区|区域)全口径/;
/** The technical schools taken in by a clause's words, outside brackets: 「含技工学校在内」「加上技工院校」. */
const WITH_TECHNICAL_SAID = /(?<![不未])(?:含|包括|包含|连同|加上|计入)[^，,；;。（()）]{0,12}技工(?:学校|院校)/;
/** 「其中中职学校」: the report's own schools, named as a part of a whole with the technical schools in. */
const OWN_PART_OF_WIDER: Record<string, RegExp> = {
  secondary: /^\s*其中\s*[:：，,]?\s*(?:中职学校|中等职业学校|中职)\s*(?:为|有|共)?\s*$/,
  higher: /^\s*其中\s*[:：，,]?\s*(?:高职院校|高等职业院校|高职)\s*(?:为|有|共)?\s*$/,
};
/** A clause opening on a subject of its own: the region, a kind or a level of school, a part, a year. */
const OWN_SUBJECT_OPENS = /^\s*(?:全[省市县区州盟旗]|本[省市县区州]|我[省市县区州]|公办|民办|其中|另|此外|同时|[^，,；;]{0,8}(?:学校|院校|中心|大学|学院)|20\d\d\s*年|上一?年|去年)/;
/**
 * A clause whose subject is one kind of school's people or things: 「公办学校专任教师782人」 (not 「公办学校20所」), 「5所民办高职院校
 * 全日制在校生24380人」 (not 「四所公办学校全部实行…」, a count of the kind).
 */
// (「民办学校有专任教师486人」: 有 before a noun, not before a count)
const KIND_OF_SCHOOL_SUBJECT = /^\s*(?:答\s*[:：]\s*)?(?:(?:公办|民办)(?:中职|高职)?(?:学校|院校)(?!\s*(?:有|共有)?\s*[0-9一二三四五六七八九十]|\s*(?:共|合计))[\u4e00-\u9fa5“”]|[0-9一二两三四五六七八九十]+\s*所\s*(?:公办|民办)(?:中职|高职)?(?:学校|院校)\s*(?:全日制|在校|专任|招生|毕业|教职|学生))/;
/**
 * 「7所国家“双高计划”建设院校2021年在校生合计9.84万人，当年招生3.21万人」「省级示范校在校生…，毕业生…」: a clause whose subject is
 * the schools chosen for a programme or a title goes on about them in the clauses after it, as one about a kind of school does
 * (their figures a subset's: see OWNER)
 */
const SELECTED_SCHOOLS_SUBJECT = /^\s*(?:20\d\d\s*年度?\s*[，,]?\s*)?(?:全[省市县区州盟旗]|本[省市县区州]|我[省市县区州])?\s*(?:[0-9一二两三四五六七八九十]+\s*所\s*)?[^，,。；;0-9]{0,12}?(?:示范|重点|优质|双高|高水平|标杆|骨干|品牌|建设)[^，,。；;0-9]{0,8}?(?:学校|院校|校|单位)\s*(?:20\d\d\s*(?:年度|学年|年)\s*)?(?:的\s*)?(?:全日制|在校|专任|招生|毕业|教职|学生|共有|合计|有)/;
/**
 * 「全市有民办中职学校9所，在校生8642人，专任教师452人」: a sentence opening on the count of one kind of school speaks of
 * those schools in the clauses after it (after the region's whole, 「其中公办21所、民办9所」 is a part of it instead, as the
 * kinds are where the sentence names both, or opens on the whole they are of: 「全省中职学校中，公办学校243所，…」).
 */
const KIND_OF_SCHOOL_COUNT = /^\s*(?:其中[:：]?\s*)?(?:全[市县区省州盟旗]|本[市县区省州]|我[市县区省州])?(?:共有|有|共)?\s*(?:公办|民办)(?:中职|中等职业|高职|高等职业)?(?:学校|院校)\s*(?:共有|有|共)?\s*[0-9]+\s*所\s*$/;
/** A line of nothing but the public and the private schools' counts (「公办12所 · 民办2所」「公办11所｜民办3所」). */
const PARTS_LINE = /^\s*(?:其中[:：]?\s*)?(?:公办|民办)(?:学校|院校)?\s*[0-9]+\s*所\s*[·・｜|、，,\s]\s*(?:公办|民办)(?:学校|院校)?\s*[0-9]+\s*所\s*$/;
const PARTS_GAP = /\s*[·・｜|]\s*|\s+(?=公办|民办)/g;
/** A sentence or line that opens on 其中: the parts of the figure before it. */
const OPENS_PARTS = /^[\s\u3000]*其中/;
/** A place in a ranking: 第五, 首位, 前列, 前三. */
const RANK_PLACE = '(?:第[一二三四五六七八九十\\d]+|首位|前列|前[一二三四五六七八九十\\d]+)';
/**
 * 「…居全市首位」, or 「…，低于全市平均水平」「…，跟全市平均水平还有二十来个百分点的差距」: ranked within the region or
 * measured against its average in a clause of its own, what the sentence speaks of is one of its parts (the region
 * named is the report's own, see readSentence: 全市 in a county's report is the wider city). (「…，其中在德资企业就业的
 * 毕业生平均起薪高于全市平均水平」: a part the clause names itself is measured, not the figure before it.)
 */
const RANKED_WITHIN = new RegExp(`(?:居|位居|位列|排名|排在|列)(全[市县区州省盟旗])${RANK_PLACE}|(?<=[，,；;]\\s*)(?:高于|低于|略高于|略低于|超过|超出|不及|跟|与|同)(全[市县区州省盟旗])(?:的)?平均(?:水平|值|数)?|(?<=[，,；;]\\s*)(?:为|是|居)(全[市县区州省盟旗])(?:最高|最低)`);
/** What a clause goes on to say of some schools: found wanting, closed, merged. */
const FOUND_WANTING = /^[^，,。；;]{0,16}?(?:不到位|不达标|未达标|未通过|整改|终止办学|停止招生|停止办学|停办|撤销|撤并|被合并|关停|注销)/;
/** Where students went on to: 升入/考入/考上/进入/转入 高职院校, 被…录取. */
const WENT_TO = /(?:通过|经由|升入|考入|考上|进入|转入|转段|就读于|录取到|被[^，,；;。]{0,12}录取)[^，,；;。]*/g;
/**
 * The other school level as a report of each level meets it: its schools named (other), the report's own named
 * again (own), and a whole that takes the other in (职业院校（含高职院校）).
 */
export const OTHER_LEVEL: Record<string, { other: RegExp; own: RegExp; takenIn: RegExp; part?: RegExp; ownPart?: RegExp }> = {
  secondary: {
    other: /(?:高职|高等职业)(?:院校|学校|教育)|职业本科/,
    // (the other level's students inside a school's or a region's whole: 五年制高职学生, 高职段)
    part: /(?:五年制高职|五年一贯制高职|高职段|高职阶段|高职部分)(?:学生|在校生|招生|毕业生)?\s*$/,
    ownPart: /(?:中职部分|中职段|中职阶段|中等职业教育部分)(?:学生|在校生|招生|毕业生)?\s*$/,
    own: /中职|中等职业|职业高中|职业中专/,
    takenIn: /(?:院校|学校)\s*[（(]\s*(?:含|包括|包含)[^（()）]*(?:高职|高等职业|高校)/,
  },
  higher: {
    other: /(?:中职|中等职业)(?:学校|教育)|职业高中|职业中专/,
    own: /高职|高等职业/,
    takenIn: /(?:院校|学校)\s*[（(]\s*(?:含|包括|包含)[^（()）]*(?:中职|中等职业)/,
  },
};
/**
 * 「其中中职毕业生4908人」「其中中职学校1006人」: the report's own kind of school named after 其中 (after), or alone there before
 * its figure (alone), by each level's own words.
 */
const OWN_NAMED_AFTER_QIZHONG: Record<string, { after: RegExp; alone: RegExp }> = Object.fromEntries(
  Object.entries(OTHER_LEVEL).map(([level, { own }]) => [
    level,
    { after: new RegExp(`其中[，,：:]?\\s*(?:${own.source})`), alone: new RegExp(`^\\s*其中[，,：:]?\\s*(?:${own.source})(?:院校|学校|教育)?\\s*(?:有|为|共)?\\s*$`) },
  ]),
);
/** Vocational schools of no one level (职业院校), as a report on both levels names them all (not in a contest's name). */
const BOTH_LEVELS = /(?<!中等|高等|中|高)职业(?:院校|学校)(?![\u4e00-\u9fa5]{0,6}(?:大赛|比赛|竞赛))/;
/** What a clause leaves out: 不含技工院校. */
const NOT_INCLUDING = /(?:不含|不包括|未含|未包括)[^，,；;）)]*/g;
/**
 * 「…人数为0」「…数量均为0」: a bare zero said of a name, which fits the name's unit whatever it is; 「…4.5万元，上年为零」: or of
 * the figure just read, restated for last year; 「…，中外合作办学专业数，目前均为零」: or of the names listed before it.
 */
function zeroSaid(n: NumberMatch, half: string): boolean {
  return n.raw === '0' && !n.unit && /(?:[\u4e00-\u9fa5]数|数量|人数|收入|经费|到款额|时间|^\s*(?:上一?学?年|去年|20\d\d\s*年度?))\s*(?:也|亦)?\s*(?:均|都)?(?:为|是)\s*$|^\s*(?:目前|当前|现|仍|暂)?\s*(?:均|都)(?:为|是)\s*$/.test(half.slice(0, n.index)) && /^\s*(?:$|[，,。；;）)])/.test(half.slice(n.end));
}
/** The unit a name ending right before a unitless figure carries: 培训学时1.6万, 在校生人数3.2万. */
function impliedUnit(before: string): string {
  const m = /(人数|人次|人日|学时|课时)\s*(?:为|达|达到|约|共|共计|合计)?\s*$/.exec(before);
  return m ? (m[1] === '人数' ? '人' : m[1]!) : '';
}
/** What follows a destination: 「升入高一级学校继续学习的」. */
const STUDY_ON = /(?:继续)?(?:学习|就读|深造)$/;
/** Verbs of a relative clause that picks some out (开展…的, 参加…的, 面向…的). */
const DOING = /开展|参加|参与|获得|取得|通过|实施|实行|采用|举办|承担|入选|纳入(?!本报告|本年报|统计)|留在|选择|报考|从事|接受|就读|招收|试点|贯通|对接|面向|服务于|达到|符合|完成|进入|升入|考入|升学|实践|锻炼|挂职|进修|研修|访学|轮训/;
/** A statistic of a distribution over schools or people (均值, 中位数): not a region's figure. */
const STATISTIC = /均值|中位数|标准差|平均值|最大值|最小值|极差|众数/;
/** Indicators that are themselves averages, ratios or shares: a 平均 before their figure is their own word. */
const AVERAGES = new Set(
  INDICATORS.filter((e) => e.unit === '%' || e.unit === ':' || /生均|平均|人均|均值|月收入|比$/.test([e.nameZh, ...e.aliasesZh].join(' '))).map((e) => e.id),
);
/** A figure's noun (or none) then a verb of being chosen and the list chosen into, to the clause's end. */
const SELECTED_INTO = /^[\u4e00-\u9fa5]{0,6}?(?:入选|获评|被评为|被认定为|认定为|获批为?)([^，,；;。]{2,30})(?=$|[，,；;。])/;
/** A name that is itself a list one is chosen into (国家规划教材, 精品课程), not a count of all of a kind. */
const SELECTION = /国家|省级|规划|精品|示范|优秀|骨干|高水平/;
/** 「…有29本教材入选」「共有62本入选」: a count of those chosen, the list they were chosen into left to the clause before. */
const CHOSEN_END = /^[\u4e00-\u9fa5]{0,4}?(?:入选|获评|获批)\s*(?:$|[，,；;。])/;
/** 「在首批“十四五”职业教育国家规划教材遴选中」: the clause setting the list being chosen into as the scene. */
const SELECTION_SCENE = /^\s*在([^，,；;。]{2,40}?)(?:的)?(?:遴选|评选|评审|认定|推荐)?(?:工作)?中\s*$/;
/** Schools in a county's area that others run: the city (市属, 市教委直属), a department, companies. */
/** The report's own region word before a count: 全区, 全县 (its whole, whoever runs the schools). */
const OWN_WHOLE = /全[县区旗]/;
/**
 * 「辖区内现有中职学校13所，其中区属学校8所，市属学校3所」: in a county's report the part it runs itself is its
 * whole, when others share the area and the whole was not stated for 全区/全县.
 */
function ownRunIsWhole(masked: string, sentence: string, scope: Scope): boolean {
  return !!scope.ownRun?.test(masked) && OTHER_RUN.test(sentence) && !OWN_WHOLE.test(sentence.slice(0, sentence.indexOf('其中')));
}
const OTHER_RUN = /市属|省属|市直|直属|市级(?:部门|行业)|市教委|企业举办|企业集团举办|部门主管/;
/** Units of money: a level word before a fund (省级财政) is the region's own. */
const MONEY = new Set(['万元', '元']);
/** A report's title line (…质量年度报告（2024年度））. */
const TITLE_LINE = /(?:报告|年报)\s*(?:[（(][^（()）]{0,16}[)）])?\s*$/;
/** A qualifier that only places or dates what follows (全市的, 2024年的): no subset. */
const SCOPE_ONLY = /^\s*(?:全[市县省区州盟旗]|我[市县省区州盟旗]|本[市县省区州盟旗]|20\d\d\s*(?:年度?|届|学年)|本年度|今年|当年)*\s*的?\s*$/;
/** What a special fund may be named for, right before 专项经费/专项资金: one purpose among the region's. */
const FUND_PURPOSE = /(?:大赛|竞赛|比赛|基地|资助|奖补|奖励|项目|工程|计划|建设|培训|课程|实训|设备|改造|维修|信息化|专业|思政|学生|教师|帮扶|援建)$/;
/** Verbs that state a whole before a figure and its plain noun. */
const OFFERS = /(共有|现有|拥有|共计|合计|总计|开设|设置|设有|开办|共设|布点|全[市县省区州盟旗])/;

/**
 * A figure an indicator could take (see mayBeIndicatorFigure): digits followed, past spaces, a magnitude and
 * 余/多, by a ratio's colon or the first character of a unit some catalog unit accepts, or a figure in 万 ending
 * its clause (a name before it carries the unit: 培训学时约24.5万); or a percentage in words (百分之九十八). A
 * superset, tested natively before any figure is parsed: 2024年 alone is not one.
 */
// (the digit is taken out of both alternatives, and one followed by another digit or a point, the inside of a
// figure, is passed over at once: neither alternative can go on there)
/** 「中外合作办学专业数为零」「上年为零」: zero in a word, said to be what a name is (read as the digit, same length). */
const ZERO_IN_WORDS = /(?<=[为是]\s*)零(?=\s*(?:$|[，,。；;）)]))/;
const ZEROS_IN_WORDS = new RegExp(ZERO_IN_WORDS.source, 'g');
const MAY_HOLD_FIGURE = /[0-9０-９](?![0-9０-９.,．])(?:\s*(?:千万|百万|万|亿|千)?(?:余|多|左右|以上)?(?:万|亿)?(?:[%％人个元课MＭGＧ所门本项部种名家件册小:：∶兆]|学(?!年)|比\s*1(?![0-9]))|\s*[万亿]\s*(?:$|[，,。；;）)]))|(?<=[为是]\s*)0(?=\s*(?:$|[，,。；;）)]))/;
const hasFigure = (s: string) => MAY_HOLD_FIGURE.test(s) || s.includes('百分之') || (s.includes('零') && ZERO_IN_WORDS.test(s)) || (CN_NUMERAL_THEN_WORD.test(s) && (mayCountInWords(s) || mayFigureInWords(s)));

// 一个/三个 run through prose without counting anything: a count in words is looked for only with another measure
// word, or with 十/百/千 before 个
// (「建成虚拟仿真实训基地二个」「其中发明专利一项」: one digit before 个, or 一 before any measure word, counts only where
// the clause ends on it; elsewhere 两个课堂, 一所学校 are words)
const CN_COUNT_HINT = /、[^、，,。；;]{1,20}?[二两三四五六七八九]个|[两二三四五六七八九十百千](?:余|多)?(?:[所门项本名人元兆]|[课学]时)|[十百千零]一(?:余|多)?[所门项本名人元]|[一二两三四五六七八九][个所门项本名人](?=\s*(?:$|[，,。；;、）):：]|[（(][^（()）0-9]*[)）]))|(?:公办|民办|其中|另有|只有|仅有)一所|[十百千][一二两三四五六七八九]?(?:余|多)?个/;
/** A numeral in words before a measure word, anywhere: one fast scan turns most text away before the hint is asked. */
const CN_NUMERAL_MEASURE = /[一二两三四五六七八九十百千零](?:余|多)?(?:[所门项本名人元个兆]|[课学]时)/;
const mayCountInWords = (s: string) => CN_NUMERAL_MEASURE.test(s) && CN_COUNT_HINT.test(s);
/** A figure in words with 万 inside it, a decimal or a ratio (see CN_FIGURE): 「万八千」「点四」「比一」. */
const CN_FIGURE_HINT = /[一二两三四五六七八九十百千]万|[〇零一二两三四五六七八九十]点[〇零一二三四五六七八九]|[一二三四五六七八九十]比一/;
const mayFigureInWords = (s: string) => CN_FIGURE_HINT.test(s);
/**
 * What a count or a figure in words holds somewhere (CN_NUMERAL_MEASURE, CN_FIGURE_HINT): a numeral, then 余/多, a
 * measure word, 万, 点 or 比. Text without one, most text without a figure in digits, is scanned once, not twice.
 */
// (「三门峡」「三门县」: places, no count of courses)
const CN_NUMERAL_THEN_WORD = /[〇零一二两三四五六七八九十百千](?:[余多所项本名人元个万点比兆]|门(?![峡县])|[课学]时)/;

// (「初次就业 2213 / 留在当地 1652 / …」: a slash between spaces sets a dashboard's figures apart as a comma does)
const CLAUSE_END = /[，,；;/／]/g;
const ASCII_DIGIT = /\d/;
const ANY_DIGIT_CHAR = /[0-9０-９]/;
const FULL_THOUSANDS = /^[0-9０-９]{3}(?![0-9０-９])/;
function clausesOf(sentence: string): string[] {
  const out: string[] = [];
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  // test() moves past each one-character match without allocating one
  while (CLAUSE_END.test(sentence)) {
    const i = CLAUSE_END.lastIndex - 1;
    // a comma inside a number (12,835) does not end a clause; nor does a full-width one before three digits (１２，８３５)
    if (sentence[i] === ',' && ASCII_DIGIT.test(sentence[i - 1] ?? '') && ASCII_DIGIT.test(sentence[i + 1] ?? '')) continue;
    if (sentence[i] === '，' && ANY_DIGIT_CHAR.test(sentence[i - 1] ?? '') && FULL_THOUSANDS.test(sentence.slice(i + 1, i + 5))) continue;
    // a slash ends one only between spaces
    if ((sentence[i] === '/' || sentence[i] === '／') && !(/\s/.test(sentence[i - 1] ?? '') && /\s/.test(sentence[i + 1] ?? ''))) continue;
    // nor does one inside brackets: 「升学2086人（升入高职专科院校1944人，升入本科院校142人）」 is one clause
    if (insideBrackets(sentence, start, i)) continue;
    pushClause(out, sentence.slice(start, i));
    start = i + 1;
  }
  pushClause(out, sentence.slice(start));
  return out;
}
/**
 * 「专业数量1158个（上年分别为118个和1126个）」: a bracket restating the earlier year's figures one by one is a clause of its
 * own, as it is after a comma (its bracket is where the clause is split, one character, as at a comma).
 */
const RESTATED_BRACKET = /[（(]\s*(?:上一?学?年|去年|上一?届|20\d\d\s*(?:年度|年|届))\s*(?:分别|依次)/;
/**
 * 「比上年提高0.8个百分点（上年92.8%）」「与上年基本持平（2023年为1,201人）」: last year's figure in a bracket closing the change
 * (or the lack of one) after this year's is a clause of its own too, as 「，上年92.8%」 is.
 */
// (「在校生满意度提高0.73个百分点（上年为95.31%）」: or after the name of what changed)
const CHANGE_THEN_LAST_YEAR = /^\s*(?:(?:比|较|同比|与|和|同)[^，,。；;（()）]{0,24}?|[^，,。；;（()）0-9]{2,16}?)(?:提高|增加|增长|上升|下降|减少|降低|回落|持平|相当|相同|一致)[^，,。；;（()）]{0,16}([（(]\s*(?:上一?学?年|去年|20\d\d\s*年度?)\s*(?:为|是|[:：])?\s*[0-9][^（()）]{0,12}[)）])\s*[。！？]?\s*$/;
function pushClause(out: string[], clause: string): void {
  const restated = clause.includes('分别') || clause.includes('依次') ? (RESTATED_BRACKET.exec(clause)?.index ?? -1) : -1;
  const at = restated > 0 ? restated : clause.includes('上') || clause.includes('去年') ? lastYearAfterChange(clause) : -1;
  if (at > 0) out.push(clause.slice(0, at), clause.slice(at + 1));
  else out.push(clause);
}
/** Where the bracket of last year's figure closing a change opens, or -1 (see CHANGE_THEN_LAST_YEAR). */
function lastYearAfterChange(clause: string): number {
  const c = CHANGE_THEN_LAST_YEAR.exec(clause);
  return c ? clause.length - c[0].length + c[0].lastIndexOf(c[1]!) : -1;
}

function insideBrackets(s: string, from: number, at: number): boolean {
  let depth = 0;
  for (let k = from; k < at; k++) {
    const c = s.charCodeAt(k);
    if (c === 0xff08 || c === 40) depth++;
    else if ((c === 0xff09 || c === 41) && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * 「在校生满意度：96.8」: a card naming a rate, its figure bare; a data appendix's record gives last year's after it the same
 * way (「课堂育人满意度：93.1（2023年：92.4）」「毕业生满意度——94.7（上年94.1）」「教职工满意度 92.9，上年 92.0」「家长满意度  95.77（上年95.16）」).
 */
const CARD_SHARE = /^\s*[^，,；;：:\d]{2,24}?(?:满意度|满意率|合格率|达标率|落实率|就业率|比例|占比)\s*(?:[（(]\s*[%％]\s*[)）])?\s*(?:[:：]|——)\s*\d{1,3}(?:\.\d{1,2})?(?:\s*[（(](?:20\d\d年|上年)[:：为]?\s*\d{1,3}(?:\.\d{1,2})?[)）])?\s*[。；;]?\s*$|^\s*[^，,；;：:\d\s]{2,24}?(?:满意度|满意率|合格率|达标率|落实率|就业率|比例|占比)\s*(?:[（(]\s*[%％]\s*[)）])?\s+\d{1,3}(?:\.\d{1,2})?\s*(?:[，,]\s*上年\s*\d{1,3}(?:\.\d{1,2})?|[（(]\s*(?:20\d\d年|上年)[:：为]?\s*\d{1,3}(?:\.\d{1,2})?\s*[)）])\s*[。；;]?\s*$/;
/** Whether a text is such a card: short, with a colon or a dash, before the pattern is asked. */
const isCardShare = (t: string) => t.length <= 48 && (t.includes('：') || t.includes(':') || t.includes('——') || t.includes('上年')) && CARD_SHARE.test(t);
/** 「P21 | 」: a slide's number before its title. */
const SLIDE_NUMBER = /^P\s*\d{1,3}\s*[|｜]\s*/;
/** The title of a slide (「P21 | 毕业生去向一览」, a line of its own, or a row its | split), or null. */
function slideTitleOf(it: Item): string | null {
  const quote = it.kind === 'text' ? it.text : it.kind === 'row' ? it.quote : '';
  if (quote.charCodeAt(0) !== 80 || quote.length > 60 || quote.includes('\n')) return null;
  const m = SLIDE_NUMBER.exec(quote);
  return m ? quote.slice(m[0].length).replace(/\t/g, ' ') : null;
}
/** A case box's line that tells the case itself (a sentence after its title), not just the title. */
// (「┌ 案例 ─────…」: a drawn box's rule is no part of its length)
const CASE_TOLD = /[。！!]\s*\S|^.{60,}/;
const BOX_RULE = /[\u2500-\u257F]{2,}/g;
/**
 * Whether a line joined into a paragraph may have ended what it said: not where it stops on a word that needs the next
 * line's (a narrow column's 「…平均月收入4,960元，均高于」/「全市平均水平。」 goes on into it).
 */
const endsPart = (line: string): boolean => !OPEN_ENDED.test(line);
const OPEN_ENDED = /(?:于|占|为|是|达|和|与|及|的|在|对|向|比|较|从|把|被|将|超过|达到|相当|接近)\s*$/;
/** 「附：报告主要数据」「附件1」「附表」: the report's annex opening, which no box goes on into. */
const ANNEX_OPENS = /^\s*(?:附\s*[:：]|附件|附表|附录)/;
/** 「注：」「注释」: a block of notes opening, on a line of its own. */
const NOTES_OPEN = /^\s*(?:注|注释)\s*[:：]?\s*$/;
/** A paragraph that speaks of the whole region again (全市…, 我县…): whatever box came before is over. */
// (「服务社会的能力进一步增强。2025年，全区中职学校开展…」「社会服务方面，2025年全区…」: after a short topic sentence or
// the topic's name, likewise)
const REGION_OPENS = /^\s*(?:[^。，,；;：:0-9０-９]{2,20}。\s*|[^。，,；;：:0-9０-９]{2,10}方面[，,]\s*)?(?:20\d\d年[，,]?\s*)?(全[市县省区州盟旗]|我[市县省区])/;
/**
 * Whether a paragraph opens on the region's whole (REGION_OPENS), not a lower level's: in a province's report, a city's box
 * that goes on 「宝鸡是西部重要的装备制造业基地。全市现有…」 is still that city's.
 */
function opensOnOwnWhole(text: string, report: ReportIdentity, scope: Scope): boolean {
  const m = REGION_OPENS.exec(text);
  return !!m && !(m[1]!.startsWith('全') && isLowerLevel(m[1]!, report, scope));
}
/** A clause opening on the report's own whole (全省 in a province's report; 全市 there is one of its cities). */
const opensOn = (words: string) => new RegExp(`^\\s*(?:20\\d\\d年[，,]?\\s*)?(?:${words})`);
const OWN_OPENS: Record<string, RegExp> = {
  province: opensOn('全省|全区|全自治区|我省|我区'),
  city: opensOn('全市|全州|全盟|全地区|我市|我州'),
  county: opensOn('全县|全区|全旗|我县|我区|我旗'),
  countyCity: opensOn('全市|我市'),
};
const NEVER = /$^/;
/** A sentence opening on a whole of some level: 全县, 全区, 全市… */
const LOWER_OPENS = /^\s*(?:20\d\d年[，,]?\s*)?(全[市县区旗州盟])(?:中职|中等职业|职业|高职|各|共|有|\d)/;
/** Whether 全X names a level below the report's region (a county in a city, a district in a municipality), never a wider one. */
function isLowerLevel(word: string, report: ReportIdentity, scope: Scope): boolean {
  if (scope.wider?.test(word)) return false;
  const region = report.region ?? '';
  const lower = report.regionLevel === 'province' ? (region.endsWith('市') ? '县区旗' : region.endsWith('自治区') ? '市州盟县旗' : '市州盟县区旗') : report.regionLevel === 'city' ? (region.endsWith('市') ? '县区旗' : '县旗') : '';
  return lower.includes(word.slice(1));
}
function ownOpener(report: ReportIdentity): RegExp {
  // (a county-level city and a municipality both say 全市 of themselves; a municipality's 全区 is one of its districts)
  if ((report.regionLevel === 'county' || report.regionLevel === 'province') && report.region?.endsWith('市')) return OWN_OPENS.countyCity!;
  return OWN_OPENS[report.regionLevel ?? ''] ?? NEVER;
}

/** A chapter as a dashboard or a slide deck numbers it, then its topic: 「06 服务贡献」「8 产教融合」「板块三 ▎教育教学」「PART 02 办学条件」「四 师资队伍」. */
// (「05 产教融合、社会服务与国际合作」「01 规模与结构：公办学位扩容，专业紧跟产业」: a padded number's title may name several
// things, and a subtitle after a colon)
const PADDED_CHAPTER = /^\s*(?:0[1-9]|[1-9]\d?(?=[\s|｜·▎▍▌■])|[一二三四五六七八九十]{1,3}(?=[\s|｜·▎▍▌■])|板块\s*[一二三四五六七八九十0-9]{1,2}|PART\s*\.?\s*0?[1-9])\s*[|｜·▎▍▌■]?\s*(?:[\u4e00-\u9fa5]{2,12}|(?<=^\s*0[1-9]\s*[|｜·▎▍▌■]?\s*)[\u4e00-\u9fa5]{2,12}(?:[、与和及][\u4e00-\u9fa5]{2,12}){0,3}(?:[：:][^。；;]{2,24})?)\s*$/i;
/**
 * A chapter's or a section's title, unnumbered, alone on its line, as a Word file saved as text leaves it when its numbering
 * was automatic: 「教育教学」「专业与课程」「面临挑战与下一步打算」. The genre names its chapters so.
 */
const BARE_CHAPTER = /^[\s\u3000]*[\u4e00-\u9fa5]{0,4}(?:基本情况|学生发展|教育教学|教学改革|专业(?:建设|设置|与课程)|课程建设|教材建设|教师(?:队伍|发展)|师资(?:队伍|建设)|办学(?:条件|规模)|产教融合|服务贡献|社会(?:服务|培训)|国际(?:合作|交流|影响)|对外(?:交流|合作|开放)|政策(?:保障|落实)|经费(?:投入|保障)|面临(?:的)?(?:挑战|问题)|就业质量|人才培养|质量保障|学校布局)(?:[与和及、][\u4e00-\u9fa5]{2,8})?[\s\u3000]*$/;
const isBareChapter = (t: string) => t.length <= 16 && BARE_CHAPTER.test(t);
/** A paragraph opening with a section's number (「（四）满意度。根据…」「四、」): a case box never spans sections. */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;
/** 「2️⃣ 社会培训量质齐升」: a keycap's number, as a post numbers its sections. */
const KEYCAP_NUMBERED = /^\s*[0-9]\uFE0F?\u20E3/;
/** A sentence that opens by giving last year's figure of what the sentence before stated (「上年为10,127人。」). */
// (「上年也是2所」「去年同样为…」: the same figure again, said to be so)
const RESTATES_BEFORE = /^\s*(?:上一?学?年|去年|上一?届)(?:同期)?(?:也|亦|同样|同|仍然?|依然|还)?(?:为|是|有|达)/;
/** The opening of a card's line for an earlier year: a list mark or a bracket, the year (上年, 2023年, 2023届). */
const EARLIER_YEAR_OPENS = `^\\s*(?:${LIST_MARK.source.slice(1)})?\\s*[（(]?\\s*(?:20\\d\\d\\s*(?:年度?|届)|上年|去年|上届)`;
/**
 * A card's line for an earlier year, nothing but the year, a colon or a space and the figure: 「2023年：15,906人」「上年：96.1%」
 * 「上年 96.18%」「2023届 10,012人」, after a list mark or in brackets as well (「📎 2023年 2,701人」「（上年 2,402人）」).
 */
const YEAR_CARD = new RegExp(`${EARLIER_YEAR_OPENS}\\s*(?:[:：]|\\s|(?<=[年届]))\\s*(?:为|是)?\\s*[0-9][0-9,.]*\\s*(?:万|亿)?\\s*(?:%|％|[:：∶]\\s*1|[\\u4e00-\\u9fa5]{1,2}|Mbps)?\\s*[)）]?\\s*$`);
/** What stands before the figure on such a line: the year, a colon or a space (「2023年：」「📎 上年 」「（2023届 」). */
/** The region's whole, then a colon, alone before a figure: 「全市：27所」. */
const WHOLE_LEAD = /^\s*(?:全[市县区省州盟旗]|本[市县区省州]|我[市县区省州])\s*[:：]\s*$/;
const YEAR_LEAD = new RegExp(`${EARLIER_YEAR_OPENS}\\s*[:：]?\\s*(?:为|是)?\\s*$`);

/** What CASE_START and SECTION can start with. */
const MAY_OPEN = /^\s*(?:[【〖〔［案典专一二三四五六七八九十（(第#●◆■▲★☆◇□►▶•·▎▍▌▋▊▉]|\d+\.\d|0[1-9](?![0-9.])|PART\s*\d)/;
/** The characters MAY_OPEN can match first, as char codes: a trimmed line opening otherwise is not looked at. */
const OPENERS = new Set([...'【〖〔［案典专一二三四五六七八九十（(第#0123456789●◆■▲★☆◇□►▶•·▎▍▌▋▊▉P┌┏╔'].map((c) => c.charCodeAt(0)));

/** A table row can open a case box or a section: the text of a row that starts like one, else ''. */
function openingText(row: Row): string {
  // an unsplit line's first cell opens its quote, and what MAY_OPEN matches holds no space: the quote tells
  if (row.unsplit && !(OPENERS.has(row.quote.charCodeAt(0)) && MAY_OPEN.test(row.quote))) return '';
  const first = row.cells.find((c) => c !== '') ?? '';
  return MAY_OPEN.test(first) ? row.cells.join(' ') : '';
}

// (「●案例1　鄢陵县职业教育中心：…」: a bullet before the box's title)
// (「【县域案例】丰城市：…」: a kind of case named in the brackets)
// (「📖案例三｜安溪：…」: an emoji for the bullet; 「〖案例〗」「［案例］」: other brackets round the word; 「🏷 案例｜昭平县…」: a bar
// after it; 「▌案例」: a bar before it; 「案例」 alone on its line)
// (「【专栏】…塘沽职业中等专业学校：…」 unnumbered, over one school's story, maybe run into its paragraph; an unnumbered column on
// a topic, 「【专栏】扩招生源的培养质量」, is the report's own)
const CASE_START = /^\s*(?:(?:[●◆■▲★☆◇□►▶•·▌▍▎█┃┌┏╔]|(?:\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDDFF])\uFE0F?)\s*)?(?:[【〖〔［]\s*(?:典型)?案例|[【〖〔［]\s*[\u4e00-\u9fa5]{2,4}案例\s*[0-9一二三四五六七八九十]*\s*[】〗〕］]|案例\s*[0-9一二三四五六七八九十｜|丨]|【?\s*专栏\s*[0-9一二三四五六七八九十]|【\s*专栏\s*】(?=[^。；：:]{0,30}?(?:学校|学院|职教中心|职业教育中心|职专|职校|中专))|典型案例|案例[:：]|案例\s+[^。，,；;！？]{4,40}$|案例\s*$|(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*(?:典型)?案例(?:选编|展示|分享|集锦)?\s*(?:$|[:：]\s*\S))/;
// (「【努力方向】」: a short title in lenticular brackets alone on its line)
// (「▎2025年奋斗目标」「▍规模」: a post's title after a bar set before it, alone on its line)
// (「06 2026年和“十五五”目标」: a chapter a web feature numbers with a padded figure)
// (「📌 PART 8｜2026，我们这样干」: a post's part, maybe under an emoji)
const SECTION = /^\s*(?:\d+(?:\.\d+)+\s*\S|0[1-9]\s*[|｜·▎▍▌■]?\s*(?:[\u4e00-\u9fa5“"]|20\d\d年)[^。；;！？!?]{1,30}$|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]\s*\S{2,20}$|第[一二三四五六七八九十]+[章部分节]|#{1,4}\s|【[^【】0-9０-９]{2,12}】\s*$|[▎▍▌▋▊▉]\s*[^\s，,。；;：:！？!?]{2,20}\s*$|(?:(?:\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDFFF])\uFE0F?\s*)?PART\s*\d{1,2}\+?\s*[|｜·\s]\s*\S[^。；;！？!?]{1,30}$)/;
/**
 * Whether a line may open as CASE_START or SECTION do: its first character is one of OPENERS, or a space they skip.
 * Every paragraph is asked both, and most open on another character: one look at it spares the patterns.
 */
function mayOpenBox(t: string): boolean {
  const c = t.charCodeAt(0);
  // (0xd83c–0xd83e: an emoji's first half, 「📖案例三」)
  return OPENERS.has(c) || c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x205f) || c === 0x3000 || c === 0xfeff || (c >= 0xd83c && c <= 0xd83e);
}
// (「典型案例 126个」: a count of cases on a card opens none)
/** What may follow a school's name in a section's title: a subtitle after a colon or a dash. */
const SCHOOL_TITLE_TAIL = /[:：—－-].*$/;
// (「┌ 案例 ──────…襄垣县职业中学：…」: a drawn box's top, its title in its rule, the rule a space)
const opensCase = (t0: string) => {
  if (!mayOpenBox(t0)) return false;
  const t = t0.includes('─') || t0.includes('━') || t0.includes('═') ? t0.replace(BOX_RULE, ' ') : t0;
  return CASE_START.test(t) && !CASE_COUNT.test(t) && !DATA_BOX.test(t);
};
/**
 * 「专栏1  全省中职教育规模一览」「专栏3  社会服务主要数据」「专栏4  国际影响（2024年）」: a box whose title names the region's figures
 * (their survey, their year, their unit, a standard table) rather than a school, a place or a practice holds the report's own
 * figures, not a case's
 */
const DATA_BOX = /^\s*【?\s*专栏\s*[0-9一二三四五六七八九十]+\s*】?[\s:：]*(?![^。，；]*(?:案例|典型|做法|经验|模式|实践|探索|学校|学院|中心|(?<!全)[市县区州旗](?![级属])))[^。，；：:]{0,20}(?:一览|主要数据|主要结果|数据|指标|情况|[（(](?:%|％|20\d\d\s*年度?)[)）]|满意度|教师队伍|国际影响|服务贡献|教学资源|落实政策)[^。，；]{0,12}$/;
const CASE_COUNT = /^\s*(?:典型)?案例\s*[:：]?\s*[0-9０-９][0-9０-９,，]*\s*[个篇项件则]\s*$/;
const opensSection = (t: string) => mayOpenBox(t) && SECTION.test(t);
/** 「【5月】」「7—8月」「【第三季度】」: a chronicle's month or quarter, alone on its line. */
const MONTH_TITLE = /^\s*【?\s*(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[—－\-~～至]\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*)?月份?|第[一二三四]季度)\s*】?\s*$/;

/**
 * What may stand between a name and its figure, read back from the figure: 为/达/共计…, a year (2023年为),
 * 上年的, 由…, a verb of level (增至, 调整为), the words that end a name (人数, 总数, 规模), an opening bracket, an arrow
 * pointing from the name to it (「全日制在校生 ➜ 15820人」).
 */
// (「高级专业技术职务专任教师比例全市为19.2%」: the region between a name and its figure)
// (「财政专项经费安排了1.86亿元」: money laid out, 安排/下达/拨付, as 投入 says it; 「…实际到位18240万元」 as it arrived)
// (「2021年学校数按新口径调整为47所」: the basis it is counted on)
const BRIDGE = new RegExp(`(?:[\\s为达到共计有是了约近超逾:：(（比较仅均都者➜➔➝→]|全[市县省区州盟旗](?=\\s*(?:为|是|达))|(?<![高低大小多少等优])于|过|累计|一共|加起来|总共|20\\d\\d\\s*(?:年度|年|届)|上一?学?年|去年|同期|分别|已经|已|由|从|的(?:中职|高职)?(?:学生|毕业生)|的|学生|增至|增加到|增加至|增长到|增长至|提高到|提高至|扩大到|扩大至|提升到|提升至|上升到|上升至|升级为|升级到|升级至|扩容到|扩容至|升至|降至|下降到|下降至|减少到|减至|${TO_LEVEL_WEI}|${TO_LEVEL_DAO}|调整为|保持在|稳定在|合计|总计|总数|人数|规模|数量|总量|全年|当年|今年|本年度|本年|相应|数字|平均|人均|只有|最大|高达|已达|达到了|大约|在|实现|现在|目前|折合|价值|每生每年|每生|每年|年均|投入|支出|安排|下达|拨付|实际|到位|按[^，,。；;0-9（(]{0,8}口径)*$`);
/** The longest bridge looked at: a name further back than this does not own the figure. */
const BRIDGE_SPAN = 16;

function bridgeStart(before: string): number {
  const from = Math.max(0, before.length - BRIDGE_SPAN);
  // (where the bridge starts is all that is asked: no match array; the pattern matches at the end at the latest)
  const at = before.slice(from).search(BRIDGE);
  return at >= 0 ? from + at : before.length;
}

/** A figure restates the one just read when only a bridge stands between (（上年…）, 上年为, 增至, 2024年为). */
// (「受疫情影响较上年的312项有所减少」: after the cause of the change, likewise)
// (「较上年之十三个增一」: an official's 之 for 的)
// (「起薪平均3180元/月（上届3050元/月）」: the figure's period after its unit; 「…，不过较上年（61.95%）已有所回升」: a turn before it)
const RESTATES = new RegExp(`^(?:[/／][月年])?[\\s，,；;、]*(?:虽然|虽|尽管|不过|但是|但)?(?:受[^，,；;。0-9]{1,12}影响\\s*)?(?:(?:比|较|由|从|与|和|高于|低于|略高于|略低于|稍高于|稍低于|超过|多于|少于|略多于|略少于|稍多于|稍少于)?(?:上一?学?年|上一?届|去年|同期|[二两三四五2-5]年前|20\\d\\d\\s*(?:年度|年|届))(?:秋季|春季|年末|年底|底|末)?\\s*(?:同口径)?(?:调查结果|调查数据|统计数据|统计结果)?\\s*(?:也|亦|同样|同(?=为|是)|仍然?|依然|还|仅|只|才|则)?\\s*(?:约|近|大约)?\\s*(?:的|之|为|是|同期|[:：])?|[(（]|同口径|确切|准确|精确|具体|(?:数量|规模|人数)?[与和同]上一?年度?(?:相同|持平|一致|相当)|这一?项?(?:数字|数据|比例|指标)(?:\\s*在)?|这个数字|该项?(?:数字|数据|比例|指标)|而|毕业生(?=这|该)|数据|数字|水平|增至|增加到|增加至|增长到|增长至|提高到|提高至|扩大到|扩大至|提升到|提升至|上升到|上升至|升级为|升级到|升级至|升至|降至|下降到|下降至|减少到|减至|${TO_LEVEL_WEI}|${TO_LEVEL_DAO}|扩大到|扩大至|缩小到|缩小至|扩容到|扩容至|调整为|保持在|稳定在|分别为|分别是|为|达到|达|[)）]|${ARROWS})+\\s*$`);

interface Found {
  term: Term;
  id: string;
  /** Where the term starts in the text it was found in. */
  at: number;
}

/** The name that owns a figure printed right after `before` (a clause's text up to the figure). */
function termBefore(before: string, unit: string, lex: Lexicon, seen?: Set<string>, clauseBefore?: string, heard?: string[]): Found | null {
  const len = before.length;
  const from = bridgeStart(before);
  let best: Found | null = null;
  for (let e = len; e >= from && e > 0; e--) {
    const list = lex.byLast.get(before.charCodeAt(e - 1));
    if (!list) continue;
    for (const t of list) {
      if (best && t.rank >= best.term.rank) break;
      if (t.kind === 'share' || e < t.term.length || !before.startsWith(t.term, e - t.term.length)) continue;
      const at = e - t.term.length;
      // (「暂未落实」「未落实去向的45人」: a name negated is those it does not name)
      if (at > 0 && NEGATED_BEFORE.test(before.slice(Math.max(0, at - 2), at))) continue;
      if (t.kind === 'noun' && !TOTAL_BEFORE_NOUN.test(before.slice(Math.max(0, at - 14), at)) && !(ITEM_ONLY.test(before.slice(0, at)) && /^\s*[:：]?\s*$/.test(before.slice(e)))) continue;
      const id = idForUnit(t, unit);
      // (「开展非学历培训，到账经费4025.6万元」: or the clause before named the indicator itself; 「体质健康测评合格率」: or its own
      // words before the short form name the topic; 「毕业去向落实率98.1%。上年落实率为97.6%」: or the sentence before read it)
      if (!id || (t.kind === 'after' && !sameGroupSeen(id, seen) && !heard?.includes(id) && !namesIndicator(before.slice(0, at), id, lex) && !(clauseBefore && namesIndicator(clauseBefore, id, lex)))) continue;
      best = { term: t, id, at };
      break;
    }
  }
  // 「直接就业毕业生4.86万人」「升学毕业生」: a whole's name right after the name of one of its parts, no 的 between, is the
  // part's population: the part is named
  if (best && WHOLES.has(best.id) && best.at >= 2 && isHan(before.charCodeAt(best.at - 1))) {
    const q = before.slice(0, best.at);
    const part = termBefore(q, unit, lex, seen);
    if (part && part.term.kind !== 'noun' && part.at + part.term.term.length === q.length && PART_OF.some(([p, w]) => p === part.id && w === best!.id)) return part;
  }
  return best;
}

/** Whether a text names the indicator by one of its forms, or names the topic a form completes (see Lexicon.namedBy). */
function namesIndicator(text: string, id: string, lex: Lexicon): boolean {
  return lex.namedBy.get(id)?.some((name) => text.includes(name)) ?? false;
}

/** 「全县中职学校承担」: the region's schools, then a verb of doing with no object, before 的 and a name. */
const WHOLE_DID = /^\s*(?:全[县市区省州盟旗]|我[县市区省州]|本[县市区省州])(?:中等职业学校|中职学校|职业学校|高职院校|高等职业院校)?(?:共同)?(?:承担|开展|举办|实施|完成|组织)$/;

/** 「按举办者分」「按举办主体划分」: a breakdown by who runs the schools. */
const BY_RUNNER = /按\s*举办(?:者|主体|方|单位)?(?:性质)?\s*(?:划分|分类|分|来看|看)/;

/** A negation right before a name. */
const NEGATED_BEFORE = /(?:未|没有?)$/;

/** Whether a figure of the indicator's group was read already (an after-form's condition). */
function sameGroupSeen(id: string, seen: Set<string> | undefined): boolean {
  if (!seen?.size) return false;
  const group = indicatorById(id)!.group;
  for (const s of seen) if (indicatorById(s)!.group === group) return true;
  return false;
}

/** After a counted figure: what may end the noun that follows it (「23所中等职业学校，」「…42个专业。」). */
const NOUN_END = /^\s*(?:$|[，,。；;：:、)）]|其中|中[，,]|中\s*$|被(?:选聘|聘))/;
/** Where a name after its figure must end when nothing before says it is a whole: the clause's end. */
const CLAUSE_ENDS = /^\s*(?:$|[，,。；;)）]|其中|中\s*$|中[，,]|共有|共|现有|拥有|有|开设|设置|设有|建有|均|全部|都)/;
/** What a figure's people did, right after them: those who did it, not all of them. */
// (「1.31万名中职应届毕业生报名参加考试」: those who signed up for an exam or a contest, too)
const DOES_AFTER = /^(?:到|赴|参加|参与|开展|接受|完成|获得|取得|获|入选|通过|前往|进入|落实|实现|升入|考入|考上|升学|就业|签约|留在|选择|报名|报考|参赛|参评|参测)/;
/** A bracket opening on an earlier year, right after a figure: 「（上年148人）」「（2023年：96.1%）」. */
const BRACKET_RESTATES = /^\s*[（(]\s*(?:上一?学?年|上一?届|去年|20\d\d\s*(?:年度|年|届))\s*(?:同期)?\s*(?:为|是|[:：])?\s*[0-9][0-9,.]*\s*(%|％|[\u4e00-\u9fa5])/;
/** A population noun before a verb phrase that names the indicator (3124名学生获得职业技能等级证书). */
const PEOPLE = /^(?:中职学生|在校学生|在校生|学生|毕业生|教师|人)/;
/** The means people went by, before where they went: 「通过中本贯通、职教高考等渠道」. */
const MEANS_THEN_WENT = /^(?:通过|经由|经)[^，,；;。0-9]{1,24}?(?=升入|考入|进入)/;

/** People named, then hired as something: 「企业技术骨干被聘为」. */
const HIRED_AS = /^[^，,。；;、0-9]{1,12}?被(?:聘为|聘任为|聘请为|选聘为)/;

/** Whether a lexicon term starts the text. */
function termAt(s: string, lex: Lexicon): boolean {
  return !!lex.byFirst.get(s.charCodeAt(0))?.some((t) => s.startsWith(t.term));
}

/** The name that follows a figure and its measure word: 「412名专任教师」「18所为公办学校」. */
function termAfter(after: string, unit: string, lex: Lexicon, opens = false): Found | null {
  // 「18所为公办学校」「13605名2024届毕业生」; then, failing that, past the region's scope words (「9860元是全市中职
  // 生均教学科研仪器设备值」)
  const head = /^(?:为|是|的|20\d\d\s*(?:届|年度?))?/.exec(after)![0];
  const scope = /^(?:全[市县省区]|我[市县省区])?(?:中职学校|中职)?(?=\S)/.exec(after.slice(head.length))?.[0] ?? '';
  for (const lead of scope ? [head.length, head.length + scope.length] : [head.length]) {
    const s = after.slice(lead);
    const direct = longestAt(s, 0, unit, lex, true, opens);
    if (direct) return { ...direct, at: lead };
    // 「1,045名企业技术骨干被聘为行业导师」: those hired, named by what they were hired as
    const hiredAs = HIRED_AS.exec(s);
    const as = hiredAs ? longestAt(s, hiredAs[0].length, unit, lex, true, opens) : null;
    if (as) return { ...as, at: lead + as.at };
    const p = PEOPLE.exec(s);
    // 「9468名学生取得职业技能等级证书或职业资格证书」: what they did names the indicator, whatever follows
    // (「214名毕业生通过中本贯通、职教高考等渠道升入本科院校」: past the means they went by)
    const by = p ? (MEANS_THEN_WENT.exec(s.slice(p[0].length))?.[0].length ?? 0) : 0;
    const f = p ? longestAt(s, p[0].length + by, unit, lex, false, true) : null;
    if (f) return { ...f, at: lead + f.at };
  }
  return null;
}

/** The longest term starting at `i` whose unit fits and that ends where a noun may end. */
function longestAt(s: string, i: number, unit: string, lex: Lexicon, nouns: boolean, open = false): Found | null {
  const list = lex.byFirst.get(s.charCodeAt(i));
  if (!list) return null;
  for (const t of list) {
    if (t.kind === 'share' || t.kind === 'after' || (t.kind === 'noun' && !nouns)) continue;
    // a plain noun always ends where a noun may (「1,326名中职学生参加…」 is no count of all students)
    if (!s.startsWith(t.term, i) || ((!open || t.kind === 'noun') && !NOUN_END.test(s.slice(i + t.term.length, i + t.term.length + 3)))) continue;
    // 「共有1,286名专任教师到企业开展实践锻炼」: those of them who did something, not all of them
    if (open && DOES_AFTER.test(s.slice(i + t.term.length, i + t.term.length + 2))) continue;
    const id = idForUnit(t, unit);
    if (id) return { term: t, id, at: i };
  }
  return null;
}

/** A share named without 占: 「…比例21.37%」「，比例为30.0%」. */
const RATIO_TAIL = /的?(?:比例|比重)(?:仅|只|已|约|均)?(?:为|达|达到|是|已达)?\s*$/;
/** 「占专任教师的63.5%」「占比27.3%」 right before a percentage: the denominator named (or ''), or null. */
const SHARE_TAIL = /占(比|全[市县省区]?)?([^占，,。；;]{0,18}?)(?:总数|总量|人数)?的?(?:比例|比重|比)?(?:为|达|达到|是|已达|超过|约)?\s*$/;

/** A share's numerator ending right at `end` of the text (「“双师型”教师」, 「具有高级职称的专任教师」). */
function shareBefore(text: string, end: number, lex: Lexicon): Term | null {
  let s = text.slice(0, end);
  // (「在省内就业的毕业生占…」: the people a share form's 的 qualifies)
  s = s.replace(/(?:数量|人数|数|总数)$/, '').replace(/的(?:毕业生|学生|人员)$/, '的');
  for (let e = s.length; e > 0 && e >= s.length - 2; e--) {
    const list = lex.byLast.get(s.charCodeAt(e - 1));
    if (!list) continue;
    for (const t of list) if (t.kind === 'share' && e >= t.term.length && s.startsWith(t.term, e - t.term.length)) return t;
  }
  return null;
}

/** The last share numerator anywhere in a text (the clause before 「，占…的N%」). */
function shareIn(text: string, lex: Lexicon): Term | null {
  // the numerator ending last wins, the first in the lexicon's order among those ending there: read back from the
  // text's end, the first place any numerator ends at is that end (byLast lists keep the lexicon's order), with no
  // search of the whole text for each of the lexicon's numerators
  for (let e = text.length; e > 0; e--) {
    const list = lex.byLast.get(text.charCodeAt(e - 1));
    if (!list) continue;
    for (const t of list) if (t.kind === 'share' && e >= t.term.length && text.startsWith(t.term, e - t.term.length)) return t;
  }
  return null;
}

/**
 * 「高级“双师型”教师比例21.37%」, or 「具有高级职称的专任教师1,021人，比例为30.0%」 (the numerator and its count in the
 * clause before): a share without 占, unless what stands before the numerator picks some (民办院校“双师型”教师比例).
 */
function readRatio(before: string, prev: string, lex: Lexicon): { id: string; term: Term } | null {
  const r = RATIO_TAIL.exec(before);
  if (!r) return null;
  const head = before.slice(0, r.index).trim();
  const t = head ? shareBefore(head, head.length, lex) : /[0-9]\s*[人名个所]\s*$/.test(prev) ? shareIn(prev, lex) : null;
  if (!t) return null;
  // (「被认定为“双师型”教师的比例」: the words the share is defined over pick none of them)
  const q = blankDefinedOn(qualifierOf(head || prev, (head || prev).lastIndexOf(t.term)), t.ids);
  if (OWNER.test(q) || FILTERED.test(q) || /公办|民办|其中|部分/.test(q) || namesSchool(q)) return null;
  return { id: t.ids[0]!, term: t };
}

/** Whose share a percentage is, or null. `before` is the clause up to the figure, `prev` the clause before. */
function readShare(before: string, prev: string, lex: Lexicon): { id: string; term: Term } | null {
  const m = SHARE_TAIL.exec(before);
  if (!m) return null;
  const zhan = m.index;
  // (「…228人，所占比例为27.1%」: 所占 is 占 of the clause before)
  const head = before.slice(0, zhan).replace(/所\s*$/, '').trim();
  // the numerator ends at 占, or stands in the clause before when this one opens with 占 (after a figure)
  const t = head && !/[0-9]\s*[人名个]?$/.test(head) ? shareBefore(head, head.length, lex) : shareIn(head || prev, lex);
  if (!t) return null;
  const den = (m[2] ?? '').replace(/^全[市县省区]?/, '');
  for (const id of t.ids) {
    const of = indicatorById(id)!.shareOfZh;
    if (m[1] === '比' || !den || !of.length || of.some((d) => den.includes(d))) return { id, term: t };
  }
  return null;
}

const YEAR_TOKEN = /(20\d\d)\s*(?:[-—–~至]\s*(20\d\d)\s*学年|年度|年|届)/g;
const COMPARED_BEFORE = /(比|较|与|同|对比|相比|和|由|从|高于|低于|超过|多于|少于)\s*$/;
const COMPARED_AFTER = /^\s*(?:相比|比较|同期|以来|年?底?前|的\s*[0-9.一二两三四五六七八九十]+\s*倍)/;
/** 「“十三五”末」: the last year of a five-year plan. */
const PLAN_END = /十([二三四])五[”"」]?(?:末|期末|收官之年)/;
const PLAN_END_YEAR: Record<string, number> = { 二: 2015, 三: 2020, 四: 2025 };

/** What a lead-in that dates its figure must hold: a year or 上年/去年/前一年/上届. */
const MAY_DATE = /20\d\d|上|去年|前一年|年前/;

/** The one year a text dates its figures by (2023—2024学年 is 2024), ignoring years named for comparison. */
function statedYear(text: string, byStart = false): number | null | undefined {
  if (!/20\d\d/.test(text)) {
    const end = text.includes('五') ? PLAN_END.exec(text) : null;
    return end ? PLAN_END_YEAR[end[1]!] : undefined;
  }
  // 「2022—2024年」「2021年至2024年」: a span, dating no figure
  if (/20\d\d\s*年?\s*[-—–~至到]\s*20\d\d\s*年(?!度?\s*学年)/.test(text) && !/20\d\d\s*[-—–~至]\s*20\d\d\s*学年/.test(text)) return null;
  const ys = new Set<number>();
  YEAR_TOKEN.lastIndex = 0;
  for (const m of matchesOf(YEAR_TOKEN, text)) {
    if (COMPARED_BEFORE.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    if (COMPARED_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 10))) continue;
    ys.add(Number(byStart ? m[1] : (m[2] ?? m[1])));
  }
  if (ys.size === 1) return [...ys][0]!;
  return ys.size ? null : undefined;
}

/** A year in a figure's lead-in, and 上年/去年 there. */
const LEAD_YEAR = /(20\d\d)\s*(?:[-—–~至]\s*(20\d\d)\s*学年|年度|年|届)/g;
const LEAD_LAST_YEAR = /上一?学?年|去年|前一年|上一?届/g;
/** 「五年前为18.9:1」: so many years before the report's (see leadYear). */
const LEAD_YEARS_AGO = /([二两三四五2-5])年前/g;
const YEARS_AGO: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };
const SAID_SAME = /^\s*(?:相比)?\s*(?:相同|持平|一致|一样|相当|基本持平|基本一致|没有变化|无变化)/;
/** The year a figure's own lead-in names: 「较2023年的」「2023年为」 (that year) or 「上年为」 (the year before). */
function leadYear(lead: string, base: number | null, byStart = false): number | null | undefined {
  if (!MAY_DATE.test(lead)) return undefined;
  // 「2022—2024年毕业生合计」: a span dates no single year
  if (/20\d\d\s*年?\s*[-—–~至到]\s*20\d\d\s*年(?!度?\s*学年)/.test(lead)) return null;
  // the marker nearest the figure wins: 「2024年…较上年的18.1:1」 is the year before, 「上年（2023年）…」 is 2023
  // (「与2023年相同：公办1所」「和上年一样，」: a year the clause has already said the figures match dates none of them)
  let y: RegExpExecArray | null = null;
  for (const m of matchesOf(LEAD_YEAR, lead)) if (!SAID_SAME.test(lead.slice(m.index! + m[0].length))) y = m;
  let last: RegExpExecArray | null = null;
  for (const m of matchesOf(LEAD_LAST_YEAR, lead)) if (!SAID_SAME.test(lead.slice(m.index! + m[0].length))) last = m;
  let ago: RegExpExecArray | null = null;
  if (lead.includes('年前')) for (const m of matchesOf(LEAD_YEARS_AGO, lead)) if (!SAID_SAME.test(lead.slice(m.index! + m[0].length))) ago = m;
  if (ago && (!y || ago.index! > y.index!) && (!last || ago.index! > last.index!)) return base === null ? null : base - (Number(ago[1]) || YEARS_AGO[ago[1]!]!);
  if (y && (!last || y.index! > last.index!)) return Number(byStart ? y[1] : (y[2] ?? y[1]));
  if (last) return base === null ? null : base - 1;
  return undefined;
}

/** A sentence's state while its clauses are read. */
interface SentenceState {
  /** What a per-cent lead says is measured, where it names no indicator itself: 满意度 of 「满意度（%）：」. */
  leadTopic?: string;
  /** The indicators the sentence before read (ProseReading.heard). */
  heard?: string[];
  /** What opens a clause on the report's own whole (ownOpener). */
  reopens?: RegExp;
  /** The card heading a line opening on its figure stands under (ProseReading.card). */
  card?: { id: string; unit: string; label?: string } | null;
  /** The report's own kind of school named after 其中 (see OWN_NAMED_AFTER_QIZHONG). */
  ownNamed?: { after: RegExp; alone: RegExp };
  /** A clause opened on 每N名 (每100名毕业生，54人继续升学): the figures up to the next ； are so many per N, no counts. */
  perN?: boolean;
  /** A part of the whole after 其中 was the other level's students (五年制高职学生): an own part named after it replaces the whole. */
  otherPart?: boolean;
  /** The year named by the clauses read so far (else the report's). */
  year: number | null;
  /** A clause named the year (else it is the report's, by default). */
  yearNamed?: boolean;
  /** The year the sentence named before a later clause named an earlier one: its next ；-segment is back in it. */
  segmentYear?: number;
  /** The last figure's owner, for restatements (（上年…）, 增至…). */
  last: { id: string; unit: string; year?: number; segment?: number } | null;
  /** The last figure read outside brackets (「3所（公办2所），上年3所」: what a clause after the bracket restates). */
  outside?: { id: string; unit: string } | null;
  /** Whether the last figure was read inside a bracket. */
  lastInBracket?: boolean;
  /** Ids read since the sentence began or since the last 分别, in order (for 「…分别为a、b、c」). */
  run: string[];
  /** Where the ；-segment being read began in run: a segment's own figures may be restated without the ones before it. */
  runMark?: number;
  /** Ids read anywhere in the sentence (「教职工386人，其中专任教师312人」: 其中 under its own total). */
  seen: Set<string>;
  /** The clause restates a figure for 当年, the year the clause before compared with (see THAT_YEAR_RESTATED). */
  thatYear?: boolean;
  /** The clause before the one being read, in the same ；-segment (「培训2.3万人次，累计1.86万学时」: where a bare figure's name is). */
  clauseBefore?: string;
  plan: boolean;
  /** The whole a 其中 list breaks down: a later 「与上一学年的24所相比」 restates it, not the last part. */
  whole: { id: string; unit: string; year?: number; segment?: number } | null;
  /** How many parts were read since the whole. */
  parts: number;
  /** A clause before named another population (技工学校, 普通高中) and none since named the report's schools. */
  other?: boolean;
  /** The report's own level word (省级 in a province's report): not a subset of it. */
  ownLevel: RegExp | null;
  /** The first figure of the sentence before, for 「与上一学年的49所相比，…」 opening the next one. */
  prev: { id: string; unit: string } | null;
  /**
   * A name that ended a clause without its figure: 「用人单位满意度最高，为97.2%」, or 「生师比，2022年是19.6:1」 (byYear: the
   * clauses after it state its figures year by year).
   */
  pending: { id: string; byYear?: boolean } | null;
  /** A clause said what follows breaks a whole down (按举办者分): only parts' figures are read. */
  breakdown?: boolean;
  /** A clause took the technical schools in (「含技工学校在内，」): the figures after it, to the next ；, are a wider whole. */
  withTechnical?: boolean;
  /** What a whole with the technical schools in counted (毕业生): its part 「其中中职学校…」 is the report's figure of it. */
  widerWhole?: string;
  /** The name a target was set for in this sentence (「…：目标值97%，完成值98.69%」). */
  target?: string;
  /** The clause before only set an international contest as the scene (「在…国际…大赛中，」). */
  scene?: boolean;
  /** A clause named the other level's schools as its subject (高职院校 in a 中职 report), and none since the report's own. */
  otherLevel?: boolean;
  /** A clause opened on one kind of school's people (公办学校专任教师…): true there, 'after' in the clauses after it. */
  kindOfSchool?: boolean | 'after';
  /** The kind of school is the subject the sentence opens on: its ；-segments that name no other go on about it. */
  kindOpens?: boolean;
  /** A part of the whole was read in this ；-segment (after a ；): a restatement there is that part's. */
  partInSegment?: boolean;
  /** A part was restated right after it (「其中：升学812人，上年为734人，…」): each part's 上年 is its own, never the whole's. */
  partRestated?: boolean;
  /** An indicator whose figures were just given level by level (省级…、市级…): a sum after them is its whole. */
  levels?: { id: string; unit: string };
  /** The year before a clause opening with 上年 moved the sentence to last year (see there). */
  beforeLastYear?: number | null;
  /** The year a clause's change started from (由2023年的X提高到Y): the undated starts of the clauses after it share it. */
  startYear?: number | null;
  /** The undated figure a change started from (由512人增至586人), kept until the level it reached is read. */
  undatedStart?: { id: string; n: NumberMatch; unit: string; lead: string } | null;
}



/**
 * Whose figures the report states, as its text says: the region's scope (scopeOf), and in a county's report its only
 * school (which is the county), a whole that counts the schools others run in its area, the short names it gives
 * its schools.
 */
export function scopeOfText(items: Item[], report: ReportIdentity): Scope {
  const texts: string[] = [];
  // (「答：…数据如下（括号内为2023年数据）：」「◆ 中等职业学校：2所」: a note or a card on a line of its own, short enough to pass
  // for a row)
  const lines: string[] = [];
  for (const it of items) {
    if (it.kind === 'text') {
      texts.push(it.text);
      lines.push(it.text);
    } else if (it.kind === 'row' && !it.fromTable && (it.quote.includes('所') || it.quote.includes('括号'))) lines.push(it.quote);
  }
  const byStart = report.year !== null && datesSchoolYearsByStart(texts, report.year);
  const bracketYear = report.year !== null ? bracketYearOf(lines, report.year, byStart) : null;
  const scope = regionScopeOfText(texts, report);
  const dated = bracketYear !== null ? { ...scope, bracketYear } : scope;
  const counted = schoolCountsOf(lines);
  const withCount = counted.length ? { ...dated, schoolCounts: counted } : dated;
  // 「同志们：…」 in a page the year after the report's: a speech at the next year's meeting, whose 去年 is the report's year
  const spoken = report.year !== null && !!report.publishedAt?.startsWith(String(report.year + 1)) && items.some((it) => SPEECH_OPENS.test(it.kind === 'text' ? it.text : it.kind === 'row' && !it.fromTable ? it.quote : ''));
  const said = spoken ? { ...withCount, spokenNextYear: true } : withCount;
  const wider = report.level === 'secondary' && texts.some(countsWiderVocational) ? { ...said, vocationalWider: true } : said;
  return byStart ? { ...wider, schoolYearStarts: true } : wider;
}

/**
 * 「全区现有职业院校8所，其中中等职业学校6所」「职业院校7所，中职（含技工）学校6所，高职院校1所」: a region whose vocational schools
 * are more than its 中职 schools (technical schools, a 高职 college among them), where 职业院校 and 职业教育 name that
 * wider whole.
 */
const VOCATIONAL_COUNT = /职业院校\s*(?:共有|有|共)?\s*([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*所/;
const SECONDARY_COUNT = /(?:中等职业学校|中职学校)\s*(?:共有|有|共)?\s*([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*所/;
const OTHER_VOCATIONAL = /(?:高职院校|高等职业院校|技工学校|技工院校|技师学院)\s*([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*所/;
function countsWiderVocational(text: string): boolean {
  if (!text.includes('职业院校')) return false;
  const all = VOCATIONAL_COUNT.exec(text);
  if (!all) return false;
  const rest = text.slice(all.index + all[0].length, all.index + all[0].length + 80);
  const n = (m: RegExpExecArray) => (/\d/.test(m[1]!) ? Number(m[1]) : (parseChineseNumeral(m[1]!) ?? NaN));
  const own = SECONDARY_COUNT.exec(rest);
  return (!!own && n(own) < n(all)) || !!OTHER_VOCATIONAL.exec(rest);
}

/**
 * 「全县共有中等职业学校2所」「全省共有高职院校32所」「◆ 中等职业学校：2所」: how many schools the region has, as each sentence or
 * card that counts them all says (a count with the technical schools or another level's beside the report's own).
 */
const SCHOOLS_COUNTED = /(?:全[省市县区州盟旗]|我[省市县区州]|本[省市县区州])\s*(?:共有|现有|有|共)?\s*(?:[^，,。；;0-9]{0,8}?(?:中等职业|中职|职业|高职|高等职业))(?:学校|院校)\s*(?:共有|只有|仅有|有|共计|共|为)?\s*([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*所/;
const SCHOOLS_CARD = /(?:中等职业学校|中职学校|高职院校|职业院校)数?\s*[:：]\s*([0-9]{1,3})\s*所/;
function schoolCountsOf(texts: string[]): number[] {
  const out: number[] = [];
  for (const t of texts) {
    if (!t.includes('所')) continue;
    const m = SCHOOLS_COUNTED.exec(t) ?? SCHOOLS_CARD.exec(t) ?? SCHOOLS_IN_SCOPE.exec(t);
    const n = m ? (/\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!)) : null;
    if (n !== null) out.push(n);
  }
  return out;
}

/**
 * 「数据取自2024—2025学年初教育事业统计」「2024—2025学年，全市共有中等职业学校39所，比上一学年减少2所」: a report on 2024 that
 * speaks of the school year starting in it more often than of the one ending in it dates each school year by its start
 * (its 2023—2024学年 is 上一学年, 2023), as its tables do.
 */
function datesSchoolYearsByStart(texts: string[], year: number): boolean {
  const starting = new RegExp(`${year}\\s*[-—–~至]\\s*${year + 1}\\s*学年`, 'g');
  const ending = new RegExp(`${year - 1}\\s*[-—–~至]\\s*${year}\\s*学年`, 'g');
  let a = 0;
  let b = 0;
  for (const t of texts) {
    if (!t.includes('学年')) continue;
    a += t.match(starting)?.length ?? 0;
    b += t.match(ending)?.length ?? 0;
  }
  return a > b;
}

/**
 * 「注：括号内为上年（2023年）数据。」「括号内为2023年数据」: a note that a bracket holding a figure alone, after a figure,
 * gives an earlier year's. That year, or null.
 */
// (「括号内为2023—2024学年数据」: a school year, dated as the report dates them)
const BRACKET_NOTE = /括号(?:内|中|里)(?:的)?(?:数据|数字|数值|数)?(?:为|是|系)\s*(?:(上一?学?年|去年|上一?届)|(20\d\d)(?:\s*[-—–~至]\s*(20\d\d)(?=\s*学年))?\s*(?:年度?|届|学年))/;
function bracketYearOf(texts: string[], year: number, byStart: boolean): number | null {
  for (const t of texts) {
    const m = t.includes('括号') ? BRACKET_NOTE.exec(t) : null;
    if (!m) continue;
    if (m[1]) return year - 1;
    const named = Number(m[3] && !byStart ? m[3] : m[2]);
    return named < year ? named : null;
  }
  return null;
}

function regionScopeOfText(texts: string[], report: ReportIdentity): Scope {
  const base = scopeOf(report);
  if (!report.region) return base;
  if (!texts.length) return base;
  if (report.regionLevel !== 'county') return ownRunScope(texts, base) ?? base;
  const own = onlySchoolOf(texts, report.region);
  const county = wholeAreaScope(texts, base) || ownOnlyScope(texts, base) || base;
  if (own) return { ...county, ownSchool: own };
  // 「…职业技术学校（以下简称“县职校”）和民办的…」: with more than one school, a short name a report gives one of them
  // names that school, however generic it sounds
  const shortNames = schoolShortNames(texts, report.region);
  return shortNames ? { ...county, shorts: new RegExp([county.shorts?.source, shortNames].filter(Boolean).join('|')) } : county;
}

export function readProse(items: Item[], report: ReportIdentity, scope: Scope = scopeOfText(items, report)): { candidates: Candidate[]; warnings: EngineWarning[]; allPublic: Candidate[] } {
  const out: Candidate[] = [];
  const aside: Candidate[] = [];
  const warnings: EngineWarning[] = [];
  const lex = lexiconFor(report.level);
  const subset = report.level === 'higher' ? SUBSET_HIGHER : SUBSET;
  const reading: ProseReading = { report, scope, lex, subset, out, aside };
  let inCase = false;
  let inPlan = false;
  /** The numbering of the section heading just read, when nothing came after it yet. */
  let headingBefore: string | null = null;
  let lineBefore: { id: string; unit: string } | null = null;
  /** The indicator the card heading above names, while the lines under it are dated ones (see cardHeadingOf). */
  let card: { id: string; unit: string } | null = null;
  /** The topic a card heading names, when it names no one indicator (「▍体质健康」「▍非学历培训」). */
  let topic: string | null = null;
  /** The line a panel's items stand under, and the last line of the panel read so far (see panelItem). */
  let group: { id: string; order: number } | null = null;
  /** The paragraph just read and its figures, each a different indicator's of the report's year. */
  let listBefore: { text: string; list: Candidate[] } | null = null;
  /** The last paragraph numbered in figures (「4.」「（4）」) outside a box. */
  let itemBefore: { style: string; n: number } | null = null;
  let boxNumbers = false;
  /** The paragraph before told a box of its own (see BOX_SCHOOL_GOES_ON). */
  let caseTold = false;
  /** Where the last caption over several years was (「图16　2020—2024年全市中职专任教师数与生师比」). */
  let spanCaptionAt = -Infinity;
  /** The paragraph before led into a list of what a later year is to bring (see PLAN_LEAD). */
  let planList = false;
  /** A list item that only named one of the region's parts or one school came last among the list items read. */
  let partItems = false;
  const allPublic: Candidate[] = [];
  const lines = joinBrokenLines(items);
  const texts: string[] = [];
  for (const it of lines) if (it.kind === 'text') texts.push(it.text);
  const slashOrder = slashOrderOf(texts);
  /** The last sentence's indicators of a line that ran on into the next one, with no full stop at its end (see ProseReading.heard). */
  let runOn: { from: Item; ids: string[] } | null = null;
  let lastLine: Item | null = null;
  for (const it of lines) {
    const lineAbove = lastLine;
    lastLine = it;
    // (whatever comes between two headings, a table's rows too, makes them no contents list)
    const headingJustBefore = headingBefore;
    headingBefore = null;
    if (it.kind === 'tableStart' || it.kind === 'tableEnd') continue;
    // 「P29 | 学校名片 · 某职业中专」「P05 | 一、基本情况 · 年度关键词」: a slide's title, after its number, says what
    // the slide is about until the next one: one school's or one county's card is a box, a chapter's title sets
    // the plan section as a heading does
    const slide = slideTitleOf(it);
    if (slide !== null) {
      inCase = CASE_START.test(slide) || namesSchool(slide) || namesSubRegion(slide, scope);
      inPlan = PLAN_SECTION.test(slide);
      continue;
    }
    // 「- **崇川区（含市直）**」/「  - 学校：8所」/「  - 在校生：21,580人」: a list item that only names one of the region's parts, or one
    // school, heads the items after it (a nested list whose indentation a page may lose), until a line that is no list item
    if (it.kind === 'text' ? !it.heading : !it.fromTable) {
      const bullet = it.kind === 'text' ? it.text : it.quote;
      const item = BULLET.exec(bullet);
      if (item) {
        const name = bullet.slice(item[0].length).replace(/\*\*/g, '').trim();
        if (name.length <= 20 && !/[0-9０-９]/.test(name) && (namesSubRegion(name, scope) || (!scope.school && !scope.ownSchool && namesSchool(name)))) {
          partItems = true;
          continue;
        }
        if (partItems) continue;
      } else partItems = false;
    }
    // (「2025年」/「我们将👇」: a later year alone on its line, maybe with 我们将, opens what is planned for it, as a section does)
    const later = it.kind === 'text' ? (it.heading ? null : LATER_YEAR_ALONE.exec(it.text)) : it.oneCell && !it.fromTable ? LATER_YEAR_ALONE.exec(it.quote) : null;
    if (later && report.year !== null && Number(later[1]) > report.year) {
      inPlan = true;
      continue;
    }
    // (「结束语」「注释」 alone on a line: the closing words and notes after a plan section are no part of it; an annex's
    // tables are the table reader's)
    const line = it.kind === 'text' ? it.text : it.quote;
    // (「附：2024年度核心数据（括号内为2023年）」 after 「2025年目标」: an annex of the year's figures ends what was planned; one
    // listing plans, 「附件：2025年重点任务清单」, goes on with it; the annex's title may run into its first paragraph, a line
    // joined to it: the title's words are its first few)
    if (inPlan && (BACK_MATTER.test(line) || (ANNEX_OPENS.test(line) && !PLAN_SECTION.test(line.slice(0, 30)) && !plansLaterYear(line.slice(0, 30), report.year)))) inPlan = false;
    // 「【答】北京市密云区职业学校校长 王志刚：」: one school's head answering speaks of that school until another speaker or a
    // question (not in a school's own report, nor in a county whose only school it is)
    // (a text layer sets the name apart by a space: 「…职业学校校长 王志刚：」 comes as a row of two cells)
    const spoken = it.kind === 'text' || !it.fromTable ? line.trim() : '';
    const speaker = spoken.length <= 48 && (spoken.endsWith('：') || spoken.endsWith(':')) ? SPEAKER_LINE.exec(spoken) : null;
    if (speaker && (speaker[1] !== undefined || SPEAKER_ROLE.test(speaker[2]!)) && !opensCase(spoken)) {
      inCase = SCHOOL_HEAD.test(speaker[2]!) && !scope.school && !scope.ownSchool && namesSchool(speaker[2]!.replace(SCHOOL_HEAD, ''));
      caseTold = false;
      continue;
    }
    const text = it.kind === 'text' ? it.text : openingText(it);
    if (line.length <= 60 && YEARS_SPAN_CAPTION.test(line) && !SENTENCE_MARK.test(line)) spanCaptionAt = it.order;
    // (「06 服务贡献」「板块三 ▎教育教学」「2️⃣ 社会培训」: a chapter numbered as a dashboard, a slide deck or a post numbers it
    // closes a box, as a row of its own too)
    // (「关键词三：出路」: a feature's numbered subheading on a line of its own, likewise)
    // (「注：」 alone on its line: the section's notes, after the box, are the report's)
    // (「【5月】」「7—8月」: a chronicle's month alone on its line, likewise)
    if (inCase && it.kind === 'row' && (PADDED_CHAPTER.test(it.quote) || NOTES_OPEN.test(it.quote) || isSubtitle(it.quote) || KEYCAP_NUMBERED.test(it.quote) || ANNEX_OPENS.test(it.quote) || (!it.fromTable && it.oneCell && MONTH_TITLE.test(it.quote)))) inCase = false;
    // 「教育教学」「专业与课程」: a title left unnumbered opens a section as a numbered one does
    if ((it.kind === 'text' || !it.fromTable) && isBareChapter(line)) {
      inCase = false;
      inPlan = plansAhead(line, report.year);
      continue;
    }
    // nothing to open a box with, end it or read
    if (!text) continue;
    // (「【专栏】宝鸡市：装备制造业的“技工摇篮”」「【专栏】宜宾：以产兴教」: a column titled by one of the region's parts is a box
    // about that part; one titled by a topic holds the region's own figures)
    // (「宜宾」 without its 市 is asked as a city's name)
    const column = text.length <= 40 ? PLACE_COLUMN.exec(text)?.[1] : undefined;
    if (opensCase(text) || (column !== undefined && namesSubRegion(/[市县区州]$/.test(column) ? column : `${column}市`, scope))) {
      // 「【案例】安吉县职业教育中心开设…。」: a box told in its own paragraph ends with it; a title opens a box
      inCase = !CASE_TOLD.test(text.includes('─') || text.includes('━') ? text.replace(BOX_RULE, '') : text);
      caseTold = !inCase;
      boxNumbers = false;
      continue;
    }
    // (「【案例】…双提升该校依托…订单班。」/「2024年，学校在校生6214人…」: a paragraph going on about the box's school, as 该校 or
    // 学校, is the box's too, where the title and its first paragraph were joined into one)
    if (caseTold && it.kind === 'text' && !scope.school && !scope.ownSchool && BOX_SCHOOL_GOES_ON.test(text)) continue;
    caseTold = false;
    // (「“国际影响表”主要指标如下：」: the report's own table, introduced, is no part of a box either)
    // (「■ 教育教学」: a subtitle after a list mark ends it as a section heading does)
    // (「课程教材建设“提档升级”」/「2024年，全市…」: a subtitle joined to the paragraph after it; the region opening a line
    // of its own ends the box as well)
    // (「06 服务贡献」: a chapter numbered as a dashboard or a slide deck numbers it closes the box above it)
    // (「4.技能与证书。…」, 【案例一】…, 「5.就业与升学。…」: a paragraph numbered next after the last one before the box goes on
    // with the report, as a box numbers its own steps from 1)
    const item = itemNumber(text);
    // (「记者：国际交流这块有什么进展？」: an interviewer's question opens the next topic, as a heading does)
    const asked = it.kind === 'text' && INTERVIEW_QUESTION.test(text);
    // (「#### 【指标】毕业去向落实」「▍学校数」: a card's heading after a box is the report's again)
    if (inCase && (asked || (text.length <= 40 && CARD_MARK.test(text) && !hasFigure(text)) || (text.length < 60 && (opensSection(text) || PADDED_CHAPTER.test(text) || ANNEX_OPENS.test(text))) || opensOnOwnWhole(text, report, scope) || NUMBERED.test(text) || STANDARD_TABLE.test(text) || isSubtitle(text) || (item !== null && !boxNumbers && itemBefore !== null && item.style === itemBefore.style && item.n === itemBefore.n + 1) || (it.kind === 'text' && !!it.parts?.slice(1).some((p, k) => REGION_OPENS.test(text.slice(p.start)) && endsPart(text.slice(it.parts![k]!.start, p.start)))))) inCase = false;
    if (!inCase && item !== null) itemBefore = item;
    // (a box that numbers its own steps the same way is no longer told apart by them)
    else if (inCase && item !== null && itemBefore !== null && item.style === itemBefore.style) boxNumbers = true;
    // 「七、下一步打算」「面临挑战与改进措施」: what the section says is planned, not what happened
    // (「九、服务贡献」/「十、对外合作」/「十一、挑战与展望」, one after another with nothing between: a contents list, whose
    // 展望 opens no section)
    const section = (it.kind === 'text' && it.heading) || (text.length < 60 && opensSection(text)) || asked;
    if (section) {
      const style = numbering(text);
      // (「二、2024年工作成效及2025年工作打算」: a section on what was done and what is planned; its sentences say which)
      inPlan = plansAhead(text, report.year) && !(style !== null && style === headingJustBefore);
      headingBefore = style;
      // 「（一）柳州市第一职业技术学校」「（二）三台县职业技术学校：办好县域职教中心」: a section titled by one school's name
      // tells of that school, as a case box does, until the next heading (not in a county with one school, or in a
      // school's own report, where the school is the region)
      if (style !== null && text.length < 40 && !scope.ownSchool && !scope.school && namesSchool(text.replace(SCHOOL_TITLE_TAIL, ''))) inCase = true;
      // 「（一）理塘县（综合得分92.6分，第一位）」: so does a section titled by one of the region's parts
      else if (style !== null && text.length < 40 && titlesPart(text, scope, report.region)) inCase = true;
    }
    // 「思政课教师1436人，体育课专任教师1287人…」/「上年分别为1352人、1241人…」: a paragraph restating each figure of the one before
    // (「（上年分别为145所、46所）」 on a line of its own: a text layer's short line, read as a row)
    const restating = it.kind === 'row' ? (it.fromTable ? null : it.quote) : it.heading ? null : text;
    if (!inCase && !inPlan && listBefore && report.year !== null && restating !== null && RESTATED_LIST.test(restating)) {
      const given = restatedList(restating, it as Extract<Item, { kind: 'text' }> | Row, listBefore, report.year);
      listBefore = null;
      if (given.length || it.kind === 'row') {
        out.push(...given);
        continue;
      }
    }
    if (it.kind === 'row') listBefore = null;
    if (planList) {
      if (!inPlan && !(it.kind === 'text' && it.heading) && (LIST_MARK.test(text) || itemNumber(text) !== null)) continue;
      planList = false;
    }
    if (!inCase && !inPlan && it.kind === 'text' && !it.heading && leadsIntoPlan(text, report.year)) planList = true;
    // 「#### 【指标】中等职业学校数」/「2025年：49所｜2024年：50所」: a card's heading names the indicator of the dated lines under it
    // (a text layer's heading is a line of its own, maybe a row of one cell)
    if (it.kind === 'text' || !it.fromTable) {
      const heading = it.kind === 'text' && it.heading;
      const named = inCase || inPlan ? null : cardHeadingOf(line, heading);
      if (named) card = named;
      else if (!heading && !DATED_CARD_LINE.test(line) && !FIGURE_CARD_LINE.test(line)) card = null;
      // (「▍体质健康」/「合格率：90.6%｜上年：90.1%」: a card heading naming a topic, not one indicator, qualifies the names under it)
      if (heading || CARD_MARK.test(line)) topic = inCase || inPlan || named ? null : cardTopicOf(line);
    }
    if (inCase || inPlan || it.kind !== 'text' || it.heading) continue;
    // 「巴州区：现有中职学校3所，…。专任教师402人，…」: a paragraph opening on one of the region's parts and a colon tells of that
    // part, every sentence of it (as a case box told in its own paragraph does)
    if (opensOnPart(text, scope, report.region)) {
      listBefore = null;
      lineBefore = null;
      continue;
    }
    if (text.includes('公办') || text.includes('民办')) allPublic.push(...allPublicIn(text, it, report, scope));
    if (text.includes('未') || text.includes('无') || text.includes('没有') || text.includes('为零') || text.includes('为0')) out.push(...noneIn(text, it, report, scope));
    // 「2023年：15,906人」 under a card: last year's figure of the card above it
    const yearCard: boolean = lineBefore !== null && YEAR_CARD.test(text);
    // (「全日制在校生」/「41265人」/「上年为39480人，2022年为37126人。」: a card's line restating its earlier years)
    const restatesCard: boolean = lineBefore !== null && (RESTATES_BEFORE.test(text) || restatesEarlierYear(text, report.year));
    // 「在校生满意度 95.2%」/「课堂育人 96.1%」/「课外育人 94.8%」: a panel's items right under the line of their group
    const panel: { id: string; value: number; unit: string } | null = group !== null && report.year !== null && !yearCard && !restatesCard && it.order - group.order <= 2 ? panelItem(text, group.id) : null;
    if (panel) {
      out.push({ id: panel.id, year: report.year!, value: panel.value, unit: panel.unit, quote: text.trim(), source: 'prose', confidence: 0.65, warnings: [], page: it.page, order: it.order, at: { block: it.block } });
      // (「上年：95.6%」 under an item restates the item's figure; the items after it are still the group's)
      lineBefore = { id: panel.id, unit: panel.unit };
      group!.order = it.order;
      continue;
    }
    listBefore = null;
    // (「全市：27所，上年：28所」 under 「▍学校数」: a dated line of the card above it)
    const topical = topic !== null ? topicalCard(text, topic) : null;
    const cardLine = topical ?? (card !== null && (DATED_CARD_LINE.test(text) || FIGURE_CARD_LINE.test(text)) ? card : null);
    reading.card = topical ?? (cardLine !== null && FIGURE_CARD_LINE.test(text) ? cardLine : null);
    if (!(figureIn(text) || isCardShare(text) || percentLed(text) || slashedFigure(text, slashOrder)) || (!yearCard && !restatesCard && !cardLine && !mayHoldTerm(text, lex))) continue;
    const sentences = splitSentences(text);
    // the figure of the sentence before, in the same paragraph, when it stated one (or of the line before, for a
    // line that breaks it down: 「中等职业学校：13所」/「其中：公办学校9所，民办学校4所」)
    // (「公办12所 · 民办2所」 under the schools' card: the parts, as a line opening on 其中 gives them)
    // (「26所｜中职学校」/「公办16所｜民办10所」「全市：27所｜上年：28所」/「公办17所、民办10所（…）」: a line opening on the kinds of
    // school under a count breaks it down)
    let prev: { id: string; unit: string } | null = cardLine ?? (OPENS_PARTS.test(text) || yearCard || restatesCard || (lineBefore !== null && (PARTS_LINE.test(text) || (lineBefore.unit === '所' && KINDS_OPEN.test(text)))) ? lineBefore : null);
    let lastCount: { id: string; unit: string } | null = null;
    const itemStart = out.length;
    // 「襄阳汽车职业技术学院依托…，在校生10372人…。学院现有专任教师562人…」: a paragraph opening on one school's name goes on
    // about that school where a sentence's subject is 学院 or 该校 alone
    const lead = !scope.school && !scope.ownSchool ? SCHOOL_LEAD.exec(text) : null;
    const opensOnSchool = !!lead && namesSchool(lead[0]);
    let heard: string[] = runOn !== null && runOn.from === lineAbove ? runOn.ids : [];
    let onExample = false;
    for (const [s, said] of sentences.entries()) {
      // 「可以，讲讲安吉县职业教育中心学校吧。…去年他们的毕业生有1080人」: a paragraph turning to one school as its example
      // tells of that school from there on
      if (!onExample && !scope.school && !scope.ownSchool && said.length < 400) {
        const example = EXAMPLE_SCHOOL.exec(said);
        const named = example?.slice(1).find((g) => g !== undefined);
        onExample = named !== undefined && namesSchool(named);
        // (「答：鱼峰区有一所以汽车专业见长的中职学校，…」「就说湾沚区的一所职教中心吧。这所学校…」: or to one school it does not
        // name, in one of the region's parts or by a word of giving an example; 「全县有一所中职学校」 is the county's count)
        const one = onExample ? null : ONE_SCHOOL_EXAMPLE.exec(said);
        if (one && (one[1] !== undefined || namesSubRegion(one[2]!, scope))) onExample = true;
      }
      // 「两个专业群共覆盖专业11个，在校生4260人，现有专任教师186人」: a sentence whose subject is some of the region's groups of
      // majors counts theirs
      if (onExample || GROUPS_SUBJECT.test(said)) {
        prev = null;
        heard = [];
        continue;
      }
      if (s > 0 && opensOnSchool && BOX_SCHOOL_GOES_ON.test(said)) {
        prev = null;
        heard = [];
        continue;
      }
      // 「…到账经费168.5万元。上学年上述四项分别为36项、21480学时、9600学时、142.0万元。」: last year's figures of the sentences
      // before it in the paragraph, each a different indicator's of the report's year, in turn, as a paragraph restates the
      // one before it
      const read = out.length - itemStart >= 2 && RESTATED_LIST.test(said) ? out.slice(itemStart) : [];
      if (read.length && report.year !== null && read.every((c) => c.year === report.year) && new Set(read.map((c) => c.id)).size === read.length) {
        // (in the order the paragraph printed them, which may not be the order they were read in)
        const at = (c: Candidate) => Math.max(text.indexOf(String(c.value)), Number.isInteger(c.value) ? text.indexOf(c.value.toLocaleString('en-US')) : -1);
        const given = restatedList(said, it, { text, list: [...read].sort((a, b) => at(a) - at(b)) }, report.year);
        if (given.length) {
          out.push(...given);
          prev = null;
          heard = [];
          continue;
        }
      }
      const unnumbered = said.replace(ITEM_NUMBER_ON_FIGURE, '');
      // (not a run of headline figures, each before its name: 「【12所】全市中职学校总数【97.6%】…」)
      const lead = LEAD_FIGURE.exec(unnumbered);
      const sentence = lead && !unnumbered.includes('【', lead[0].length) ? unnumbered.slice(lead[0].length) : unnumbered;
      if (sentences.length > 1 && (!(figureIn(sentence) || isCardShare(sentence) || percentLed(sentence) || slashedFigure(sentence, slashOrder)) || (!mayHoldTerm(sentence, lex) && !(prev && RESTATES_BEFORE.test(sentence))))) {
        prev = null;
        heard = [];
        continue;
      }
      const before = out.length;
      // (「…落实人数10,585人，落实率93.08%。其中直接就业8,024人…」: 其中 breaks down the last count before it, a rate after
      // that count being no whole)
      // 「2024届毕业生17592人——对不起，我更正一下，是17952人」: a speaker's figure taken back is read as never said (the text
      // keeps its length, so each quote is the same span of what was said)
      const corrected = MAY_CORRECT.test(sentence) ? sentence.replace(CORRECTED, (m) => ' '.repeat(m.length)) : sentence;
      // 「按上年度报告的口径（含非全日制学历教育学生），2023年在校生为29168人」: figures quoted from last year's report on a basis since
      // left, likewise
      const unsuperseded = SUPERSEDED_CUE.test(corrected) ? withoutSuperseded(corrected, report.year) : corrected;
      // 「去年全市中职招生7615人，上年是7206人」: a speech given the year after says 去年 of the report's year, as the 上年 after it
      // shows (the text keeps its length)
      // (「同志们：…去年全市中职学校开设专业24个」: a speech the report's next year gives, 去年 throughout)
      const spoken0 = unsuperseded.includes('去年') ? unsuperseded.replace(scope.spokenNextYear ? SPEECH_LAST_YEAR : SPOKEN_NEXT_YEAR, '当年') : unsuperseded;
      // 「落实率97.09%，比2024届（96.84%，落实14,642人）提高0.25个百分点」: the bracket after the year compared with holds that
      // year's figures, as 「（2024届为96.84%…）」 would (the text keeps its length); a bracket of one figure is read as it is,
      // and a sentence with brackets of other figures too is left as it is, whose brackets the dated one would date
      const compared = oneBracket(spoken0) ? spoken0.replace(COMPARED_BRACKET, (_m, a: string, y: string, b: string) => `（${a}${y}${b}为`) : spoken0;
      // 「在校生（2023/2024）：71,385/74,062人」: figures of several years packed with slashes (see slashed.ts)
      const slashed = unslash(compared, slashOrder, report.year);
      const spoken = slashed?.masked ?? compared;
      reading.heard = heard;
      readSentence(spoken, it, reading, prev ?? (OPENS_PARTS.test(sentence) ? lastCount : null));
      heard = out.slice(before).map((c) => c.id);
      // 「录取新生4,906人，实际报到4,728人」: those who came, not those admitted, are the year's new students
      const admitted = out.length - before >= 2 && sentence.includes('报到') ? ADMITTED_THEN_ENROLLED.exec(toHalfWidth(sentence)) : null;
      if (admitted) {
        const n = Number(admitted[1]!.replace(/,/g, ''));
        for (let k = out.length - 1; k >= before; k--) if (out[k]!.id === 'new_enrollment' && out[k]!.value === n) out.splice(k, 1);
      }
      if (slashed) dateSlashed(out, before, slashed.runs);
      // 「2021届毕业生34215人，就业33278人，就业率为97.26%」: the count the placement rate is the share of graduates of is the
      // placed graduates, whatever the sentence calls it
      if (out.length - before >= 2 && sentence.includes('就业')) {
        const placed = placedByRate(sentence, out.slice(before));
        if (placed) out.push(placed);
      }
      if (spoken !== sentence)
        for (let k = before; k < out.length; k++) {
          const at = spoken.indexOf(out[k]!.quote);
          if (at >= 0) out[k] = { ...out[k]!, quote: sentence.slice(at, at + out[k]!.quote.length) };
        }
      // 「上年为10,127人。」 restates the sentence before only when that one stated a single figure
      prev = out.length === before + 1 ? { id: out[before]!.id, unit: out[before]!.unit } : null;
      const count = out.findLast((c, i) => i >= before && c.unit !== '%');
      lastCount = count ? { id: count.id, unit: count.unit } : null;
    }
    // (「就说湾沚区的一所职教中心吧。…」/「学校的“双师型”教师比例是71%…」: a paragraph that turned to one school, as a box told in its
    // own paragraph, goes on in the next one about 学校 or 该校, where a page broke it)
    runOn = /[。！？!?；;]\s*$/.test(text) ? null : { from: it, ids: heard };
    if (onExample) caseTold = true;
    // (「生师比由11.7:1降至10.8:1」 under a chart of 2020—2024: a change told under a chart of several years runs over them)
    if (it.order - spanCaptionAt <= SPAN_CAPTION_REACH) for (let k = out.length - 1; k >= itemStart; k--) if (out[k]!.yearImplied) out.splice(k, 1);
    // a line whose figures are all one indicator's (this year's, last year's)
    const given = out.slice(itemStart);
    // 「直接就业3271人，比上年减少58人。其中，面向第一产业就业412人…」: the directly employed whom the three sectors' figures in the
    // same paragraph add up to are the sectors' whole too
    const sectors = SECTORS_WHOLE && report.year !== null && text.includes('第三产业') && !given.some((c) => c.id === SECTORS_WHOLE && c.year === report.year) ? sectorsSum(text) : null;
    const direct = sectors !== null ? given.find((c) => c.id === DIRECT_EMPLOYMENT && c.year === report.year && c.value === sectors) : undefined;
    if (direct) out.push({ ...direct, id: SECTORS_WHOLE!, warnings: [...direct.warnings], total: undefined });
    listBefore = given.length >= 2 && report.year !== null && given.every((c) => c.year === report.year) && new Set(given.map((c) => c.id)).size === given.length ? { text, list: given } : null;
    lineBefore = given.length && given.every((c) => c.id === given[0]!.id) ? { id: given[0]!.id, unit: given[0]!.unit } : null;
    // (a line restating the group's earlier years stays in its panel)
    if (!restatesCard && !yearCard) group = lineBefore ? { id: lineBefore.id, order: it.order } : null;
    else if (group) group.order = it.order;
  }
  // (「…占专任教师总数的76.4%，武义职校“双师型”教师比例达到79.9%」, then an annex's 「“双师型”教师比例：79.9%」: where prose
  // gives two figures of one name and year, one of them a figure the text set aside as one school's or place's, that one is
  // the school's again)
  // (a figure the same sentence also gave, read another way, was not set aside)
  const given = new Set(out.map((c) => `${c.id}|${c.year}|${c.value}|${c.quote}`));
  const setAside = new Set(aside.filter((c) => !given.has(`${c.id}|${c.year}|${c.value}|${c.quote}`)).map((c) => `${c.id}|${c.year}|${c.value}`));
  const kept0 = setAside.size ? out.filter((c) => !setAside.has(`${c.id}|${c.year}|${c.value}`) || !out.some((o) => o.id === c.id && o.year === c.year && o.value !== c.value && !setAside.has(`${o.id}|${o.year}|${o.value}`))) : out;
  // (「截至2024年底，苏州全市共有高等职业院校22所，其中…市属3所」 in a report on the 3 colleges the city runs: the city's count of
  // all its colleges is more than the report covers)
  const own = scope.ownRunSchools;
  const kept = own !== undefined ? kept0.filter((c) => !(c.id === 'school_count' && c.value > own)) : kept0;
  return { candidates: kept, warnings, allPublic };
}

/** A card heading's marks: 「#### 【指标】」「**▍」「■」, and the emphasis closing it. */
const CARD_MARKS = /^[#\s]*(?:\*\*)?\s*(?:▍|▌|【指标】|【指标卡】|■|◆)\s*|\s*\*\*\s*$/g;
/** A card's line opening on its figure: 「4320元（上年4150元），全省中职平均4080元。」「1.9%，比上年提高0.2个百分点。」. */
const FIGURE_CARD_LINE = /^\s*(?:\*\*)?\s*(?:约|近)?[0-9０-９][0-9０-９,，.．]*\s*(?:万|亿)?\s*(?:%|％|[:：∶]\s*1|元|人|所|个|项|门|本|名|册|学时|课时|人日|人次|Mbps)/;
/** A card's dated line: a year, or the region's whole or this year, then a colon (「2025年：49所」「全市：27所」「2025届：97.40%」). */
const DATED_CARD_LINE = /^\s*(?:\*\*)?\s*(?:20\d\d\s*(?:年度?|届)|全[市县区省州盟旗]|本年度?|当年|今年)\s*(?:\*\*)?\s*[:：]/;

/**
 * A line opening on a kind of school and its count, 「公办17所、民办10所（上年…）」: a sentence, however short, where it names both
 * kinds (one kind alone, 「民办3所」, is a piece of a line of key figures a page set apart).
 */
const KINDS_OPEN = /^\s*(?:公办|民办)(?:学校|中职学校)?\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*所/;
/** A column's title opening on a name before a colon: 「【专栏】宝鸡市：…」. */
const PLACE_COLUMN = /^\s*【\s*专栏\s*[0-9一二三四五六七八九十]*\s*】\s*([\u4e00-\u9fa5]{2,6})\s*[：:]/;
/** A card line's own name before a colon and its figure: 「合格率：90.6%」「到账经费：1460万元」. */
const CARD_LABEL_LEAD = /^\s*([\u4e00-\u9fa5“”]{2,10})\s*[：:]\s*\**\s*$/;
const CARD_LABEL_LINE = /^\s*([\u4e00-\u9fa5“”]{2,10})\s*[：:]\s*\**\s*(?:约|近)?[0-9０-９]/;

/** What a card heading names as its topic, when a short name (「▍体质健康」「▍非学历培训」), or null. */
function cardTopicOf(text: string): string | null {
  const name = text.replace(CARD_MARKS, '').trim();
  return /^[\u4e00-\u9fa5“”]{2,10}$/.test(name) ? name : null;
}

/**
 * 「合格率：90.6%」 under 「▍体质健康」: a line whose name names nothing alone but does after its card's topic (体质健康合格率),
 * as a table's group header and its column do, read as that indicator's; else null.
 */
function topicalCard(text: string, topic: string): { id: string; unit: string; label: string } | null {
  const m = CARD_LABEL_LINE.exec(text);
  if (!m || idsForRowLabel(labelKey(m[1]!)).length) return null;
  const ids = idsForRowLabel(labelKey(topic + m[1]!));
  return ids.length === 1 ? { id: ids[0]!, unit: indicatorById(ids[0]!)!.unit, label: m[1]! } : null;
}

/**
 * The one indicator a card's heading names alone (「【指标】中等职业学校数」「▍毕业去向落实率」), as a table's row label would, or
 * null: a heading naming several (「▍招生 · 在校生 · 毕业生」) leaves each line to name its own.
 */
function cardHeadingOf(text: string, heading: boolean): { id: string; unit: string } | null {
  if (text.length > 40 || !(heading || CARD_MARK.test(text))) return null;
  const name = text.replace(CARD_MARKS, '').trim();
  if (name.length < 2 || name.length > 16 || /[0-9０-９，,。；;：:·、｜|]/.test(name)) return null;
  const ids = idsForRowLabel(labelKey(name));
  return ids.length === 1 ? { id: ids[0]!, unit: indicatorById(ids[0]!)!.unit } : null;
}

/** A year compared with, then a bracket of its figures, then the change: 「比2024届（96.84%，落实14,642人）提高」. */
const COMPARED_BRACKET = /(?:比|较)(\s*)(20\d\d\s*(?:年度|年|届)|上一?学?年度?|上一?届|去年)(\s*)[（(](?=[^（()）]{1,60}?[0-9][^（()）]{0,20}?[，,、；;][^（()）]{0,30}?[0-9][^（()）]{0,20}[)）]\s*(?:提高|增加|增长|上升|下降|减少|降低|提升|回落|多|少|高|低))/g;
function oneBracket(s: string): boolean {
  const at = Math.max(s.indexOf('（'), s.indexOf('('));
  return at >= 0 && s.indexOf('（', at + 1) < 0 && s.indexOf('(', at + 1) < 0 && (s.indexOf('（') < 0 || s.indexOf('(') < 0);
}
/** An item's bare name right before its figure, after the separator or the words that open a list of items. */
const ITEM_NAME = /(?:^|[、，,：:；;]|分项看|分项|其中)\s*([\u4e00-\u9fa5]{2,16})\s*$/;
/**
 * 「在校生满意度 95.2%」/「课堂育人 96.1%」/「毕业三年内 93.2%」, 「毕业生初次就业人数 6,239人」/「A类 留在当地就业 3,812人」: an item of a
 * panel under the line of its group names the group's part without the words the group's name ends on (满意度, 毕业生满意度,
 * 人数): read as the part the name and those words make, where the catalog puts it under the group.
 */
const PANEL_ITEM = /^\s*(?:[A-D]类\s*)?([\u4e00-\u9fa5]{2,16})[\s\u3000]+(?=[0-9０-９])/;
function panelItem(text: string, group: string): { id: string; value: number; unit: string } | null {
  const m = PANEL_ITEM.exec(text.replace(LIST_MARK, ''));
  if (!m) return null;
  const rest = toHalfWidth(text.replace(LIST_MARK, '').slice(m[0].length));
  const nums = numbersIn(rest);
  if (nums.length !== 1 || !/^\s*$/.test(rest.slice(nums[0]!.end)) || nums[0]!.ratio) return null;
  const id = partOfGroup(m[1]!, group);
  const unit = id ? indicatorById(id)!.unit : '';
  const value = id ? convertUnit(nums[0]!.value, nums[0]!.unit || unit, unit) : null;
  return id && value !== null ? { id, value, unit } : null;
}
/** The part of a group an item's bare name names with the words the group's name ends on, where the catalog puts it under the group. */
function partOfGroup(name: string, group: string): string | null {
  const whole = indicatorById(group)!.nameZh;
  for (let k = 0; k < whole.length; k++) {
    const ids = idsForRowLabel(labelKey(name + whole.slice(k)));
    if (ids.length === 1 && indicatorById(ids[0]!)!.parents.includes(group)) return ids[0]!;
  }
  return null;
}

/**
 * 「（上年：179所、67所）」: where n is one of two or more figures in a bracket of last year's set apart by 、 alone, how many
 * there are, which n is and where the bracket opens; else null.
 */
// (「（2023年：655人、221人、214人）」: the year before named)
/** 「当年为9,312人」: a clause restating a figure for 当年, and the comparison with a named year the clause before makes. */
const THAT_YEAR_SAID = '^\\s*(?:而)?当年(?:的[\\u4e00-\\u9fa5]{1,10}?)?\\s*(?:为|是)\\s*(?:约|近)?\\s*';
const THAT_YEAR_RESTATED = new RegExp(`${THAT_YEAR_SAID}[0-9]`);
/** The words before the figure such a clause restates. */
const THAT_YEAR_LEAD = new RegExp(`${THAT_YEAR_SAID}$`);
const COMPARED_WITH_YEAR = /(?:比|较|与|同|和)\s*(20\d\d)\s*年(?!度?\s*[—–-]|\s*[以至到])/;
/** A clause opening on last year glossed with its year, then what it tells of: 「上一届（2023届）的」「上年（2023年）全市」. */
const RELATIVE_YEAR_GLOSSED = /^\s*(?:上一?学?年|上一?届|去年)\s*[（(]\s*(20\d\d\s*(?:年度?|届))\s*[)）](?!\s*(?:为|是|[:：]|[0-9]))/;
/** Last year's figure compared with: 「比上年的3215人」. */
const LAST_FIGURE = '(?:比|较)(?:上一?学?年|去年|上一?届)(?:同期)?的?\\s*[0-9]';
/** A clause opening on last year's figure compared with: 「，比上年的3215人增加645人」. */
const LAST_FIGURE_COMPARED = new RegExp(`^\\s*${LAST_FIGURE}`);
/** A figure, then last year's it is compared with: 「3860人，比上年的3215人增加645人」. */
const COMPARED_WITH_LAST_FIGURE = new RegExp(`[0-9][^，,；;]{0,8}[，,]?\\s*${LAST_FIGURE}`);
/** A clause's own bracket of last year's figure: 「（上年14.6:1）」「（去年为96.1%）」. */
const OWN_LAST_YEAR_BRACKET = /[（(]\s*(?:上一?学?年|去年)(?:同期)?\s*(?:为|是)?\s*[:：]?\s*(?:约|近)?\s*[0-9]/;
const LAST_YEAR_BRACKET_OPENS = /^[（(]\s*(?:上一?学?年|去年|上一?届|20\d\d\s*(?:年度|年))(?:同期)?\s*[:：]?\s*(?:为|是)?\s*$/;
function lastYearList(masked: string, n: NumberMatch, nums: NumberMatch[]): { count: number; at: number; open: number } | null {
  const open = Math.max(masked.lastIndexOf('（', n.index), masked.lastIndexOf('(', n.index));
  if (open < 0 || /[)）]/.test(masked.slice(open, n.index))) return null;
  const close = masked.slice(n.index).search(/[)）]/);
  const end = close < 0 ? masked.length : n.index + close;
  const inside = nums.filter((m) => m.index > open && m.index < end);
  if (inside.length < 2 || !LAST_YEAR_BRACKET_OPENS.test(masked.slice(open, inside[0]!.index))) return null;
  for (let k = 1; k < inside.length; k++) if (!/^\s*[^\s\d、，,；;）)]{0,3}\s*[、和及]\s*$/.test(masked.slice(inside[k - 1]!.end, inside[k]!.index))) return null;
  const at = inside.indexOf(n);
  return at < 0 ? null : { count: inside.length, at, open };
}
/** A paragraph's subject at its very start, a name ending as a school's does (see readProse). */
const SCHOOL_LEAD = /^[\s\u3000]*[\u4e00-\u9fa5（）()]{2,24}?(?:学院|学校|职业中专|职专|职校|中专|职教中心|职业教育中心)/;
const EXAMPLE_SCHOOL_NAME = '([^，,。；;：:、（）()“”和与及]{2,30}?(?:学校|学院|职业中专|职专|职校|中专|职教中心|职业教育中心))';
const GROUPS_SUBJECT = /^\s*(?:这|该|上述|以上)?\s*(?:[两二三四五六七八九十0-9]+\s*个)\s*(?:[\u4e00-\u9fa5“”]{0,10})?专业群(?:共|均|合计|共计)/;
/** A clause turning to one school as an example: 「讲讲…学校吧」「以…学校为例」「拿…学校来说」「比如…学校，」. */
const EXAMPLE_SCHOOL = new RegExp(`(?:以\\s*${EXAMPLE_SCHOOL_NAME}\\s*为例|拿\\s*${EXAMPLE_SCHOOL_NAME}\\s*(?:来说|来讲|为例)|(?:讲讲|说说|谈谈|聊聊|介绍一下)\\s*${EXAMPLE_SCHOOL_NAME}\\s*(?:吧|[，,。])|(?:比如|例如|譬如)\\s*${EXAMPLE_SCHOOL_NAME}\\s*[，,])`);
/** A paragraph opening on the school a box just told of: 「该校…」「2024年，学校在校生…」. */
const BOX_SCHOOL_GOES_ON = /^[\s\u3000]*(?:20\d\d年(?:[^，,。]{0,8}[，,])?\s*)?(?:该校|该院|该中心|学校|学院)/;
/** 「每100名毕业生，」「每千名学生中」: a clause opening on so many of something, the figures after it shares of that many. */
// (「——每4名中职毕业生中，有3名…」「大约每4名专任教师中有1名…」: after a dash, or said to be about so)
const PER_N_OPENS = /^[\s\u3000]*(?:【[^】]{0,8}】|[—－]{1,2})?\s*(?:也就是说?|即|大约|约|平均)?\s*每\s*(?:[0-9]+|[一二两三四五六七八九十百千万]+)\s*(?:名|个|位|人|所)/;

/** A paragraph's lead naming a place, or the schools a level of government runs, before a colon: 「巴州区：」「市直学校：」. */
const PART_LEAD = /^[\s\u3000]*(?:([\u4e00-\u9fa5]{2,14}?(?:县|区|市|旗|州|盟))|(?:市直|市属|市本级|区直|县直)(?:中职)?(?:学校|院校)?)\s*[：:]/;
function opensOnPart(text: string, scope: Scope, region: string | null): boolean {
  const m = PART_LEAD.exec(text);
  if (!m) return false;
  const place = m[1];
  // (「罗城仫佬族自治县：」: any county, district or city named so but the region itself, 全市 or 本县 being its whole)
  return place === undefined || namesSubRegion(place, scope) || (!OWN_WORD.test(place) && !!region && place !== region && !region.includes(place) && !place.includes(region));
}
const OWN_WORD = /^(?:全|本|我|各|该|市|县|区)/;
/** A section's title that is a place alone, maybe with a bracket, a colon or a dash after it: 「（一）理塘县（综合得分92.6分）」. */
const PART_TITLE = /^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])\s*([\u4e00-\u9fa5]{1,9}?(?:县|区|市|旗|州|盟))\s*(?:$|[（(：:—－])/;
const NOT_A_PLACE = /教育|职|校|联盟|集团|中心|园|组建|成立/;
function titlesPart(text: string, scope: Scope, region: string | null): boolean {
  const place = PART_TITLE.exec(text)?.[1];
  // (「（一）组建县域职业教育联盟」: what is done, no place)
  if (place === undefined || OWN_WORD.test(place) || NOT_A_PLACE.test(place)) return false;
  // (「（一）甘孜州」 in 甘孜藏族自治州's report: the region by its short name)
  if (isOwnPlace(place, region)) return false;
  return namesSubRegion(place, scope) || region !== null;
}
/** Whether a place's name is the region's own, in full or short (「甘孜州」 for 甘孜藏族自治州). */
export function isOwnPlace(place: string, region: string | null): boolean {
  return region !== null && (region.includes(place) || place.includes(region) || region.startsWith(place.slice(0, 2)));
}

/** A question an interviewer puts, alone in its paragraph: 「记者：2025年有什么目标？」. */
/** A line naming who speaks next, alone before its colon: 「【答】…校长 王志刚：」「【记者】密云融媒体记者：」「发言人：」. */
const SPEAKER_LINE = /^\s*(?:【([^】]{1,8})】)?\s*([^：:。，,；;！？!?]{2,40}?)\s*[:：]\s*$/;
/** Who a line without a bracketed role names as speaking: a spokesperson, a reporter, an official or a school's head. */
const SPEAKER_ROLE = new RegExp(`${SPEAKER_ROLES}$`);
/** A school's head or staff, by title, after the school's name (and before a person's name). */
const SCHOOL_HEAD = /(?:副?校长|副?院长|党委书记|党总支书记|书记|副?主任|教师|老师)\s*[\u4e00-\u9fa5·]{0,4}$/;
const INTERVIEW_QUESTION = /^[\s\u3000]*(?:记者|主持人|提问|问|Q)\s*[:：][^。！!]*[？?]\s*$/;

/** 去年 dating a figure that a clause restating 上年's follows: no year before the report's, which 上年 then is. */
const SPOKEN_NEXT_YEAR = /(?<![比较与和同跟])去年(?=[^，,；;。]*?[0-9][^；;。]*?[，,]\s*上一?年(?:同期)?\s*(?:是|为)?\s*(?:约|近)?[0-9])/;
const SPEECH_LAST_YEAR = /(?<![比较与和同跟])去年/g;
/** A speech's opening address: 「同志们：」. */
const SPEECH_OPENS = /^\s*同志们\s*[:：，,！!]/;

/** What says what something is (为, 是, 系, 属于), and that all of them are (均为, 全部是, 都属于). */
const IS = '(?:为|是|系|属于?)';
const ALL_OF_THEM_ARE = `(?:均|都|全部|全)${IS}`;
/**
 * 「全盟四所中职学校均为公办学校」「中等职业学校 2所（均为公办）」「全县有中等职业学校1所，即…，为公办全日制中等职业学校」: the
 * schools counted are all public. What the count is of is not asked here: the engine takes it as the public
 * schools' count only where it is the region's school count (see engine.ts).
 */
const COUNT_ALL_PUBLIC = new RegExp(`([0-9]+|[一二两三四五六七八九十]+)\\s*所([^。；;！!0-9]{0,40}?)(?:${ALL_OF_THEM_ARE}公办|[（(]\\s*(?:${ALL_OF_THEM_ARE})?公办[^（()）]{0,12}[)）])`, 'g');
/** One school's kind: 「…1所，即平果市职业技术学校，为公办全日制中等职业学校」「属公办性质」. */
const ONE_PUBLIC = new RegExp(`(?:^|[^0-9])(1|一)\\s*所([^。；;！!0-9]{0,40}?)(?:${IS}|属)[^，,。；;]{0,12}?公办`, 'g');
/** 「全市共有中等职业学校３所，均为公办学校，无民办中等职业学校」: the schools just counted all public, then none private. */
const ALL_PUBLIC_THEN = '(?:均为|均是|全部为|全部是|全为|都是)公办(?:学校)?\\s*[，,]\\s*';
const ALL_PUBLIC_THEN_RE = new RegExp(ALL_PUBLIC_THEN);
/**
 * 「全县无民办中等职业学校」「全市没有民办中职学校」「民办中职学校仍为空白」: the region has no private school of its kind, said of the whole region
 * (a claim the engine takes only where it read the region's school count, see engine.ts). The kinds are the catalog's.
 */
const NO_PRIVATE = (['secondary', 'higher'] as const).map((level) => {
  const e = indicatorById('school_count_private')!;
  const kinds = (level === 'higher' ? e.proseHigherZh : e.proseZh).filter((f) => f.length > 2);
  return new RegExp(`(?:^|[，,；;。])\\s*(?:20\\d\\d年[，,]?\\s*)?(?:全[市县省区州盟旗]|我[市县省区]|本[市县区])(?:内|范围内)?\\s*(?:目前|现|尚|暂|均)?(?:无|没有)(?:${kinds.join('|')})|(?:^|[，,；;。])\\s*(?:${kinds.join('|')})\\s*(?:目前|仍然?|尚|还|依然|至今)?\\s*(?:为|属|是)\\s*空白|${ALL_PUBLIC_THEN}(?:无|没有)(?:${kinds.join('|')})`);
});
function allPublicIn(text: string, it: Extract<Item, { kind: 'text' }>, report: ReportIdentity, scope: Scope): Candidate[] {
  const out: Candidate[] = [];
  for (const said of splitSentences(text)) {
    if (said.includes('民办') && (!said.includes('公办') || said.includes('空白') || ALL_PUBLIC_THEN_RE.test(said))) {
      const half = toHalfWidth(said);
      const year = statedYear(half) ?? report.year;
      if (year && NO_PRIVATE[report.level === 'higher' ? 1 : 0]!.test(half) && !namesSubRegion(said, scope)) out.push({ id: 'school_count_private', year, value: 0, unit: '所', quote: said, source: 'prose', confidence: 0.7, warnings: [], page: it.page, order: it.order, at: { block: blockAt(it, said) } });
    }
    if (!said.includes('公办') || said.includes('民办')) continue;
    const half = toHalfWidth(said);
    for (const pattern of [COUNT_ALL_PUBLIC, ONE_PUBLIC]) {
      pattern.lastIndex = 0;
      const m = pattern.exec(half);
      if (!m || m[2]!.includes('公办')) continue;
      const value = /^[0-9]+$/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
      const year = statedYear(half) ?? report.year;
      if (value === null || !year) continue;
      out.push({ id: 'school_count_public', year, value, unit: '所', quote: said, source: 'prose', confidence: 0.7, warnings: [], page: it.page, order: it.order, at: { block: blockAt(it, said) } });
      break;
    }
  }
  return out;
}

/** 「全市中职学校尚未接收国外留学生」: an indicator the region has none of, of the year the sentence states or the report's. */
function noneIn(text: string, it: Extract<Item, { kind: 'text' }>, report: ReportIdentity, scope: Scope): Candidate[] {
  const out: Candidate[] = [];
  for (const said of splitSentences(text)) {
    const none = noneSaidIn(said, report.level === 'higher' ? 'higher' : 'secondary');
    if (!none.length || namesSubRegion(said, scope) || (!scope.school && namesSchool(scope.ownSchool ? said.replace(scope.ownSchool, '') : said))) continue;
    for (const n of none) {
      const year = statedYear(toHalfWidth(n.clause)) ?? statedYear(toHalfWidth(said)) ?? report.year;
      if (year) out.push({ id: n.id, year, value: 0, unit: indicatorById(n.id)!.unit, quote: said, source: 'prose', confidence: 0.65, warnings: [], page: it.page, order: it.order, at: { block: blockAt(it, said) } });
    }
  }
  return out;
}

const ADMITTED_THEN_ENROLLED = /录取(?:新生)?\s*([0-9][0-9,]*)\s*人[^。；;]{0,12}?(?:实际|新生)?报到(?:入学)?\s*[0-9]/;
const MAY_CORRECT = /更正|纠正|口误|说错/;
/** A figure, then the speaker correcting it: 「13680元——这里我更正一下，是」「17592人，不好意思，说错了，应该是」. */
const CORRECTED = /(?:(?:约|近)?[0-9][0-9,.]*\s*(?:万|亿)?|[〇零一二两三四五六七八九十百千万亿点]{2,})[^\s，,。；;0-9]{0,3}\s*(?:——|—|，|,|…+)\s*(?:(?:这里|对不起|不好意思|抱歉|哦)[，,]?\s*)?我?(?:更正一下|纠正一下|更正|说错了|口误了?)[，,：:]?\s*(?:应该|应)?(?:是|为)(?=\s*(?:约|近)?[0-9])/g;

/**
 * 「按上年度报告的口径（…），2023年在校生为29168人」「上年度报告公布的2023年生师比为16.69:1」「2024年若按原口径，在校生为30215人」
 * 「（上年度报告为0.74个）」: a figure a report quotes from last year's report, or on the basis it has left, is no figure of its own.
 * It runs to the end of its bracket, or of its sentence unless a clause states the present basis (「按全日制口径应为14.82:1」)
 * or the report's year. (「与上年度报告一致」 compares, and quotes nothing.)
 */
// (「2021年招生数按学籍注册口径调整为39,606人，原报告为40,812人」「原报告公布的2021年全日制在校生为45,902人」: the report first
// published)
const SUPERSEDED_CUE = /上一?年度?(?:质量)?(?:年度)?报告|按(?:原|旧)(?:统计)?口径|修订前|调整前|原(?:报告|年报|公布)/;
const SUPERSEDED = /(?<![与和同较比])(?:(?:按|据)?上一?年度?(?:质量)?(?:年度)?报告|(?:若|如果?)?按(?:原|旧)(?:统计)?口径|修订前|调整前|原(?:报告|年报|公布)(?:数据?|的)?)/g;
const PRESENT_BASIS = /本年|今年|本报告|应为|修订为|调整为|重算为|按(?:全日制|现|新)口径/;
function withoutSuperseded(s: string, year: number | null): string {
  let out = s;
  const opensOnYear = year !== null ? new RegExp(`^\\s*${year}\\s*年`) : null;
  for (const m of matchesOf(SUPERSEDED, s)) {
    const from = m.index;
    let to = s.length;
    const open = Math.max(s.lastIndexOf('（', from), s.lastIndexOf('(', from));
    const shut = Math.max(s.lastIndexOf('）', from), s.lastIndexOf(')', from));
    if (open > shut) {
      const end = s.slice(from).search(/[）)]/);
      to = end < 0 ? s.length : from + end;
    } else
      for (let c = s.slice(from).search(/[，,；;]/); c >= 0; ) {
        const at = from + c;
        const next = s.slice(at + 1).search(/[，,；;]/);
        const clause = s.slice(at + 1, next < 0 ? s.length : at + 1 + next);
        if (PRESENT_BASIS.test(clause) || opensOnYear?.test(clause)) {
          to = at;
          break;
        }
        c = next < 0 ? -1 : c + 1 + next;
      }
    if (!/[0-9]/.test(s.slice(from, to))) continue;
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/** 「上年分别为1352人、1241人…」「（上年分别为145所、46所）」「上年这四项分别为…」: a paragraph of last year's figures, each in turn. */
// (「上学年上述四项分别为…」「上学年对应数据分别为…」「上年以上各项依次为…」: the items named again as a whole)
// (「上一年，这三个数分别是…」: spoken, the figures pointed back to)
const RESTATED_LIST = /^\s*[（(]?\s*(?:上一?学?年|去年|上一?届|20\d\d\s*(?:年度|年|届))(?:同期)?\s*[，,]?\s*(?:(?:这|上述|以上)[两二三四五六七八九十]?(?:项|个数字?|个数据|个指标)|以上各项|对应(?:的)?(?:数据|数值)?|相应(?:的)?(?:数据|数值)?)?\s*(?:分别|依次)(?:为|是)\s*[0-9]/;
/**
 * Last year's figures of the paragraph before, in the order it stated them: only where there are as many as it read,
 * each in a unit its indicator takes, and the paragraph before printed its figures in the order they were read.
 */
function restatedList(text: string, it: Extract<Item, { kind: 'text' }> | Row, before: { text: string; list: Candidate[] }, year: number): Candidate[] {
  const half = toHalfWidth(text);
  if (!/^[^。；;]*[。）)]?\s*$/.test(half.replace(/[（(]上/, '上'))) return [];
  // (「2021年分别为756人、616人和14.1∶1」: an earlier year named restates that year's)
  const named = /^\s*[（(]?\s*(20\d\d)/.exec(half);
  const then = named ? Number(named[1]) : year - 1;
  if (then >= year) return [];
  // (the figures after 分别为/依次为: 「上述四项」 before it counts the items, and is none of them)
  const from = /(?:分别|依次)(?:为|是)/.exec(half)?.index ?? 0;
  const nums = numbersIn(half).filter((n) => (n.unit || n.ratio) && n.index >= from);
  if (nums.length !== before.list.length) return [];
  // (the figures before in their order on the page: 27,845 or 27845 as printed)
  let at = -1;
  for (const c of before.list) {
    const plain = String(c.value);
    const grouped = Number.isInteger(c.value) ? c.value.toLocaleString('en-US') : plain;
    const i = Math.max(before.text.indexOf(plain, at + 1), before.text.indexOf(grouped, at + 1));
    if (i <= at) return [];
    at = i;
  }
  const out: Candidate[] = [];
  for (const [k, n] of nums.entries()) {
    const c = before.list[k]!;
    const value = n.ratio ? n.value : convertUnit(n.value, n.unit, c.unit);
    if (value === null || (n.ratio && c.unit !== ':1')) return [];
    out.push({ ...c, year: then, value, quote: text.trim(), confidence: 0.65, warnings: [], page: it.page, order: it.order, at: { block: it.block } });
  }
  return out;
}

/** 「2023届为3310元。」「2023年为93.02%。」: a line opening on an earlier year's figure. */
const EARLIER_YEAR_IS = /^\s*(20\d\d)\s*(?:年度|年|届)\s*(?:为|是|达)/;
function restatesEarlierYear(text: string, year: number | null): boolean {
  const m = year !== null ? EARLIER_YEAR_IS.exec(text) : null;
  return !!m && Number(m[1]) < year!;
}

/** A letter a scan puts for a digit (see ocrDigits). */
const OCR_LETTERS = /[Ool]/;
/** 「在校生满意度 92.40/93.15」: figures dated by slashes hold a figure once unslashed, a rate's unit or not (see slashed.ts). */
function slashedFigure(text: string, order: number[] | null): boolean {
  const u = text.includes('/') || text.includes('／') ? unslash(text, order) : null;
  return !!u && hasFigure(u.masked);
}

/** Whether a text states a figure, read as a scan's letters for digits too (「满意度96.O%」). */
function figureIn(text: string): boolean {
  if (hasFigure(text)) return true;
  // (ocrDigits hands back the text itself when it holds no letter a scan puts for a digit)
  const read = ocrDigits(text);
  return read !== text && hasFigure(read);
}

/** One space between two Chinese characters: a scan's, inside a word (see readSentence). */
const STRAY_SPACE = /(?<=[\u4e00-\u9fa5]) (?=[\u4e00-\u9fa5])/g;

/**
 * A lead naming its figures' unit as per cent, then names and their figures: 「第三方调查结果（百分比）：在校生满意度95.06」 (not a
 * field's own figures after it, 「毕业去向落实率（%）：96.93（2023年）」, which the record lines read).
 */
const PERCENT_LEAD = /^[^。；;：]{0,30}[（(]\s*(?:%|％|百分比)\s*[)）]\s*：\s*[\u4e00-\u9fa5“]/;
const percentLed = (t: string) => t.includes('：') && PERCENT_LEAD.test(t);
/** A per-cent lead's last words, what its figures measure: 满意度 of 「40.满意度（%）：」. */
const LEAD_TOPIC = /([\u4e00-\u9fa5]{2,8})\s*[（(]\s*(?:%|％|百分比)\s*[)）]\s*：/;
/** Who was asked, right before a figure: 「在校生 」「其中应届毕业生 」「、家长 」. */
const ASKED_BEFORE = /(?:^|[，,；;、：:]|其中)\s*([\u4e00-\u9fa5]{2,10})\s*$/;
/** A judgement of a figure after its name, before the figure is given: 「最高」「仍然偏低」「稳中有升」. */
const JUDGED_END = /(?:仍然?|依然|还|也)?(?:最高|最低|较高|较低|偏低|偏高|相对偏低|相对较低|相对偏高|居首|次之|稳中有升)$/;
/** A clause opening on a year and its figure: 「2022年是19.6:1」「2022年12450元」. */
const YEAR_THEN_FIGURE_NEXT = /^\s*20\d\d\s*(?:年度|年|届)\s*(?:是|为)?\s*[0-9]/;
/** What every sentence of a report is read against, and where what it gives goes. */
interface ProseReading {
  report: ReportIdentity;
  scope: Scope;
  lex: Lexicon;
  subset: RegExp;
  out: Candidate[];
  /** Figures read, then set aside as a school's or a sub-region's (see readProse's end). */
  aside: Candidate[];
  /** The card heading the line read stands under, when it opens on its figure (see cardHeadingOf), or on a name the heading's topic completes (topicalCard). */
  card?: { id: string; unit: string; label?: string } | null;
  /**
   * The indicators the sentence before read, in the same paragraph or a line it runs on into: a short form (落实率) of one of them
   * names it again (「毕业去向落实率98.1%。上年落实率为97.6%。」).
   */
  heard?: string[];
}

function readSentence(said: string, it: Extract<Item, { kind: 'text' }>, reading: ProseReading, prev: { id: string; unit: string } | null): void {
  const { report, scope, lex, subset, out, aside } = reading;
  // (the parts set apart by a dot, a bar or spaces are clauses of their own, as if by commas: the text keeps its length)
  const partsLine = prev !== null && PARTS_LINE.test(said);
  // (「全年公 益项目培训学 时2.3万学时」: a scan's stray space inside a word of a sentence, which Chinese never sets between
  // words; the quote is found on the page whatever its spaces. A line of key figures set apart by spaces, 「关键数据 毕业生
  // 21957人 升学12604人」, has no sentence's commas)
  const unspaced = said.includes(' ') && !partsLine && (said.includes('，') || said.includes('。')) ? said.replace(STRAY_SPACE, '') : said;
  const sentence = partsLine ? said.replace(PARTS_GAP, (m) => '，'.padEnd(m.length, ' ')) : unspaced;
  if (LEFT_OUT.test(sentence) && !/另有|此外还有/.test(sentence)) {
    // 「…完成非学历培训246万学时；某学院…年服务居民约38万人次（不计入上述非学历培训学时）」: only the part that
    // says it is left out
    const parts = sentence.split(/[；;]/);
    if (parts.length > 1) for (const part of parts) if (!LEFT_OUT.test(part)) readSentence(part, it, reading, prev);
    return;
  }
  // 「在新增的138个布点中，…等专业布点合计64个」: a sentence set inside what was added or cut this year is about some
  // of those (「在参加调查的在校生中，满意度…」, a survey's or a test's takers, are whom a rate is of: read)
  const within = sentence.includes('中') ? SET_WITHIN.exec(sentence) : null;
  // (「样本学校中，有9所…」「在抽查的12所学校中，…」: nor one set inside the schools sampled, whose figures are theirs)
  if (within && (ADDED_OR_CUT.test(within[1]!) || SAMPLED_SCHOOLS.test(within[1]!))) return;
  // 「全县中职学校…」 in a city's report, 「全区…」 in a municipality's: a sentence opening on a lower level's whole speaks of
  // one of the region's parts (the one a paragraph before named), not of the region
  const reopens = ownOpener(report);
  const lower = LOWER_OPENS.exec(sentence);
  if (lower && !reopens.test(sentence) && isLowerLevel(lower[1]!, report, scope)) return;
  // (every form of ONLY_SCHOOL holds 所 or 唯一)
  const onlySchool = (sentence.includes('所') || sentence.includes('唯一')) && ONLY_SCHOOL.test(sentence);
  const contest = sentence.includes('赛');
  // 「市中职“双师型”教师比例达到71.5%，居全市首位」「…的用人单位满意度达到98.10%，为全市最高」: ranked within the region, what
  // the sentence speaks of is one of its parts
  // (every form of RANKED_WITHIN names the whole with 全)
  const ranked = sentence.includes('全') ? RANKED_WITHIN.exec(sentence) : null;
  // (「全省高职院校…，其中某学院…居全省首位；…」: a sentence opening on the region's whole ranks one example)
  if (ranked && reopens.test(ranked[1] ?? ranked[2] ?? ranked[3]!) && !reopens.test(sentence)) {
    // (「毕业生平均月收入4,236元…；其中福建电力职业技术学院毕业生平均月收入5,318元，居全省首位」: only the part that ranks)
    const parts = sentence.split(/[；;]/);
    if (parts.length > 1) {
      for (const part of parts) if (!RANKED_WITHIN.test(part)) readSentence(part, it, reading, prev);
      return;
    }
    // (「直接就业毕业生平均月收入3420元（上届3260元），其中县职业中专毕业生平均起薪3680元，高于全县平均水平」: only the one school
    // 其中 opens is ranked, in one clause of its own)
    const part = sentence.lastIndexOf('其中', ranked.index);
    if (part > 0 && namesSchool(sentence.slice(part, ranked.index))) readSentence(sentence.slice(0, part), it, reading, prev);
    return;
  }
  // 「【32所】全市中等职业学校总数【98.12%】2024届毕业生毕业去向落实率【72.4%】“双师型”教师…」: headline figures set off
  // before their names; the name before each is the previous figure's, so none is read by the name before it
  const headline = sentence.includes('【') && HEADLINE.test(sentence);
  // 「在校生满意度为94.06%（2023年为93.41%），其中课堂育人满意度94.75%（93.82%）…」: once a bracket has named an earlier
  // year, a bracket holding a figure alone after a figure gives that year's (as a note on the report's brackets says too)
  const dated = sentence.includes('（') || sentence.includes('(') ? BRACKET_DATED.exec(sentence) : null;
  const bracketYear = dated && report.year !== null ? (dated[1] ? Number(dated[1]) : report.year - 1) : (scope.bracketYear ?? null);
  const st: SentenceState = { year: report.year, last: null, run: [], seen: new Set(), plan: false, whole: null, parts: 0, pending: null, prev, ownLevel: ownLevelOf(report), ownNamed: OWN_NAMED_AFTER_QIZHONG[report.level ?? ''], reopens, card: reading.card, heard: reading.heard };
  // 「全市中职学校28所。其中公办学校20所…」: a sentence opening on 其中 breaks down the figure just read
  if (prev && (OPENS_PARTS.test(sentence) || partsLine)) {
    st.last = prev;
    st.seen.add(prev.id);
  }
  if (partsLine) {
    st.whole = prev;
    st.parts = 0;
    st.partRestated = false;
  }
  const { clauses, spans, afterSemicolon, figures } = joinBareFigures(sentence, clausesOf(sentence), lex);
  const sentenceStart = out.length;
  /** The indicator of the last figure read by the name before it, for a figure in another unit after it. */
  let lastRead: string | null = null;
  /** The cohorts the sentence names (「2021届」), asked for figures of years on only. */
  let cohorts: number[] | undefined;
  // (the set a sentence's first clause opens, 「2024年招生中，」, without its 中)
  const setOpening = clauses.length > 1 && clauses[0]!.includes('中') && SET_OPENER.test(clauses[0]!) ? toHalfWidth(clauses[0]!).replace(/\s*中\s*[，,]?\s*$/, '').trim() : null;
  // 「通过职教高考升学1.53万人，通过五年制转段升学0.51万人」: figures by route, each a part of the whole
  const routes = sentence.includes('通过') ? clauses.filter((c) => ROUTE_OPENS.test(c) && hasFigure(c)) : [];
  const byRoute = routes.length >= 2;
  // (「通过职教高考升入本科860人；通过对口招生考试升入高职专科7,640人」: the only route to 本科 is all who went there)
  // (「通过职教高考升学6215人，其中本科录取1518人；另有124名学生通过中本贯通升入本科」: 本科 said twice is reached two ways)
  const undergradOnce = routes.length >= 2 && clauses.filter((c, i) => c.includes('本科') && (ROUTE_OPENS.test(c) || (i > 0 && OPENS_PARTS.test(c) && ROUTE_OPENS.test(clauses[i - 1]!)))).length === 1;
  const oneRouteToUndergrad = undergradOnce && routes.filter((c) => c.includes('本科')).length === 1;
  let routeBefore = false;
  // 「“十四五”以来，全市新增…」: the first clause setting a span since a named time, asked once per sentence
  const since = sentence.includes('以来') ? clauses.findIndex((c) => SINCE.test(c) && !hasFigure(c)) : -1;
  // most sentences name no other population: their clauses are not asked one by one
  const otherPopulation = OTHER_POPULATION.test(sentence);
  const stockSaid = sentence.includes('累计') && BUILT_SO_FAR.test(sentence);
  const oneYearTotal = sentence.includes('累计') && (YEAR_TOTAL.test(sentence) || (ONE_YEAR_OPENS.test(sentence) && !SPAN_OF_YEARS.test(sentence)));
  const levels = OTHER_LEVEL[report.level ?? ''];
  const otherLevel = levels?.other.test(sentence) ? levels : null;
  let prevClause = '';
  /** A clause after the region's figures narrowed: figures wait for the next ；. */
  let narrowedAside = false;
  // 「若将技工院校纳入统计，全市中职阶段学校52所、在校生9.46万人」: what the figures would be if counted another way,
  // until a clause says what the report counts (「…，本报告仅统计上述3所中职学校」)
  let hypothetical = HYPOTHETICAL.test(sentence);
  let conditionAt = 0;
  /** How many ； the clauses read so far came after. */
  let semicolons = 0;
  // the clauses not asked yet, by index, with their half-width and masked texts
  const unasked: { k: number; half: string; masked: string }[] = [];
  const cardSentence = clauses.length === 2 && sentence.includes('上年') && isCardShare(sentence);
  // 「第三方调查结果（百分比）：在校生满意度95.06，上年94.58；…」: a lead that says its figures are per cent, as a table's unit note does
  const inPercent = percentLed(sentence);
  // (the lead's last words before its unit: 「40.满意度（%）：」)
  st.leadTopic = inPercent ? LEAD_TOPIC.exec(sentence)?.[1] : undefined;
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k]!;
    // (only the figure a card's line opens on is the card's)
    if (k > 0) st.card = null;
    // (「…计算；如计入中央财政免学费补助资金，全省中职生均财政拨款为19235元」: a condition opening a ；-segment too)
    if (k > 0 && afterSemicolon[k] && HYPOTHETICAL.test(clause)) {
      hypothetical = true;
      conditionAt = k;
    }
    if (hypothetical && (k === conditionAt || !REPORT_COUNTS.test(clause))) continue;
    hypothetical = false;
    if (afterSemicolon[k]) {
      semicolons++;
      st.partInSegment = false;
      st.runMark = st.run.length;
      st.perN = false;
    }
    if (clause.includes('每') && PER_N_OPENS.test(clause)) st.perN = true;
    st.clauseBefore = k > 0 && !afterSemicolon[k] ? clauses[k - 1] : undefined;
    const half = clauseForReading(clause);
    // 「在校生满意度：96.8」: a card whose name is a rate states its figure in per cent without saying so
    // (「教职工满意度 92.9，上年 92.0」: last year's clause of such a card too)
    const card = cardSentence || inPercent || isCardShare(clause);
    // (「满意度96.O%」: a figure a scan misread is one once read again)
    // (asked again only where the clause holds such a letter: most clauses differ from their half-width reading)
    const figure = card || (figures[k] ?? hasFigure(clause)) || (OCR_LETTERS.test(clause) && hasFigure(half));
    // figures inside brackets qualify something else (含23所技工学校), except last year's (（上年14,730人）)
    const bracketed = half.includes('(') || half.includes('（');
    // 「专任教师数（校均）129人」: a count said to be a mean over the schools gives no figure of the region's (「月收入（平均）」 is
    // one by its definition)
    if (bracketed && MEAN_BRACKET.test(half)) {
      prevClause = half;
      continue;
    }
    const unlocal = bracketed ? maskBrackets(half) : half;
    // 「留在湖州本地就业」「在浦东新区就业」: the region's own name where the forms say 本地
    // (「在吉林省内就业的比例为80.2%」 in the province's own report: a rate of those placed in the province is its
    // in-province rate; the count, 「留在吉林省内就业12,400人」, stays its local one)
    const local = scope.ownLocal && unlocal.includes('就业') && !(report.regionLevel === 'province' && PLACED_IN_RATE.test(unlocal)) ? unlocal.replace(scope.ownLocal, localWord) : unlocal;
    // 「在津去向落实率」「浙江省内去向落实率」: the province by name is the lexicon's 本省 (a municipality's county says 在京)
    const provincial = scope.ownProvince && (local.includes('去向') || local.includes('就业')) ? local.replace(scope.ownProvince, provinceWord) : local;
    // 「参加《国家学生体质健康标准》测试」: a standard's title in its marks is the same words as the name without them
    const titled0 = provincial.includes('《') ? provincial.replace(SHORT_TITLE, `${FILLER}$1${FILLER}`) : provincial;
    // 「14106名中职学生参加了国家学生体质健康标准测试」: the aspect particle inside a name's verb is read past, as the filler is
    const titled = titled0.includes('了') ? withoutAspect(titled0, lex) : titled0;
    // 「校园网主干最大带宽两年均为10000Mbps」: one figure for this year and the last, read past the words that say so (the
    // text keeps its length)
    const both = titled.includes('两') ? BOTH_YEARS.exec(titled) : null;
    const bothYears = both && st.year !== null ? [st.year - 1, st.year] : null;
    const masked = both && bothYears ? titled.slice(0, both.index) + ' '.repeat(both[0].length) + titled.slice(both.index + both[0].length) : titled;
    // 「高于全省平均水平（96.9％）」: a comparison with a wider region, in a clause of its own
    // (「当年通过公开招聘补充专业课教师5名、思政课教师1名」「新增专业点5个、专业群2个」: what the verb opening a list took on,
    // added or cut, every item of it)
    if (figure && (COMPARED_WIDER.test(masked) || SAMPLED_LIST.test(masked) || (masked.includes('、') && ADDED_LIST.test(masked)))) {
      prevClause = half;
      continue;
    }
    // whose figures the clauses state is asked only once a figure is read (see below)
    unasked.push({ k, half, masked });
    // 「2024年全省技工学校招生5.8万人，毕业生就业率为97.9%」: the clauses after another population's stay its own,
    // until one names the report's schools again
    // (「占全市高中阶段招生总数的43.6%」: another population as a share's base leaves the clauses the report's own)
    // (「（不含技工院校，上年61所）」: a population left out is not the one spoken of; 「严格执行高中阶段学校统一招生
    // 政策」: one named inside what a clause with no figure talks about is not its subject)
    // (「通过四川省普通高校对口招生考试…升学」: an exam's name is no population spoken of)
    const otherHere = otherPopulation ? OTHER_POPULATION.exec((masked.includes('占') ? masked.replace(SHARE_BASE, ' ') : masked).replace(NOT_INCLUDING, ' ').replace(MEANS_TAKEN, ' ')) : null;
    // (「据对2024届技工院校毕业生的跟踪调查」: those a survey asked are whom the clauses after it speak of)
    if (otherHere && (figure || masked.length - (otherHere.index + otherHere[0].length) <= 4 || SURVEY_OF.test(masked))) st.other = true;
    // 「全市职业院校（含高职院校）社会培训到账经费合计8960万元」: a whole that takes the other level in
    else if (figure && bracketed && levels?.takenIn.test(half)) st.other = true;
    // 「全市职业院校全日制在校生113,686人」 in a report on both levels: the schools of both, no level's whole
    else if (figure && scope.bothLevels && BOTH_LEVELS.test(masked)) st.other = true;
    // 「全区职业院校全日制在校生36610人」 where the region's vocational schools take technical schools or a 高职 college in
    else if (figure && scope.vocationalWider && ALL_VOCATIONAL.test(masked)) st.other = true;
    else if (st.other && OWN_POPULATION.test(masked)) st.other = false;
    // 「全市高职院校招生13,115人，…」 in a 中职 report that covers both levels: the other level's clauses, until a
    // clause names the report's own level or the region's whole again
    if (otherLevel) {
      const there = otherLevel.other.exec(masked.replace(WENT_TO, ' '));
      if (there && (figure || there.index <= 6)) st.otherLevel = true;
      else if (st.otherLevel && (otherLevel.own.test(masked) || reopens.test(masked))) st.otherLevel = false;
    }
    // 「公办学校专任教师782人，“双师型”教师比例为75.2%；民办学校…」: the clauses after one about one kind of school
    // go on about it, until the next ；
    // (「5所民办高职院校全日制在校生24380人…；专任教师1260人，生师比为19.3:1」: a ；-segment naming no subject of its own goes
    // on about the kind the sentence opened on)
    if ((afterSemicolon[k] && (!st.kindOfSchool || !st.kindOpens || OWN_SUBJECT_OPENS.test(masked))) || reopens.test(masked)) st.kindOfSchool = false;
    else if (st.kindOfSchool === true && k > 0) st.kindOfSchool = 'after';
    // (「民办学校专任教师流动率较高，“双师型”教师比例仅为49.7%」: a clause with no figure opening on the kind names what the
    // clauses after it speak of as well)
    if ((figure || k < clauses.length - 1) && (KIND_OF_SCHOOL_SUBJECT.test(masked) || SELECTED_SCHOOLS_SUBJECT.test(masked))) {
      st.kindOfSchool = true;
      st.kindOpens = k === 0;
    }
    else if (figure && KIND_OF_SCHOOL_COUNT.test(masked) && !sentence.includes(masked.includes('民办') ? '公办' : '民办') && !clauses.slice(0, k).some((c) => hasFigure(c) || /中\s*$/.test(c))) st.kindOfSchool = true;
    if (BREAKDOWN.test(masked)) st.breakdown = true;
    // 「全市另有技工学校9所，含技工学校在内，全市中等职业教育在校生约7.9万人」: a whole wider than the report's schools
    if (afterSemicolon[k]) st.withTechnical = false;
    // (「两类学校合计招生4617人」「全口径中职在校生达到1.28万人」: both kinds of school counted together, in a report on both)
    if (((masked.includes('技工') && WITH_TECHNICAL_SAID.test(masked)) || BOTH_KINDS.test(masked)) && !OPENS_PARTS.test(masked)) st.withTechnical = true;
    // (「在校生满意度95.2%（目标95%）」: a target in a bracket after the figure is the bracket's, not the clause's)
    if (isPlan(half.includes('(') ? half.replace(TARGET_BRACKET, ' ') : half, report.year)) st.plan = true;
    else if (ACTUAL.test(half)) st.plan = false;
    // a year in brackets (（2023年为1.54万元）) dates the figure inside them, not the clause
    // (「…13620元（2023年：」 and the line's end: a bracket a page broke open dates what is inside it too)
    // (「上一届（2023届）的这两个数字…」: a bracket glossing the clause's opening 上年 or 上一届 with its year dates the clause, as the year
    // would; 「上年（2023年）为…」 restates a figure, and is read as such)
    const glossed = bracketed ? RELATIVE_YEAR_GLOSSED.exec(half) : null;
    // (「…比2023年多出534人，当年为9,312人」: 当年 right after a comparison with a year it names is that year, a figure restated)
    const thatYear = k > 0 && half.includes('当年') && THAT_YEAR_RESTATED.test(half) ? COMPARED_WITH_YEAR.exec(clauses[k - 1]!)?.[1] : undefined;
    st.thatYear = !!thatYear;
    const named = thatYear ? Number(thatYear) : glossed ? statedYear(glossed[1]!, scope.schoolYearStarts) : statedYear(bracketed || half.includes('[') ? masked.replace(/[（(][^（()）]*(?:[)）]|$)/g, '').replace(LATER_YEAR_SQUARE, '') : half, scope.schoolYearStarts);
    // 「…招生18,310人，上年招生17,685人；全日制在校生52,301人」: a ；-segment of its own is back in the sentence's year
    // (「…上年分别为228人、184人，生师比14.8:1（上年14.6:1）」: so is a clause that gives last year's figure beside its own)
    // (「上年升学人数为38120人，其中…升入本科层次院校3860人，比上年的3215人增加645人」: or one compared with last year's)
    // (「…上年分别为2998人、2207人，核定教职工编制3380名」: or one after a clause restating last year's figures of those before)
    if (named === undefined && st.beforeLastYear !== undefined && (afterSemicolon[k] || (k > 0 && RESTATED_LIST.test(clauses[k - 1]!)) || (bracketed && OWN_LAST_YEAR_BRACKET.test(half)) || COMPARED_WITH_LAST_FIGURE.test(half) || (k + 1 < clauses.length && !afterSemicolon[k + 1] && hasFigure(half) && LAST_FIGURE_COMPARED.test(clauses[k + 1]!)))) {
      st.year = st.beforeLastYear;
      st.beforeLastYear = undefined;
    } else if (named === undefined && st.segmentYear !== undefined && afterSemicolon[k]) {
      // (「2021年全市招生47326人，2020年招生44091人；全日制在校生131508人」: an earlier year a later clause names is that clause's)
      st.year = st.segmentYear;
      st.segmentYear = undefined;
    }
    const base = named === undefined ? st.year : named;
    // (「…1.62万元，2023年为15380元；」 restates an earlier year's figure: the clauses after it keep the sentence's)
    // (「…招生128903人，2024年121466人；全日制在校生346281人」: so does a year and its figure alone)
    if (named !== undefined && named !== null && !thatYear && !(st.year !== null && named < st.year && (YEAR_RESTATED.test(masked) || (k > 0 && YEAR_AND_FIGURE_ALONE.test(masked))))) {
      // (see segmentYear: only a year the sentence named, 「据通报，2021年全市有中职学校40所…；全日制在校生64912人」 speaks of
      // 2021 throughout)
      if (k > 0 && st.yearNamed && st.year !== null && named < st.year) st.segmentYear ??= st.year;
      st.year = named;
      st.yearNamed = true;
    }
    // 「上年（2023年）全县中职毕业生1,462人，去向落实率96.1%」: a sentence about last year, from here on
    else if (named === undefined && MAY_OPEN_LAST_YEAR.test(masked) && st.year !== null && st.year === report.year) {
      st.beforeLastYear = st.year;
      st.year = st.year - 1;
    }
    // 「全县共有中等职业学校2所，均为公办学校」: the whole just read is all of one part
    // 「全县中等职业学校1所，即县职教中心，为公办学校」: the one there is, of one part
    const allAre = !figure && !st.plan && st.last && out.length > sentenceStart ? (ALL_ARE.exec(masked) ?? (out[out.length - 1]!.value === 1 ? THE_ONE_IS.exec(masked) : null)) : null;
    if (allAre) {
      const whole = out[out.length - 1]!;
      const part = partNamed(allAre[1]!, whole, lex);
      if (part) out.push({ ...whole, id: part, total: undefined, warnings: [...whole.warnings], confidence: Math.min(whole.confidence, 0.65) });
    }
    // 「…，2023年为5,986人；其中，中本一体化招生420人」: 其中 in a clause of its own opens the parts too
    if (!figure && st.last && (!st.whole || (st.last.year !== undefined && st.last.segment === semicolons && st.whole.segment !== semicolons)) && /^\s*其中\s*[:：]?\s*$/.test(masked)) {
      st.whole = st.last;
      st.parts = 0;
      st.partRestated = false;
    }
    // 「在第二届金砖国家职业技能大赛中，全区中职学生获奖3项」: the scene, then what was won there
    const scene = st.scene;
    // (a national contest or a selection for a world one listed in the scene makes it no international one)
    // (every contest word the pattern ends on ends in 赛: a clause without it is no scene, and the pattern is not run)
    st.scene = !figure && masked.includes('赛') && INTL_SCENE.test(masked) && !/全国|选拔/.test(masked);
    const targetOf = figure ? (st.plan ? TARGET_OPENS.exec(masked) : masked.includes('预算') ? BUDGET_OPENS.exec(masked) : null) : null;
    if (targetOf) {
      const first = numbersIn(half).find((n) => n.index >= targetOf[0].length);
      const t = first ? termBefore(targetOf[1]!, first.ratio ? ':' : first.unit || impliedUnit(targetOf[1]!), lex) : null;
      st.target = t && t.at + t.term.term.length === targetOf[1]!.trimEnd().length ? t.id : undefined;
    }
    if (st.plan || !figure || (PLAN_HERE.test(half) && !ACTUAL.test(half))) {
      // a name ending the clause, for 「用人单位满意度最高，为97.2%」 (looked for only when the next clause is 为…)
      const next = clauses[k + 1];
      // (「教职员额定编制数，全市合计是2280名」: any name, when the next clause states the whole's figure)
      const whole = !st.plan && next && !figure && NEXT_STATES_WHOLE.test(next) ? numbersIn(toHalfWidth(next))[0] : undefined;
      // (「年生均财政拨款水平，2022年12450元，2023年13120元」「生师比，2022年是19.6:1」: a name, then its figures year by year)
      const dated = !st.plan && next && !figure && YEAR_THEN_FIGURE_NEXT.test(next) ? numbersIn(toHalfWidth(next)).find((n) => n.unit !== '年' && (n.ratio || mayBeIndicatorFigure(n))) : undefined;
      // (「毕业生本省去向落实率仍然偏低，2025届为63.47%」: a judgement after the name, then its figure)
      const name = dated ? termBefore(masked.replace(JUDGED_END, ''), dated.ratio ? ':' : dated.unit, lex) : st.plan || !next || !/^\s*(?:为|是|达)/.test(next) ? (whole && !whole.ratio && whole.unit ? termBefore(masked, whole.unit, lex) : null) : termBefore(masked.replace(JUDGED_END, ''), '%', lex);
      // (「均为公办学校」「全部为公办学校」 names what the whole is, not a name whose figures follow)
      const pendingBefore = st.pending;
      st.pending = name && !allAre && name.at + name.term.term.length >= masked.length - 6 ? { id: name.id, byYear: !!dated } : null;
      // 「国家要求“双师型”教师占专业课教师比例超过50%，全市2024年为48.6%」: the region's figure after the standard names no
      // indicator of its own: the standard's
      // (「对照“双师型”教师占专业课教师总数超过一半的要求，全市比例为62.8%」: a standard said without a figure; 「高级专业技术职务
      // 教师比例方面，标准要求不低于20%，全市为23.8%」: the indicator named as the topic of the clause before)
      const standard = !st.plan && STANDARD_SAID.test(half) ? (figure ? numbersIn(half)[0] : next ? numbersIn(toHalfWidth(next))[0] : undefined) : undefined;
      const standardUnit = standard ? (standard.ratio ? ':' : standard.unit) : '';
      const topicBefore = prevClause.replace(TOPIC_END_MARK, '');
      // (a standard said as a share without its figure, 「…占专业课教师总数超过一半的要求」: the share's numerator and denominator)
      const unbound = figure ? masked : masked.replace(STANDARD_TAIL, '');
      const held = standard ? (termBefore((figure ? masked.slice(0, standard.index) : masked).replace(STANDARD_BOUND, ''), standardUnit, lex) ?? (unbound !== masked && standardUnit === '%' ? readShare(unbound, '', lex) : null) ?? (topicBefore !== prevClause ? termBefore(topicBefore, standardUnit, lex) : null)) : null;
      // (「生均教学科研仪器设备值方面，全市为5140元」: a clause naming the topic, the region's figure after it)
      const topic = !held && !figure && !st.plan && next && TOPIC_END_MARK.test(masked) ? numbersIn(toHalfWidth(next))[0] : undefined;
      const named = topic ? termBefore(masked.replace(TOPIC_END_MARK, ''), topic.ratio ? ':' : topic.unit, lex) : null;
      if (held ?? named) st.pending = { id: (held ?? named)!.id, byYear: true };
      // (「…比例方面，标准要求不低于20%，全市为23.8%」: the topic's name is held over the standard)
      else if (standard && pendingBefore?.byYear) st.pending = pendingBefore;
      prevClause = half;
      continue;
    }
    // 「其中公益项目培训学时1.6万」: a figure in 万 after a name that carries its unit (人数, 学时) takes that unit
    // (「接收国外留学生人数为0」: a zero needs no unit, said to be what a name is)
    const found = numbersIn(half);
    const nums = card ? found.filter((n) => !n.unit && !n.ratio && n.value <= 100).map((n) => ({ ...n, unit: '%' })) : found.flatMap((n) => (mayBeIndicatorFigure(n) || (!n.unit && n.magnitude >= 1e4 && !n.ratio && impliedUnit(half.slice(0, n.index)) !== '' && /^\s*(?:$|[，,。；;）)])/.test(half.slice(n.end))) ? [n] : zeroSaid(n, masked) ? [{ ...n, unit: ANY_UNIT }] : []));
    // (「在校生满意度提高0.73个百分点（上年为95.31%）」: a change in points, no figure of anything, still names the rate that
    // last year's figure after it restates)
    const points = half.includes('百分点') ? found.find((n) => n.unit.endsWith('百分点') && (!nums.length || n.index < nums[0]!.index) && CHANGE_BEFORE.test(masked.slice(0, n.index))) : undefined;
    const changed = points ? termBefore(masked.slice(0, points.index).replace(CHANGE_VERB, ''), '%', lex) : null;
    if (changed) {
      st.last = { id: changed.id, unit: '%' };
      st.lastInBracket = false;
    }
    if (!nums.length) {
      prevClause = half;
      continue;
    }
    // (「通过职教高考升学6215人，其中本科录取1518人」: the part of one route that 其中 opens is that route's too, unless it is
    // the one way to 本科 the sentence names)
    if (byRoute && ((ROUTE_OPENS.test(masked) && !(oneRouteToUndergrad && masked.includes('本科'))) || (routeBefore && OPENS_PARTS.test(masked) && !(undergradOnce && masked.includes('本科'))))) {
      prevClause = half;
      routeBefore = true;
      continue;
    }
    routeBefore = false;
    // 「累计入选…国家规划教材57本，2024年入选第二批…18本」「…累计48本，其中2024年新入选11本」: beside the stock, one
    // batch or one year's selection is some of it
    if (stockSaid && SELECTED_IN_BATCH.test(half) && !BUILT_SO_FAR.test(half)) {
      prevClause = half;
      continue;
    }
    // a clause of its own setting a span since a named time makes what follows it cumulative
    // (「累计建成在线精品课程326门」: what has been built, all told, is what the region has)
    // (「2024年，…累计培训4.2万人次、约9.6万学时」「全年累计培训…」: 累计 in a sentence about one year sums that year)
    // (「近三年高职在校生规模分别为15,230人、15,962人、16,748人」: one figure a year of the span, read as listed years)
    const cumulative = (CUMULATIVE.test(half) && !BUILT_SO_FAR.test(half) && !(oneYearTotal && !OTHER_CUMULATIVE.test(half)) && !figureEachYear(masked)) || (since >= 0 && since < k);
    // (「…，其中公办22所、民办9所；2024年为32所，其中公办22所、民办10所」: a whole of another year, restated in a ；-segment of its
    // own, is broken down anew)
    if (/^\s*其中/.test(masked) && st.last && (!st.whole || (st.last.year !== undefined && st.last.segment === semicolons && st.whole.segment !== semicolons))) {
      st.whole = st.last;
      st.parts = 0;
      st.partRestated = false;
      // 「辖区内现有中职学校13所，其中区属学校8所，市属学校3所，行业企业举办学校2所」: the schools a county runs
      // itself are its own; the whole counted every school in the area, some run by the city or by companies
      // (a whole stated for 全区/全县 is the region's own, whoever runs its schools)
      if (ownRunIsWhole(masked, sentence, scope)) {
        const w = out.findLastIndex((c, i) => i >= sentenceStart && c.id === st.whole!.id);
        if (w >= 0) out.splice(w, 1);
      }
    }
    const respectively = /(?:分别|依次)(?:为|是|达到|达|有)?|相应(?:为|是)/.exec(masked);
    // 「较上年分别增加1200人、3400人」「分别减少9所、3所和6所」: what each changed by, no figure of any indicator
    const changedBy = respectively && respectively[0].length <= 2 && CHANGED_BY.test(masked.slice(respectively.index + 2)) ? respectively.index : -1;
    // 「A、B分别为x和y」「2022—2024年…分别为a、b、c」「上年分别为…」: each figure after 分别 takes its own name or year
    // (「思政课教师41人、体育课专任教师45人、美育课专任教师30人，2023年为38人、42人、27人」: the run just read, restated for
    // another year without 分别)
    const restated = respectively ? null : restatedRun(masked, nums, st, base, lex);
    const justRead = respectively && st.last ? out.filter((c, i) => i >= sentenceStart && c.id === st.last!.id) : [];
    const listed = respectively ? readRespectively(masked, respectively.index, nums, sentence, base, st, lex, justRead) : restated;
    if (respectively || restated) {
      st.run = [];
      st.runMark = 0;
    }
    // (whether the clause holds a gap a masked bracket or a filler left: names are read without it)
    const gapped = masked.includes('  ') || masked.includes(FILLER);
    let prevEnd = 0;
    /** The indicators the clause's figures were read as so far, in order (see lastYearList). */
    const clauseRead: { id: string; at: number }[] = [];
    /** How many ids the sentence had read when the bracket of last year's list being read opened. */
    const runAtBracket = { open: -1, length: 0 };
    for (const n of nums) {
      if (st.perN) break;
      if (changedBy >= 0 && n.index > changedBy) break;
      if (st.other && !OTHER_POPULATION.test(masked)) break;
      // (「普通高中2024年招生3,560人」: the other population opens the clause, a year between it and its figure)
      if (st.other && OTHER_POPULATION.test(masked.slice(0, n.index)) && !OWN_POPULATION.test(masked.slice(0, n.index))) continue;
      if (st.kindOfSchool === 'after' || st.otherLevel) break;
      // 「学校全日制在校生总数6386人，其中五年制高职学生3522人，中职部分学生2864人」: a whole broken down into the other
      // level's students and the report's own part is no figure of the report's level; its own part is
      // (「全市中职学校招生16,915人，其中五年制高职招生5,342人…」: without an own part named, the schools' whole stands)
      if (st.whole && levels?.part?.test(masked.slice(0, n.index))) {
        st.otherPart = true;
        continue;
      }
      if (st.whole && st.otherPart && levels?.ownPart?.test(masked.slice(0, n.index))) {
        const w = st.whole.id;
        for (let i = out.length - 1; i >= sentenceStart; i--) if (out[i]!.id === w) out.splice(i, 1);
        st.whole = null;
      }
      // 「全区现有中等职业学校（含技工学校）8所」: a whole that takes the technical schools in, in its own clause (the parts
      // a 其中 lists after it are each the report's own kind)
      if ((bracketed && WITH_TECHNICAL.test(half) && !OPENS_PARTS.test(masked)) || st.withTechnical) {
        // (「中等职业教育（含技工）毕业生18,420人，其中中职学校13,948人」: the wider whole's own schools, named after 其中, state
        // the report's figure of what the whole counts)
        const named = n.unit ? termBefore(masked.slice(0, n.index), n.unit, lex) : null;
        st.widerWhole = named && !masked.slice(named.at + named.term.term.length, n.index).replace(/[为是有达共计]/g, '').trim() ? named.id : undefined;
        break;
      }
      const lead = masked.slice(prevEnd, n.index);
      prevEnd = n.end;
      if (masked[n.index] === ' ' && !/\s/.test(half[n.index] ?? '')) continue;
      // 「由500Mbps扩容到1000Mbps」: where it started, in a year the sentence does not say
      // (「由500Mbps到1000Mbps」: a bare 到 after 由 as well)
      // (「专任教师 312人→338人」: an arrow after it, likewise, a year before it or not)
      const arrowStart = ARROW_AFTER.test(masked.slice(n.end, n.end + 4)) && !YEAR_RIGHT_BEFORE.test(lead);
      const startsChange = arrowStart || TO_LEVEL.test(masked.slice(n.end, n.end + 8)) || (/(?:由|从)\s*$/.test(lead) && /^\s*(?:到|至)/.test(masked.slice(n.end)));
      // (「在校生满意度由2023年的94.26%提高到95.13%，毕业生满意度由93.40%提高到94.08%」: a start dated once in the sentence
      // dates the parallel starts after it)
      const undatedStart = startsChange && (arrowStart || /(?:由|从)\s*$/.test(lead)) && st.startYear === undefined;
      const startYear = startsChange && /(?:由|从)\s*$/.test(lead) ? st.startYear : undefined;
      const datedStart = startsChange && DATED_START.test(lead);
      // 「突破4,500元大关，达到4,628元」: a threshold passed, not the figure
      // 「“双师型”教师比例达到50%的学校76所」「带宽为10,000Mbps的学校71所」: a threshold that picks schools out;
      // 「开设专业19个大类」: categories, not what they hold
      if (CRITERION_AFTER.test(masked.slice(n.end, n.end + 12)) || /^\s*(?:专业)?大类/.test(masked.slice(n.end))) continue;
      // 「全市11所中等职业学校（含技工学校）在校生1.52万人、招生5,406人」 in a 高职 report: the other level's schools
      if (report.level === 'higher' && levels!.other.test(masked.slice(0, n.index)) && !/贯通|转段|对口|升入|毕业生/.test(masked.slice(0, n.index))) continue;
      // 「平均每216名学生配备1名体育教师」: one per so many, a ratio's term
      if (PER_SO_MANY.test(masked.slice(Math.max(0, n.index - 24), n.index))) continue;
      // 「全部达标院校7所，其余4所为民办院校」: the rest of some set, counted against it, is no one's whole
      if (/(?:其余|其他|剩余|剩下)(?:的)?\s*$/.test(lead)) continue;
      // 「毕业生、用人单位和家长满意度均在94%以上」: a bound each of several clears, no one's figure
      // (「3所民办学校…生师比均超过20:1」: a bound several of them pass is no figure of theirs)
      // (超过 read with the figure as its lower bound leaves 均 alone before it)
      // (each pattern ends on 突破 or on 均 and what follows it: a lead with neither is asked no more)
      // (「互联网出口带宽都在1000Mbps以上」: 都 as 均)
      // (「有9所院校的用人单位满意度低于90%」: the bound that picks some schools out)
      const picksSome = /(?:低于|高于|不足|不到|未达到?|超过)\s*$/.test(lead) && SOME_SCHOOLS.test(masked.slice(0, n.index));
      const threshold = picksSome || ((lead.includes('均') || lead.includes('都') || lead.includes('突破')) && (/突破\s*$/.test(lead) || /[均都](?:超过|高于|低于|不足|不低于|不高于|未达到?)\s*$/.test(lead) || (/[均都]\s*$/.test(lead) && /^(?:超过|逾|超)/.test(n.raw)) || (/[均都](?:在|达到?|保持在)\s*$/.test(lead) && (n.approximate || /^\s*(?:以上|之上)/.test(masked.slice(n.end))))));
      if (cumulative || CHANGE_BEFORE.test(lead) || undatedStart || threshold) {
        // what follows a change restates what changed: 「在校生比上年增加127人，达4,312人」「较上年增加282人，上年为6102人」
        const changed = termBefore(masked.slice(0, n.index).replace(CHANGE_VERB, '').replace(/(?:由|从|首次突破|突破)\s*$/, ''), n.ratio ? ':' : n.unit, lex);
        if (changed) {
          st.last = { id: changed.id, unit: n.unit };
          st.lastInBracket = false;
        } else if (n.unit === '%' && CHANGE_BEFORE.test(lead)) {
          // 「平均月收入增长5.6%，为4,260元」「到账经费增长13.2%，为1.37亿元」: a rate of growth, then the level the name reached
          const next = clauses[k + 1];
          const level = next !== undefined && !afterSemicolon[k + 1] && LEVEL_NEXT.test(next) ? numbersIn(toHalfWidth(next))[0] : undefined;
          const grown = level && level.unit && level.unit !== '%' ? termBefore(masked.slice(0, n.index).replace(CHANGE_VERB, ''), level.unit, lex) : null;
          if (grown) st.pending = { id: grown.id };
        }
        st.undatedStart = changed && undatedStart && !CHANGE_BEFORE.test(lead) && (arrowStart || TO_LEVEL.test(masked.slice(n.end, n.end + 8))) ? { id: changed.id, n, unit: n.ratio ? ':' : n.unit, lead } : null;
        continue;
      }
      const unit = n.ratio ? ':' : n.unit || impliedUnit(masked.slice(0, n.index));
      let read: Reading | null = null;
      let year: number | null | undefined;
      // 「分别为：公办学校22所、民办学校14所」: figures that each follow their own name are read as such
      const ownName = respectively && n.index > respectively.index && !listed ? termBefore(masked.slice(0, n.index), unit, lex) : null;
      // (years listed before 分别 that its figures were not matched to leave each figure's year unknown: 「2022年、2023年、
      // 2024年全市分别招生…」 read by its own name is no figure of the year the sentence would give it)
      if (ownName && leadYear(masked.slice(respectively!.index, n.index), base, scope.schoolYearStarts) === undefined && listedYears(sentence, base).length > 1) continue;
      if ((respectively && n.index > respectively.index && !(ownName && ownName.at >= respectively.index + respectively[0].length)) || restated?.has(n)) {
        const l = listed?.get(n);
        if (!l || convertUnit(1, unit, indicatorById(l.id)!.unit) === null) continue;
        read = { id: l.id, how: 'restated' };
        year = l.year;
      } else {
        // the year: named right before the figure, else the clause's (上年… before its first figure), else the sentence's
        year = leadYear(lead, base, scope.schoolYearStarts);
        // 「（上年公办18所、民办9所）」: every figure in a bracket that opens with a year takes it
        if (year === undefined) {
          const open = Math.max(masked.lastIndexOf('（', n.index), masked.lastIndexOf('(', n.index));
          if (open >= 0 && open < n.index - lead.length && !/[)）]/.test(masked.slice(open, n.index))) year = leadYear(masked.slice(open, n.index - lead.length), base, scope.schoolYearStarts);
        }
        if (year === undefined && bracketYear !== null && /^\s*[（(]\s*$/.test(lead) && /^\s*[)）]/.test(masked.slice(n.end))) year = bracketYear;
        if (year === undefined) {
          const clauseLead = masked.slice(0, nums[0]!.index);
          // 「由上年的X增至Y」: Y is this year's; 「上年X人、Y人」: both last year's
          // (「（上年74108人，升学比例63.7%）其中升入本科5870人」: not a figure after the bracket that last year's opened and closed)
          const closedBefore = /[(（]/.test(clauseLead) && /[)）]/.test(masked.slice(nums[0]!.index, n.index));
          year = named === undefined && LAST_YEAR.test(clauseLead) && !TO_LEVEL.test(lead) && !closedBefore ? (base === null ? null : base - 1) : base;
          // 「…；2023年为10所，其中公办9所、民办1所」: parts 其中 breaks a whole into, undated, are of the whole's year
          if (named === undefined && year === base && st.whole?.year !== undefined && st.whole.segment === semicolons) year = st.whole.year;
        }
      }
      if (startYear !== undefined) year = startYear;
      else if (datedStart) st.startYear = year;
      // (「2024—2025学年，全市中职在校生79,852人」 in a report on 2024: the school year that starts in the report's year, as
      // a table's columns read it)
      if (report.year !== null && year === report.year + 1 && half.includes('学年') && startsInReportYear(half, report.year)) year = report.year;
      // a year after the report's is a plan or a forecast
      if (year === null || year === undefined || (report.year !== null && year > report.year && !/学年/.test(half))) continue;
      // a masked bracket inside a name (职业技能等级证书（含职业资格证书）获取人数) leaves no gap in it
      const before = gapped ? masked.slice(0, n.index).replace(/ {2,}|\u2060+/g, '') : masked.slice(0, n.index);
      if (!read && unit === '%' && before.includes('占')) {
        const sh = readShare(before, prevClause, lex);
        if (sh) read = { id: sh.id, how: 'share' };
      }
      if (!read && st.widerWhole && OWN_PART_OF_WIDER[report.level ?? '']?.test(before)) read = { id: st.widerWhole, how: 'before' };
      // 「公办、民办各1所」: one figure for each of the names listed before 各
      let each: string[] = [];
      if (!read && EACH.test(before)) {
        const own = before.replace(EACH, '');
        const ids = namesBeforeEach(own, unit, lex) ?? (k > 0 ? namesInClausesBefore(own, clauses, k, unit, lex) : null);
        if (ids) ((read = { id: ids[0]!, how: 'before' }), (each = ids.slice(1)));
      }
      if (!read && unit === '%') read = readSatisfaction(before, lex);
      // 「其中公办学校176所、民办学校65所（上年：179所、67所）」: last year's figures of the list just read, in its order
      const bracketList = !read ? lastYearList(masked, n, nums) : null;
      const readBefore = bracketList ? clauseRead.filter((r) => r.at < bracketList.open) : [];
      if (bracketList && readBefore.length >= bracketList.count) {
        const id = readBefore[readBefore.length - bracketList.count + bracketList.at]!.id;
        if (convertUnit(1, unit, indicatorById(id)!.unit) !== null) read = { id, how: 'restated' };
      }
      // (「行业导师年授课2,160课时，学校支付课酬19.4万元（上年1,740课时、15.7万元）」: the list the bracket restates may begin in a
      // clause before, read in the sentence's order)
      if (bracketList && runAtBracket.open !== bracketList.open) Object.assign(runAtBracket, { open: bracketList.open, length: st.run.length });
      if (bracketList && !read && runAtBracket.length >= bracketList.count) {
        const id = st.run[runAtBracket.length - bracketList.count + bracketList.at]!;
        if (convertUnit(1, unit, indicatorById(id)!.unit) === null) continue;
        read = { id, how: 'restated' };
      }
      // (「公办1所、民办0所（2023年：1所、1所、0所）」: a bracket restating more figures than were read or printed before it is matched
      // to nothing; its figures are none of the names before the bracket either)
      if (bracketList && !read && nums.filter((m) => m.index < bracketList.open).length < bracketList.count) continue;
      if (!read) read = readOwner(before, masked, n, unit, lex, subset, st, lead);
      // (「全市高中阶段学校专任教师2865人，其中中职学校1006人」: the report's own kind of school alone after 其中, its figure in the
      // unit of the whole's just before, is the report's part of that whole's indicator)
      if (!read && k > 0 && st.ownNamed?.alone.test(before)) read = wholeNamedBefore(clauses[k - 1]!, unit, lex);
      // 「聘请行业企业兼职教师（行业导师）612人」: a name glossed in brackets with the catalog's own name is read as that
      // name, with every check a name gets
      if (!read) read = readGlossed(half, masked, n, unit, lex, subset, st, lead);
      // 「19.满意度调查：在校生93.8%（上年92.9%）；应届毕业生92.6%；家长95.2%」: under a head naming the survey, each item is named
      // without the word every one of its figures ends on
      if (!read && unit === '%' && sentence.includes('满意度') && SURVEY_HEAD.test(sentence)) {
        const name = /([\u4e00-\u9fa5]{2,12})\s*$/.exec(before)?.[1];
        const t = name ? termBefore(`${name}满意度`, '%', lex) : null;
        if (t && t.at === 0 && t.id.startsWith('satisfaction')) read = { id: t.id, how: 'before' };
      }
      // 「在校生满意度95.6%，分项看，课堂育人96.1%、课外育人94.8%」: a group's items after its figure, each named as a panel's are
      // (see panelItem), under the group or under the group of the item just read
      const item: RegExpExecArray | null = !read && lastRead !== null && unit ? ITEM_NAME.exec(before) : null;
      if (item) {
        const groups: string[] = [lastRead!, ...indicatorById(lastRead!)!.parents];
        const id: string | undefined = groups.map((g) => partOfGroup(item[1]!, g)).find((x): x is string => x !== null);
        if (id && convertUnit(1, unit, indicatorById(id)!.unit) !== null) read = { id, how: 'before' };
      }
      // 「教学计划内课程总数1126门，共186420学时」: a clause of a figure alone in another unit gives the name just read in that
      // unit, as a table's label names it (教学计划内课程总数（学时）); 「开设教学计划内课程978门、142380学时」: as a figure right
      // after it, set apart by 、 alone, does
      if (!read && named === undefined && lastRead !== null && unit && (n === nums[0] ? /^\s*(?:共|合计|总计|计|折合)?\s*$/ : /^\s*[、和及]\s*(?:共|合计|总计|计|折合)?\s*$/).test(lead)) {
        const e: { nameZh: string; aliasesZh: readonly string[] } = indicatorById(lastRead)!;
        const ids: string[] = [...new Set([e.nameZh, ...e.aliasesZh].flatMap((l) => idsForRowLabel(labelKey(`${l}（${unit}）`))))];
        const id: string | undefined = ids.length === 1 ? ids[0] : undefined;
        if (id !== undefined && id !== lastRead && convertUnit(1, unit, indicatorById(id)!.unit) !== null) read = { id, how: 'before' };
      }
      // 「校内实践教学工位7690个，生均0.86个」: 生均 alone before a figure is per student of what the clause before counted,
      // as the catalog's 生均 name of it says
      if (!read && k > 0 && unit && PER_STUDENT_ALONE.test(before)) {
        const m = COUNTED_BEFORE_FIGURE.exec(clauseForReading(clauses[k - 1]!));
        const counted = m?.[1] ?? '';
        // (「全盟中职学校教学仪器设备总值」: the name is the longest end of it the catalog knows, 总值 per student being 值)
        for (let i = 0; i + 2 <= counted.length && !read; i++)
          for (const name of m?.[2] === '总值' ? [`${counted.slice(i)}值`, counted.slice(i)] : [counted.slice(i)]) {
            const t = termBefore(`生均${name}`, unit, lex);
            if (t && t.at === 0 && t.id.endsWith('_per_student')) {
              read = { id: t.id, how: 'before' };
              break;
            }
          }
      }
      if (!read && st.target && DONE_LEAD.test(before) && convertUnit(1, unit, indicatorById(st.target)!.unit) !== null) {
        read = { id: st.target, how: 'restated' };
        st.target = undefined;
      }
      if (!read && (scene || (before.includes('赛') && WON_AT_INTL.test(before) && !/全国|选拔/.test(before))) && WON_THERE.test(before) && !OTHER_POPULATION.test(before)) {
        const t = termBefore('国际技能大赛中获奖', unit, lex);
        if (t) read = { id: t.id, how: 'before' };
      }
      if (read && headline && read.how === 'before') continue;
      // 「高级“双师型”教师比例21.37%」「…1,021人，比例为30.0%」: a share named without 占, when no name owns it
      if (!read && unit === '%' && (before.includes('比例') || before.includes('比重'))) {
        const sh = readRatio(before, prevClause, lex);
        if (sh) read = { id: sh.id, how: 'share' };
      }
      // 「直接就业的5,930名毕业生中，到第一产业就业350人，…第二产业…2,780人，…第三产业…2,800人」: those the three sectors'
      // figures add up to are the sectors' whole too
      if (SECTORS_WHOLE && (unit === '人' || unit === '名') && BREAKDOWN_BASE.test(masked.slice(n.end)) && sectorsSum(sentence) === n.value) {
        // (a whole they are a part of, 「…的22,407名毕业生中」 read as 毕业生, is not what the figure counts)
        if (!read || indicatorById(SECTORS_WHOLE)!.within.includes(read.id)) read = { id: SECTORS_WHOLE, how: 'before' };
        else if (read.id !== SECTORS_WHOLE) each.push(SECTORS_WHOLE);
      }
      if (!read) {
        // 「其中外聘教师165人（上年148人）」: last year's figure in brackets after a figure read as nothing, in that figure's unit, is
        // that figure's, never the one read before it (「…902人，占73.5%（上年876人）」: in another unit, it still may be)
        const bracket = n.unit ? BRACKET_RESTATES.exec(masked.slice(n.end, n.end + 24)) : null;
        if (bracket && bracket[1] === n.unit) st.last = st.pending = null;
        continue;
      }
      // 「实习岗位与专业对口率达到83.6%」: a match rate of internships, named without 就业, is no employment figure
      if (before.includes('实习') && !before.includes('就业') && indicatorById(read.id)!.nameZh.includes('就业')) continue;
      // 「全县中职学校选用国家规划教材共186种」: textbooks chosen for use are no textbooks the schools wrote or had selected
      if (before.includes('教材') && indicatorById(read.id)!.nameZh.includes('教材') && TEXTBOOKS_IN_USE.test(before)) continue;
      // 「2024年招生中，面向普通高中毕业生招生3026人，…，单独招生177人」: inside the set an opening clause names, a figure
      // of that set's own indicator is one part of it (「2024年秋季招生中，…，全市中职学校共招收新生1.92万名」: unless the clause
      // states the whole)
      if (k > 0 && setOpening !== null && read.how !== 'restated' && !read.total && !reopens.test(masked)) {
        const t = termBefore(setOpening, unit, lex);
        if (t?.id === read.id && t.at + t.term.term.length >= setOpening.length - 1) continue;
      }
      // 「按招生渠道分，普通高考招生15,920人」: after a breakdown, a whole's name names one of the parts
      if (st.breakdown && BROKEN_DOWN.has(read.id)) continue;
      // 「建成专业群64个，其中省级品牌专业群…22个」: after 其中, the whole's own indicator again (same year) is a part of
      // it; a county's own schools (区属) are the exception, see the 其中 step above
      if (st.whole && read.id === st.whole.id && read.how !== 'restated' && !ownRunIsWhole(masked, sentence, scope) && out.some((c, i) => i >= sentenceStart && c.id === read.id && c.year === year)) continue;
      // 「对2021届毕业生的跟踪调查显示，毕业三年晋升比例为21.5%」: the cohort graduated three years before the year measured
      // (「…，上年为19.8%」 after it: the cohort before, three years on the year before)
      const y = year;
      if (THREE_YEARS_ON.has(read.id) && y + 3 <= (report.year ?? y) && (cohorts ??= cohortsOf(sentence)).some((c) => c === y || c === y + 1)) year += 3;
      // 「2021届毕业生毕业三年后平均月收入5,680元」: a cohort years on is another measure than the indicator's
      else if (!THREE_YEARS_ON.has(read.id) && YEARS_ON.test(half)) continue;
      // 「投入专项资金1,150万元，支持区属学校建设智慧教室」: money some schools were given, by the clause after it
      // (a part of the schools by who runs them, where that is a part: 「用于县职教中心实训楼建设」 is what it paid for)
      if (MONEY.has(unit) && k + 1 < clauses.length && FOR_WHOM.test(clauses[k + 1]!) && n.index + n.raw.length >= masked.trimEnd().length - 2) {
        const next = toHalfWidth(clauses[k + 1]!);
        if (SOME_RUN.test(next) && namesSubRegion(next, scope)) continue;
      }
      // (「全市组建对接区域产业的专业群23个，其中省级中职“双优”建设专业群5个」: after 其中, a figure named as one before it in the
      // sentence was is a part of that one, read or not)
      if (!st.whole && k > 0 && /^\s*其中/.test(masked) && read.id !== st.widerWhole && namedBefore(clauses.slice(0, k), read.id, n.unit) && !st.ownNamed?.after.test(masked)) continue;
      const cand = candidate(read, n, unit, year, sentence, spans[k]!, half, it, lead);
      if (!cand) continue;
      // whose figures the clauses state is asked only when one gives a candidate (most sentences give none): the
      // clauses up to it, in order; a narrowing one ends the sentence here
      // (a clause that opens on the whole region again, 「…整合不达标的学校3所，全市共有中等职业学校58所」, ends what
      // the clauses before it narrowed)
      // (once the sentence has given the region's figures, a school or a district named after them is an example
      // set aside: what it narrows ends at the next ；, where the sentence's own subject goes on)
      const gave = out.length > sentenceStart;
      // (「普通高中专任教师712人，生师比11.8:1；中职学校专任教师398人…」: a ；-segment opening on the report's own schools starts
      // afresh too, whatever the one before narrowed to)
      const from = unasked.findLastIndex((u) => u.k <= k && (reopens.test(u.masked) || (afterSemicolon[u.k] && (gave || OWN_SCHOOLS_OPEN.test(u.masked)))));
      if (from < 0 && narrowedAside) {
        aside.push(cand);
        continue;
      }
      narrowedAside = false;
      for (const u of from > 0 ? unasked.slice(from) : unasked)
        if ((narrows(u.half, u.masked, scope, onlySchool, lex, contest) && !namesSetOf(u.masked, cand.id)) || pronounOfSome(clauses, u.k)) {
          aside.push(cand);
          if (!gave) return;
          narrowedAside = true;
          break;
        }
      unasked.length = 0;
      if (narrowedAside) continue;
      // 「新区管理的4所学校在校生合计9905人，占区域内在校生的66.6%」: a figure stated as a share of its own indicator's
      // whole in the region is one part of it
      if (shareOfItsOwnWhole(clauses[k + 1], cand.id, unit, lex, reopens)) continue;
      cand.at = { block: blockAt(it, cand.quote) };
      st.seen.add(cand.id);
      st.run.push(cand.id);
      clauseRead.push({ id: cand.id, at: n.index });
      // (the year kept only where a clause opening its ；-segment opens on it, 「…；2023年为10所，其中…」: its parts, in that segment,
      // are that year's too; 「…48932人，2023届为46115人，其中…」 restates last year's in passing, and the parts are this year's)
      st.last = { id: cand.id, unit, ...((k === 0 || afterSemicolon[k]) && OPENING_YEAR.exec(masked)?.[1] === String(cand.year) ? { year: cand.year, segment: semicolons } : {}) };
      st.lastInBracket = insideBrackets(half, 0, n.index);
      if (!st.lastInBracket) st.outside = { id: cand.id, unit };
      // (「其中公益项目培训9400学时；…到账经费312万元，上年为276万元」: a figure in another unit is no part of the whole,
      // and the list of its parts is over)
      if (st.whole) {
        if (convertUnit(1, unit, st.whole.unit) === null && convertUnit(1, indicatorById(cand.id)!.unit, indicatorById(st.whole.id)!.unit) === null) st.whole = null;
        else {
          st.parts++;
          st.partInSegment = semicolons > 0;
          if (read.how === 'restated' && read.id !== st.whole.id) st.partRestated = true;
        }
      }
      // (the earlier of the two years a figure stated for both is as sure as its reading, no surer than last year's restated)
      const pushForBoth = (c: Candidate) => {
        out.push(c);
        if (bothYears && n.index > both!.index && c.year === bothYears[1]) out.push({ ...c, year: bothYears[0]!, confidence: Math.min(c.confidence, 0.65), warnings: [...c.warnings], total: undefined });
      };
      pushForBoth(cand);
      // 「升学人数由512人增至586人」「专任教师 238人→232人」: where a change of the report's year started, no year said, is the
      // year before's figure (as the labels of every report read so far have it), read no surer than prose restating it
      const start = st.undatedStart;
      st.undatedStart = null;
      if (start && start.id === cand.id && base !== null && cand.year === report.year && nums[nums.indexOf(start.n) + 1] === n && !spansOrReachesBack(sentence, base)) {
        const c = candidate({ id: cand.id, how: 'restated' }, start.n, start.unit, base - 1, sentence, spans[k]!, half, it, start.lead);
        if (c) out.push({ ...c, at: cand.at, confidence: Math.min(c.confidence, 0.6), total: undefined, yearImplied: true });
      }
      lastRead = read.how === 'before' ? read.id : null;
      // 「专业教学资源库3个，与上年持平」「其中国家规划教材1本（与上年持平）」: the figure right before says last year's too
      if (!cand.approximate && ((UNCHANGED_BRACKET.test(half.slice(n.end)) && sameYearBefore(half.slice(n.end), cand.year)) || (/^\s*$/.test(masked.slice(n.end)) && k + 1 < clauses.length && unchangedNext(toHalfWidth(clauses[k + 1]!), cand.id, unit, lex, cand.year, !!st.whole && st.parts >= 2))))
        out.push({ ...cand, year: cand.year - 1, confidence: Math.min(cand.confidence, 0.6), warnings: [...cand.warnings], total: undefined });
      // (「…其中公办院校12所、民办院校1所，院校数量与上年持平」: after the parts, the whole they break down, by its name, was as many)
      else if (st.whole && st.parts >= 2 && !cand.approximate && /^\s*$/.test(masked.slice(n.end)) && k + 1 < clauses.length && unchangedNext(toHalfWidth(clauses[k + 1]!), st.whole.id, indicatorById(st.whole.id)!.unit, lex, cand.year, false)) {
        const whole = out.findLast((c) => c.id === st.whole!.id && c.year === cand.year);
        if (whole && !out.some((c) => c.id === whole.id && c.year === whole.year - 1)) out.push({ ...whole, year: whole.year - 1, confidence: Math.min(whole.confidence, 0.6), warnings: [...whole.warnings], total: undefined });
      }
      for (const id of each) {
        const c = candidate({ id, how: 'before' }, n, unit, year, sentence, spans[k]!, half, it, lead);
        if (!c) continue;
        c.at = cand.at;
        st.seen.add(id);
        pushForBoth(c);
      }
    }
    prevClause = half;
  }
}

const WHOLES = new Set(PART_OF.map(([, whole]) => whole));
/**
 * 「全市直接就业毕业生中，」 before 「留在当地就业3417人」: a clause setting the figures inside the set an indicator breaks down
 * (its parent's, or the employed graduates' a destination counts) narrows nothing for that indicator.
 */
function namesSetOf(masked: string, id: string): boolean {
  if (!SET_OPENER.test(masked)) return false;
  const parents = indicatorById(id)?.parents ?? [];
  const sets = parents.includes('first_employment_count') ? [...parents, 'direct_employment'] : parents;
  return sets.some((p) => {
    const e = indicatorById(p);
    return !!e && namesOf(e).some((w) => masked.includes(w));
  });
}
/** An indicator's names of two characters or more: its name, its table labels, its prose forms. */
function namesOf(e: { nameZh: string; aliasesZh: readonly string[]; proseZh: readonly string[] }): string[] {
  return [e.nameZh, ...e.aliasesZh, ...e.proseZh].filter((w) => w.length >= 2);
}
/** A clause that only sets what follows inside a set: 「…毕业生中，」. */
const SET_OPENER = /^\s*(?:20\d\d\s*年度?\s*[，,]?)?[^0-9，,；;]{2,30}中\s*[，,]?\s*$/;
/** Whether clauses name the indicator right before a figure in the unit (「专业群23个」), alone. */
function namedBefore(clauses: string[], id: string, unit: string): boolean {
  const e = indicatorById(id);
  if (!e || !unit) return false;
  const names = namesOf(e);
  return clauses.some((c) => {
    const half = toHalfWidth(c);
    return names.some((w) => {
      const at = half.indexOf(w);
      // (「校本教材和新形态教材41本」: a figure for several names listed is none of theirs alone)
      if (at < 0 || /[、和与及]/.test(half[at - 1] ?? '')) return false;
      const after = findNumbers(half.slice(at + w.length, at + w.length + 14))[0];
      return !!after && after.index <= 2 && after.unit === unit;
    });
  });
}
// (「占全市的六成以上」「占全省近一半」「占三分之一」: a share in words)
const SHARE_OF_NEXT = /^\s*(?:仅|只|约|共|合计)?占\s*([^，,；;。0-9]{0,30}?)(?:的)?\s*(?:比例|比重)?\s*(?:为|达)?\s*(?:约|近|超过|逾)?\s*(?:([0-9]+(?:\.[0-9]+)?)\s*%|[一二三四五六七八九]成|一半|半数|[二三四五六七八九十]分之[一二三四五六七八九])/;
/** What may stand before the whole's name when it is the region's own whole: 全市, 区域内, 全部. */
const OWN_WHOLE_WORDS = /^\s*(?:区域内|辖区内|域内|全部|所有|各类)?\s*(?:中职学校|中等职业学校|职业学校|学校)?\s*(?:的)?\s*$/;
function shareOfItsOwnWhole(next: string | undefined, id: string, unit: string, lex: Lexicon, own: RegExp): boolean {
  const m = next ? SHARE_OF_NEXT.exec(toHalfWidth(next)) : null;
  if (!m || Number(m[2]) >= 99.5) return false;
  // (「省属学校在校生3586人，占24.1%」: a share of nothing named is of the whole the figure's own indicator counts,
  // when that indicator is a whole of parts and no part of another: 「“双师型”教师3,215人，占58.6%」「905人留在本地
  // 就业，占77.4%」 are shares of other wholes)
  const topWhole = WHOLES.has(id) && !indicatorById(id)!.within.length;
  if (!m[1]!.trim()) return topWhole;
  const base = m[1]!.replace(/(?:总数|总量|总人数|总体|合计)$/, '');
  // (「民办学校3所，在校生合计3,960人，占全市的11.6%」: a share of the region, nothing more named, is of the same whole)
  // (「横向技术服务到款额1967万元，占全区的近七成」: money or things, never people, as a share of the region are some of the region's
  // own total: people may be a share of another whole it counts)
  if (own.test(base) && !base.replace(own, '').replace(/的/g, '').trim()) return topWhole || (unit !== '人' && unit !== '%' && !indicatorById(id)!.unit.includes('人'));
  const t = termBefore(base, unit, lex);
  // (the region's own whole: 全市 in a city's report, but 全省 there is the wider region's)
  return !!t && t.id === id && t.at + t.term.term.length === base.length && OWN_WHOLE_WORDS.test(base.slice(0, t.at).replace(own, ''));
}

/**
 * 「全市中等职业学校，33所」「专任教师，3,405人（2023年为3,287人）」: a clause that is nothing but a figure states the
 * figure of the name that ends the clause before it (which has none of its own); read as one clause, with every
 * check a name and its figure get.
 */
const BARE_FIGURE = /^\s*(?:约|近|共|共计|合计|计|超过|逾)?\s*[0-9０-９][0-9０-９,.．]*\s*(?:余|多)?\s*(?:万|亿)?\s*(?:%|％|[:：∶]\s*1|[\u4e00-\u9fa5]{1,2})?\s*(?:余|多|以上|左右)?\s*(?:[（(][^（()）]*[)）])?\s*[。.]?\s*$/;
/** 「毕业生人数，2023届58712人、2024届62085人」: a table told as sentences, each year's figure after the name's own clause. */
const YEARS_FIGURES = /^\s*(?:20\d\d|２０[０-９]{2})\s*(?:届|年度?)\s*(?:为|是)?\s*[0-9０-９][0-9０-９,.．]*\s*(?:万|亿)?\s*(?:%|％|[\u4e00-\u9fa5]{1,2})?\s*[、，,和]\s*(?:20\d\d|２０[０-９]{2})\s*(?:届|年度?)/;
function joinBareFigures(sentence: string, clauses: string[], lex: Lexicon): { clauses: string[]; spans: string[]; afterSemicolon: boolean[]; figures: (boolean | undefined)[] } {
  if (clauses.length < 2) return { clauses, spans: clauses, afterSemicolon: [false], figures: [] };
  const out = [clauses[0]!];
  // whether a clause follows a ；: a statement of its own
  const afterSemicolon = [false];
  // each clause's text as the sentence prints it (a joined one takes the comma between): a long sentence's quote
  const spans = [clauses[0]!];
  let start = 0; // where the last output clause starts in the sentence
  let end = clauses[0]!.length;
  // whether each clause out holds a figure, as asked here before the next clause is joined to it or not (the
  // sentence's reader asks the same of every clause: the last one, not asked here, it works out itself)
  const figures: (boolean | undefined)[] = [];
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k]!;
    // clauses are split at one character each
    const from = end + 1;
    end = from + c.length;
    const prev = out[out.length - 1]!;
    const figure = hasFigure(prev);
    const joined = figure ? null : (BARE_FIGURE.test(c) || YEARS_FIGURES.test(c)) && mayHoldTerm(prev, lex) ? prev.trimEnd() + c.trimStart() : restatedName(prev, c, lex);
    if (joined === null) {
      figures[out.length - 1] = figure;
      out.push(c);
      spans.push(c);
      afterSemicolon.push(sentence[from - 1] === '；' || sentence[from - 1] === ';');
      start = from;
      continue;
    }
    out[out.length - 1] = joined;
    spans[spans.length - 1] = sentence.slice(start, end);
  }
  return { clauses: out, spans, afterSemicolon, figures };
}

/**
 * 「企业为学校提供校内实践教学设备，设备值1.12亿元」: a clause opening with the last word of the clause before, taken
 * up again before its figure, names what that clause began to name: the two read as one name (…设备值1.12亿元),
 * when the name runs across the joint and the clause alone names nothing.
 */
const FIRST_DIGIT = /[0-9０-９]/;
function restatedName(prev: string, clause: string, lex: Lexicon): string | null {
  const c = clause.trimStart();
  const p = prev.trimEnd();
  const digit = c.search(FIRST_DIGIT);
  if (digit < 3 || digit > 10) return null;
  for (let len = Math.min(4, digit - 1); len >= 2; len--) {
    if (!p.endsWith(c.slice(0, len))) continue;
    const n = numbersIn(toHalfWidth(c)).find(mayBeIndicatorFigure);
    // the clause's first figure (with 约/近 before it) is the one
    if (!n || n.index > digit || n.index < len) return null;
    const unit = n.ratio ? ':' : n.unit;
    if (!unit || termBefore(c.slice(0, n.index), unit, lex)) return null;
    const joined = p + c.slice(len);
    const f = termBefore(joined.slice(0, p.length - len + n.index), unit, lex);
    return f && f.at < p.length - len ? joined : null;
  }
  return null;
}

/** 「2022年、2023年」「2022—2024年」 ending a name's lead-in: years listed for the figures after 分别. */
const YEARS_LISTED_LAST = /(?:20\d\d\s*(?:年度|年|届)?\s*(?:[、和及与]|[-—–~至到])\s*)+20\d\d\s*(?:年度|年|届)\s*$/;
/** 「两年均为」「这两年都是」: one figure stated for the report's year and the one before. */
const BOTH_YEARS = /(?:这|近)?两个?(?:年度|年)(?=\s*(?:均|都|同|皆)(?:为|是))/;
/** 「2023年为」「上一年度分别是」「与上一年度的」: what opens a clause restating figures for an earlier year. */
const RESTATES_YEAR = /^[\s，,；;]*(?:(?:与|较|比)\s*)?(?:20\d\d\s*(?:年度|年|届)|上一?年度?|去年|上一?学年|上一?届)\s*[，,]?\s*(?:这几(?:个数字?|个数据|个指标|项))?\s*(?:分别|依次|相应)?\s*(?:为|是|的|有)?\s*$/;
/** 「这两个数」 (read 这几个数, see THESE_FIGURES): the figures just read, pointed back to. */
const POINTED_BACK = /这几(?:个数字?|个数据|个指标|项)/;
/**
 * The run of figures just read (one per indicator, in order), restated for an earlier year as a list of as many figures
 * joined by 、 and naming nothing: each figure with its indicator and that year; null otherwise.
 */
function restatedRun(masked: string, nums: NumberMatch[], st: SentenceState, base: number | null, lex: Lexicon): Map<NumberMatch, { id: string; year: number }> | null {
  // (asked of every clause without 分别: the cheap tests first)
  if (nums.length < 2 || base === null || st.run.length < nums.length) return null;
  const lead = masked.slice(0, nums[0]!.index);
  // (「…其中公办161所、民办26所；上年这两个数是166所和28所」: the figures pointed back to are the last ones read)
  const run = st.run.length === nums.length ? st.run : POINTED_BACK.test(lead) ? st.run.slice(-nums.length) : st.runMark ? st.run.slice(st.runMark) : [];
  if (nums.length !== run.length) return null;
  if (!RESTATES_YEAR.test(lead) || termBefore(lead, nums[0]!.unit, lex)) return null;
  for (let i = 1; i < nums.length; i++) if (!/^\s*[、，,和及与]\s*$/.test(masked.slice(nums[i - 1]!.end, nums[i]!.index))) return null;
  // (base is the clause's year: the one its lead names, else the sentence's, whose year before 上年 names)
  const named = statedYear(lead);
  const year = named ?? (LAST_YEAR.test(lead) ? base - 1 : null);
  if (year === null) return null;
  return new Map(nums.map((n, i) => [n, { id: run[i]!, year }]));
}

/** 「近三年…分别为A、B、C」「近三年依次为…」: as many figures after 分别 as the recent years it names, with no 累计 to sum them. */
const RECENT_EACH = /近([二两三四五])个?学?年[^，,；;。累]{0,24}(?:分别|依次)(?:为|是|达到?)?/;
function figureEachYear(half: string): boolean {
  const m = half.includes('分别') || half.includes('依次') ? RECENT_EACH.exec(half) : null;
  if (!m) return false;
  return numbersIn(half.slice(m.index + m[0].length)).length === yearsCounted(m[1]!);
}
/** How many years 二/两/三/四/五 counts. */
function yearsCounted(numeral: string): number {
  return Math.max(2, '二三四五'.indexOf(numeral) + 2);
}

/** The years a sentence lists: 「2022—2024年」, 「2022年、2023年、2024年」, 「近三年」 (ending with the report's). */
function listedYears(sentence: string, reportYear: number | null): number[] {
  const span = /(20\d\d)\s*年?\s*[-—–~至到]\s*(20\d\d)\s*年(?!度?\s*学年)/.exec(sentence);
  if (span) {
    const [a, b] = [Number(span[1]), Number(span[2])];
    if (b > a && b - a <= 6) return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }
  // 「2022年、2023年、2024年」 (the last one followed by anything)
  const run = /20\d\d\s*([年届])(?:\s*[、和及与]\s*20\d\d\s*\1)+/.exec(sentence);
  const list = run ? matchesOf(/(20\d\d)\s*[年届]/g, run[0]).map((m) => Number(m[1])) : [];
  if (list.length >= 2 && list.every((y, i) => i === 0 || y > list[i - 1]!)) return list;
  const recent = /近([二两三四五])个?学?年/.exec(sentence);
  if (recent && reportYear !== null) {
    const n = yearsCounted(recent[1]!);
    return Array.from({ length: n }, (_, i) => reportYear - n + 1 + i);
  }
  return [];
}

/** The indicator of all those employed in the three sectors, and what names a figure as the base of a breakdown. */
const SECTORS_WHOLE = INDICATORS.find((e) => e.nameZh.includes('三次产业'))?.id;
const BREAKDOWN_BASE = /^\s*(?:名|人)?\s*(?:毕业生|学生)?\s*中\s*$/;
const SECTOR_PARTS = /第一产业[^0-9第]{0,8}([0-9][0-9,]*)\s*人[^第]{0,12}第二产业[^0-9第]{0,8}([0-9][0-9,]*)\s*人[^第]{0,12}第三产业[^0-9第]{0,8}([0-9][0-9,]*)\s*人/;
/** 「面向第一产业、第二产业和第三产业就业的人数分别为58人、241人和464人」: the three sectors named first, their figures after 分别. */
const SECTORS_LISTED = /第一产业\s*[、，,和及与]\s*第二产业\s*[、，,和及与]\s*第三产业[^。；;0-9]{0,20}?分别[为是]?\s*([0-9][0-9,]*)\s*人\s*[、，,和及与]\s*([0-9][0-9,]*)\s*人\s*[、，,和及与]\s*([0-9][0-9,]*)\s*人/;
const DIRECT_EMPLOYMENT = INDICATORS.find((e) => e.nameZh === '直接就业人数')?.id;
/** The sum of the three sectors' figures a sentence gives, in order, or null. */
function sectorsSum(sentence: string): number | null {
  const half = sentence.includes('第三产业') ? toHalfWidth(sentence) : null;
  const m = half !== null ? (SECTOR_PARTS.exec(half) ?? SECTORS_LISTED.exec(half)) : null;
  return m ? [m[1]!, m[2]!, m[3]!].reduce((a, x) => a + Number(x.replace(/,/g, '')), 0) : null;
}

const PLACED = INDICATORS.find((e) => e.nameZh === '毕业去向落实人数')?.id;
const PLACEMENT_RATE = INDICATORS.find((e) => e.nameZh === '就业率')?.id;
const GRADUATES = INDICATORS.find((e) => e.nameZh === '毕业生人数')?.id;
/** 「就业33278人」「实现就业22434人」: a count of graduates in work, not qualified as direct or flexible. */
const IN_WORK = /(?<![直接灵活自主创业])就业(?:学生|人数)?\s*(?:为|达|共)?\s*([0-9][0-9,]*)\s*人/g;
/**
 * The placed graduates, where a sentence states graduates, a placement rate and a count in work whose share of the
 * graduates the rate is (to its last printed digit): that count, read as the rate's own numerator. Null otherwise.
 */
function placedByRate(sentence: string, read: Candidate[]): Candidate | null {
  if (!PLACED || !PLACEMENT_RATE || !GRADUATES) return null;
  const rate = read.find((c) => c.id === PLACEMENT_RATE);
  const whole = rate && read.find((c) => c.id === GRADUATES && c.year === rate.year);
  if (!rate || !whole || read.some((c) => c.id === PLACED && c.year === rate.year)) return null;
  const half = toHalfWidth(sentence);
  const digits = (/\.(\d+)/.exec(String(rate.value))?.[1]?.length ?? 0);
  for (const m of matchesOf(IN_WORK, half)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    if (n >= whole.value || Math.abs((n / whole.value) * 100 - rate.value) > 0.5 * 10 ** -digits + 1e-9) continue;
    return { ...whole, id: PLACED, value: n, warnings: [], confidence: 0.65, total: undefined };
  }
  return null;
}

/** 「兼职教师（行业导师）」: a name glossed in brackets before a figure. */
const GLOSS_END = /[\u4e00-\u9fa5][（(]([\u4e00-\u9fa5]{2,10})[)）]\s*$/;
/** Where the glossed name starts: after a verb of hiring or having. */
const GLOSSED_FROM = /聘请|聘用|聘任|外聘|共有|现有|拥有|共|有|其中/g;
/**
 * 「聘请行业企业兼职教师（行业导师）612人」: a name glossed in brackets with the catalog's own name, read as that name with
 * every check a name gets. The glossed name goes back to the verb or separator before it; what qualifies it after any
 * verb of hiring still filters (新增…兼职教师（行业导师）).
 */
function readGlossed(half: string, masked: string, n: NumberMatch, unit: string, lex: Lexicon, subset: RegExp, st: SentenceState, lead: string): Reading | null {
  const gloss = GLOSS_END.exec(half.slice(Math.max(0, n.index - 20), n.index))?.[1];
  if (!gloss) return null;
  const whole = termBefore(gloss, unit, lex);
  if (!whole || whole.at !== 0 || whole.term.term.length !== gloss.length) return null;
  const named = masked.slice(0, Math.max(half.lastIndexOf('（', n.index), half.lastIndexOf('(', n.index)));
  const sep = Math.max(named.lastIndexOf('，'), named.lastIndexOf(','), named.lastIndexOf('、')) + 1;
  const kind = named.slice(sep).replace(HIRED_FROM, '');
  if (FILTERED.test(kind) || OWNER.test(kind)) return null;
  let cut = sep;
  for (const m of matchesOf(GLOSSED_FROM, named)) cut = Math.max(cut, m.index! + m[0].length);
  return readOwner(named.slice(0, cut) + gloss, masked, n, unit, lex, subset, st, lead);
}
/** Schools some level runs itself (区属学校). */
const SOME_RUN = /(?:区属|县属|市属|区直|县直|市直|省属)(?:公办)?(?:中职|中等职业)?(?:学校|院校)/;
/** A clause saying whom money went to: 「，支持区属学校…」. */
const FOR_WHOM = /^\s*(?:主要|重点|专门|专项)?(?:用于|支持|扶持|资助)/;
/** 「家长、用人单位的满意度」: the 的 before the ending listed names share. */
const SHARED_ENDING_OF = /的(?=[^、和及与的]{1,8}$)/;
/**
 * What each figure after 分别 stands for, in order: the years the sentence lists (one name before 分别), the
 * names listed before 分别 (「实习专项经费和实习责任保险经费分别为」, 「课堂育人、课外育人满意度分别为」), or the
 * figures just read in the sentence, again (「上年分别为」). Null when the counts do not agree: no guessing.
 */
function readRespectively(
  masked: string,
  at: number,
  nums: NumberMatch[],
  sentence: string,
  base: number | null,
  st: SentenceState,
  lex: Lexicon,
  justRead: Candidate[] = [],
): Map<NumberMatch, { id: string; year: number }> | null {
  // (「上年三次产业分别为181人、3578人、3780人（合计7539人）」: a sum in brackets after the list is none of its figures)
  const after = nums.filter((n) => n.index > at && !SUM_IN_BRACKET.test(masked.slice(Math.max(at, n.index - 6), n.index)));
  // (「上年分别为162.8万元和」 and the line's end: one figure is no list to share out, whatever the names before it)
  if (after.length < 2) return null;
  const unit = after[0]!.ratio ? ':' : after[0]!.unit;
  // (「分别面向第一、第二、第三产业就业6人、906人、1900人」: the names listed after 分别, before the figures)
  const word = /^(?:分别|依次)/.exec(masked.slice(at));
  const span = word ? masked.slice(at + word[0].length, after[0]!.index) : '';
  const head = (span.includes('、') && !/[，,；;]/.test(span) ? masked.slice(0, at) + span : masked.slice(0, at)).replace(/ {2,}/g, ' ');
  const out = new Map<NumberMatch, { id: string; year: number }>();
  const years = listedYears(sentence, base);
  // (「全市中职在校生2022年、2023年分别为26975人、27852人」: the years listed after the name, before 分别)
  const one = termBefore(years.length > 1 ? head.replace(YEARS_LISTED_LAST, '') : head, unit, lex);
  if (one && years.length === after.length && !/[、和及与]/.test(head.slice(one.at - 1, one.at))) {
    after.forEach((n, i) => out.set(n, { id: one.id, year: years[i]! }));
    return out;
  }
  // 「毕业去向落实率98.07%，比上年提高0.28个百分点，近三年分别为97.46%、97.79%和98.07%」「毕业生4826人，2023届、2024届分别为4487人和
  // 4651人」: no name in the clause, the years listed restate the figure just read: the span ends on its year with that very
  // figure, or lies wholly before the years read
  const read = justRead[0];
  if (!one && read && years.length === after.length && years.length > 1 && !termBefore(masked, unit, lex) && after.every((n) => n.unit === after[0]!.unit && !n.approximate) && convertUnit(1, unit, read.unit) !== null) {
    const end = years[years.length - 1]!;
    const last = convertUnit(after[after.length - 1]!.value, unit, read.unit);
    if (justRead.some((c) => c.year === end && c.value === last) || justRead.every((c) => end < c.year)) {
      after.forEach((n, i) => out.set(n, { id: read.id, year: years[i]! }));
      return out;
    }
  }
  // 「2022年、2023年、2024年分别录取新生4705人、4918人、5106人」: the name after 分别, one figure a year listed, the figures a
  // list of their own
  if (years.length === after.length && years.length > 1 && after.every((n, i) => i === 0 || /^\s*[、，,和及与]\s*$/.test(masked.slice(after[i - 1]!.end, n.index)))) {
    const named = termBefore(masked.slice(0, after[0]!.index), unit, lex);
    if (named && named.at > at) {
      after.forEach((n, i) => out.set(n, { id: named.id, year: years[i]! }));
      return out;
    }
  }
  if (base === null) return null;
  // a list of names: split at 、和及与 after the last figure or clause start
  // (「家长、用人单位的满意度」: the ending they share, after 的, is the last name's)
  const tail = head.slice(Math.max(0, head.search(/[0-9][^0-9]*$/) + 1)).replace(SHARED_ENDING_OF, '');
  // (a bracket masked inside a name, 「公共基础课（不含思想政治课）教学满意度」, leaves the name's two halves)
  const names = ordinalsSpelledOut(tail.split(/[、和及与]/).map((x) => x.replace(/\s+/g, '')).filter(Boolean));
  // (「行业导师、大国工匠和劳动模范分别为1,862人、64人」: names one indicator counts together take one figure)
  if (names.length >= after.length && names.length > 1) {
    const last = names[names.length - 1]!;
    const lastTerm = termBefore(last, unit, lex);
    const ids: string[] = [];
    for (const name of names) {
      let t = termBefore(name, unit, lex);
      // 「课堂育人、课外育人满意度」「思想政治课、公共基础课、专业课教学满意度」: an earlier name shares the last one's
      // ending, the longest that makes it a whole name
      if (!t && lastTerm) {
        const own = last.slice(lastTerm.at);
        for (let k = 1; !t && k < own.length - 1; k++) {
          const whole = name + own.slice(k);
          const named = termBefore(whole, unit, lex);
          // the name found must end the text (but for what may stand before a figure: 就业人数) and begin inside the
          // earlier name
          if (named && named.at < name.length && named.at + named.term.term.length >= bridgeStart(whole)) t = named;
        }
      }
      if (!t) return null;
      ids.push(t.id);
    }
    const listed = ids.filter((id, i) => i === 0 || id !== ids[i - 1]);
    if (listed.length !== after.length || new Set(listed).size !== listed.length) return null;
    // (「上年国家规划教材、校企合作编写教材和新形态教材分别为29本、102本和64本」: the names' figures for last year; 「在校生满意度和
    // 用人单位满意度分别比上年的94.6%和93.9%有所提高」: the figures compared with, last year's too)
    const year = (LAST_YEAR.test(head.slice(0, 8)) && !statedYear(head)) || COMPARED_WITH_LAST_YEAR.test(masked.slice(at, after[0]!.index)) ? base - 1 : base;
    after.forEach((n, i) => out.set(n, { id: listed[i]!, year }));
    return out;
  }
  // 「上年分别为…」: the run of figures just read, restated for another year
  // (「…就业1392人，其中面向第一产业9人、…第二产业486人、…第三产业897人，2023年分别为12人、512人、894人」: or its parts
  // after the whole they break down)
  // (「额定编制数468人，上年455人；教职工总数486人，其中专任教师424人，而2023年分别为461人和399人」: or the figures of its own
  // ；-segment)
  const segment = st.runMark ? st.run.slice(st.runMark) : st.run;
  // (「直接就业的815名毕业生中，面向第一产业…4人，…第二产业…236人，…第三产业…575人；上年分别为5人、251人和576人」: the parts the
  // catalog puts under the first figure read, after it, when the list of their whole is over)
  const partsOfFirst = st.run.length === after.length + 1 && st.run.slice(1).every((id) => indicatorById(id)!.parents.includes(st.run[0]!));
  // (「全州共有中等职业学校27所，比上年的28所减少1所，其中公办22所、民办5所，上年分别为23所和5所」: the parts read after their
  // whole, however many figures of the whole came before them)
  const partsRead = st.whole && st.parts === after.length && st.run.length > after.length && st.run.slice(-after.length).every((id) => PART_OF.some(([p, w]) => p === id && w === st.whole!.id)) ? st.run.slice(-after.length) : null;
  const run = (st.run.length === after.length + 1 && st.whole && st.run[0] === st.whole.id && st.parts === after.length) || partsOfFirst ? st.run.slice(1) : st.run.length !== after.length && segment.length === after.length ? segment : st.run.length !== after.length && partsRead ? partsRead : st.run;
  if (run.length === after.length) {
    const year = LAST_YEAR.test(head) && !statedYear(head) ? base - 1 : base;
    after.forEach((n, i) => out.set(n, { id: run[i]!, year }));
    return out;
  }
  return null;
}

const SUM_IN_BRACKET = /[（(]\s*(?:合计|总计|共计|共)\s*(?:为|是)?\s*$/;
/** Between 分别 and the figures: 「比上年的」「较2023年」, the figures being the year's compared with. */
const COMPARED_WITH_LAST_YEAR = /^(?:分别|依次)\s*(?:比|较|与)\s*(?:上一?学?年度?|去年|上一?届)(?:同期)?\s*的?\s*$/;
/**
 * 「面向第一、二、三产业就业的」: ordinals listed bare after the first, each taking the first's start and the last's
 * ending (面向第一产业就业, 面向第二产业就业, 面向第三产业就业); other lists as they are.
 */
function ordinalsSpelledOut(names: string[]): string[] {
  const first = /^(.*第)([一二三四五六七八九])$/.exec(names[0] ?? '');
  const last = /^第?([一二三四五六七八九])(.+?)的?$/.exec(names[names.length - 1] ?? '');
  if (!first || !last || names.length < 2 || !names.slice(1, -1).every((n) => /^第?[一二三四五六七八九]$/.test(n))) return names;
  return names.map((n, i) => first[1] + (i === 0 ? first[2] : i === names.length - 1 ? last[1] : n.replace('第', '')) + last[2]);
}

/**
 * 「学生对思想政治课教学的满意度为97.6%」「家长对学校办学的满意率达到98.3%」「学生总体满意度为95.12%」: who was
 * asked, and about what. A course or teaching names its own indicator; otherwise the one asked does.
 */
const SATISFACTION = /([\u4e00-\u9fa5]{2,12}?)(?:对([^，,。；;对]{0,24}?))?的?(?:总体|整体|综合)?满意(度|率)[^，,。；;0-9]{0,4}$/;
/** What those asked were asked about as a whole: the school, its teaching and training, the graduates it sent them. */
// (「家长对教育工作满意度」 with no kind of school named: every level's education, as a province's survey of all schools asks)
const WHOLE_OBJECT = /^(?:(?:全|我|本)[市省县区州盟旗]|全自治区|本地)?(?:(?:中职|高职|中等职业|高等职业|职业|应届)?(?:本校|我校|所在学校|母校|学校|院校|办学|学校办学|办学质量|学校办学质量|学校教育|学校工作|学校整体|整体|总体|学校总体|职业教育工作|人才培养|人才培养质量|培养质量|毕业生|学生|毕业生质量|毕业生工作表现|毕业生(?:总体|综合)?表现)|(?:中职|高职|中等职业|高等职业|职业)(?:教育|教育工作))$/;
function readSatisfaction(before: string, lex: Lexicon): Reading | null {
  // 「46所学校在校生满意度的均值为92.9%」: a statistic over schools
  if (STATISTIC.test(before)) return null;
  const m = SATISFACTION.exec(before.replace(/\s+/g, ''));
  if (!m) return null;
  // 「排名靠后的学校在校生满意度」: schools a relative clause picks out
  const picked = /^(.*)的(?:中职|高职)?(?:学校|院校)/.exec(m[1]!)?.[1];
  if (picked && !SCOPE_ONLY.test(picked)) return null;
  const who = m[1]!.replace(/的/g, '');
  const what = (m[2] ?? '').replace(/的/g, '');
  // the ones surveyed about some majors or some schools (被调查企业对护理、幼儿保育专业毕业生): a part, not the whole
  // (「用人单位对毕业生“职业素养”维度的满意度」: one dimension of what was asked, not the whole)
  if (/被|调查|抽查|受访|样本|专业(?!课)|类|公办|民办/.test(who) || OWNER.test(who) || FILTERED.test(who) || /、|专业(?!课)|维度|方面/.test(what) || namesSchool(what)) return null;
  // (「在校生对实习实训条件的满意度为89.7%」: one aspect of the school asked about, not the whole of it)
  if (what && !/课|教学|育人/.test(what) && !WHOLE_OBJECT.test(what)) return null;
  const name = /课|教学|育人/.test(what) ? what : who;
  const t = termBefore(name + '满意度', '%', lex);
  return t && t.at + t.term.term.length === name.length + 3 ? { id: t.id, how: 'before' } : null;
}

/**
 * Once a clause names a school or a sub-region, it and the rest of the sentence are about that place (a county's
 * only school is the county); 另有… starts what the count leaves out; 「在全市抽取的8所样本学校中」 makes the rest
 * about those schools. A comparison with a wider region narrows nothing beyond itself.
 */
/** 「，为平遥县职业教育中心、平遥县理工中等专业学校，」: a clause that only names the schools the count before it counted. */
const NAMES_THOSE_COUNTED = /^\s*(?:即|为|分别为|分别是)\s*[^，,；;。0-9０-９]{2,}?(?:学校|中心|中专|职专|学院)(?:[、和及与][^，,；;。0-9０-９]{2,}?(?:学校|中心|中专|职专|学院))*\s*$/;

function narrows(half: string, masked: string, scope: Scope, onlySchool: boolean, lex: Lexicon, contest: boolean): boolean {
  if (COMPARED_WIDER.test(masked) || NAMES_THOSE_COUNTED.test(masked)) return false;
  // (「升学的毕业生中，…，另有214名毕业生通过…升入本科院校」: another part of the same people, not others)
  // (「另有体育课专任教师96人」「另有专职辅导员14人」: more of the report's own figures, each by its catalog name)
  if (LEAVES_OUT.test(masked) && !ANOTHER_OF_THEM.test(masked) && !namesMoreOfOurs(masked, lex)) return true;
  // 「大庆油田技能人才培训中心全年开展职工培训42.6万学时」: a company or another body speaks of itself
  if (ORG_OPENS.test(masked) || CONSORTIUM_OPENS.test(masked)) return true;
  // 「这个班的45名学生全部被企业录用」「该校毕业生…」: one class, school or company pointed back to
  // (「临夏籍中职毕业生318人」: the students from one place are some of them)
  if (THIS_ONE.test(masked) || FROM_PLACE.test(masked)) return true;
  // 「一位是模具专业带头人陈卫平老师，他和本地橡胶企业合作攻关…」: a clause opening on he or she speaks of one person
  if (ONE_PERSON.test(masked)) return true;
  // 「两校全日制在校生合计28640人」「上述三所学校」: the few just named, pointed back to, unless they are all the region has
  // (「本报告仅统计上述3所中职学校」: or the schools the report counts)
  const pointed = scope.schoolCounts && !REPORT_COUNTS.test(masked) ? THESE_FEW.exec(masked) : null;
  const told = pointed ? (pointed[1] ?? pointed[2]!) : '';
  if (pointed && !scope.schoolCounts!.includes((/\d/.test(told) ? Number(told) : parseChineseNumeral(told)) ?? NaN)) return true;
  // 「“五菱班”2024届毕业生52人」「汽车运用与维修专业对口就业率为92.3%」: one named class's figure, or one named major's
  // (NAMED_MAJOR backtracks over every run of Han characters: asked only where its ending stands)
  if (NAMED_CLASS.test(half) || (masked.includes('专业对口就业率') && NAMED_MAJOR.test(masked)) || FIRST_COHORT.test(masked)) return true;
  // 「“我们学校去年有3本教材入选…”」: someone quoted speaking of their school (a school's own report, or a county's only
  // school, says 我校 of the report's subject, outside quotation marks)
  if (!scope.school && OUR_SCHOOL.test(half)) return true;
  // (「我校专任教师158人」 in a county's report its group's leader writes: the writer's own school, one of the county's, unless
  // it is the county's only one)
  if (!scope.school && !scope.ownSchool && OUR_SCHOOL_SAID.test(masked)) return true;
  // 「个别学校家长满意度达到98.0%」: some schools' figure, however many (「部分学校开展技术服务，到款额…」 is all there is)
  if (FEW_SCHOOLS.test(masked) && hasFigure(half)) return true;
  // 「护理、计算机应用两个专业布点合计34个」: a figure of the few named (「酿酒食品、…、信息技术四个专业群」 counts them, all
  // there are; 「机电、计算机等48个专业」 names some of all it counts)
  const few = masked.includes('、') ? NAMED_FEW.exec(masked) : null;
  if (few && hasFigure(half.slice(few.index + few[0].length))) return true;
  // 「一年级学生满意度为94.62%」: one grade's rate is some of the students'
  if (masked.includes('年级') && GRADE_RATE.test(masked)) return true;
  // 「蒙古语授课在校生2146人」「全市5所蒙古语授课中职学校共有…」: the students, classes or schools taught in one language are
  // some of them
  if (masked.includes('语') && TAUGHT_IN.test(masked)) return true;
  // 「当年“9+3”毕业生3610人」「当年赴津学生毕业62人」: the students a programme sends to schools in other provinces, or who went
  // to study there, are none of the region's own schools'
  // (every form holds 3, 赴 or 就读)
  if ((half.includes('3') || half.includes('＋') || half.includes('赴') || half.includes('就读')) && STUDYING_AWAY.test(half)) return true;
  // 「通过职教高考升入江西旅游商贸职业学院等高职院校」: schools the students went on to are no subject
  const went = masked.includes('升入') || masked.includes('考入') || masked.includes('考上') || masked.includes('就读于') ? masked.replace(DESTINATION, '') : masked;
  // 「主要来自县工业园区电子企业」「从开发区企业聘请行业导师32人」: where the people came from is no subject either
  const came0 = went.includes('来自') || went.includes('聘') ? went.replace(ORIGIN, '') : went;
  // 「通过四川省普通高校对口招生考试、高职单独招生等途径升学268人」: the exam or route taken names who runs it, not
  // whose figure it is
  const came1 = came0.includes('通过') || came0.includes('经') ? came0.replace(MEANS_TAKEN, ' ') : came0;
  // 「与鞍钢集团、鞍山经济开发区等共建…」: partners named are no subject; 「市、县两级…部门核定」: levels of government, the
  // whole region's
  const came2 = came1.includes('与') ? came1.replace(PARTNERS, ' ') : came1;
  const came = came2.includes('级') ? came2.replace(LEVELS_OF_GOVERNMENT, ' ') : came2;
  // 「按照…山东省中等职业学校课程标准修订…」: a rule the clause follows names who wrote it, not whom the clause is about
  const ruled = FOLLOWS.test(came) ? came.replace(FOLLOWED_RULE, '') : came;
  // 「全市中职学校主动对接邳州经济开发区和各镇工业园区的用工需求」: what a clause with no figure serves is no subject
  // (only when the clause's subject is the region's schools: 「某学校：对接某新区…」 is that school's)
  // (「全区中职学校面向移民安置区、乡村振兴重点帮扶县开展非学历培训项目428项」: with a figure, whom the schools serve before
  // the verb of what they did for them)
  const served = SERVES.test(ruled) && WHOLE_SUBJECT.test(ruled) ? (!hasFigure(half) ? ruled.replace(SERVED, '') : ruled.replace(SERVED_BEFORE_DOING, ' ')) : ruled;
  // 「直接就业学生以县内和宜昌市内为主」: a place named with 内 or 外 in a clause with no figure says where people went, not
  // whose figures follow
  const placed = !hasFigure(half) && WITHIN_PLACE.test(served) ? served.replace(WITHIN_PLACE, (m) => ' '.repeat(m.length)) : served;
  // 「公办2所：凤凰县职业中等专业学校、凤凰县民族艺术中等职业学校」: the schools a count lists after its colon are those it counts
  const counted = placed.includes('所') ? placed.replace(COUNT_THEN_NAMES, (m, head: string) => head.padEnd(m.length)) : placed;
  // 「在…技能大赛中，我市…团体总分位居全省第五」 in a city's report: the region's team ranked within a wider whole's contest is
  // still the region (ranked within its own whole, 「居全市首位」, it is one of its parts: see RANKED_WITHIN; outside a contest,
  // a rank among the wider whole's places, 「在校生规模居全省第6位，合肥…」, goes on to the others)
  const subject = contest && scope.wider && counted.includes('全') ? counted.replace(RANKED_IN_WHOLE, (m, whole: string) => (scope.wider!.test(whole) ? ' '.repeat(m.length) : m)) : counted;
  // a county's only school is the county: its names are no single school's here
  if ((!onlySchool && namesSchool(scope.ownSchool ? subject.replace(scope.ownSchool, '') : subject)) || namesSubRegion(subject, scope)) return true;
  return (half.includes('所') || half.includes('名')) && ((SOME_SCHOOLS.test(half) && FILTERED.test(half)) || someOfThem(half, lex, scope));
}
/** A rank within a whole: 「位居全省第五」「居全国前列」「全区首位」. */
const RANKED_IN_WHOLE = new RegExp(`(?:位居|居于?|位列|排名|排在|列)?\\s*(全国|全省|全自治区|全区|全市|全州|全盟)(?:同类(?:城市|地区|地市|县区))?\\s*${RANK_PLACE}(?:位|名)?`, 'g');
const STUDYING_AWAY = /9\s*[+＋]\s*3|赴[\u4e00-\u9fa5]{1,3}(?:就读|学习|求学)?的?(?:学生|新生|毕业生)|异地就读|外出就读|在外省就读/;
/** A Markdown list item's bullet (a page's own marks, 「◆」「●」, open boxes and headings as often as lists). */
const BULLET = /^\s*[-*+]\s+/;
const TAUGHT_IN = /(?:蒙古语|蒙语|藏语|维吾尔语|维语|哈萨克语|朝鲜语|彝语|壮语|柯尔克孜语|民族语言?|少数民族语言|双语)\s*(?:授课|教学)(?:学校|班|教学班|中职|在校生|学生|毕业生|专任教师|教师)?/;
const COUNT_THEN_NAMES = /((?:[0-9]+|[一二两三四五六七八九十]+)\s*所\s*[：:])[^；;。，,：:]*/g;
const WITHIN_PLACE = /[\u4e00-\u9fa5]{2,6}?[市州县区](?:内|外|以外|境内|域内|区域内)(?=[和与及、，,为就的]|$)/g;
/**
 * 「团队12名教师中」: some of the people; but 「直接就业的708名毕业生中」 are all of those an indicator counts, and
 * what the sentence goes on to say breaks them down.
 */
function someOfThem(half: string, lex: Lexicon, scope: Scope): boolean {
  const m = SOME_OF_THEM.exec(half);
  if (!m) return false;
  // (「区属中职学校1,126名毕业生中」 in a district's report on the schools it runs: its own schools are all of them)
  // (the count said in figures or in words: 「在七百四十二名专任教师中」)
  const said = half.slice(0, m.index).replace(/(?:[\d,.]+|[〇零一二两三四五六七八九十百千万]+)$/, '').replace(/^\s*在/, '');
  const lead = scope.ownRun ? said.replace(scope.ownRun, '') : said;
  // 「全县1,820名毕业生中」「教职工…，其中20,917名专任教师中」: all of them
  if (SCOPE_ONLY.test(lead) || /^\s*其中\s*$/.test(lead)) return false;
  // 「全市中职学校1,126名毕业生中」: the region's schools, by the name that counts them all, are all of them too
  const schools = termBefore(lead.replace(/的?\s*$/, ''), '所', lex);
  if (schools && schools.term.ids.includes('school_count') && SCOPE_ONLY.test(lead.slice(0, schools.at))) return false;
  // 「在直接就业和自主创业的22,407名毕业生中」: all who went one way, broken down next
  if (WENT_ONE_WAY.test(lead)) return false;
  const named = /^(.*)的\s*$/.exec(lead)?.[1];
  if (!named) return true;
  const t = termBefore(named, '人', lex);
  return !(t && t.term.kind !== 'noun' && t.at + t.term.term.length === named.length);
}
/** Those who went one way, before 的 and their number: 「在直接就业和自主创业的」. */
const WENT_ONE_WAY = /(?:直接就业|自主创业|升学|落实(?:毕业)?去向)[^，,；;。]{0,8}的\s*$/;
/**
 * 「经协作渠道到广东就业的有135人」: a count of those a relative clause picks out (…的有N人), some of a whole however the
 * clause picks them.
 */
const THOSE_WHO_COUNT = /[\u4e00-\u9fa5]的(?:有|共有|达|计)\s*(?:约|近)?\s*[0-9][0-9,.]*\s*(?:万)?\s*(?:余|多)?\s*(?:人|名)/;
/** 「新建成的3所学校…，其在校生合计2,860人」「…到广东就业的有135人，其平均月收入为4650元」: 其 refers back to a filtered set named before it. */
function pronounOfSome(clauses: string[], i: number): boolean {
  if (!/^\s*其(?![中余他])/.test(clauses[i]!)) return false;
  for (let j = 0; j < i; j++) if (FILTERED.test(clauses[j]!) || OWNER.test(clauses[j]!) || THOSE_WHO_COUNT.test(clauses[j]!)) return true;
  return false;
}
// (「各校与浙江中国小商品城集团…共建」: a company after 与 is a partner, not the subject)
// (「全省组建职业教育集团9个」: a group of schools the region formed is no company, nor the subject of what follows)
const ORG_OPENS = /^\s*(?:20\d\d年[，,]?\s*)?(?!面向|向|与|同|和|为|对|在|从|联合|携手|依托|对接|服务|深入|走进|引进|全|我|本|各|组建|建成|成立|牵头)(?:(?![与和同])[\u4e00-\u9fa5]){2,16}?(?:(?<!职业教育|职教)集团|公司|油田|医院|培训中心|研究院|研究所|协会|商会|银行)(?:有限公司)?(?![\u4e00-\u9fa5]{0,3}(?:合作|共建|联合|等))/;
/** 「装备制造联合体围绕…」: a named 联合体/共同体 as the subject (not 全市组建…联合体, which the region did). */
const CONSORTIUM_OPENS = /^\s*(?:20\d\d年[，,]?\s*)?(?!面向|向|与|同|和|为|对|在|从|联合|携手|依托|对接|服务|深入|走进|引进|全|我|本|各|共|组建|建成|成立|牵头)[\u4e00-\u9fa5]{2,10}?(?:联合体|共同体)(?![\u4e00-\u9fa5]{0,3}(?:合作|共建|联合|等))/;
// (「紧紧围绕…岳阳市重点产业链的用工需求调整优化专业结构」: what a clause is aligned to likewise)
const SERVES = /对接|服务于?|助力|支撑|支持|面向|围绕|紧扣|聚焦|紧贴|适应|契合|瞄准/;
const WHOLE_SUBJECT = /^\s*(?:20\d\d年[，,]?\s*)?(?:全[市县省区州盟旗]|我[市县省区州盟旗]|各(?:中职|高职)?(?:学校|院校)|区域内)/;
/** What a clause serves: 「对接…的用工需求」「服务…产业发展」, to the clause's end. */
const SERVED = new RegExp(`(?:${SERVES.source})[^，,；;。]*`, 'g');
/** A qualifier ending the text, from where whom the schools served (SERVED_BEFORE_DOING) ends on. */
function unserved(q: string, text: string): string {
  let end = -1;
  for (const m of matchesOf(SERVED_BEFORE_DOING, text)) end = m.index! + m[0].length;
  const start = text.endsWith(q) ? text.length - q.length : -1;
  return end > start && start >= 0 ? q.slice(Math.min(q.length, end - start)) : q;
}
/** Whom the region's schools serve, up to what they did for them: 「面向移民安置区、乡村振兴重点帮扶县」开展…. */
const SERVED_BEFORE_DOING = /(?:面向|服务于?)[^，,；;。0-9]{1,30}?(?=开展|提供|举办|组织|实施)/g;
const PARTNERS = /与[^，,；;。与]{2,40}?(?=共建|合作|联合|共同|携手|签订|签署)/g;
const LEVELS_OF_GOVERNMENT = /[省市县区乡镇](?:、?[市县区乡镇]){1,3}[两三四]级/g;
const DESTINATION = /(?:升入|考入|考上|就读于)[^，,；;。]*/g;
/** A rule or document a clause follows (按照…标准): it names its author, not the clause's subject. */
const FOLLOWS = /按照|依据|根据|对照|执行|落实|贯彻|参照/;
const FOLLOWED_RULE = /(?:按照|依据|根据|对照|执行|落实|贯彻|参照)[^，,；;。]*(?:标准|规范|办法|意见|方案|条例|要求|通知|文件|政策|规定|纲要)/g;
/** Where people came from: 「主要来自…企业」「从开发区企业聘请」. */
const ORIGIN = /来自[^，,；;。]*|(?:从|面向|向)[^，,；;。从]{1,30}?(?=聘请|聘用|聘任|选聘)/g;
/**
 * What a breakdown (按举办者分, 按招生渠道分) breaks down: a scale's whole (学校, 在校生, 招生) or a whole the catalog
 * names parts of (毕业生, 专任教师); the parts themselves (公办学校, 面向第一产业) are read after it.
 */
const BROKEN_DOWN = new Set([
  ...INDICATORS.filter((e) => e.group === 'scale' && !e.within.length).map((e) => e.id),
  ...PART_OF.map(([, whole]) => whole).filter((w) => !PART_OF.some(([part]) => part === w)),
]);
const BREAKDOWN = /^\s*(?:按|按照)[\u4e00-\u9fa5“”]{1,10}(?:分|划分|区分|细分)\s*$/;
/** 「另有214名毕业生…」: more of the report's own people, not another population left out. */
const ANOTHER_OF_THEM = /^\s*另有\s*[0-9][0-9,.]*\s*万?\s*名\s*(?:毕业生|学生|中职学生|在校生)(?!中)/;
const LEAVES_OUT = /^\s*(?:全[市县省区州盟旗]|我[市县省区])?\s*(?:另有|此外还有|不含)/;
const MORE_OPENS = /^\s*(?:全[市县省区州盟旗]|我[市县省区])?\s*(?:另有|此外还有)\s*/;
/**
 * 「另有体育课专任教师96人」: 另有 right before a catalog name and its figure adds one more of the report's figures; the
 * schools it adds (另有技工学校9所) are another kind's, and a name the catalog lacks (另有成人学历教育学员836人) is no one's.
 */
function namesMoreOfOurs(masked: string, lex: Lexicon): boolean {
  const open = MORE_OPENS.exec(masked);
  if (!open) return false;
  const rest = masked.slice(open[0].length);
  const list = lex.byFirst.get(rest.charCodeAt(0));
  const t = list?.find((t) => t.kind !== 'share' && rest.startsWith(t.term) && /^\s*(?:约|近)?\s*[0-9]/.test(rest.slice(t.term.length)));
  return !!t && !t.ids.some((id) => id.startsWith('school_count')) && !OTHER_POPULATION.test(t.term);
}

interface Reading {
  id: string;
  how: 'before' | 'after' | 'noun' | 'share' | 'restated' | 'oneLevel';
  /** A word that states a whole (共有, 总数, 合计) qualifies the name. */
  total?: boolean;
}

/** A rate of those placed somewhere: 「…就业的比例」「…就业率」. */
const PLACED_IN_RATE = /就业(?:的)?(?:比例|比率|比重|率)/;
/** The region's own name before 就业 as the lexicon's 本地, kept at the same length (figures keep their places). */
function localWord(m: string, ...args: unknown[]): string {
  const { lead, name, local, one } = args[args.length - 1] as Partial<Record<'lead' | 'name' | 'local' | 'one', string>>;
  // 「留蚌就业」 as 「本地就业」
  if (one) return '本地';
  if (lead === undefined || name === undefined) return m;
  if (local && local !== '内') return lead + FILLER.repeat(name.length) + local;
  // 「在大理州内就业」 as 「在本地就业」: the name and 内 give way to 本地
  return lead + '本地' + FILLER.repeat(name.length + (local ? 1 : 0) - 2);
}
function provinceWord(m: string): string {
  // (kept at the same length: 「在重庆市内」 as 「在本省」, 「在津」 as 「本省」)
  const word = m.length >= 3 && m.startsWith('在') ? '在本省' : '本省';
  return word + FILLER.repeat(m.length - word.length);
}
/** What stands in for characters taken out of a clause without moving its figures: dropped when names are read. */
const FILLER = '\u2060';

/** 了 where the verb before it and the words after it make a catalog name (参加了…测试, 获得了…证书), as the filler. */
function withoutAspect(text: string, lex: Lexicon): string {
  let out = text;
  for (let i = text.indexOf('了', 1); i > 0; i = text.indexOf('了', i + 1)) {
    const after = text.slice(i + 1, i + 24);
    for (const back of [2, 1]) {
      if (i < back) continue;
      const verb = text.slice(i - back, i);
      const joined = verb + after;
      if (lex.byFirst.get(joined.charCodeAt(0))?.some((t) => t.term.length > back + 1 && t.kind !== 'share' && joined.startsWith(t.term))) {
        out = out.slice(0, i) + FILLER + out.slice(i + 1);
        break;
      }
    }
  }
  return out;
}
/** A figure and its unit, then only a 、 or a comma, ending the text before a figure. */
const SEPARATORS = new Set(['、', '，', ',']);
/** Words of totalling between a figure and the one before it: 「，累计1.86万学时」「、共12.6万学时」 (never a year's: 「，上年为…」). */
// (「企业向学校提供校内实践教学设备，价值3420万元」: what the things named before are worth, likewise)
const TOTALLING_WORDS = ['全年累计', '全年共计', '全年合计', '累计', '共计', '合计', '总计', '一共', '共', '价值'];
/** The text before a figure without the totalling word and the spaces that end it. */
function withoutTotalling(before: string): string {
  const t = before.trimEnd();
  const w = TOTALLING_WORDS.find((x) => t.endsWith(x));
  return w ? t.slice(0, -w.length).trimEnd() : t;
}
const FIGURE_THEN_SEPARATOR = /(?:约|近)?[0-9][0-9,.]*\s*(?:万|亿)?\s*(人次|人日|人|项|个|学时|课时|万元|元|门|本|所|%)\s*[、，,]\s*$/;
const SHORT_TITLE = /《([^《》]{2,16})》/g;

/** Who owns a figure by its words: the name before it, the name after it, or the figure just read. */
/** A card line's name, the whole text before its colon: 「专业：」. */
const CARD_NAME = /^[\s\u3000]*([\u4e00-\u9fa5“”（）()]{2,24}?)\s*[:：]\s*$/;
function readOwner(
  before: string,
  masked: string,
  n: NumberMatch,
  unit: string,
  lex: Lexicon,
  subset: RegExp,
  st: SentenceState,
  lead: string,
): Reading | null {
  // 「全市中职学校有7个专业被评为…」: a counted figure followed by a noun counts that noun, not the name before
  const next = masked.slice(n.end, n.end + 6);
  const countsAnother = MEASURE.has(n.unit) && !FIGURE_END.test(next) && (NOUN_AFTER.test(next) || termAt(next, lex)) && !(TAKES_PART.test(next) && HIRED.test(before));
  const named = countsAnother ? null : (termBefore(before, unit, lex, st.seen, st.clauseBefore, st.heard) ?? kindsListed(before, unit, lex, st.whole?.id));
  // 「全县中等职业学校共有312个教学班」: a count in 个 with a noun right after it counts that noun, never the schools (所) or
  // the people (人) named before it
  const found = named && n.unit === '个' && /^[\u4e00-\u9fa5]{2}/.test(next) && !FIGURE_END.test(next) && COUNTED_OTHERWISE.has(indicatorById(named.id)?.unit ?? '') ? null : named;
  if (!found && MEASURE.has(n.unit)) {
    const after = masked.slice(n.end, n.end + 40).replaceAll(FILLER, '');
    const opening = CLAUSE_OPEN.test(before);
    // (「与上年的151个专业布点相比」: an earlier year's figure, named after it, set beside this year's)
    const framed = COMPARED_YEAR_BEFORE.test(before);
    const f = termAfter(after, unit, lex, opening || framed);
    // a plain noun after its figure is the whole only where the clause says so: 「共有4,312名学生」「开设…等42个专业」;
    // a name, where it ends the clause or a verb of having stands before it (「10所中职学校与…开展」 is a subject)
    const ends = f && CLAUSE_ENDS.test(after.slice(f.at + f.term.term.length));
    // 「3512名教职工中，…」「13605名2024届毕业生中」: a figure opening its clause counts the whole it names
    const opens = f && opening && (f.term.kind !== 'noun' || /^\s*中/.test(after.slice(f.at + f.term.term.length)));
    // 「共有5所中职学校被评为…」: what follows the name makes them some of the schools
    // (「共有3.6万名在校生、9,200余名毕业生…参与」: those listed took part in something, they are not all there are)
    // (「23名大国工匠、劳动模范被聘为兼职教师」: being hired is what an indicator of those hired counts them for)
    const hiredSo = f && /^\s*被(?:选聘|聘)/.test(after.slice(f.at + f.term.term.length)) && indicatorById(f.id)!.nameZh.includes('聘');
    // (「两所民办中职学校办学条件整改不到位，依法终止办学」: those the clause goes on to find wanting, or to close, are some of them)
    const acted = f && !hiredSo && (ACTED_ON.test(after.slice(f.at + f.term.term.length)) || TOOK_PART_END.test(masked) || FOUND_WANTING.test(after.slice(f.at + f.term.term.length)));
    // 「学校还聘请了4名大国工匠、劳动模范到校兼课」: those a verb of hiring counts, whatever they were hired to do
    const hired = f && f.term.kind !== 'noun' && /(?:聘请|聘用|聘任|外聘)了?\s*$/.test(before);
    const compared = framed && f && f.term.kind !== 'noun' && COMPARED_AFTER_NAME.test(after.slice(f.at + f.term.term.length));
    if (f && !acted && (OFFERS.test(before) || (f.term.kind !== 'noun' && ends) || opens || hired || hiredSo || compared)) {
      // the qualifier of a figure-first noun stands before the figure: 「参加评估的有12所学校」
      const q = qualifierOf(before, before.length);
      if (FILTERED.test(q) || OWNER.test(q) || OTHER_POPULATION.test(q) || OTHER_POPULATION.test(after.slice(0, 8))) return null;
      // 「直接就业的708名毕业生」: those an indicator named before 的 counts, not the noun's whole; 「留在…的」 some
      const rel = /^(.*?)的\s*$/.exec(q)?.[1];
      if (rel && !SCOPE_ONLY.test(rel)) {
        const t = termBefore(rel, unit, lex);
        if (t && t.term.kind !== 'noun' && t.at + t.term.term.length === rel.length) return { id: t.id, how: 'before' };
        if (DOING.test(rel)) return null;
      }
      if (!subsetOk(f.term, before.slice(-8) + f.term.term, subset, st)) return null;
      return { id: f.id, how: f.term.kind === 'noun' ? 'noun' : 'after', total: TOTAL_MARK.test(q) };
    }
    // 「有3本教材入选“十四五”职业教育国家规划教材」: the count of those chosen is the list's own indicator
    const tail = masked.slice(n.end, n.end + 48);
    const chosen = /入选|获评|评为|认定|获批/.test(tail) ? SELECTED_INTO.exec(tail.replaceAll(FILLER, '')) : null;
    if (chosen && (CLAUSE_OPEN.test(before) || OFFERS.test(before) || /有\s*$/.test(before))) {
      const list = chosen[1]!.replace(/[“”"《》「」]/g, '');
      const t = termBefore(list, unit, lex);
      // (「9门课程被认定为省级在线精品课程」: those chosen at one level are that level's, no count of them all)
      if (t && t.term.kind !== 'noun' && t.at + t.term.term.length === list.length && SELECTION.test(t.term.term) && !ONE_LEVEL.test(list.slice(0, t.at))) return { id: t.id, how: 'after' };
    }
    // 「在首批“十四五”职业教育国家规划教材遴选中，我市院校有29本教材入选」: chosen into the list the clause before set as the scene
    const scene = !chosen && st.clauseBefore !== undefined && /有\s*$/.test(before) && CHOSEN_END.test(tail) ? SELECTION_SCENE.exec(st.clauseBefore) : null;
    if (scene) {
      const list = scene[1]!.replace(/[“”"《》「」]/g, '');
      const t = termBefore(list, unit, lex);
      if (t && t.term.kind !== 'noun' && t.at + t.term.term.length === list.length && SELECTION.test(t.term.term) && !ONE_LEVEL.test(list.slice(0, t.at))) return { id: t.id, how: 'after' };
    }
  }
  if (!found) {
    // 「专业：16个（上年15个）」: a card's whole name before its colon, no prose term, read as a table's row label is
    const card = masked.length <= 40 && masked.startsWith(before) ? CARD_NAME.exec(before) : null;
    const cardIds = card ? idsForRowLabel(labelKey(card[1]!)).filter((id) => convertUnit(1, unit, indicatorById(id)!.unit) !== null) : [];
    if (cardIds.length === 1) return { id: cardIds[0]!, how: 'before' };
    // 「满意度（%）：在校生 93.26；…家长 94.05」: under a per-cent lead naming what is measured, who was asked names the rate, as a
    // survey table's rows do under its column
    const asked = st.leadTopic !== undefined ? ASKED_BEFORE.exec(before)?.[1] : undefined;
    const askedIds = asked ? idsForRowLabel(labelKey(asked + st.leadTopic)) : [];
    if (askedIds.length === 1 && convertUnit(1, unit, indicatorById(askedIds[0]!)!.unit) !== null) return { id: askedIds[0]!, how: 'before' };
    // 「培训3.8万人次、12.6万学时」「非学历培训98项、41,200学时」: a second figure right after the first, in another unit, is
    // the same name's other indicator (the one its unit fits)
    // (the pattern is anchored at the end: asked only where a separator ends the text, most figures' texts do not)
    // (「培训2.3万人次，累计1.86万学时」: a word of totalling between them changes nothing; the first figure in a unit none of the
    // name's indicators counts in, 人次, was read by none, and the name is still the second's)
    // (nothing but a word of totalling before the figure in its clause: the figure before it ends the clause before)
    const own = withoutTotalling(before);
    const joined = own || (st.clauseBefore !== undefined ? `${st.clauseBefore}，` : '');
    const previous = SEPARATORS.has(joined.slice(-1)) ? FIGURE_THEN_SEPARATOR.exec(joined) : null;
    if (previous) {
      const rest = joined.slice(0, previous.index);
      // (「开展非学历培训项目512项，累计24.3万学时」: the projects' name without 项目 names their hours)
      for (const name of rest.endsWith('项目') ? [rest, rest.slice(0, -2)] : [rest]) {
        const t = termBefore(name, unit, lex, st.seen);
        if (t && t.term.kind !== 'noun' && t.at + t.term.term.length === name.length && (st.last ? t.id !== st.last.id : !idForUnit(t.term, previous[1]!))) return { id: t.id, how: 'before' };
      }
    }
    // (「各中职学校开展非学历培训，全年累计18.6万学时」: a clause ending on a name, then a bare total of it)
    if (!previous && !own && st.clauseBefore !== undefined && !hasFigure(st.clauseBefore)) {
      const name = st.clauseBefore.replace(/[\s，,、]+$/, '');
      const t = termBefore(name, unit, lex, st.seen);
      if (t && t.term.kind !== 'noun' && t.at + t.term.term.length === name.length) return { id: t.id, how: 'before' };
    }
    // 「全年行业导师承担实践教学约1,500课时」: hours in the unit only one indicator counts in, in a clause about whom it
    // counts (or after their number), are that indicator's, whatever verb stands between
    const only = ONLY_OF_UNIT.get(unit);
    // (an average per head, 人均承担96课时, is none of it)
    if (only && !st.plan && !PER_HEAD.test(before) && (masked.includes(only.subject) || st.seen.has(only.of))) return { id: only.id, how: 'before' };
    // 「省级在线精品课程5门、州级在线精品课程22门，合计27门」: the sum of the levels just listed is the whole
    if (st.levels && SUM_ALONE.test(before) && convertUnit(1, unit, indicatorById(st.levels.id)!.unit) !== null) return { id: st.levels.id, how: 'restated', total: true };
    // 「（上年14,730人）」「上年为6102人」「增至3,046人」: the figure just read, again
    if (st.pending && ((st.pending.byYear ? /^\s*(?:全[市县省区州盟旗]|我[市县省区])?\s*(?:的?比例|平均|总体)?\s*(?:20\d\d\s*(?:年度|年|届)\s*)?(?:为|是|达|达到)?\s*$/ : /^\s*(?:为|是|达|达到)\s*$/).test(before) || WHOLE_STATED_BEFORE.test(before)) && convertUnit(1, unit, indicatorById(st.pending.id)!.unit) !== null)
      return { id: st.pending.id, how: 'restated' };
    // a restatement in a clause of its own after a 其中 list restates the whole, not its last part
    // (「…；到大型企业就业2,087人，较上年（1,962人）…」: parts set apart by ； each go on about themselves until the next)
    // (「3所（公办2所），上年3所」: a clause of its own after a bracket that held the last figure restates the figure before the
    // bracket)
    const last = st.whole && st.parts >= 2 && !st.partInSegment && !st.partRestated && !/^[\s，,；;]*[(（]/.test(lead) && lead === before ? st.whole : st.lastInBracket && st.outside && lead === before ? st.outside : st.last;
    // 「（按…口径，上年16.7:1）」: an aside on how it was counted, then last year's figure, in the same brackets
    // (「…4.5万元，上年为零」: a zero fits any unit)
    const restates = RESTATES.test(lead.replace(ASIDE_THEN_LAST_YEAR, '（')) || (st.thatYear === true && THAT_YEAR_LEAD.test(lead));
    if (last && restates && (unit === ANY_UNIT || convertUnit(1, unit, indicatorById(last.id)!.unit) !== null)) return { id: last.id, how: 'restated' };
    // (「课程903门、8.06万学时（上年846门、7.52万学时）」: the run just read, restated, each figure by its unit)
    const ofRun = last && restates && !st.whole && unit !== ANY_UNIT ? st.run.findLast((x) => x !== last.id && convertUnit(1, unit, indicatorById(x)!.unit) !== null) : undefined;
    if (ofRun) return { id: ofRun, how: 'restated' };
    // the sentence opens by comparing with last year: the figure before it, in the sentence before
    if (!st.last && st.prev && lead === before && /上一?学?年|上一?届|去年/.test(lead) && RESTATES.test(lead) && convertUnit(1, unit, indicatorById(st.prev.id)!.unit) !== null)
      return { id: st.prev.id, how: 'restated' };
    // (「2023年：15,906人」: a card's line for an earlier year, under the card)
    if (!st.last && st.prev && lead === before && YEAR_LEAD.test(lead) && convertUnit(1, unit, indicatorById(st.prev.id)!.unit) !== null) return { id: st.prev.id, how: 'restated' };
    // (「全市：27所，上年：28所」 under 「▍学校数」: the card's own line for the report's whole, the region's own word before a colon)
    if (!st.last && st.prev && lead === before && WHOLE_LEAD.test(lead) && st.reopens?.test(lead) && convertUnit(1, unit, indicatorById(st.prev.id)!.unit) !== null) return { id: st.prev.id, how: 'restated' };
    // (「4320元（上年4150元）」 under 「▍平均月收入」: the figure the card's line opens on is the card's)
    if (!st.last && st.card && n.index === (st.card.label ? lead.length : 0) && (st.card.label ? CARD_LABEL_LEAD.exec(lead)?.[1] === st.card.label : /^[\s*]*$/.test(lead)) && convertUnit(1, unit, indicatorById(st.card.id)!.unit) !== null) return { id: st.card.id, how: 'restated' };
    return null;
  }
  const { term, id, at } = found;
  const between = before.slice(at + term.term.length);
  // 「行业导师人均年授课64课时」「平均每校4.08个」: an average per head or per school, not the region's total
  if (PER_HEAD.test(before.slice(Math.max(0, at - 4), at) + between) && !AVERAGES.has(id)) return null;
  // 「46所学校在校生满意度的均值为92.9%」: a statistic over schools, not the region's own figure
  if (STATISTIC.test(between)) return null;
  // 「思政课教师、体育教师共计57人」: one figure for several names is none of theirs, unless every name is one
  // indicator's (「聘请大国工匠、劳动模范、技能大师312人」)
  const listed = /[、和与及]$/.test(before.slice(0, at)) ? namesOfOne(before.slice(0, at), id, unit, lex, st.whole?.id) : at;
  if (listed < 0) return null;
  // a longer name ending here is another indicator's or a part's (本省/对口/本市/本地 去向落实率 vs 去向落实率)
  if (id === 'employment_rate' && /(本省|省外|对口|专业|本市|市内|本县|县内|本地|当地|省内|区内|本区)$/.test(before.slice(Math.max(0, at - 4), at))) return null;
  // (「技能测试合格率98.0%」「职教高考…合格率」: another test's pass rate, not the fitness test's)
  if (id === 'fitness_pass_rate' && !term.term.includes('体') && /(技能|考试|高考|文化|专业|证书|鉴定|考核|素质|水平)$/.test(before.slice(Math.max(0, at - 4), at))) return null;
  const context = before.slice(Math.max(0, at - 10), at) + between;
  if (CHANGE.test(between) && !RESTATES.test(between)) return null;
  // (「总体认可度进一步提升（在校生满意度95.4%，上年94.7%）」: a bracket after the verb holds what rose, not by how much)
  if (CHANGE.test(context) && /(增加|增长|提高|上升|下降|减少|提升|降低)[^至到为（(]{0,2}$/.test(context)) return null;
  // 「省级财政安排专项经费」 in a province's report is its own money; 「省级专业教学资源库9个」 are some of its libraries
  // (what qualifies a list of one indicator's names stands before the list: 「聘请大国工匠、劳动模范和技能大师」)
  const q0 = st.ownLevel && MONEY.has(indicatorById(id)!.unit) ? qualifierOf(before, listed).replace(st.ownLevel, '') : qualifierOf(before, listed);
  // 「围绕重点产业链群组建专业群412个」: a name that is a verb's object (组建专业群) has its adverbial before it, not a qualifier
  const adverbial = ACTS.test(term.term) ? ADVERBIAL.exec(before.slice(0, at)) : null;
  // 「牵头或参与建设开放型区域产教融合实践中心5个」: a name right after its verb of building is that verb's object;
  // who took part in the building is not which of the centres
  // (「教师参与编写教材17本」: taking part in a verb that names the indicator is how the things were made, not which)
  const q1 = BUILT.test(q0) ? '' : adverbial ? q0.slice(0, Math.max(0, q0.length - (at - adverbial.index))) : ACTS.test(term.term) ? q0.replace(TOOK_PART_IN, '') : q0;
  // 「从合作企业聘请行业导师86人」: where they were hired from is no kind of them; what follows the verb still is
  // (「其中从企业聘请…」 still names a part)
  const q2 = /其中/.test(q1) ? q1 : /^(?:聘请|聘用|聘任)/.test(term.term) ? '' : q1.replace(HIRED_FROM, '');
  // (「面向移民安置区、乡村振兴重点帮扶县开展非学历培训项目」: whom they were for is no kind of them, the qualifier cut where
  // the list of them ends)
  const q = before.includes('面向') || before.includes('服务') ? unserved(q2, before.slice(0, at)) : q2;
  // 「与企业合作开发校企合作课程」: 合作 before a name of cooperation is that name's own word; 「合作企业向学校提供…设备值」:
  // the companies a figure of companies' giving counts are those the schools work with
  const partners = term.term.includes('合作') || ((q + term.term).includes('合作企业') && indicatorById(id)!.nameZh.includes('企业'));
  // 「建成市级以上在线精品课程46门」: a word naming what the indicator is defined over qualifies nothing
  const own = blankDefinedOn(q, [id]);
  // 「自治区级在线精品课程19门、市级在线精品课程63门」: such words listed one by one name parts again
  if (own !== q && masked.indexOf(term.term) !== masked.lastIndexOf(term.term)) return null;
  // (「合作开办海外职业技术学校」: 合作 before a verb is how it was done, not whose)
  const how = CO_VERB.test(term.term) ? own.replace(/合作$/, '') : own;
  // (「通过本科层次职业教育贯通培养等途径升入本科」: a route named for another level is how they went, not who they are)
  if (OTHER_POPULATION.test(q) && OTHER_POPULATION.test(q.replace(MEANS_TAKEN, ' '))) return null;
  if (OWNER.test(partners ? how.replace(/合作/g, '') : how)) {
    // 「全市建成省级精品在线开放课程21门」: an indicator counted over every level, stated for one level only, may be
    // all the report says of it: read, unsure (never beside a stated whole: 其中…, or other levels listed one by one)
    // (what the region has, 建成/现有/共有: not what was chosen, newly approved or is being built, 遴选/新立项/建设;
    // and not the national level alone, a few among many)
    const level = LEVELLED.has(id) && !/其中|含/.test(q) && STOCK.test(before.slice(0, at)) && !FILTERED.test(before.slice(0, at)) && ONE_LEVEL_WORD.test(how) && !OWNER.test(how.replace(LEVEL_WORDS, ''));
    if (level && masked.indexOf(term.term) === masked.lastIndexOf(term.term)) return { id, how: 'oneLevel' };
    // the levels listed one by one, for a sum after them (「省级…5门、州级…22门，合计27门」)
    if (ONE_LEVEL_WORD.test(how) && LEVELLED.has(id)) st.levels = { id, unit };
    return null;
  }
  // 「TOP10专业布点合计143个」「前五位专业」: the first few, ranked
  if (RANKED_BEFORE.test(before.slice(0, at))) return null;
  // 「其中为重装企业开展的…岗位技能培训共计8.3万学时」: after 其中, what was done for some is a part of the whole
  if (/其中/.test(q) && /为[^，,；;。]{1,24}(?:开展|举办|提供|组织)的/.test(q)) return null;
  // 「市财政安排技能大赛专项经费420万元」: a fund named for one purpose is that purpose's, not the region's special funds
  if (term.term.startsWith('专项') && FUND_PURPOSE.test(q)) return null;
  // 「装备制造、电子与信息、交通运输三大类专业布点合计1,131个」「五个专业布点合计126个」: some categories' or items' part
  // (「A类留在当地就业1988人」: the template's lettered kinds are each an indicator of its own, no category's part)
  if (/(?<![各全A-Da-d])(?:大类|类)$/.test(q) || /^[一二两三四五六七八九十]*个$/.test(q)) return null;
  // 「排名靠后的学校在校生满意度」: schools a relative clause picks out
  const picked = /^(.*)的(?:中职|高职)?(?:学校|院校)$/.exec(q)?.[1];
  if (picked && !SCOPE_ONLY.test(picked)) return null;
  // 「全州开展中高职贯通培养的专业点38个」「面向第三产业就业的毕业生」: what some of them did picks them out
  const rel = /^(.*)的$/.exec(q)?.[1];
  // (「与合作企业共同开发、共同实施的校企合作课程」: what makes a course or a book the schools' and companies' together defines it,
  // picking none out)
  // (「用于教师企业实践的经费」: what money is spent on is its purpose, picking none of it out)
  // (「全县中职学校承担的非学历培训项目」: what the whole did, its verb with no object of its own, picks none out either)
  if (rel && !SCOPE_ONLY.test(rel) && DOING.test(rel) && !(term.term.includes('合作') && /共同|合作/.test(rel)) && !rel.includes('用于') && !WHOLE_DID.test(rel)) {
    // 「升入高一级学校学习的毕业生8641人」: unless what they did names an indicator of its own, whose figure this is
    const did = termBefore(rel.replace(STUDY_ON, ''), unit, lex);
    return did && did.id !== id && did.at + did.term.term.length === rel.replace(STUDY_ON, '').length ? { id: did.id, how: 'before', total: false } : null;
  }
  // 「企业举办中等职业学校1所」: schools by who runs them are a part of all schools
  // (「按举办者分公办44所、民办18所」: a breakdown by who runs them is no part picked out)
  if (id.startsWith('school_count') && q.includes('举办') && !BY_RUNNER.test(q)) return null;
  // 「课堂育人、课外育人满意度分别为…」: a list of names read out with 分别, mapped to no single one here
  if (between.includes('分别') && /[、和及]/.test(before.slice(0, at))) return null;
  // 「已有24所学校互联网出口带宽达到…」: a measure of some schools
  if (SOME_SCHOOLS.test(before.slice(0, at))) return null;
  // 「在校生3,000人以上的中职学校有9所」: those of a size are some of them
  if (isCount(id) && SIZE_FILTER.test(before.slice(0, at))) return null;
  // 「通过中本贯通、职教高考升入本科」: the ways they went, not a filter (通过验收的 is one)
  // (「教师参与编写的国家规划教材」: nor the words naming what the indicator is defined over)
  // (「经录取，通过普通高考对口招生升学4826人」: one route named alone to 升学 is some of those who went on, as 其中 would say; the
  // routes to 本科 are few, and each may be all of it)
  if (isCount(id) && FILTERED.test(own) && !MEANS.test(q) && !(/^(?:其中)?通过[^的]*$/.test(q) && (id === 'graduates_to_undergrad' || /[、和及与]/.test(q)))) return null;
  // (a filter whose conditions are listed: the verb stands before the list)
  if (isCount(id) && FILTERED.test(listedRelativeClause(before, listed))) return null;
  // (「通过中本贯通、职教高考升入本科」: the words looked at reach back to the means, however many routes it lists)
  const means = before.slice(0, at).search(MEANS_OPEN);
  // (「资源库11个（其中省级4个）、虚拟仿真实训基地9个」: the words looked at stop at the list's 、 or the bracket before it)
  const listStop = Math.max(before.lastIndexOf('、', at - 1), before.lastIndexOf('，', at - 1), before.lastIndexOf(')', at - 1), before.lastIndexOf('）', at - 1)) + 1;
  // (「面向重点企业聘请行业导师」: where they were hired from qualifies none of them, as above)
  const hired = /(?:聘请|聘用|聘任|选聘)了?$/.exec(before.slice(0, at));
  // (「聘请企业技术骨干担任行业导师」: who was hired is no kind of the role they were hired as)
  const hiredAs = /(?:聘请|聘用|聘任|选聘)了?[^，,；;。]{1,16}?(?:担任|充任|作为)$/.test(before.slice(0, at));
  const from = /^(?:聘请|聘用|聘任|选聘)/.test(term.term) || hiredAs ? at : hired ? hired.index : means >= 0 ? Math.min(at - Math.max(8, q.length), means) : Math.max(at - Math.max(8, q.length), Math.min(listStop, at));
  if (!MEANS.test(before.slice(0, at)) && !subsetOk(term, before.slice(Math.max(0, from), at + term.term.length) + between, subset, st)) return null;
  return { id, how: term.kind === 'noun' ? 'noun' : 'before', total: TOTAL_MARK.test(q) || TOTAL_MARK.test(between) };
}

/**
 * 「聘请大国工匠、劳动模范等38人」「劳动模范、技能大师等高技能人才426人」: names listed as kinds, then 等, then the
 * figure. Only a list of two or more names of one indicator is that indicator's: after one name, 等 counts others too
 * (「行业导师等200人」), and a list of several indicators' names is none of theirs.
 */
const KINDS_END = /等\s*(?:[\u4e00-\u9fa5]{0,6}(?:人才|人员))?\s*$/;
function kindsListed(before: string, unit: string, lex: Lexicon, whole?: string): Found | null {
  const m = KINDS_END.exec(before);
  if (!m) return null;
  const raw = before.slice(0, m.index);
  const named = termBefore(raw, unit, lex);
  // (「大国工匠、全国和省市劳动模范等31人」: the words naming what the indicator is defined over stand inside the list)
  const head = named ? indicatorById(named.id)!.definedOnZh.reduce((h, w) => h.replaceAll(w, ''), raw) : raw;
  const t = head === raw ? named : termBefore(head, unit, lex);
  if (!t || t.term.kind !== 'form' || t.at + t.term.term.length !== head.length) return null;
  const several = t.term.term.includes('、') || (/[、和与及]$/.test(head.slice(0, t.at)) && namesOfOne(head.slice(0, t.at), t.id, unit, lex, whole) >= 0);
  return several ? t : null;
}

/**
 * Where the list of names before a name (「A、B、」) starts when all are forms of the same indicator, else -1. A
 * separator with no name before it ends the list where it stands.
 */
const PEOPLE_KIND_END = /(?:名师|教师|导师|人员|专家|能手|骨干|人才|工匠|模范|传承人)$/;
function namesOfOne(list: string, id: string, unit: string, lex: Lexicon, whole?: string): number {
  let rest = list;
  while (/[、和与及]$/.test(rest)) {
    const prior = termBefore(rest.slice(0, -1), unit, lex);
    // (「教学名师、技能大师37人」: a kind of people the catalog does not name shares the figure)
    if (!prior) return PEOPLE_KIND_END.test(rest.slice(0, -1)) ? -1 : list.length;
    if (prior.id !== id || prior.at + prior.term.term.length !== rest.length - 1) return -1;
    rest = rest.slice(0, prior.at);
  }
  // 「其中省级品牌专业群、特色化专业群合计22个」: a qualifier before the list picks some of each (「行业导师628人，其中聘请
  // 大国工匠、劳动模范…」: unless the whole is the one the indicator is a part of)
  // (「大国工匠、全国和省级劳动模范」: words naming what the indicator is defined over pick no part)
  const q = blankDefinedOn(qualifierOf(rest, rest.length), [id]);
  const partOfWhole = !!whole && indicatorById(id)!.within.includes(whole);
  return OWNER.test(q) || FILTERED.test(q) || (/其中/.test(q) && !partOfWhole) ? -1 : rest.length;
}

/** 「公办、民办各1所」「接收国外留学生人数、国际技能大赛获奖数量均为0」: one figure for each name listed before it. */
const EACH = /(?:各\s*(?:有|为|是|设)?|(?:也|亦)?\s*(?:均|都)\s*(?:为|是))\s*$/;
/** The names listed before 各, each a different indicator's (at least two), or null. */
function namesBeforeEach(list: string, unit: string, lex: Lexicon): string[] | null {
  const { ids, rest } = namesListed(list, unit, lex);
  if (!ids) return null;
  // (「撤并了办学规模小、条件不达标的公办、民办学校各1所」: what the clause says of them filters them all)
  const q = rest.slice(Math.max(rest.lastIndexOf('，'), rest.lastIndexOf(','), rest.lastIndexOf('；'), rest.lastIndexOf(';')) + 1);
  if (FILTERED.test(q) || OWNER.test(q)) return null;
  return ids.length >= 2 ? ids : null;
}

/** The names a list ends on, in order, each a different indicator's, and the words before them; ids null where none ends it. */
function namesListed(list: string, unit: string, lex: Lexicon): { ids: string[] | null; rest: string } {
  const ids: string[] = [];
  let rest = list.trimEnd();
  for (;;) {
    const t = termBefore(rest, unit, lex);
    if (!t || t.at + t.term.term.length !== rest.length || ids.includes(t.id)) {
      const shared = sharedHead(rest, unit, lex);
      if (!shared || shared.ids.some((id) => ids.includes(id))) return { ids: null, rest };
      ids.push(shared.ids[1]!, shared.ids[0]!);
      rest = shared.rest;
    } else {
      ids.push(t.id);
      rest = rest.slice(0, t.at);
    }
    if (!/[、和与及]$/.test(rest)) break;
    rest = rest.slice(0, -1);
  }
  return { ids: ids.reverse(), rest };
}

/**
 * 「接收国外留学生专业数和人数」: two names sharing their head, the second said without it; the two indicators (each name
 * exactly a catalog name once the head is put back), and the words before the first.
 */
function sharedHead(text: string, unit: string, lex: Lexicon): { ids: [string, string]; rest: string } | null {
  const cut = Math.max(text.lastIndexOf('和'), text.lastIndexOf('及'));
  if (cut < 2) return null;
  const left = text.slice(0, cut);
  const right = text.slice(cut + 1);
  if (!right || right.length > 6) return null;
  const first = termBefore(left, unit, lex);
  if (!first || first.at + first.term.term.length !== left.length) return null;
  // the longest head first: the second name said in full is the first name's head and the rest
  for (let end = left.length - 1; end > first.at + 1; end--) {
    const whole = left.slice(first.at, end) + right;
    const second = termBefore(whole, unit, lex);
    if (second && second.at === 0 && second.term.term.length === whole.length && second.id !== first.id) return { ids: [first.id, second.id], rest: left.slice(0, first.at) };
  }
  return null;
}

/** Words that may stand between a comma-set list and its 均为: 「…，中外合作办学专业数，目前均为零」. */
const LIST_CLOSES = /^\s*(?:目前|当前|现|仍|暂|今年|本年)?\s*$/;
/**
 * 「开发并被国外采用的职业教育标准、资源、装备数量，在国外开办学校数，接收国外留学生人数，中外合作办学专业数均为0」: names set
 * apart by commas, each clause nothing but names, all said to be the figure after the last; the clauses back to the first
 * that is not all names.
 */
function namesInClausesBefore(own: string, clauses: string[], k: number, unit: string, lex: Lexicon): string[] | null {
  const last = namesListed(own, unit, lex);
  if (last.ids ? last.rest.trim() !== '' : !LIST_CLOSES.test(own)) return null;
  const ids = [...(last.ids ?? [])];
  for (let j = k - 1; j >= 0; j--) {
    const c = clauses[j]!;
    if (hasFigure(c)) break;
    const r = namesListed(c, unit, lex);
    if (!r.ids || r.rest.trim() || r.ids.some((id) => ids.includes(id))) break;
    ids.unshift(...r.ids);
  }
  return ids.length >= 2 && ids.length > (last.ids?.length ?? 0) ? ids : null;
}

/** 「均为公办学校」「全部是民办」: a clause saying the whole just stated is all of one kind. */
const THE_ONE_IS = new RegExp(`^\\s*${IS}(?:一所)?\\s*([\\u4e00-\\u9fa5“”"]{2,12})\\s*[。.]?\\s*$`);
const ALL_ARE = new RegExp(`^\\s*${ALL_OF_THEM_ARE}\\s*([\\u4e00-\\u9fa5“”"]{2,12})\\s*[。.]?\\s*$`);
/** The part indicator of `whole` that a name names (公办学校 under 中等职业学校), or null. */
function partNamed(name: string, whole: Candidate, lex: Lexicon): string | null {
  const t = termBefore(name, whole.unit, lex);
  if (!t || t.at + t.term.term.length !== name.length) return null;
  return PART_OF.some(([part, w]) => part === t.id && w === whole.id) ? t.id : null;
}

/** What qualifies a name within its own list item: the text back to the last 、，or figure, at most 14 characters. */
function qualifierOf(before: string, at: number): string {
  // 「市级以上在线精品课程」: every level from there up, not one level's
  // (「7所国家“双高计划”建设院校2021年在校生」: the year the figure is of, right before its name, qualifies nothing)
  const own = before.slice(0, at).replace(/(?:国家|省|市|县|区)级(?:及|和)?以上/g, '').replace(YEAR_BEFORE_NAME, '');
  // 「新增智能网联汽车技术应用、无人机操控与维护等专业点9个」: the verb before a list of examples governs the name
  // (「…智能网联汽车技术等紧缺专业布点」: a list's 等, then a word that qualifies them all; 「…、大数据技术这些专业点」, spoken)
  if (/(?:等|这些|这几类|这几个)(?:[\u4e00-\u9fa5]{0,4}(?<!的))?$/.test(own)) return own.slice(Math.max(0, own.search(/\d[^\d]*$/) + 1)).slice(-80);
  // (「新增“3+2”分段培养专业点」: a programme's name in quotes, or 3+2, holds no figure to stop at)
  const figures = own.includes('+') || own.includes('“') ? own.replace(/“[^”]*”|\d\+\d/g, (m) => '#'.repeat(m.length)) : own;
  const cut = Math.max(own.lastIndexOf('、'), own.lastIndexOf('，'), own.lastIndexOf(','), figures.search(/\d[^\d]*$/));
  // (「遴选省级“双高”建设院校24所、专业群58个」: a bare name after 、 is selected or ranked as the list's first item is)
  if (cut >= 0 && own[cut] === '、' && !own.slice(cut + 1).trim()) {
    const head = own.slice(Math.max(own.lastIndexOf('，', cut), own.lastIndexOf(',', cut), own.lastIndexOf('；', cut)) + 1, cut);
    const carried = LIST_HEAD_QUALIFIER.exec(head);
    if (carried) return carried[0];
  }
  return own.slice(cut + 1).slice(-14);
}
const YEAR_BEFORE_NAME = /20\d\d\s*(?:年度|学年|年)\s*$/;
/** How a list's first item was chosen, which its bare items after 、 were too. */
const LIST_HEAD_QUALIFIER = /遴选|认定|立项|获评|入选|评为/;

/** 「撤销停招市场需求不足、就业质量不高的专业布点」: a relative clause listing its conditions, with its verb, or ''. */
function listedRelativeClause(before: string, at: number): string {
  const own = before.slice(0, at);
  if (!own.endsWith('的')) return '';
  const clause = Math.max(own.lastIndexOf('，'), own.lastIndexOf(','), own.search(/\d[^\d]*$/));
  return own.lastIndexOf('、') > clause ? own.slice(clause + 1).slice(-40) : '';
}

const COUNT_UNITS = new Set(['人', '所', '个', '门', '本', '项']);
const isCount = (id: string) => COUNT_UNITS.has(indicatorById(id)!.unit);

/** The text with the words the indicators are defined over (the catalog's defined_on_zh) blanked, positions kept. */
function blankDefinedOn(text: string, ids: readonly string[]): string {
  let out = text;
  // (「新认定」: what was added this year stays a change, whatever words define the indicator)
  for (const id of ids) for (const w of indicatorById(id)!.definedOnZh) if (out.includes(w)) out = out.replace(notAfterNew(w), ' '.repeat(w.length));
  return out;
}
/** A word, not right after 新, compiled once per word (the catalog's words are few; the texts asked are many). */
const NOT_AFTER_NEW = new Map<string, RegExp>();
function notAfterNew(word: string): RegExp {
  let re = NOT_AFTER_NEW.get(word);
  if (!re) NOT_AFTER_NEW.set(word, (re = new RegExp(`(?<!新)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g')));
  return re;
}

/** 涉农/涉外/涉海/涉老 shortly before a name (涉农类专业, 涉外护理专业): the ones of one field. */
const ONE_FIELD = /涉[农外海老旅][\u4e00-\u9fa5]{0,4}\s*$/;

/** A school level's word among the subset words. */
const LEVEL_WORD = /^(?:高职|中职|中等职业)$/;
/** A subset word near a name that is not itself a subset (「女教师」 for 专任教师) makes the figure a part. */
function subsetOk(term: Term, window: string, subset: RegExp, st: SentenceState): boolean {
  // 「全省公办高职院校年生均财政拨款水平」「市级以上在线精品课程」: words naming what the indicator is defined over pick
  // no part
  const defined = blankDefinedOn(window, term.ids);
  // 「市级财政安排…专项经费」 in a 直辖市's report: money its own level gives is its own (as for the qualifier)
  const text = st.ownLevel && term.ids.some((id) => MONEY.has(indicatorById(id)!.unit)) ? defined.replace(st.ownLevel, (w) => ' '.repeat(w.length)) : defined;
  const start = text.lastIndexOf(term.term);
  const end = start + term.term.length;
  // (matches are read from lastIndex on, where the shared regex's last test stopped: from the start)
  subset.lastIndex = 0;
  const found = matchesOf(subset, text);
  // a word begun before the name and ending inside it (非|全日制在校生) makes it another population
  if (start >= 0 && found.some((m) => m.index! < start && m.index! + m[0].length > start)) return false;
  // 「全省高职院校招收留学生412人」 in a 中职 report: the other level's schools, whatever the name names
  // (「通过高职分类考试升入本科」: the other level named in the route they went by is no population)
  const route = (m: RegExpExecArray | RegExpMatchArray) => LEVEL_WORD.test(m[1]!) && /(?:经|通过|经由)[^，,；;]{0,12}$/.test(text.slice(0, m.index!));
  if (start >= 0 && found.some((m) => m.index! < start && LEVEL_WORD.test(m[1]!) && !text.slice(Math.max(0, m.index! - 1), m.index!).includes('中') && !route(m))) return false;
  // a name that is itself a subset's (公办学校, 其中升入本科) takes the words of its own list around it
  // (but a route's words before it, 「贯通培养专业点」, still pick a part: 专业 makes no name a part's by itself)
  // (「经职教高考和中本贯通转段升入本科」: routes named as the means are no part)
  // (「通过普通高考、单独考试等方式共招生…」: the ways of admission, as the means, likewise)
  const means = (m: RegExpExecArray | RegExpMatchArray) => (ROUTE_PART.test(m[1]!) || ADMISSION_ROUTE.test(m[1]!)) && /(?:经|通过|经由)[^，,；;]{0,20}$/.test(text.slice(0, m.index!));
  if (start >= 0 && found.some((m) => m.index! < start && ROUTE_PART.test(m[1]!) && !means(m)) && !ROUTE_PART_IN.test(term.key)) return false;
  // (「民办学校高级职称教师比例」: a name that is a part's itself, 高级职称, is still one kind of school's after 公办/民办)
  if (start >= 0 && !/公办|民办/.test(term.key) && found.some((m) => m.index! + m[0].length <= start && (m[1] === '公办' || m[1] === '民办'))) return false;
  // 「涉农专业点96个」「涉外护理专业」: those touching one field are some of them, whatever the name
  if (start >= 0 && ONE_FIELD.test(text.slice(0, start))) return false;
  // 「在区内能源、化工企业就业的毕业生月收入」「困难群体毕业生去向落实率」: those placed in some firms, those in hardship
  if (start >= 0 && SOME_GRADUATES.test(text.slice(0, start))) return false;
  // 「面向退役军人、下岗职工等社会人员招生4108人」「高职扩招招生」: those taken in from the workforce are some of the intake
  if (start >= 0 && term.ids.some((id) => HEADCOUNTS.has(id)) && WORKFORCE_LEARNERS.test(text.slice(0, start))) return false;
  subset.lastIndex = 0;
  if (subset.test(term.key)) return true;
  const words = found.filter((m) => (start < 0 || m.index! < start || m.index! + m[0].length > end) && !means(m) && !route(m)).map((m) => m[1]);
  if (!words.length) return true;
  // 「教职工386人，其中专任教师312人」「毕业生1,533人，其中直接就业512人」: 其中 lists the parts of a whole just
  // stated, each a figure of its own indicator; before any figure of the sentence it narrows what follows
  // a catalog name long enough to be unmistakable (其中年财政专项经费3650万元) is its own indicator after 其中 too
  // (「全市高中阶段毕业生11632人，其中中职毕业生4908人」: the report's own kind of school named after 其中, in a whole of another
  // population the sentence read nothing of, is the report's figure)
  return words.every((w) => w === '其中') && (st.seen.size > 0 || term.term.length >= 5 || term.ids.some((id) => TEMPLATE_PARENTS[id]?.length) || !!st.ownNamed?.after.test(text));
}
/** The indicator a clause names right before its first figure in the unit given (see OWN_NAMED_AFTER_QIZHONG). */
function wholeNamedBefore(clause: string, unit: string, lex: Lexicon): Reading | null {
  const half = toHalfWidth(clause);
  const n = findNumbers(half).find((x) => x.unit === unit);
  const t = n ? termBefore(half.slice(0, n.index), unit, lex) : null;
  return t && t.at + t.term.term.length === half.slice(0, n!.index).trimEnd().length ? { id: t.id, how: 'before' } : null;
}

/** Learners taken in from the workforce (高职扩招), right before a name of students or intake. */
const WORKFORCE_LEARNERS = /(?:社会人员|社会生源|社会学员|退役军人|下岗(?:失业)?(?:职工|人员)|失业人员|农民工|新型职业农民|高素质农民|在职职工|企业职工|在岗职工|扩招)[^，,；;。]{0,4}$/;
/** The region's headcounts of students (the scale group's people): a workforce learner is one of them, not all. */
const HEADCOUNTS = new Set(INDICATORS.filter((e) => e.group === 'scale' && e.unit === '人').map((e) => e.id));

/** Graduates by where they work or by their hardship, before the name: some of them. */
// (the list 「能源、化工企业」 may have cut the name's window after its 、)
const SOME_GRADUATES = /(?:[\u4e00-\u9fa5](?:企业|单位|岗位)就业的|困难群体|困难家庭|家庭经济困难|就业困难|建档立卡|脱贫家庭)[^，,；;。]{0,4}$/;
const BRACKETED = /[（(][^（()）]{0,80}[)）]/g;
/** Brackets that are read: last year's figure (（上年14,730人）), or the figure itself (满意度（94.2%）). */
/** A bracket naming an earlier year before its figure: 「（2023年为93.41%）」「（上年为…）」. */
const BRACKET_DATED = /[（(]\s*(?:(20\d\d)\s*(?:年度?|届)|上一?学?年|去年|上一?届)\s*(?:为|是)\s*[0-9]/;
const LAST_YEAR_BRACKET = /^[（(]\s*(?:[^（()）]{2,30}[，,；;]\s*(?:上一?学?年|去年|20\d\d\s*(?:年度|年|届))\s*(?:为)?\s*[0-9][^（()）]{0,12}[)）]$|上一?学?年|上一?届|去年|20\d\d\s*(?:年度|年|届)|其中|公办|民办|[0-9.,]+\s*(?:%|万?元|万?人|所|个|门|项|本|名|学时|课时|Mbps|Gbps|M|G)?\s*[)）]$)/;
/** A target set beside a figure: 「（目标95%）」. */
const TARGET_BRACKET = /\([^()]*(?:目标|计划|预期|预计|力争)[^()]*\)/g;
/** 「30842人（2020年：28693人）［2022年：32000人］」: a year's figure in square brackets after the clause's, a target as a note says. */
const LATER_YEAR_SQUARE = /\[\s*20\d\d\s*年?\s*[:：][^[\]]*\]/g;
/** A bracket that names a part with its figure (（升入本科212人）) is read; one that qualifies (（含…）) is not. */
// (「（吴忠市1所民办中职学校停止招生）」: a bracket opening on a place tells of that place, no part of the figure before)
const PART_BRACKET = /^[（(]\s*(?!含|不含|包括|包含|全国|全省|全市|全区|省|国家|较|比|同比|占|约|即|如|主要|其余|目标|计划|预期|预计|力争|[\u4e00-\u9fa5]{2,5}[市县州盟旗](?![级属直内外场]))[\u4e00-\u9fa5“”]{2,12}\s*[0-9]/;
/** 「专任教师（4,168人，上年4,015人）」「校企合作课程（148门）」: the figure of the name before it, with last year's. */
const FIGURE_BRACKET = /^[（(]\s*约?[0-9][0-9.,]*\s*(?:万|亿)?\s*(?:%|元|人|所|个|门|本|项|名|家|册|件|部|种|学时|课时|人次|人日|:1|Mbps|Gbps)\s*(?:[，,；;]\s*(?:上一?学?年|去年|上一?届|20\d\d\s*年?)[^（()）]{0,20})?[)）]$/;
const BARE_FIGURE_BRACKET = /^[（(]\s*[0-9][0-9.,]*\s*[^\s0-9（()）年为是]{0,4}\s*[)）]$/;
const FIGURE_JUST_BEFORE = /(?<![0-9.,])[〇零一二两三四五六七八九十百千万亿]+(?:兆|[人个所门项本名元])\s*$/;
function maskBrackets(s: string): string {
  // (「（县职校18个，白庙职中9个…）」: a breakdown by school is no part of the figure's indicator, and names no subject)
  // (「（括号内为2023年数据）」: a note on the brackets after it dates no figure of its own clause)
  // (「带宽二千兆（2000Mbps）」: a bare figure right after a figure in words writes that figure again, and is no other; after
  // one in digits, 「66120人（63875人）」, it is often last year's)
  const once = (t: string) => t.replace(BRACKETED, (m, at: number) => (!m.includes('括号') && (LAST_YEAR_BRACKET.test(m) || (PART_BRACKET.test(m) && !namesSchool(m)) || FIGURE_BRACKET.test(m)) && !(BARE_FIGURE_BRACKET.test(m) && FIGURE_JUST_BEFORE.test(t.slice(Math.max(0, at - 8), at))) ? withoutWider(m) : ' '.repeat(m.length)));
  // 「（含省属5所、县级市（区）属4所）」: brackets inside brackets; the outer ones are seen once the inner are masked
  return NESTED.test(s) ? once(once(s)) : once(s);
}
const NESTED = /[（(][^（()）]*[（(]/;
/** 「（上年97.1%｜全省96.8%）」: a wider region's figure set beside last year's in one bracket. */
const WIDER_PART = /([（(|｜，,；;]\s*)((?:全国|全省|全自治区|国家(?!级)|省(?![级属内外]))[^|｜，,；;（()）]*)/g;
/** A read bracket with its wider region's part blanked (positions kept): that part is a comparison, not the region's. */
function withoutWider(bracket: string): string {
  if (!bracket.includes('全') && !bracket.includes('省') && !bracket.includes('国')) return bracket;
  return bracket.replace(WIDER_PART, (_m, sep: string, part: string) => sep + ' '.repeat(part.length));
}

const ASIDE_THEN_LAST_YEAR = /[（(][^（()）]{2,30}[，,；;](?=\s*(?:上一?学?年|去年|20\d\d\s*(?:年度|年|届))\s*(?:为)?\s*$)/;
const HEADLINE = /^\s*【\s*(?:约|近|超过|逾)?\s*[0-9０-９][^】]{0,10}】\s*[\u4e00-\u9fa5“"0-9０-９]/;
/**
 * A clause as it is read: half-width, and in as many characters as written (figures are found by their place in it).
 * - 「全市配备思政课教师【298名】」: brackets that only set a figure off, read as spaces;
 * - 「上年度（2023年）为398人」: 上年度 is 上一年, read by the same words;
 * - 「"双师型"教师」「「双师型」教师」「‘双师型’教师」: a term quoted in straight, corner or single quotes, as the lexicon quotes it;
 * - 「行业导师年课时总量1 260课时」: a space between thousands, read as the comma it stands for;
 * - a scan's figures: 「3,3O6」「1l人」 (ocrDigits), 「31, 486 人」「95. 4%」 (ocrSpacing);
 * - a year in words: 「二〇二二年」 as 「2022年」.
 */
function clauseForReading(clause: string): string {
  let s = clause.includes('【') ? toHalfWidth(clause).replace(EMPHASIS, ' ') : toHalfWidth(clause);
  if (s.includes('年度')) s = s.replace(LAST_YEAR_DU, (m) => (m.length === 3 ? '上一年' : '上一学年'));
  const quoted = s.includes('"') || s.includes('「') || s.includes('‘');
  if (quoted || s.includes('“')) s = s.replace(QUOTED_FIGURE, ' $1 ');
  if (quoted) s = s.replace(OTHER_QUOTES, '“$1”');
  if (spacedDigits(s)) s = s.replace(SPACED_THOUSANDS, '$1,$2');
  if (s.includes('—')) s = s.replace(NAME_DASH_FIGURE, (m) => '：'.padEnd(m.length, ' '));
  if (s.includes('|') || s.includes('▏') || s.includes('│')) s = s.replace(BAR_BEFORE_FIGURE, '：').replace(BAR_BEFORE_LAST_YEAR, '，');
  if (s.includes('师生比')) s = s.replace(TEACHERS_TO_STUDENTS, (_m, between: string, gap: string, students: string) => `生师比${between}${students}${gap}1`);
  if (s.includes('这')) s = s.replace(THESE_FIGURES, '这几');
  if (s.includes(':')) s = s.replace(BARE_YEAR_COLON, '$1年');
  if (s.includes('满意') && s.includes('对')) s = s.replace(SATISFIED_WITH, (m, who: string, rate: string) => who.padStart(m.length - rate.length) + rate);
  if (s.includes('零')) s = s.replace(ZEROS_IN_WORDS, '0');
  if (s.includes('二〇') || s.includes('二零')) s = s.replace(YEAR_IN_WORDS, (y) => [...y].map((c) => (c === '〇' || c === '零' ? 0 : CN_DIGITS.indexOf(c))).join(''));
  return ocrSpacing(ocrDigits(s));
}
/**
 * 「应届毕业生对学校教育教学的总体满意度」: who was asked, then what of the school they were asked about, is their satisfaction
 * (「对思想政治课教学的满意度」 names a course's, and stays). Read as 「应届毕业生满意度」, set at the end (same length).
 */
const SATISFIED_WITH = /(在校生|学生|应届毕业生|毕业三年内毕业生|毕业生|家长|用人单位|教职工)对(?:学校|母校|本校|所在学校|中职学校|职业学校)?的?(?:教育教学|办学|人才培养|育人|教学)?(?:工作|质量|水平|情况)?的(?:总体|综合|整体)?(满意度|满意率)/g;
/** 「（校均）129人」: a bracket saying the count before it is a mean over the schools. */
const MEAN_BRACKET = /[(（]\s*(?:校均|校均值|均值|平均|平均值)\s*[)）]\s*[:：]?\s*[0-9][0-9,.]*\s*万?\s*(?:人|所|个|门|项|本|名)/;
/** 「（2020：16所）」: a year without 年 before its figure in a bracket, a writer's shorthand for 「（2020年：16所）」 (same length). */
const BARE_YEAR_COLON = /(?<=[(（])(20\d\d):(?=\s*(?:约|近)?[0-9])/g;
/** 「这三个数分别是…」「这两项指标」: the figures just given, pointed back to; a count of them is no figure (same length). */
const THESE_FIGURES = /这[两二三四五六]\s*(?=(?:个|项)(?:数|指标|比例|比率))/g;
/** 「毕业去向落实率——98.0%」: a dash between a name and its figure stands for a colon (a span of years keeps its dash). */
const NAME_DASH_FIGURE = /(?<=[\u4e00-\u9fa5）)])\s*—{1,2}\s*(?=(?:约|近|超过)?[0-9])(?!\s*(?:19|20)\d\d\s*(?:年|学年|届|—|-|－))/g;
/** 「专任教师｜262人」: a bar between a name and its figure stands for a colon. */
const BAR_BEFORE_FIGURE = /(?<=[\u4e00-\u9fa5）)”]\s*)[|▏│](?=\s*(?:约|近|超过)?[0-9])/g;
/** 「3642人｜上年3497人」: a bar between a figure and last year's stands for a comma. */
const BAR_BEFORE_LAST_YEAR = /(?<=[0-9%\u4e00-\u9fa5)）]\s*)[|▏│](?=\s*(?:上一?学?年度?|去年|上一?届)[:：为]?\s*[0-9])/g;
/**
 * 「师生比为1∶13.7」「师生比1:16.8」: teachers to students, one to so many, is the students-to-teachers ratio turned round
 * (生师比13.7∶1, the same length, so a quote keeps its place). Only 1 before the colon: 「师生比5.2∶4.8」 is no such ratio.
 */
const TEACHERS_TO_STUDENTS = /师生比([^0-9，,。；;]{0,3})1(\s*[:：∶]\s*)([0-9]{1,2}(?:\.[0-9]{1,2})?)(?![0-9.])/g;
/** A second figure right after a figure, 、 alone between: 「188门、204门」 (its unit, to match the first's). */
const PAIR_AFTER = /^\s*、\s*(?:约|近)?[0-9][0-9,.]*\s*([^\s0-9、，,。；;：:（()）\]]{1,4})/;
/** What says which of listed figures is which: 分别, 依次, 各, or a bracket opening on last year. */
const RESPECTIVE_WORDS = /分别|依次|各|[（(]\s*(?:上一?学?年|去年)/;
/** A unit's magnitude, which a figure's parsed unit may have taken into its value (118.3万元 read in 元). */
const MAGNITUDE = /^[万亿]/;
/** An arrow from a figure to the next: 「312人→338人」. */
const ARROW_AFTER = new RegExp(`^\\s*(?:${ARROWS})`);
/** A year right before a figure: 「2023年 312人→…」 dates its start. */
const YEAR_RIGHT_BEFORE = /20\d\d\s*(?:年度|年|届)\s*[:：]?\s*$/;
/** 「二〇二二年为…」「二〇二四届毕业生」: a year in words, read as its four digits (same length). */
const YEAR_IN_WORDS = /(?<![〇零一二两三四五六七八九十百千万点])二[〇零][一二][〇零一二三四五六七八九](?=\s*(?:年|届|学年))/g;

const EMPHASIS = /【(?=\s*(?:约|近|超过|逾)?\s*[0-9])|(?<=[0-9%人名所个门项元本次时])】/g;
// (「比2023年的1,842人多招144人」: 多 before a verb compares, it makes no figure approximate)
const AFTER_APPROX = /^\s*(?:以上|左右|余|多(?![招出了于收增减少]))/;

/** 「9月1日，」「7月15日至8月20日，」: a date to the day opening a sentence (a chronicle's line, 大事记). */
const DAY_OPENS = /^[\s\u3000]*(?:20\d\d年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日/;
function candidate(
  read: Reading,
  n: NumberMatch,
  unit: string,
  year: number,
  sentence: string,
  clause: string,
  half: string,
  it: Extract<Item, { kind: 'text' }>,
  lead: string,
): Candidate | null {
  const entry = indicatorById(read.id)!;
  const value = unit === ANY_UNIT ? n.value : convertUnit(n.value, unit, entry.unit);
  if (value === null) return null;
  if (entry.unit === '%' && (value > 100 || value < 0)) return null;
  if (['人', '所'].includes(entry.unit) && !Number.isInteger(value)) return null;
  // headcounts of a handful are about one class or school, not a region
  if (['enrollment_total', 'graduates', 'staff_total', 'fulltime_teachers'].includes(read.id) && value < 50) return null;
  const approximate = n.approximate || AFTER_APPROX.test(half.slice(n.end, n.end + 3)) || /(约|近|超过|逾|大约|接近)\s*(?:为|是|达到?)?\s*$/.test(lead);
  const warnings: EngineWarning[] = [];
  if (approximate) warnings.push(warning('approximate', 'approximate figure or lower bound (约/近/余/以上)', { raw: n.raw }));
  if (read.how === 'oneLevel') warnings.push(warning('scope_unsure', 'counted at one level only: the region may have more at other levels', { raw: n.raw }));
  // 「9月1日，新学年开学，三所中职学校当日新生报到2,153人」: a sentence opening on a day tells that day's event, its count of
  // the moment, which any figure stated for the year outranks
  const ofADay = DAY_OPENS.test(sentence);
  if (ofADay) warnings.push(warning('scope_unsure', "counted on the day the sentence opens on: an event's count, maybe not the year's", { raw: n.raw }));
  // 「课证融通课程数188门、204门」: one of two figures of one name set apart by 、 alone, in an order the clause does not say
  // (分别 or a bracket of last year's would)
  const pair = n.unit ? PAIR_AFTER.exec(half.slice(n.end, n.end + 16)) : null;
  const paired = !!pair && pair[1]!.replace(MAGNITUDE, '').startsWith(n.unit.replace(MAGNITUDE, '')) && read.how !== 'restated' && !RESPECTIVE_WORDS.test(clause);
  if (paired) warnings.push(warning('scope_unsure', 'one of two figures set apart by 、 alone: which year or part each is, the text does not say', { raw: n.raw }));
  // a figure named plainly before it (or after it) is read as surely as prose allows; restatements, shares and
  // plain nouns depend on more of the sentence; one level's count stands in for all levels' only when nothing
  // better is stated
  const base = read.how === 'oneLevel' ? 0.5 : read.how === 'before' || read.how === 'after' ? 0.7 : 0.65;
  return {
    id: read.id,
    year,
    value,
    unit: entry.unit,
    quote: sentence.length <= 160 ? sentence : clause,
    source: 'prose',
    confidence: approximate || ofADay || paired ? Math.min(0.55, base) : base,
    warnings,
    approximate: approximate || undefined,
    total: read.total || undefined,
    page: it.page,
    order: it.order,
  };
}

/** The block a quote starts in, when the text was joined from several blocks. */
function blockAt(it: Extract<Item, { kind: 'text' }>, quote: string): number {
  if (!it.parts) return it.block;
  const pos = it.text.indexOf(quote);
  let block = it.block;
  for (const p of it.parts) if (p.start <= Math.max(0, pos)) block = p.block;
  return block;
}

/**
 * 「第一产业 186人（3.1%） 第二产业 3312人（54.7%） 第三产业 2552人（42.2%）」: a chart's labels, names and figures set apart by spaces
 * with no punctuation between, run on into no sentence.
 */
const LABEL_ITEM = '[^\\s，,。；;：:0-9]{2,12}\\s*[0-9][0-9,.]*\\s*[^\\s0-9，,。；;（()）]{0,3}(?:[（(][^（()）]{1,10}[)）])?';
const LABELS_LINE = new RegExp(`^\\s*${LABEL_ITEM}(?:\\s+${LABEL_ITEM})+\\s*$`);
/** A bar set before a title (「▍规模」). */
const BAR_BEFORE = /^\s*[▎▍▌▋▊▉]/;
/** A sentence's end: a Chinese stop or colon, or an English sentence's period after its words (「…and graduated 11,840.」). */
const STOPS = '。！？!?：:';
const ENGLISH_SENTENCE_END = /[A-Za-z]{2,}\s[^\u4e00-\u9fa5]*[A-Za-z0-9%)]\.$/;
/** (the last character first: the English pattern, tried at every position of a long line, is only worth it after a period) */
function endsSentence(s: string): boolean {
  const last = s[s.length - 1];
  // (「结果来了👇」: a line pointing down at the lines under it has finished, as a colon has)
  return last === '.' ? ENGLISH_SENTENCE_END.test(s) : last !== undefined && (STOPS.includes(last) || (last.charCodeAt(0) >= 0xd800 && s.endsWith('\u{1F447}')));
}

/**
 * Text layers break sentences mid-word across lines (「…独立办学中等职业学」/「校28所」): consecutive prose
 * lines are re-joined until one ends a sentence. Headings and table rows pass through.
 */
function joinBrokenLines(all: Item[]): Item[] {
  const cards = new Set<Item>();
  const items = joinFigureUnits(namedBranches(all, cards), cards);
  const out: Item[] = [];
  let buf: Extract<Item, { kind: 'text' }> | null = null;
  // the paragraph's pieces, joined once when it ends (joining line by line re-read the whole paragraph)
  let pieces: string[] = [];
  let length = 0;
  let first: Extract<Item, { kind: 'text' }> | null = null;
  const kinds = new Int8Array(items.length);
  const flush = () => {
    if (buf) {
      if (pieces.length > 1) buf.text = pieces.join('');
      out.push(buf);
    }
    buf = null;
  };
  for (let i = 0; i < items.length; i++) {
    const raw = items[i]!;
    // 「公办」/「民办」/「28所，62.2%」/「17所，37.8%」: a chart's legend, its names over as many figures, each name the figure's in turn
    const legend = legendRun(items, i);
    if (legend > 0) {
      flush();
      for (let k = 0; k < legend; k++) {
        const value = items[i + legend + k] as TextOrRow;
        out.push({ kind: 'text', text: lineOf(items[i + k]!)!.trim() + lineOf(value)!.trim(), heading: false, page: value.page, order: value.order, block: value.block });
      }
      i += 2 * legend - 1;
      continue;
    }
    // 「订单班毕业生」/「全部进入合作企业」/「平均月薪5,600元」: a phone page sets one sentence a phrase a line; two or more
    // phrases with no figure, then a short line with one, are that sentence (its subject is in the phrases above)
    const phrases = phraseRun(items, i);
    if (phrases > 0) {
      flush();
      const lines = items.slice(i, i + phrases + 1) as TextOrRow[];
      const last = lines[lines.length - 1]!;
      const text = lines.map((l, k) => (k > 0 && PART_ALONE.test(phraseLine(l) ?? '') && PART_ALONE.test(phraseLine(lines[k - 1]!) ?? '') ? '、' : '') + (phraseLine(l) ?? '').trim()).join('');
      out.push({ kind: 'text', text, heading: false, page: last.page, order: last.order, block: last.block });
      i += phrases;
      continue;
    }
    // a text layer's prose line without figures can look like a table label fragment; as prose it is text
    // (「●专任教师：2847人（上年2902人）」: a list item stating a figure is prose too, however few its words)
    // (「公办学校：9所」「家长满意度：96.2」: a card, a name then its figure after a colon, as well)
    // (「开设专业：46个（上年 44个）」: a space inside its bracket is no column gap)
    // (「互联网出口带宽　8600Mbps　↑34.4%」「初次就业 2213 / 留在当地 1652 / …」: a dashboard's name and figure across a gap,
    // a change after them, or its figures in a row set apart by slashes)
    // (every card pattern holds a digit: a line without one, most of a text layer's, is asked none of them)
    // 「96.70%｜去向落实率」「27所｜中职学校」: a key-figure line, its figure before a bar and its name after: a card of its
    // own, read name then figure (never joined to the next such line, whose figure would then follow this one's name)
    if (raw.kind === 'row' && !raw.fromTable && raw.quote.length <= 32 && (raw.quote.includes('｜') || raw.quote.includes('|'))) {
      const bar = FIGURE_BAR_CARD.exec(raw.quote);
      if (bar) {
        flush();
        out.push({ kind: 'text', text: bar[2]!.trim() + bar[1]!.trim(), heading: false, page: raw.page, order: raw.order, block: raw.block });
        continue;
      }
      // 「体育课专任教师｜214人」「升学｜8,962」: a name, a bar, its figure: a card of its own, read name then figure
      const named = NAME_BAR_CARD.exec(raw.quote);
      if (named) {
        flush();
        out.push({ kind: 'text', text: named[1]!.trim() + named[2]!.trim(), heading: false, page: raw.page, order: raw.order, block: raw.block });
        continue;
      }
    }
    // (「在校生满意度 96.2%（上年95.7%）↑」: an arrow after a card says which way it went, and is no part of it)
    const unarrowed = raw.kind === 'row' && ARROW_END.test(raw.quote) ? raw.quote.replace(ARROW_END, '') : raw.kind === 'row' ? raw.quote : '';
    const card = cards.has(raw) || (raw.kind === 'row' && !raw.fromTable && ANY_DIGIT.test(raw.quote) && (((raw.oneCell || !COLUMN_GAP.test(raw.quote)) && CARD_LINE.test(unarrowed)) || (raw.quote.length <= 48 && (isHan(raw.quote.charCodeAt(0)) ? GAP_CARD.test(unarrowed) : (LIST_MARK.test(raw.quote) || CLASS_MARK.test(raw.quote)) && GAP_CARD.test(raw.quote.replace(LIST_MARK, '').replace(CLASS_MARK, '').trimStart()))) || (raw.quote.length <= 64 && raw.quote.startsWith('【') && EMPHASIZED_CARD.test(raw.quote)) || ((raw.quote.includes('/') || raw.quote.includes('／')) && SLASH_SERIES.test(raw.quote)) || (raw.quote.length <= 24 && YEAR_CARD.test(raw.quote)) || (raw.quote.length <= 30 && PARTS_LINE.test(raw.quote)) || (raw.quote.length <= 60 && KINDS_OPEN.test(raw.quote) && raw.quote.includes('公办') && raw.quote.includes('民办')) || (raw.quote.length <= 60 && RECORD_LINE.test(raw.quote)) || (raw.oneCell && raw.quote.length <= 24 && NAME_THEN_FIGURE.test(raw.quote) && !wrappedAround(items, i))));
    let it: Item =
      // (「其中：公办学校9所，民办学校4所」: figures set apart by a full-width comma are a sentence's, never a cell's)
      // (「● 专任教师2847人，较上年增加12人」: a list item's mark set off by a space is no cell of its own)
      // (「■  横向技术服务到款额12,460万元，纵向…」: a list's mark set off by a gap is no cell of its own either)
      raw.kind === 'row' && !raw.fromTable && (card || ((raw.oneCell || ((LIST_MARK.test(raw.quote) || NUMBERED_ITEM.test(raw.quote)) && (!COLUMN_GAP.test(raw.quote) || (raw.cells.length === 2 && LONE_MARK.test(raw.cells[0]!))))) && ((raw.quote.length >= 10 && /[\u4e00-\u9fa5]{6}/.test(raw.quote)) || (LIST_MARK.test(raw.quote) && /[\u4e00-\u9fa5]{2}/.test(raw.quote)) || (/[，；]/.test(raw.quote) && hasFigure(raw.quote)))))
        ? { kind: 'text', text: raw.quote, heading: false, page: raw.page, order: raw.order, block: raw.block }
        : raw;
    // 「3,968」/「专任教师（人）」: a figure with no unit over a name that carries one is a card, read name then figure (not
    // after another bare figure: a table printed one cell a line puts its figures under their label)
    if (unitCardAt(items, i)) {
      flush();
      out.push(cardOf(items[i + 1] as TextOrRow, raw as TextOrRow));
      i++;
      continue;
    }
    // 「78本」/「编写教材」/「52本」/「校企合作编写」…: cards whose figure stands above its name. A run of lines that alternate
    // a name and a figure alone and ends on a name pairs each figure with the name after it (a name opening the run is
    // its heading); one that ends on a figure is read name then figure, below
    const run = figureFirstRun(items, i, kinds);
    if (run) {
      flush();
      if (run.heading || !run.read) out.push(it);
      // (a run that reads as well either way is read neither way: each line a sentence of its own, which says nothing)
      if (!run.read) {
        for (let t = i + 1; t < run.to; t++) {
          const o = items[t] as TextOrRow;
          out.push({ kind: 'text', text: lineOf(o)!, heading: false, page: o.page, order: o.order, block: o.block });
        }
        i = run.to - 1;
        continue;
      }
      for (let t = run.from; t + 1 < run.to; t += 2) {
        const [f, l] = [items[t], items[t + 1]] as [TextOrRow, TextOrRow];
        // read as the card it is, its name then its figure (「年财政专项经费」 takes 「9,860万元」 as a name does, where
        // 「9,860万元年财政专项经费」 would be a figure before a noun, which only counts of things are)
        out.push(cardOf(l, f));
      }
      i = run.to - 1;
      continue;
    }
    // 「②直接就业：」/「9,514人」「全市中职学校在校生」/「6,842人，比上年…」: a name left at the end of a line, its figure
    // opening the next one, is one sentence
    // 「高级专业技术职务」/「专任教师比例」/「27.4%」「互联网出口带宽」/「（全市中职学校合计）」/「8,600Mbps」: a card's name over
    // two lines, the second its end or a bracket qualifying it, is one name (only where the two make a catalog label, or
    // the second is a bracket alone)
    const wrapped = raw.kind === 'row' && raw.oneCell && !raw.fromTable ? wrappedCardName(items, i) : null;
    if (wrapped) {
      flush();
      const [a, b, f] = [raw, items[i + 1], items[i + 2]] as [TextOrRow, TextOrRow, TextOrRow];
      const name = wrapped;
      out.push({ kind: 'text', text: name + lineOf(f)!.trim(), heading: false, page: a.page, order: a.order, block: a.block, parts: [{ start: 0, block: a.block }, { start: lineOf(a)!.trim().length, block: b.block }, { start: name.length, block: f.block }] });
      i += 2;
      continue;
    }
    const next = items[i + 1];
    const line = next ? lineOf(next) : null;
    // (「中等职业学校」/「2024年：15所」/「2023年：16所」: a card's figures a line each, each after its year)
    const label = line !== null && (FIGURE_FIRST.test(line) || YEAR_THEN_FIGURE.test(line)) ? phraseLine(raw) : null;
    // (「生师比」/「18.9:1」/「20.4:1」/「19.3:1」: a name over several figures alone is a table row printed one cell per
    // line, whose columns are lost; its first figure is no more its own than the others)
    const after = items[i + 2] ? lineOf(items[i + 2]!) : null;
    const rowOfCells = line !== null && FIGURE_ALONE.test(line) && after !== null && FIGURE_ALONE.test(after);
    // (「👨‍🏫 队伍｜双师引领」/「3046人」/「教职工」/「2531人」/「专任教师」: over a run of cards whose figures stand above their
    // names, a line is the slide's title, no name of the first figure)
    // (「▌中职学校数」/「8所」/「2024年为7所」: a name after a bar over a figure alone is a card's, no post's title)
    if (line !== null && label !== null && !rowOfCells && OPEN_LABEL.test(label) && !hasFigure(label) && !(SECTION.test(label) && !(BAR_BEFORE.test(label) && FIGURE_ALONE.test(line))) && !(figureFirstRun(items, i + 1, kinds)?.from === i + 1)) {
      // lineOf answers for prose lines and text-layer rows only
      const [a, b] = [raw, next] as [TextOrRow, TextOrRow];
      const start = label.trimEnd();
      const parts = a.block === b.block ? undefined : [{ start: 0, block: a.block }, { start: start.length, block: b.block }];
      it = { kind: 'text', text: start + line.trimStart(), heading: false, page: a.page, order: a.order, block: a.block, parts };
      i++;
      // 「在校生总体满意度」/「95.1%」: a card (a name, then its figure alone on a line) is a sentence of its own
      if (FIGURE_ALONE.test(line) || YEAR_THEN_FIGURE.test(line)) {
        // (「全日制在校生」/「64480人」/「2023年 62105人 → 2024年 64480人」: the card's earlier years on the line under it, said
        // as a bracket dates them)
        // (「71846人」/「↑ 较上年增加2926人 增长4.2%」/「2023年 68920人」: past the change the card states between them, which
        // gives no figure of its own)
        const plain = (x: Item | undefined) => (x && (x.kind === 'row' || x.kind === 'text') ? (x.kind === 'row' && !x.fromTable ? x.quote : lineOf(x)) : null);
        const change = plain(items[i + 1]) ?? '';
        const skip = FIGURE_ALONE.test(line) && CHANGE_LINE.test(change) && !YEARS_LINE.test(change) ? 1 : 0;
        const under = items[i + 1 + skip];
        // (「专任教师」/「1047人」/「上年 978人，净增69人」: last year's figure opening the line under, the change after it)
        const earlier = FIGURE_ALONE.test(line) ? (earlierYearsOf(plain(under), line) ?? lastYearUnder(plain(under))) : null;
        if (earlier) {
          const t = it as Extract<Item, { kind: 'text' }>;
          it = { ...t, text: t.text + earlier, parts: [...(t.parts ?? [{ start: 0, block: t.block }]), { start: t.text.length, block: (under as TextOrRow).block }] };
          i += 1 + skip;
        }
        flush();
        out.push(it);
        continue;
      }
    }
    if (it.kind !== 'text' || it.heading || opensCase(it.text) || (opensSection(it.text) && it.text.length < 60)) {
      flush();
      out.push(it);
      continue;
    }
    // 「●学校：26所」「——公办17所…」: a list item is a sentence of its own, as a card is
    // (「2025届：97.40%，落实去向23746人」/「2024届：97.20%，…」: so is a card's line opening on its year and a colon)
    // (「79所——全省中等职业学校数」: a key figure's card, its figure, a dash and its name, is one too, never joined to the next)
    const dashCard = FIGURE_DASH_NAME.test(it.text);
    if (buf && (LIST_MARK.test(it.text) || NUMBERED_ITEM.test(it.text) || card || dashCard || DATED_CARD_LINE.test(it.text))) flush();
    // 「■ 规模：在校生稳步增长，县域学校“挑大梁”」: a short list item with no figure is a subtitle, no sentence's start
    if (isSubtitle(it.text)) {
      flush();
      out.push(it);
      continue;
    }
    if (buf) {
      let b: Extract<Item, { kind: 'text' }> = buf;
      // the first piece is the caller's item: copied only now, when it grows
      if (b === first) buf = b = { ...b };
      const last = pieces[pieces.length - 1]!;
      const left = last.trimEnd();
      pieces[pieces.length - 1] = left;
      length -= last.length - left.length;
      const parts = (b.parts ??= [{ start: 0, block: b.block }]);
      if (it.block !== parts[parts.length - 1]!.block) parts.push({ start: length, block: it.block });
      const right = it.text.trimStart();
      pieces.push(right);
      length += right.length;
    } else {
      buf = first = it;
      pieces = [it.text];
      length = it.text.length;
    }
    // a report's title line (…质量年度报告（2024年度）) is never the start of a sentence broken over lines
    // (「目标：到2025年，…达到70%以上」 over a paragraph: a line that stops well short of the line after it ended its
    // paragraph, as a broken line, which runs to the margin, never does)
    // (「【数说出口】每100名毕业生，54人继续升学」: a short line under a tag in 【】 is a headline of its own, stopped or not)
    if (card || dashCard || endsSentence(it.text.trimEnd()) || it.text.length > 200 || LABELS_LINE.test(it.text) || (it.text.length <= 60 && TITLE_LINE.test(it.text)) || (it.text.length <= 40 && TAGGED_LINE.test(it.text)) || endsShort(it.text, items[i + 1])) flush();
  }
  flush();
  return out;
}

/** 「1. 专业对口就业率：74.8%，2023年为74.1%」: a numbered list's item, its number set off from the words it opens. */
const NUMBERED_ITEM = /^\s*[0-9]{1,2}[.．、]\s?(?=[\u4e00-\u9fa5“])/;

/** A line opening on a tag in 【】 with words after it: 「【数说出口】…」「【关键词】…」. */
const TAGGED_LINE = /^[\s\u3000]*【[^】0-9]{2,8}】\s*\S/;

/** How wide a line prints, a half-width character counting half. */
function printedWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) < 0x1100 ? 0.5 : 1;
  return w;
}

/**
 * A line that stops on a figure with its unit, or a bound after it: where a sentence may end without its full stop (a
 * text layer breaks 「3,418」/「人」 as often as anywhere).
 */
const ENDS_ON_FIGURE = /(?:[0-9０-９]\s*(?:[%％人所个元项门本名家]|万人|万元|亿元)|以上|以下|左右)$/;

/**
 * Whether a line is a paragraph's last: it stops on a figure (never mid-word) and prints under three quarters of the
 * prose line after it.
 */
function endsShort(text: string, next: Item | undefined): boolean {
  if (!next || next.kind !== 'text' || next.heading) return false;
  const line = text.trim();
  if (!ENDS_ON_FIGURE.test(line)) return false;
  const after = printedWidth(next.text.trim());
  return after >= 24 && printedWidth(line) < 0.75 * after;
}

type TextOrRow = Extract<Item, { kind: 'text' }> | Row;

/** A figure alone on its line with no unit (a card's 「6」 over 「所」, UNIT_ALONE on the line after it). */
const BARE_NUMBER = /^\s*[0-9][0-9,.]*(?:\s*[:：]\s*1)?\s*$/;
const BRANCH_MARK = /[├└┣┗]/;
/** A tree's branch opening a card: 「├ 课堂育人  96.8%」「└ 校企合作编写  63本」. */
const BRANCH_CARD = /^\s*[├└┣┗]\s*([\u4e00-\u9fa5“”（）()]{2,16}?)\s*((?:约|近)?[0-9][0-9,.]*\s*[^\s0-9]{0,4})\s*$/;
/**
 * 「在校生满意度」/「96.3%」/「├ 课堂育人  96.8%」/「└ 专业课教学  96.5%」: the branches under a card name its parts with the
 * card's last word left out; each branch whose name alone is no catalog name, but is with that word (课堂育人满意度), is
 * read with it.
 */
function namedBranches(items: Item[], cards: Set<Item>): Item[] {
  // (most pages draw no tree: one scan tells, and their lines are asked nothing more)
  if (!items.some((it) => (it.kind === 'row' && !it.fromTable && BRANCH_MARK.test(it.quote)) || (it.kind === 'text' && BRANCH_MARK.test(it.text)))) return items;
  let out: Item[] | null = null;
  let parent: string | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const line = it.kind === 'row' && !it.fromTable ? it.quote : it.kind === 'text' && !it.heading ? it.text : null;
    const branch = line !== null && line.length <= 40 ? BRANCH_CARD.exec(line) : null;
    if (!branch) {
      // the card a run of branches hangs from: the last short name with no figure (its figure and year lines skipped), or
      // a name and its figure across a gap (「编写教材  121本」)
      const gap = line !== null && line.length <= 30 ? PARENT_GAP_CARD.exec(line) : null;
      if (gap) parent = gap[1]!;
      else if (line !== null && line.length <= 16 && !/[0-9]/.test(line) && /^[\u4e00-\u9fa5“”]+$/.test(line.trim())) parent = line.trim();
      else if (line === null || !/[0-9]/.test(line) || line.length > 40) parent = null;
      continue;
    }
    const name = branch[1]!;
    if (parent === null || idsForRowLabel(labelKey(name)).length) continue;
    const tail = [3, 2].map((n) => parent!.slice(-n)).find((t) => !name.endsWith(t) && idsForRowLabel(labelKey(name + t)).length === 1);
    if (!tail) continue;
    out ??= items.slice();
    const t = it as TextOrRow;
    out[i] = { kind: 'text', text: `${name}${tail}${branch[2]}`, heading: false, page: t.page, order: t.order, block: t.block };
    cards.add(out[i]!);
  }
  return out ?? items;
}
const PARENT_GAP_CARD = /^\s*([\u4e00-\u9fa5“”]{2,16})[\u3000\t ]{2,}[0-9][0-9,.]*\s*[^\s0-9]{0,4}\s*$/;

/**
 * 「中等职业学校」/「6」/「所」: a card printed name, figure and unit on three lines is one card line, its name then its
 * figure with the unit (added to `cards`: a sentence of its own, never a piece of a run read figure first).
 * 「4,620」/「个」/「专业点」: a run of such cards may print each name under its unit instead, and a designer may mix the two.
 * Each run is read both ways, a card without a name on the side read taking the other side's (where that names an
 * indicator): the way that names every card and leaves no indicator's name over is taken. Where both ways do, and pair
 * differently, or neither does and neither is the better, the run's cards are paired by nobody here.
 */
function joinFigureUnits(items: Item[], cards: Set<Item>): Item[] {
  const pairs: number[] = [];
  for (let i = 1; i + 1 < items.length; i++) {
    const figure = lineOf(items[i]!);
    if (figure !== null && figure.length <= 16 && BARE_NUMBER.test(figure) && UNIT_ALONE.test(lineOf(items[i + 1]!) ?? '')) pairs.push(i);
  }
  if (!pairs.length) return items;
  const labelAt = (k: number): string | null => {
    // (「😊 在校生满意度」: a name after a list mark)
    const line = k >= 0 && k < items.length ? phraseLine(items[k]!)?.replace(LIST_MARK, '') ?? null : null;
    return line !== null && line.length <= 30 && OPEN_LABEL.test(line) && !hasFigure(line) && !SECTION.test(line) ? line : null;
  };
  const names = (k: number) => {
    const line = labelAt(k);
    return line !== null && idsForRowLabel(labelKey(line)).length > 0;
  };
  /** Where each card's name stands: its figure's index to the name's. */
  const nameOf = new Map<number, number>();
  for (let r = 0; r < pairs.length; ) {
    let e = r;
    // (a run: the next figure right under the unit, or one name between)
    while (e + 1 < pairs.length && (pairs[e + 1]! - pairs[e]! === 2 || (pairs[e + 1]! - pairs[e]! === 3 && labelAt(pairs[e]! + 2) !== null))) e++;
    const run = pairs.slice(r, e + 1);
    const [above, below] = [readRun(run, true), readRun(run, false)];
    const same = above.names.every((n, k) => n === below.names[k]);
    const cost = (x: typeof above) => x.unnamed + x.left;
    const pick = cost(above) === cost(below) ? (same ? above : null) : cost(above) < cost(below) ? above : below;
    if (pick) run.forEach((p, k) => pick.names[k] !== null && nameOf.set(p, pick.names[k]!));
    r = e + 1;
  }
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const at = nameOf.get(i);
    if (at === undefined) {
      out?.push(it);
      continue;
    }
    out ??= items.slice(0, i);
    const fromBelow = at > i;
    const named = (fromBelow ? items[at] : out.pop()) as TextOrRow;
    const start = labelAt(at)!.trim();
    const parts = [{ start: 0, block: named.block }, { start: start.length, block: (it as TextOrRow).block }];
    const first = fromBelow ? (it as TextOrRow) : named;
    const card: Item = { kind: 'text', text: start + lineOf(it)!.trim() + lineOf(items[i + 1]!)!.trim(), heading: false, page: first.page, order: first.order, block: first.block, parts };
    cards.add(card);
    out.push(card);
    i += fromBelow ? 2 : 1;
  }
  return out ?? items;

  /** A run's names read one way (names above, or under the units): where each card's is, how many have none, how many indicators' names are left over. */
  function readRun(run: number[], fromAbove: boolean): { names: (number | null)[]; unnamed: number; left: number } {
    let taken = run[0]! - 2;
    const used = new Set<number>();
    const found = run.map((p) => {
      const up = p - 1 > taken && labelAt(p - 1) !== null ? p - 1 : null;
      const down = labelAt(p + 2) !== null ? p + 2 : null;
      const at = fromAbove ? (up ?? (down !== null && names(down) ? down : null)) : (down ?? (up !== null && names(up) ? up : null));
      taken = at !== null && at > p ? at : p + 1;
      if (at !== null) used.add(at);
      return at;
    });
    // (a name at an end may be another card's: over a figure after the run 「非学历培训学时」/「26.4万」, or under a unit before it)
    const [first, last] = [run[0]! - 1, run[run.length - 1]! + 2];
    const figureAt = (k: number) => k >= 0 && k < items.length && /^\s*[0-9][0-9,.]*\s*(?:万|亿)?/.test(lineOf(items[k]!) ?? '');
    const unitAt = (k: number) => k >= 0 && UNIT_ALONE.test(lineOf(items[k]!) ?? '');
    let left = 0;
    for (let k = first; k <= last; k++) if (!used.has(k) && !run.includes(k) && !run.includes(k - 1) && names(k) && !(k === last && figureAt(k + 1)) && !(k === first && unitAt(k - 1))) left++;
    return { names: found, unnamed: found.filter((n) => n === null).length, left };
  }
}
/**
 * The run of card lines starting at i when its figures stand above their names: [from, to) covers the figure/name
 * pairs; heading when a name opens the run (at least two cards, or one whose unit fits its name). With read false,
 * [from, to) is a run that reads as well name then figure: none of its lines is paired. Null when no such run starts
 * here (a run read name then figure is left to the line joiner).
 */
function figureFirstRun(items: Item[], i: number, kinds: Int8Array): { from: number; to: number; heading: boolean; read: boolean } | null {
  // 1 a figure alone, 2 a name, -1 neither; 0 not asked yet (most lines are asked once or twice)
  const kind = (k: number): number => {
    if (k < 0 || k >= items.length) return -1;
    if (kinds[k]) return kinds[k]!;
    const line = lineOf(items[k]!);
    // (「省外就业主要流向：长三角、珠三角」: words after a colon make a statement, not a name)
    // (「5,126」/「教职工总数（人）」: a name a bare figure above has taken is no part of a run)
    // (「A类：留在当地就业人数」: the template's class before a name, its colon no statement's)
    // (「在校生满意度（上年95.1%）」: a name with last year's figure in brackets after it is a name)
    const name = line !== null && line.length <= 48 && (line.endsWith('）') || line.endsWith(')')) ? (NAME_THEN_DATED.exec(line)?.[1] ?? line) : line;
    const v = line === null || name!.length > 36 ? -1 : FIGURE_ALONE.test(line) ? 1 : name!.length <= 30 && OPEN_LABEL.test(name!) && !hasFigure(name!) && !SECTION.test(name!) && !/[:：]\s*\S/.test(name!.replace(CLASS_LEAD, '')) && !unitCardAt(items, k - 1) ? 2 : -1;
    kinds[k] = v;
    return v;
  };
  // (one of the first two lines must be a figure alone: its first character tells most lines apart without more)
  if (!opensOnFigure(items[i + 1]) && !opensOnFigure(items[i])) return null;
  if (kind(i + 1) !== 1 && kind(i) !== 1) return null;
  const first = kind(i);
  // only where a run starts: the line before is no part of it (neither name nor figure, or of the same kind: a
  // slide's number over its figure 「20」/「4」/「师资建设」…)
  if (first < 0 || kind(i + 1) < 0 || kind(i + 1) === first || (kind(i - 1) > 0 && kind(i - 1) !== first)) return null;
  // (「非学历培训」/「98项」/「41,200学时」/「其中公益培训」/「16,800学时」: a name over two figures in their units reads name then
  // figure, and so do the cards after it; a slide's number over a figure, 「20」/「4」, has no unit)
  if (first === 1 && kind(i - 1) === 1 && kind(i - 2) === 2 && findNumbers(lineOf(items[i - 1]!)!)[0]?.unit) return null;
  let to = i + 2;
  while (kind(to) > 0 && kind(to) !== kind(to - 1)) to++;
  // (「138.5万元」/「制度保障」: the next slide's topic after the last figure is no name of it)
  if (to - i > 3 && kind(to - 1) === 2 && isTopic(lineOf(items[to - 1]!)!)) to--;
  // (「…自主创业率」/「0.9%」/「就业质量的几个特点：」: a name ending on a colon introduces what follows it, so the run was
  // read name then figure)
  for (let k = i + 1; k < to; k++) if (kind(k) === 2 && /[:：]\s*$/.test(lineOf(items[k]!)!)) return null;
  // Which way the run reads: where it ends tells (a figure-first run ends on a name), unless the units say otherwise;
  // where the ends do not tell (a figure at both, a slide's number before a name…), the units alone decide
  const fit = unitFit(items, i, to, kind);
  const last = kind(to - 1);
  if (last === 2 && fit.nameFirst > fit.figureFirst) return null;
  // A name at both ends reads either way: the first a heading and each figure over its name, or each name over its
  // figure and the last one's figure lost. Where the units do not tell, a heading names no indicator (「教材建设」) and a
  // last name does; where both or neither do (「年财政专项经费」 … 「年实习责任保险经费」), nothing tells.
  if (first === 2 && last === 2 && fit.nameFirst === fit.figureFirst && to - i > 3) {
    const [head, tail] = [isTopic(lineOf(items[i]!)!), isTopic(lineOf(items[to - 1]!)!)];
    if (!head && tail) return null;
    if (head === tail) return { from: i, to, heading: false, read: false };
  }
  if (last === 1 && !(fit.figureFirst > 0 && fit.nameFirst === 0 && first === 1)) return null;
  const from = first === 2 ? i + 1 : i;
  const end = last === 2 ? to : to - 1;
  // (two lines, 「49所」/「中等职业学校」, only where the unit fits the name, or where last year's figure follows the name
  // as a card prints it: 「5,287人」/「年度招生」/「（上年5,034人）」)
  const lastYearAfter = end === to && end - from === 2 && last === 2 && end < items.length && YEAR_CARD.test(lineOf(items[end]!) ?? '');
  return end - from >= 4 || (end - from === 2 && ((fit.figureFirst > 0 && fit.nameFirst === 0) || (lastYearAfter && fit.nameFirst === 0))) ? { from, to: end, heading: first === 2, read: true } : null;
}

/** A clause saying the figure before it is last year's too: 「与上年持平」「同比持平」「与上年相同」. */
// (「与上学年持平」「两年未变」 too; 「和2023年一样」 where that year is the one before the figure's, see sameYearBefore)
const SAME_AS_LAST_YEAR = '(?:(?:(?:与|较|比|同|和|跟)(?:上一?学?年度?|20\\d\\d\\s*年度?)(?:相比)?|同比)(?:数量|规模|人数|总数)?(?:持平|相同|一致|一样)|两年(?:来)?(?:未变|不变|均未变化|没有变化)|(?:没有|未|未发生|无)变化|保持不变)';
const SAME_AS_YEAR = /(?:与|较|比|同|和|跟)(20\d\d)\s*年度?(?:相比)?(?:持平|相同|一致|一样)/;
/** Whether a clause saying a figure is as before names no year, or the year before the figure's. */
const sameYearBefore = (clause: string, year: number) => ((m) => !m || Number(m[1]) === year - 1)(SAME_AS_YEAR.exec(clause));
const UNCHANGED = new RegExp(`^\\s*${SAME_AS_LAST_YEAR}\\s*[。；;]?\\s*$`);
/** 「专业群数量与上年相同」: the name of the figure just read, said to be as last year. */
const UNCHANGED_NAMED = new RegExp(`^\\s*([^，,；;。]{2,16}?)\\s*${SAME_AS_LAST_YEAR}\\s*[。；;]?\\s*$`);
/** Whether the clause after a figure says it was the same last year: on its own, or naming that figure's indicator. */
function unchangedNext(next: string, id: string, unit: string, lex: Lexicon, year: number, inParts: boolean): boolean {
  if (!sameYearBefore(next, year)) return false;
  if (UNCHANGED.test(next)) return true;
  const m = UNCHANGED_NAMED.exec(next);
  if (!m) return false;
  // (「…四所，数量和2023年一样」: the count just read, by no name but its measure; after a list of parts, 「其中公办8所、民办1所，
  // 数量与上年持平」, the measure is the list's, no one part's)
  if (/^(?:其?数量|其?人数|其?规模|总数|个数|数目)$/.test(m[1]!.trim())) return !inParts;
  const t = termBefore(m[1]!, unit, lex);
  return !!t && t.id === id && t.at + t.term.term.length >= m[1]!.replace(/(?:数量|数|总数|规模)$/, '').length;
}
const UNCHANGED_BRACKET = new RegExp(`^\\s*[(（]\\s*${SAME_AS_LAST_YEAR}\\s*[)）]`);
/** The graduating classes a sentence names (「对2021届毕业生」). */
function cohortsOf(sentence: string): number[] {
  return matchesOf(/(20\d\d)\s*届/g, toHalfWidth(sentence)).map((m) => Number(m[1]));
}
/** A paragraph's number in figures, opening it: 「5.就业与升学。」「（5）」「5、」, not 「5.2」 or a figure. */
function itemNumber(text: string): { style: string; n: number } | null {
  const m = /^\s*(?:(\d{1,2})([.．、])(?![\d.．%％])|[（(](\d{1,2})[)）])/.exec(text);
  if (!m) return null;
  return m[1] ? { style: m[2] === '、' ? '、' : '.', n: Number(m[1]) } : { style: '（）', n: Number(m[3]) };
}
/** How a section heading is numbered (一、 （一） 1.1 第一章): headings numbered alike one after another are a contents list. */
function numbering(text: string): string | null {
  const m = /^\s*(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[)）]|\d{1,2}((?:\.\d{1,2})+)|第[一二三四五六七八九十百]+([章节部分篇])|(0)[1-9](?![0-9.]))/.exec(text);
  if (!m) return null;
  return m[1] ? '、' : m[2] ? '（）' : m[3] ? '.'.repeat(m[3].split('.').length - 1) : m[5] ? '0' : m[4]!;
}

/** A slide's or a box's topic (「教材建设」「师资队伍」), which names no indicator as a table's label does. */
function isTopic(line: string): boolean {
  return TOPIC_END.test(line.trim()) && !idsForRowLabel(labelKey(line)).length;
}
const TOPIC_END = /(?:建设|情况|概况|规模|队伍|保障|融合|质量|发展|服务|成效|举措|投入|结构|布局|条件|资源|贡献|交流|合作|改革|育人|就业|升学|成长|设置)$/;

/**
 * Over a run of names and figures in turn, how many figures' units fit the indicator named on the line after them
 * (figure first) and on the line before them (name first): 「7,912人」 fits 教职工, 「16.0:1」 fits 生师比. A unit that
 * fits none of the name's indicators counts against that reading.
 */
function unitFit(items: Item[], from: number, to: number, kind: (k: number) => number): { figureFirst: number; nameFirst: number } {
  const fit = { figureFirst: 0, nameFirst: 0 };
  for (let k = from; k < to; k++) {
    if (kind(k) !== 1) continue;
    const n = findNumbers(lineOf(items[k]!)!)[0];
    if (!n || (!n.unit && !n.ratio)) continue;
    const score = (at: number): number => {
      if (at < from || at >= to || kind(at) !== 2) return 0;
      const name = lineOf(items[at]!)!;
      const ids = idsForRowLabel(labelKey(NAME_THEN_DATED.exec(name)?.[1] ?? name));
      if (!ids.length) return 0;
      // (「336家」 under 「产教融合实践中心」: 家 counts firms, and the catalog counts none; a figure in 家 fits no name)
      if (n.unit === '家') return 0;
      return ids.some((id) => {
        const unit = indicatorById(id)?.unit ?? '';
        return n.ratio ? unit === ':1' : unit !== ':1' && convertUnit(n.value, n.unit, unit) !== null;
      })
        ? 1
        : -1;
    };
    fit.figureFirst += score(k + 1);
    fit.nameFirst += score(k - 1);
  }
  return fit;
}

/** Whether an item's text opens on a digit or on a word a figure-first line may open on (约, 近, 共 …). */
function opensOnFigure(it: Item | undefined): boolean {
  const t = it?.kind === 'text' ? it.text : it?.kind === 'row' ? it.quote : '';
  // (every line is asked, twice: char codes, no one-character strings)
  let k = 0;
  while (k < t.length && (t.charCodeAt(k) === 0x20 || t.charCodeAt(k) === 0x3000)) k++;
  const c = t.charCodeAt(k);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || FIGURE_LEAD_WORDS.has(c);
}
/** Words a figure-first line may open on before its digits. */
const FIGURE_LEAD_WORDS = new Set([...'约近共合超逾'].map((w) => w.charCodeAt(0)));

/** A line's text, for a prose line or a line of a text layer read as a one-cell row; null for anything else. */
/** A phrase of a sentence set a phrase a line: short, all words, no stop at its end; or its year (「▪ 到2027年」). */
const PHRASE = /^[\u4e00-\u9fa5“”]{2,16}$/;
const COMPARED_LAST_YEAR = /^\s*(?:与|较|比|同)(?:上一?年|去年|上届|上一届)/;
const YEAR_PHRASE = /^\s*(?:到|至|截至)?20\d\d年(?:底|末)?\s*$/;
/**
 * How many figure-less phrase lines open at i and lead into a short line with a figure (see joinBrokenLines), or 0.
 * Two at the least, or a year alone: a card's name over its figure is read as a card.
 */
function phraseRun(items: Item[], i: number): number {
  let j = i;
  let years = 0;
  while (j < items.length && j - i < 4) {
    const t = phraseLine(items[j]!);
    if (t === null) break;
    const year = YEAR_PHRASE.test(t.replace(LIST_MARK, ''));
    // (「与上年持平」: a card's comparison with last year closes that card, no phrase of the sentence below)
    // (「案例」/「漠河市职业技术学校」/…: a box's opening line opens no sentence)
    if (!(year || PHRASE.test(t.trim())) || isTopic(t) || COMPARED_LAST_YEAR.test(t) || opensCase(t)) break;
    // (「体育与健康」/「参加国家学生体质健康」/「标准测试」/「30,865人」: a card's name over two lines ends the run before it)
    if (j > i && wrappedCardName(items, j)) break;
    if (year) years++;
    j++;
  }
  // (a year alone, 「▪ 到2027年」, opens the sentence below it as well)
  if ((j - i < 2 && !(j - i === 1 && years === 1)) || j >= items.length) return 0;
  const end = lineOf(items[j]!);
  // (「年生均财政拨款」/「25,120元」/「2023」/「26,380元」: a slide's figures, a year under each, or a second figure under the
  // first, are a card's, read as such)
  const under = j + 1 < items.length ? lineOf(items[j + 1]!) : null;
  if (under !== null && (yearOfHeaderCell(under.trim()) !== null || FIGURE_ALONE.test(under))) return 0;
  // (「…人才培养」/「862人」/「在校生」/「6个」/「专业」: a figure alone, a name under it, then another figure alone are tiles whose
  // figures stand above their names)
  const then = j + 2 < items.length ? lineOf(items[j + 2]!) : null;
  if (end !== null && FIGURE_ALONE.test(end) && under !== null && then !== null && FIGURE_ALONE.test(then) && OPEN_LABEL.test(under) && !hasFigure(under)) return 0;
  if (end === null || end.length > 24 || !hasFigure(end) || !/[\u4e00-\u9fa5]/.test(end) || SENTENCE_END_MARK.test(end)) return 0;
  // (「其中」/「公办4所」/「民办1所」: the parts after the first go on with the sentence, a line each)
  let k = j + 1;
  while (k < items.length && k - j <= 3 && PART_ALONE.test(lineOf(items[k]!) ?? '')) k++;
  return k - 1 - i;
}
/** A part and its figure alone on a line: 「民办1所」「公办学校4所」. */
const PART_ALONE = /^\s*(?:公办|民办)(?:学校|院校|中职学校)?\s*[0-9０-９]+\s*[所个人]\s*$/;
/** A card's name line and its figure line as one sentence, name then figure, each part pointing at its own block. */
function cardOf(l: TextOrRow, f: TextOrRow): Extract<Item, { kind: 'text' }> {
  const [name, figure] = unitFromName(lineOf(l)!.trim(), lineOf(f)!.trim());
  const parts = f.block === l.block ? undefined : [{ start: 0, block: l.block }, { start: name.length, block: f.block }];
  return { kind: 'text', text: name + figure, heading: false, page: l.page, order: l.order, block: l.block, parts };
}

/**
 * 「3,968」 under 「专任教师（人）」: a card's name carrying its unit in brackets gives the bare figure under it that unit (the
 * name without it, the figure with it).
 */
function unitFromName(name: string, figure: string): [string, string] {
  const m = UNIT_IN_NAME.exec(name);
  return m && UNITLESS_FIGURE.test(figure) ? [m[1]!, figure + m[2]!] : [name, figure];
}
/** A card's name, then a bracket with an earlier year's figure: 「在校生满意度（上年95.1%）」「专任教师（2023年：2,847人）」. */
const NAME_THEN_DATED = /^(.*[\u4e00-\u9fa5”])\s*[（(]\s*(?:上一?年度?|上一?学年|去年|20\d\d\s*年度?)\s*[：:为是]?\s*[0-9][^（()）]*[)）]$/;
const UNIT_IN_NAME = /^(.*[\u4e00-\u9fa5”])\s*[（(]\s*(人|名|所|个|门|本|项|元|万元|%|％|学时|课时|人次|人日)\s*[)）]$/;
const UNITLESS_FIGURE = /^[0-9][0-9,.]*$/;

/** Whether items[i] is a figure with no unit and items[i + 1] the card's name that carries it (see joinBrokenLines). */
function unitCardAt(items: Item[], i: number): boolean {
  const [before, figure, name] = [items[i - 1], items[i], items[i + 1]].map((it) => (it ? lineOf(it)?.trim() ?? null : null));
  return figure !== null && name !== null && UNITLESS_FIGURE.test(figure) && UNIT_IN_NAME.test(name) && !(before !== null && (UNITLESS_FIGURE.test(before) || FIGURE_ALONE.test(before)));
}

/** The card name two lines at i make (see joinBrokenLines), when a figure opens the line after them; else null. */
function wrappedCardName(items: Item[], i: number): string | null {
  const [a, b, f] = [items[i], items[i + 1], items[i + 2]].map((it) => (it ? lineOf(it)?.trim() ?? null : null));
  if (!a || !b || !f || !FIGURE_FIRST.test(f) || a.length > 16 || b.length > 16) return null;
  if (!OPEN_LABEL.test(a) || hasFigure(a) || SECTION.test(a) || hasFigure(b) || FIGURE_FIRST.test(b)) return null;
  if (BRACKET_LINE.test(b)) return a + b;
  return OPEN_LABEL.test(b) && !SECTION.test(b) && idsForRowLabel(labelKey(a + b)).length ? a + b : null;
}
const BRACKET_LINE = /^[（(][^（()）\d]{2,16}[)）]$/;

/** How many names a legend at i lists (see joinBrokenLines): two to six short names, then as many lines each opening on a figure; else 0. */
const LEGEND_NAME = /^[\u4e00-\u9fa5“”]{2,10}$/;
// (a figure rounded to 万 or 亿, 「1.46万人」, is a headline's, whose name a grid of them may set anywhere: no legend's label)
const LEGEND_VALUE = /^\s*(?:约|近)?[0-9０-９][0-9０-９,.，]*\s*(?![万亿])[\u4e00-\u9fa5%％]{0,3}\s*(?:[，,、（(]\s*[0-9０-９.]+\s*[%％]\s*[)）]?)?\s*$/;
function legendRun(items: Item[], i: number): number {
  const line = (j: number) => (j < items.length ? (lineOf(items[j]!) ?? '') : '');
  let k = 0;
  while (k < 6 && LEGEND_NAME.test(line(i + k).trim())) k++;
  if (k < 2) return 0;
  for (let j = 0; j < k; j++) if (!LEGEND_VALUE.test(line(i + k + j))) return 0;
  // (a third figure line after them: a run of the chart's figures, not one per name)
  return LEGEND_VALUE.test(line(i + 2 * k)) ? 0 : k;
}
/**
 * A line of a phrase run, or a card's caption over its figure (「▪ 到2027年」「👥 教职工总数」: a list mark set off by a space
 * splits no phrase into cells).
 */
function phraseLine(it: Item): string | null {
  return it.kind === 'row' && !it.fromTable && !it.oneCell && LIST_MARK.test(it.quote) && !COLUMN_GAP.test(it.quote) ? it.quote : lineOf(it);
}
const SENTENCE_END_MARK = /[。；！？]$/;

function lineOf(it: Item): string | null {
  if (it.kind === 'text') return it.heading || it.parts ? null : it.text;
  return it.kind === 'row' && !it.fromTable && it.oneCell ? it.quote : null;
}
const COLUMN_GAP = /\t| {2}|\u3000/;
const ANY_DIGIT = /[0-9０-９]/;
/**
 * Whether the lines around a short one go on with its sentence: the line before stops on a comma (「毕业去向落实15,488人，」) or
 * is a phrase of its subject, or the line after opens on a stop or a comma.
 */
function wrappedAround(items: Item[], i: number): boolean {
  const before = i > 0 ? lineOf(items[i - 1]!) : null;
  const after = i + 1 < items.length ? lineOf(items[i + 1]!) : null;
  // (「订单班毕业生」/「全部进入合作企业」/「平均月薪5,600元」: a phrase above, no region's, is the subject the line goes on from)
  return (before !== null && (/[，,、]\s*$/.test(before) || (PHRASE.test(before.trim()) && !REGION_OPENS.test(before)))) || (after !== null && /^\s*[，,。；;、]/.test(after));
}
/** 「教职工总数658人」「专任教师532人」: a short line alone, a name then its figure in its unit and nothing after it. */
// (not a part alone, 「民办3所」, whose whole is the line's before)
const NAME_THEN_FIGURE = new RegExp(`^(?!(?:其中)?(?:${PART_NAMES})(?:学校|院校)?\\s*[0-9])[\\u4e00-\\u9fa5“”]{2,20}?\\s*(?:约|近)?[0-9０-９][0-9０-９,.]*\\s*(?:万|亿)?\\s*(?:%|％|[\\u4e00-\\u9fa5]{1,2}(?:\\/[\\u4e00-\\u9fa5])?|[:：]1|Mbps)$`);
/** A card: a short name, a colon, its figure (and no more than a unit or a bracket after it). */
// (「· 直接就业：6,723人（上年6,869人）」: after a list mark too)
// (「· 第二产业：498人（主要为白酒酿造、包装印刷、建材企业）」: a remark in brackets after it; 「· 思政课教师26人」: after a
// list mark, the name runs into its figure)
// (「2. 全日制在校生：476185人（2023年：451032人）」: a numbered list's item, its number set off by a space; 「生师比：17.6:1」:
// a ratio; 「家长满意度——96.5%（上年95.9%）」: a dash for the colon; 「全日制在校生 ➜ 15820人」: an arrow; 「2. A类：留在当地就业人数：
// 81260人」: a form's class letter before the name)
const CARD_LINE = new RegExp(
  `^(?:(?:${LIST_MARK.source.slice(1)}|[0-9]{1,2}[.．、]\\s?|[（(][0-9]{1,2}[)）])?\\s*(?:[A-DＡ-Ｄ]\\s*类\\s*[:：]\\s*)?[\\u4e00-\\u9fa5“”（）()]{2,24}(?:[:：]|—{1,2}|\\s*[➜➔➝→])|(?:${LIST_MARK.source.slice(1)})\\s*[\\u4e00-\\u9fa5“”]{2,24})\\s*[0-9][0-9,.]*(?:\\s*[:：∶]\\s*1(?![0-9]))?\\s*[^\\s，,。；;：:]{0,4}(?:[（(][^（()）]{0,30}[)）])?\\s*$`,
);
/** A dashboard's name and figure across a gap, maybe its share in brackets (「第一产业 198人（12.0%）」) or a change after them. */
// (「全日制在校生　4127人　▏上年3986人」: last year's figure after a gap, maybe set off by a bar)
// (「第二产业      17860人    41.4%」: a count and its share across gaps, the count in its unit)
// (「其中大国工匠、劳动模范　72人」: a name that lists several kinds, too)
const GAP_CARD = /^[\u4e00-\u9fa5“”][\u4e00-\u9fa5“”、]{1,23}[\u3000\t ]+(?:约|近)?[0-9０-９][0-9０-９,.]*\s*(?:万|亿)?(?:[人所个项门本名](?:\s*[（(][^（()）]{0,12}[)）])?[\u3000\t ]+[0-9０-９][0-9０-９.]*\s*[%％]|[^\s，,。；;：:0-9（(|｜▏│]{0,5}(?:[（(][^（()）]{0,12}[)）])?)(?:[\u3000\t ]+(?:↑|↓|较上年|同比|比上年|增长|下降|提高|[+＋\-－]|[|｜▏│]?\s*(?:上一?年度?|去年)).{0,14})?\s*$/;
/** 「A类 留在当地就业  3,812人」: the template's class of an item, set before its name as a list mark is. */
const CLASS_MARK = /^\s*[A-D]类\s*/;
/** A list's mark alone in a cell. */
const LONE_MARK = /^\s*[■●◆▲★☆•·▪◇□►▶]\s*$/;
/** 「A类：」 before the template's placement items. */
const CLASS_LEAD = /^\s*[A-DＡ-Ｄ]\s*类\s*[:：]\s*/;
/** A card set off in brackets, last year's figure maybe after it: 「【专业对口就业率 84.9%】（上年83.7%）」. */
const EMPHASIZED_CARD = /^【[\u4e00-\u9fa5“”、]{2,36}[\u3000\t ]*(?:约|近)?[0-9０-９][0-9０-９,.]*(?:\s*[:：∶]\s*1)?\s*(?:万|亿)?[^\s，,。；;：:0-9（(【】]{0,5}】(?:[（(][^（()）]{0,16}[)）])?\s*$/;
/** A dashboard's names and figures in a row, set apart by slashes. */
const SLASH_SERIES = /^(?:[^/／0-9]{2,16}\s*[0-9][0-9,.]*\s*[^/／\s]{0,3}\s+[/／]\s+){1,}[^/／0-9]{2,16}\s*[0-9][0-9,.]*\s*[^/／\s]{0,3}\s*$/;
/** A line that may leave a name for the next line's figure: short, worded, no sentence ended in it. */
// (「取得职业技能等级证书（含职业资格证书）」: a bracket may close the name, not a year in brackets, as a title’s)
const OPEN_LABEL = /^[^\n。！？!?；;]{0,36}[\u4e00-\u9fa5”](?:[（(][^（()）\d]{1,12}[)）])?[:：]?\s*$/;
/** A figure and its unit (not a year: 2024届毕业生…), opening a line. */
const FIGURE_OPENS = '\\s*(?:约|近|共|共计|合计|超过|逾)?\\s*[0-9０-９][0-9０-９,.．]*\\s*(?:千万|百万|万|亿|千)?(?:余|多)?(?:万|亿)?\\s*(?:%|％|[:：∶]\\s*1|人|名|所|个|元|项|门|本|册|课时|学时|小时|人次|人日|家|部|件|种|台|套|Mbps|MB|GB|平方米)';
const FIGURE_FIRST = new RegExp(`^${FIGURE_OPENS}`);
const YEAR_THEN_FIGURE = new RegExp(`^\\s*20\\d\\d\\s*年\\s*[:：]${FIGURE_OPENS}\\s*$`);
/** A line that is nothing but a figure and its unit: 「95.1%」「4.12万人」. */
const FIGURE_ALONE = new RegExp(`^${FIGURE_OPENS}\\s*(?:以上|左右)?\\s*[。.]?\\s*$`);
/** A card's line of its change: 「↑ 较上年增加2926人 增长4.2%」「同比+3.6%」. */
const CHANGE_LINE = /^\s*(?:[↑↓]|较上年|比上年|同比)/;
/** A year and its figure on a card's line: 「2023年 62105人」「2023年：84.9%」. */
const YEAR_FIGURE = new RegExp(`(20\\d\\d)\\s*年度?\\s*[:：]?\\s*(${FIGURE_OPENS})`, 'g');
/** A card's line of years: 「2023年 62105人 → 2024年 64480人」「↓ 2023年 5404人」 (a change's mark may open it). */
const YEARS_LINE = new RegExp(`^\\s*[↑↓]?\\s*20\\d\\d\\s*年度?\\s*[:：]?${FIGURE_OPENS}(?:\\s*[→➝➔]\\s*20\\d\\d\\s*年度?\\s*[:：]?${FIGURE_OPENS})*\\s*$`);
/**
 * The years a card's line under its figure states, other than the figure's own, as brackets (「（2023年为62105人）」), or
 * null: the line's last year restates the card's figure, or its one year states a figure that is not the card's.
 */
function earlierYearsOf(text: string | null, figure: string): string | null {
  if (text === null || !YEARS_LINE.test(text)) return null;
  const pairs = [...text.matchAll(YEAR_FIGURE)].map((m) => ({ year: m[1]!, figure: m[2]!.replace(/\s+/g, '') }));
  const own = figure.replace(/\s+/g, '');
  const last = pairs[pairs.length - 1]!;
  const earlier = pairs.length > 1 ? (last.figure === own ? pairs.slice(0, -1) : []) : last.figure === own ? [] : pairs;
  return earlier.length ? earlier.map((p) => `（${p.year}年为${p.figure}）`).join('') : null;
}
/** An arrow closing a line: 「↑」「↓」. */
const ARROW_END = /\s*[↑↓↗↘⬆⬇]\s*$/;
/** One school a paragraph turns to without naming it: a word of giving an example, or a place, then 一所…学校. */
const ONE_SCHOOL_EXAMPLE = /^(?:答\s*[:：])?\s*((?:就|再)?(?:说说|讲讲|说|讲|比如|例如|举个例子)[，,：:]?)?\s*([^，,。；;]{0,10}?)(?:有|的)一所[^，,。；;]{0,16}?(?:学校|职教中心|职业教育中心|中专|职专|职校)/;
/** A figure, a dash, then the name it is of (「4.42万——2023年秋季招生人数（万人）」): a key-figure card of its own line. */
const FIGURE_DASH_NAME = /^\s*(?:约|近)?[0-9０-９][0-9０-９,.．:：]*\s*(?:万|亿)?\s*(?:%|％|[\u4e00-\u9fa5]{1,2})?\s*(?:——|—|－－|--)\s*[\u4e00-\u9fa5“"]/;
/** A clause stating a level, right after a change: 「，为4,260元」「，达到1.37亿元」. */
const LEVEL_NEXT = /^\s*(?:为|达|达到|是)\s*(?:约|近)?[0-9]/;
/** A card's line under its figure that opens on last year's: 「上年 978人，净增69人」「上年是4786人，同比 ↑4.7%」. */
// (only where nothing but the change follows: 「上年为93.96%；应届毕业生满意度95.60%…」 goes on to other figures, and is read as
// a sentence of its own)
const LAST_YEAR_UNDER = /^\s*(?:上年|去年|上一年)\s*(?:是|为)?\s*[:：]?\s*((?:约|近)?[0-9][0-9,.]*\s*(?:万|亿)?(?:%|％|[:：]1|[\u4e00-\u9fa5]{1,2})?)\s*(?:[，,]?\s*(?:同比|净增|净减|增加|减少|增长|下降|提高|降低|多了|少了|[↑↓])[^；;]*?)?[。.]?\s*$/;
function lastYearUnder(text: string | null): string | null {
  const m = text === null ? null : LAST_YEAR_UNDER.exec(text);
  return m ? `（上年为${m[1]!.replace(/\s+/g, '')}）` : null;
}
/** A line break inside a paragraph between a line that ends no sentence and a line its figure opens. */
const BROKEN_BEFORE_FIGURE = new RegExp(`(?<=[^。！？!?；;\\s])[ \\t\u3000]*\\n(?=${FIGURE_OPENS})`, 'g');

/** Sentences end after 。！？!? and at line ends (a regex match is cheaper than a split on a lookbehind). */
const SENTENCE_PIECE = /[^。！？!?\n]*[。！？!?]|[^。！？!?\n]+/g;
function splitSentences(text: string): string[] {
  const out: string[] = [];
  // 「①在校生满意度：」/「96.8%」: a name left at a line's end, its figure opening the next line, is one sentence
  const joined = text.includes('\n') ? text.replace(BROKEN_BEFORE_FIGURE, '') : text;
  for (const piece of joined.match(SENTENCE_PIECE) ?? []) {
    // 「一是…；二是…；三是…」: each item says its own thing (a city named in one is not the next one's subject)
    // (「2026年，株洲市将着力做好以下几件事：一是…；四是再建1个…中心」: items under a lead-in of what is to be done are all
    // planned, and stay one sentence)
    const items = (piece.includes('；') || piece.includes(';')) && (piece.includes('是') || piece.includes('（') || piece.includes('(') || /\d[、．.]/.test(piece)) && !PLANNED_ITEMS.test(piece) ? piece.split(ENUMERATED) : [piece];
    for (const item of items) {
      const s = item.trim();
      if (s) out.push(s);
    }
  }
  return out;
}
/** A semicolon before the next item of an enumeration (二是, 其二, （二）, 2．): kept with the item before. */
// (「…；（2）实训条件改善明显…」「；②…」: items numbered in digits too)
/** A lead-in of what is to be done, then the first of its items: 「…将着力做好以下几件事：一是」. */
const PLANNED_ITEMS = /^[^。；;]{0,40}?(?:将|拟|计划|力争|打算)[^。；;]{0,20}?(?:以下|如下|几件|几项|几个方面)[^。；;]{0,10}?[:：]\s*(?:一是|[（(]?[一1][)）、.．])/;
const ENUMERATED = /(?<=[；;])(?=\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,、]|[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）]|[①-⑳]|\d{1,2}[、．.](?!\d)))/;

/** Units a printed figure can be converted from into some catalog unit (by convertUnit's own rules). */
const CATALOG_UNITS: string[] = [...new Set(INDICATORS.map((e) => e.unit))];
const unitFits = new Map<string, boolean>();
/**
 * A figure match() could take: not part of a range, a ratio or a figure with a unit some catalog unit accepts
 * (2024年 and 3个百分点 never are). Filtering first spares the clause's other checks.
 */
function mayBeIndicatorFigure(n: NumberMatch): boolean {
  if (n.high !== undefined || (n as NumberMatch & { rangeEnd?: boolean }).rangeEnd) return false;
  if (n.ratio) return true;
  if (!n.unit) return false;
  let fits = unitFits.get(n.unit);
  if (fits === undefined) {
    fits = CATALOG_UNITS.some((c) => convertUnit(1, n.unit, c) !== null);
    unitFits.set(n.unit, fits);
  }
  return fits;
}

const CN_PERCENT = /百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/g;
const CN_DIGITS = '〇一二三四五六七八九';

/** The figures of a clause, with percentages written out in words (百分之九十八点五 -> 98.5%). */
/** The last verb before a count of textbooks saying they are used, not written (选用, 使用, 征订). */
const TEXTBOOKS_IN_USE = /(?:选用|使用|采用|征订|订购|选订)了?[^，,。；;编写著开发出版入]{0,12}教材[^，,。；;编写著开发出版入]*$/;
/** 「两所」「十四个」「三十六项」: a count in words before a measure word (not 一体两翼, not 三个百分点). */
// (「三百零一人」: 零 inside a number, never opening one)
const CN_COUNT = /(?<![\u4e00-\u9fa5]{2}[一二三四五六七八九十百千零〇])([一二两三四五六七八九十百千](?:[一二两三四五六七八九十百千零〇]){0,6})\s*(?:余|多)?\s*(所|个|门|项|本|名|人次|人日|人|元|学时|课时|兆)(?!百分点|方面|一批|层次|环节|阶段|类型|维度|重点|体系|中心|平台|机制|工程|计划|行动|全覆盖)/g;
/**
 * Whether the 、-list ending the text counts n items (「形成A、B、C、D、E」 before 五个), or at most n after 等, after a verb
 * that states what the region has (「覆盖…三个专业群」「建设…两个专业群」 name some of them).
 */
function countsListBefore(before: string, n: number | null): boolean {
  const list = /([^，,。；;：:]*?)(等)?\s*$/.exec(before)!;
  const items = list[1]!.split('、').length;
  return n !== null && items >= 2 && (list[2] ? items <= n : items === n) && HAS_VERB.test(list[1]!.slice(0, list[1]!.indexOf('、')));
}
/** Verbs that state all the region has, before a list it then counts. */
const HAS_VERB = /(?:形成|共有|现有|拥有|共设|开设|设置|设有|组建|构建)了?[^、]*$/;
function chineseCounts(clause: string, nums: NumberMatch[]): void {
  CN_COUNT.lastIndex = 0;
  for (const m of matchesOf(CN_COUNT, clause)) {
    // a count in words uses 十/百 past nine (十四, 三十六): 「一一」 is no count
    if (m[1]!.length > 1 && !/[十百千]/.test(m[1]!)) continue;
    // (one digit before 个, or 一 alone, only where the clause ends on it: see CN_COUNT_HINT)
    // (「…数字商贸、现代农业、信息技术五个专业群」: or where it counts the items listed right before it)
    // (「较上年减少一所（二〇二三年为六所）」: or what a change verb says changed, last year's figure in brackets after it)
    // (「我县只有一所中等职业学校」: or where 只有 makes it a count, no article)
    // (「开设留学生专业一个（汽车运用与维修）」: or where a bracket naming them, with no figure, closes the clause)
    // (「…产教融合实践中心两个：一个是…」: or where a colon after it opens what it counts)
    if (m[1]!.length === 1 && (m[2] === '个' || m[1] === '一') && !/^(?:余|多)?\s*(?:$|[，,。；;、）):：]|[（(][^（()）0-9]*[)）]\s*(?:$|[，,。；;]))/.test(clause.slice(m.index! + m[0].length)) && !/(?:公办|民办|其中|另有|只有|仅有)$/.test(clause.slice(0, m.index)) && !countsListBefore(clause.slice(0, m.index), parseChineseNumeral(m[1]!)) && !(/^\s*[（(]/.test(clause.slice(m.index! + m[0].length)) && CHANGE_VERB.test(clause.slice(0, m.index)))) continue;
    const value = parseChineseNumeral(m[1]!);
    if (value === null || value <= 0) continue;
    const index = m.index!;
    if (nums.some((n) => index < n.end && n.index < index + m[0].length)) continue;
    nums.push({ value, base: value, magnitude: 1, unit: m[2]!, approximate: /[余多]/.test(m[0]), ratio: false, index, end: index + m[0].length, raw: m[0] });
  }
}

/**
 * 「三万八千六百五十七人」「九百六十八点四万元」「零点六二个」「十七点八比一」: a figure in words with 万 inside it, a
 * decimal (点), or a ratio, as an older writer prints every figure of a sentence (counts without them: CN_COUNT).
 */
const CN_FIGURE =
  /(?<![〇零一二两三四五六七八九十百千万亿点])((?:[一二两三四五六七八九十][〇零一二两三四五六七八九十百千万亿]{0,14}|零|〇)(?:点[〇零一二三四五六七八九]{1,4})?)(万|亿)?(元|人次|人日|人|所|个|门|项|本|名|学时|课时|兆|比一)/g;
const CN_POINT = /[点万亿]|比一/;
const ROUGHLY_BEFORE = /(?:约|近|逾|超|超过|接近|将近|大约|达近|不足|上)$/;
function chineseFigures(clause: string, nums: NumberMatch[]): void {
  CN_FIGURE.lastIndex = 0;
  for (const m of matchesOf(CN_FIGURE, clause)) {
    const [whole, frac] = m[1]!.split('点');
    if (!CN_POINT.test(m[0]) || ((whole === '零' || whole === '〇') && !frac)) continue;
    // (「接近一万人」「已逾一万五千人」「约五千三百万元」: a round figure in words is an estimate, and says nothing here)
    if (ROUGHLY_BEFORE.test(clause.slice(Math.max(0, m.index! - 3), m.index!)) || /^\s*(?:左右|余|多|上下)/.test(clause.slice(m.index! + m[0].length))) continue;
    const int = whole === '零' || whole === '〇' ? 0 : parseChineseNumeral(whole!);
    if (int === null) continue;
    const base = frac ? Number(`${int}.${[...frac].map((c) => (c === '零' ? 0 : CN_DIGITS.indexOf(c))).join('')}`) : int;
    const magnitude = m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1;
    const index = m.index!;
    const end = index + m[0].length;
    // (a count read already, 三百零一人, keeps its reading)
    for (let k = nums.length - 1; k >= 0; k--) if (index < nums[k]!.end && nums[k]!.index < end) nums.splice(k, 1);
    const ratio = m[3] === '比一';
    nums.push({ value: base * magnitude, base, magnitude, unit: ratio ? ':1' : m[3]!, approximate: false, ratio, index, end, raw: m[0] });
  }
}

/** The next item of a list of percentages in words whose 百分之 was said once (see numbersIn). */
const PERCENT_LISTED = /^\s*[、和及与]\s*([一二三四五六七八九十]{1,3})点([〇零一二三四五六七八九]{1,3})(?![〇零一二三四五六七八九十百千万亿点个人所])/;
function numbersIn(clause: string): NumberMatch[] {
  const nums = findNumbers(clause);
  if (mayCountInWords(clause)) {
    chineseCounts(clause, nums);
    nums.sort((a, b) => a.index - b.index);
  }
  if (mayFigureInWords(clause)) {
    chineseFigures(clause, nums);
    nums.sort((a, b) => a.index - b.index);
  }
  if (!clause.includes('百分之')) return nums;
  CN_PERCENT.lastIndex = 0;
  for (const m of matchesOf(CN_PERCENT, clause)) {
    const whole = parseChineseNumeral(m[1]!);
    if (whole === null) continue;
    const frac = (m[2] ?? '').replace(/[零〇]/g, '〇').split('').map((c) => CN_DIGITS.indexOf(c)).join('');
    const value = Number(`${whole}${frac ? '.' + frac : ''}`);
    if (!Number.isFinite(value)) continue;
    nums.push({ value, base: value, magnitude: 1, unit: '%', approximate: false, ratio: false, index: m.index!, end: m.index! + m[0].length, raw: m[0] });
    // (「依次为百分之九十五点三、九十二点七和九十四点六」: a list's 百分之 said once, before its first figure)
    for (let at = m.index! + m[0].length, next = PERCENT_LISTED.exec(clause.slice(at)); next; next = PERCENT_LISTED.exec(clause.slice(at))) {
      const v = Number(`${parseChineseNumeral(next[1]!)}.${[...next[2]!].map((c) => (c === '零' || c === '〇' ? 0 : CN_DIGITS.indexOf(c))).join('')}`);
      const start = at + next[0].length - next[1]!.length - next[2]!.length - 1;
      if (Number.isFinite(v) && v <= 100) nums.push({ value: v, base: v, magnitude: 1, unit: '%', approximate: false, ratio: false, index: start, end: at + next[0].length, raw: next[0].slice(next[0].length - next[1]!.length - next[2]!.length - 1) });
      at += next[0].length;
    }
  }
  return nums.sort((a, b) => a.index - b.index);
}
