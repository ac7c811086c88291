/**
 * Whose figure a clause states: the report's region, or a single school or a sub-region inside it (a city in a
 * province report, a district or county in a city report). Shared by the prose and table readers.
 */
import { allCities, citiesOf, provinceShort, PROVINCES } from './regions';
import type { ReportIdentity } from './types';
import { matchesOf } from './matches';
import { parseChineseNumeral } from '../numbers/parse';

const SCHOOL = /([\u4e00-\u9fa5]{2,12}?)(职业技术学校|职业学校|中等专业学校|职业中专|职业中学|职业高级中学|职业高中|职校|(?<![中高])职专(?![业科])|(?<![高中])职中(?![心专])|技工学校|技师学院|职业技术学院|职业技术大学|职业大学|职业学院|学院|中专(?!升本|业)|农广校|技术学校|(?:卫生|商业|农业|工业|财经|艺术|体育|师范|交通|信息|旅游|林业|电子|机电|经济|商贸|建筑|化工|护理|医药|幼儿师范|工程|设计|美术|音乐|戏曲|航空|铁路|汽车|烹饪|园林|水利|电力|邮电|石油|煤炭|冶金|纺织|服装|轻工|商务|外语|计算机|城建)学校)/g;
/** 「县职教中心」「大凌县职业教育中心」「皖江市第三中等职业学校」: one school, however short its name. */
const ONE_SCHOOL = /(?<![全各本该此我]|各[\u4e00-\u9fa5]{1,3}|每个[\u4e00-\u9fa5]{0,3}|所有[\u4e00-\u9fa5]{0,3})(?:职教中心|职业教育中心|职业技术教育中心)|第[一二三四五六七八九十]+(?:中等职业学校|职业中学|职业高级中学|职业学校|中专)|(?<![全各本该此我\u4e00-\u9fa5])[县市区旗](?:职业技术学校|职业学校|职业中专|职业中学|职业高级中学|中等专业学校|农广校|技工学校|中专|职专(?![业科])|职校|职中(?![心专]))|该校|该中心/;
// (「各二级学院」「下属学院」: a college's own schools, no one school's name)
const GENERIC_SCHOOL_PREFIX = /(二级|下属|所属|中等|全市|全省|全区|全县|各|市内|省内|区内|本市|本省|本区|本县|本州|本旗|所有|民办|公办|中职|高职|^职业|的|等|和|与|及|所|家|类|不含|含|包括|包含|除)$/;
/** Words that stand before 全县/全市 when it means the whole place (2024年全县, 我们全市). */
const WORD_BEFORE_ALL = /[年的在和与及了是对为将把由从向等我们本各有中说，]/;
const DISTRICT = /([\u4e00-\u9fa5]{2,3})(区|县|旗)(?![级域内位属直管])/g;
const DISTRICT_HINT = /[区县旗]/;
const SHORT_AUTONOMOUS = /(?<![\u4e00-\u9fa5]族)([\u4e00-\u9fa5]{2})自治[县旗]/g;
const COUNTY_CITY = /(?:^|[^全本我各该])[\u4e00-\u9fa5]{1,2}市市(?![直属级区场民容政委])/;
const RELYING_ON = /(?:依托|依靠|借助|利用|立足)[\u4e00-\u9fa5]{0,4}$/;
const VERB_BEFORE_PLACE = /(?:依托|依靠|利用|通过|借助|联合|承担|服务|面向|围绕|对接|支持|推动|带动|配合|协助|组织|参加|参与|举办|开展|落实|完成|建设|打造|融入|立足|扎根|覆盖|辐射|满足|助力|支撑)$/;
const DISTRICT_STOP = /^(全|本|各|城|社|园|校|片|地|景|辖|郊|山|试验|示范|开发|新|老|市|省|县|区|自治|民族|贫困|农村|山区|牧区|库区|边|矿)/;

const PAIRED_FIELDS_SCHOOL = /[\u4e00-\u9fa5]{2,4}(?:艺术|设计|美术|信息|工程|技术|管理|服务|科技|经济|文化)与(?:设计|艺术|信息|工程|技术|管理|服务|传媒|科技|贸易|旅游)(?:职业)?(?:学校|学院)/;
const SCHOOL_HINT = /学校|学院|职校|职专|职中|中专|中学|农广校|职业技术大学|职业大学/;
const PLACE_SCHOOL = /(?<![全本各该我])(?:省|市|县|区|州|旗)([\u4e00-\u9fa5]{2,8}?)学校/g;
const GENERIC_SCHOOL_WORDS = /中职|高职|中等|职业|域内|境内|安排|投入|拨付|下达|资助|补助|奖补|职教|技工|技术|高中|中小|属|直|管|各|所有|公办|民办|的|等|和|与|及|类|级|所|全|本|该|有|[区市县省校]内|[区市县省校]外|重点|示范|优质|特色|骨干|合格|达标|样本|试点|成员|乡镇|部分|其他|这些|相关|每/;
/**
 * 「兴义市中等职业学校作为全市规模最大的公办学校」「规模最大的是兴义市中等职业学校」: the clause speaks of one school, the
 * largest or the only one.
 */
const SUBJECT_IS_ONE_SCHOOL = /(?:作为|是|系)(?:全[市县省区州旗]|本[市县区州旗])?[\u4e00-\u9fa5]{0,6}?(?:最大|唯一|规模最大|办学规模最大)的?[\u4e00-\u9fa5“”]{0,10}?(?:学校|院校|职校|中专|职教中心)|(?:最大|唯一)的(?:[\u4e00-\u9fa5]{0,6}(?:学校|院校))?(?:是|为)/;
export function namesSchool(clause: string): boolean {
  if (ONE_SCHOOL.test(clause)) return true;
  if ((clause.includes('最大') || clause.includes('唯一')) && SUBJECT_IS_ONE_SCHOOL.test(clause)) return true;
  // 「湖州艺术与设计学校」: a name that joins two fields with 与 (the generic-prefix check stops at 与)
  if (clause.includes('与') && PAIRED_FIELDS_SCHOOL.test(clause)) return true;
  const hint = clause.search(SCHOOL_HINT);
  if (hint < 0) return false;
  // 「上海市浦东外事服务学校」: a place, then words of the school's own, then 学校 (not 中职/职业 or a set's word)
  if (clause.includes('学校')) {
    PLACE_SCHOOL.lastIndex = 0;
    for (const m of matchesOf(PLACE_SCHOOL, clause)) if (!GENERIC_SCHOOL_WORDS.test(m[1]!)) return true;
  }
  // every school suffix holds a hint word at most 4 characters in, after at most 12 characters of name: no
  // match can start earlier than this
  SCHOOL.lastIndex = Math.max(0, hint - 16);
  let m: RegExpExecArray | null;
  while ((m = SCHOOL.exec(clause))) {
    const prefix = m[1]!;
    // 「天全县职业高级中学」: a place whose name ends in 全县 is no 全县
    const placeEndingInAll = /[\u4e00-\u9fa5]全[市省区县]$/.test(prefix) && !WORD_BEFORE_ALL.test(prefix.slice(-3, -2));
    if ((GENERIC_SCHOOL_PREFIX.test(prefix) && !placeEndingInAll) || /^(中等|全市|全省|各|中职|高职)/.test(prefix)) continue;
    if (/(中等职业|中职)$/.test(prefix + m[2]!.slice(0, 0))) continue;
    // 「校企共建产业学院126个」「建成12个现代产业学院」: a kind counted in 个 is no one school (a school is a 所)
    // 「合作开办海外职业技术学校（分校）2所」: schools of a kind, counted, are no one school
    // (but 「某职业技术学校一所学校就开设专业21个」 is that one school)
    if (/^\s*(?:[（(][^（()）]{0,8}[)）])?\s*(?![1１一]\s*所)(?:[0-9０-９]+|[一二两三四五六七八九十]+)\s*所(?!学校|院校)/.test(clause.slice(m.index + m[0].length))) continue;
    // 「共建“兴国智能制造产业学院”」: a college a school runs with companies is no school of its own
    if (m[2] === '学院' && /(?:产业|行业|企业|工匠|二级)$/.test(prefix)) continue;
    if (m[2] === '学院' && (/^\s*[0-9０-９][0-9,]*\s*个/.test(clause.slice(m.index + m[0].length)) || /[0-9０-９一二两三四五六七八九十]\s*个[\u4e00-\u9fa5]{0,10}$/.test(clause.slice(0, m.index + m[1]!.length)))) continue;
    return true;
  }
  return false;
}

export interface Scope {
  /** Words for a region wider than the report's (全国, 全省 in a city report): their figures are not the region's. */
  wider: RegExp | null;
  /** Provinces other than the report's. */
  otherProvinces: string[];
  /** Parts of a school (a named major, a department) in a school's own report. */
  parts: RegExp | null;
  /** The report is one school's: a city named in it is the school's city, wider than the school. */
  school: boolean;
  /** Full names of places that are not the region (cities with 市/州). */
  others: Set<string>;
  /** Words that turn a sentence to a part of the region (分区域看, 市直学校, 下辖的…). */
  partOfRegion: RegExp;
  /** In a county's report, the words for the schools it runs itself (区属, 县管): see partOfCounty. */
  ownRun: RegExp | null;
  /** The region's own name where a form says 本地 (留在湖州本地就业, 在浦东新区就业): lead, name, 本地 or not. */
  ownLocal: RegExp | null;
  /** The report's province by name before 就业/去向落实 (在津, 浙江省内): the lexicon's 本省. */
  ownProvince: RegExp | null;
  /** A county with one school (全县中等职业学校1所，即县职教中心): that school's names, which name the county. */
  ownSchool?: RegExp;
  /** Short names worth matching (only a province report's own cities: 兰州, 天水). */
  shorts: RegExp | null;
  /**
   * Contests named for the region or a wider one (北京市职业院校技能大赛 in a district's report, 全省…技能大赛 in a
   * city's): the place names who holds the contest, not whose figure follows.
   */
  hostedContests: RegExp | null;
  region: string;
  /** The report covers both school levels (levels.ts): 职业院校 with no level are the schools of both. */
  bothLevels?: boolean;
  /** The year a figure alone in brackets after a figure gives, where the report says so (括号内为上年数据). */
  bracketYear?: number;
  /** The report dates a school year by the year it starts in (2024—2025学年 is its 2024): read so in prose too. */
  schoolYearStarts?: boolean;
  /** How many schools the region has, as the sentences that count them all say (全县共有中职学校2所): 「两校」 then names them all. */
  schoolCounts?: number[];
  /** A speech given the year after the report's (同志们：…): its 去年 is the report's year. */
  spokenNextYear?: boolean;
  /** The region's vocational schools take technical schools or a 高职 college in: 职业院校 and 职业教育 name that wider whole. */
  vocationalWider?: boolean;
  /** A city's report on the schools it runs, as many as it says (本报告的统计范围为…举办的3所高等职业院校): the city's count of all its schools is wider. */
  ownRunSchools?: number;
}

const scopeCache = new Map<string, Scope>();
export function scopeOf(report: ReportIdentity): Scope {
  const key = `${report.region}|${report.regionLevel}|${report.province}|${report.title}`;
  const hit = scopeCache.get(key);
  if (hit) return hit;
  const region = report.region ?? '';
  const others = new Set(allCities().filter((c) => c !== region));
  let shorts: RegExp | null = null;
  if (report.regionLevel === 'province' && report.province) {
    const names = citiesOf(report.province)
      .map((c) => c.replace(/(市|回族自治州|藏族自治州|自治州)$/, ''))
      .filter((c) => c.length >= 2);
    // 吉林 is a city of 吉林省: the province's own name is not its city's
    if (names.length) shorts = new RegExp(names.map((n) => `${n}(?!省)`).join('|'));
  }
  const levels = { province: 1, city: 2, county: 3, school: 4 } as const;
  const level = report.regionLevel ? levels[report.regionLevel] : 0;
  const wider: string[] = [];
  // 全国 as a place (全国高职院校…, 全国平均), not as part of a name (全国职业院校技能大赛, 全国文明校园) or of an honour
  // (全国劳动模范, 全国和省级劳动模范, 全国技术能手)
  if (level >= 1) wider.push('全国(?!职业院校技能|职业技能|文明|优秀|先进|示范|重点|教育系统|职业教育活动周|青少年|学生|大学生|“|(?:(?:和|及|、)(?:省|市|省市|自治区)级?)?(?:劳动模范|劳模|五一劳动|技术能手|技能大师|首席技师|黄炎培))');
  if (level >= 2) {
    wider.push('全省', '全自治区');
    // in an autonomous region, 全区 is the region's own word for itself: wider than its cities and counties (a
    // district says 全区 of itself)
    if (report.province?.endsWith('自治区') && !region.endsWith('区')) wider.push('全区');
    // the province's own schools by name (「福建省中职学校生师比为17.6:1」), not its exams or contests
    if (report.province && report.province !== region)
      // (「河南省中职毕业去向落实率 96.2%」 beside the city's: 中职 alone as well)
      // (「湖南省目前共有高职院校76所」: what the province has, said so)
      wider.push(`${report.province}(?:目前|现|当前|现在)?(?:共有|拥有|有|共)?(?:中职学校|中等职业学校|高职院校|职业院校|中职|高职)(?!分类|技能|招生|示范|办学能力|质量|专业教学标准|教学标准|设置标准|标准|学校|院校|考|单招|对口)`);
  }
  if (level >= 3 && !region.endsWith('市')) wider.push('全市', '全州', '全盟');
  if (level >= 4) {
    // a school's report: its province and city are wider than the school
    wider.push('全县', '全区', '全市');
    if (report.province) wider.push(report.province, provinceShort(report.province) + '省');
    // (「海丰县4所中职学校…」 in 海丰县莲花山职业技术学校's report: the place its name opens on, but for its own name)
    const home = SCHOOL_HOME.exec(region);
    if (home) wider.push(`${home[1]}(?!${region.slice(home[1]!.length).replace(/[()（）]/g, '.')})`);
  }
  const otherProvinces = PROVINCES.filter((p) => p !== report.province && p !== region && p.length > 2);
  // the city a district's title names before it (深圳市龙岗区…): wider, and a host of contests
  const at = region && report.title ? report.title.indexOf(region) : -1;
  const parent = at > 0 ? /([\u4e00-\u9fa5]{2,6}市)\s*$/.exec(report.title!.slice(0, at))?.[1] : undefined;
  const hosts = ['全国', '全省', '全自治区', ...(level >= 3 ? ['全市', '全州', '全盟'] : []), ...(level >= 2 && report.province?.endsWith('自治区') && !region.endsWith('区') ? ['全区'] : [])];
  if (level >= 2 && report.province) hosts.push(report.province, provinceShort(report.province) + '省');
  if (parent) hosts.push(parent);
  const s = {
    others,
    shorts,
    region,
    wider: wider.length ? new RegExp(wider.join('|')) : null,
    otherProvinces,
    // inside a school's report, one of its majors or departments is a part of it
    parts: level === 4 ? /[\u4e00-\u9fa5]{2,10}(?:专业群?|工程部|专业部|学部|系)(?=20\d\d届|毕业生|学生|在校生|的|共有|现有|开设|专任)|二级学院|分院|教研室|班级/ : null,
    school: level === 4,
    partOfRegion: level === 3 ? partOfCounty(region) : PART_OF_REGION,
    ownLocal: ownLocalOf(region, report.province ?? '', parent),
    ownProvince: ownProvinceOf(report.province ?? '', region),
    ownRun: level === 3 && /[县区市旗]$/.test(region) ? new RegExp(`${region.slice(-1)}(?:属|管|直属|直)`) : null,
    hostedContests: level >= 2 ? new RegExp(`(?:${hosts.join('|')})(?:第[^，,；;。]{1,4}届)?${CONTEST_TITLE}`, 'g') : null,
  };
  scopeCache.set(key, s);
  return s;
}

/** Words that turn a sentence to a part of the region: 分区域看, 市直学校, 下辖的… */
// (a park is a part where schools stand in it: 「园区内学校」, not 「面向园区企业」)
// (「县域学校」「市区学校」 in a city's report: the schools of one kind of its area)
// (「4个城区共有中职学校7所」「6个县中职学校…」: some of the region's districts or counties, counted, even after 全市;
// 「全市10个县区」, every county and district, is all; 「一个县的职业教育」 is the report's own)
// (「面向全县二十五个乡镇开展…培训」「覆盖全市12个县区」: what serves every township or county names all of them, unlike 「全县3个
// 乡镇的学校」)
const PART_WORDS = '(?<!(?:面向|覆盖|辐射|遍及|惠及|服务|走遍|深入)\\s*全[县市区旗州盟]\\s*)(?<![0-9０-９一二两三四五六七八九十])(?!(?:1|１|一)个)(?:[0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})个(?:(?:主城区|中心城区|城区|市辖区|郊县|县|区|乡镇)(?![域内外级])|组团|片区)|(?:县域|市区|城区|主城区|农村|乡镇)(?:中职)?(?:学校|院校|职校)|分区域|分地区|分县区|分区县|分县\\(?（?市|下辖|集团内|联盟内|成员学校|成员单位|职教园|职教城|(?:科技园|产业园|园区)(?:区)?(?:内|的?(?:学校|院校|职校))';
/** The schools a level runs itself (市直, 县属): a part of a city's or province's region. */
const RUN_BY = ['市直', '县直', '区直', '市属', '县属', '区属'];
/** 「在上关镇培训菇农420人次」: a town by its name, always a part of the report's region (not 城镇, 乡镇, 特色小镇, 全镇). */
// (镇江市, 镇雄县, 镇远县…: a county's or city's name opening on 镇 is none; nor 街镇, the towns and subdistricts all told)
const TOWN = /[\u4e00-\u9fa5]{2,3}(?<![城村乡重小集古名全该本各市县区街])镇(?![村域江雄远原平安坪赉宁巴沅康海])/;
const PART_OF_REGION = new RegExp(`(${PART_WORDS}|${RUN_BY.join('|')})`);
/** The peoples an autonomous prefecture or county is named for (大理白族自治州, 黔东南苗族侗族自治州). */
const ETHNIC = '(?:苗|侗|白|土|朝鲜|藏|彝|壮|回|维吾尔|蒙古|哈萨克|傣|哈尼|布依|土家|瑶|黎|羌|纳西|傈僳|景颇|佤|拉祜|水|仡佬|畲|满|锡伯|撒拉|保安|东乡|裕固|柯尔克孜|毛南|仫佬|独龙|怒|普米|阿昌|德昂|基诺|门巴|鄂温克|鄂伦春|达斡尔|塔吉克)族';
const ETHNIC_TAIL = new RegExp(`(?:${ETHNIC})+$`);
const ETHNIC_BEFORE = new RegExp(`(?:${ETHNIC})+(?=[州县]$)`);
/** An autonomous prefecture or county named without its peoples: 大理白族自治州 → 大理州, 长阳土家族自治县 → 长阳县. */
function withoutPeoples(name: string): string {
  return name.replace(/自治(州|县)$/, '$1').replace(ETHNIC_BEFORE, '');
}

function ownLocalOf(region: string, province: string, parent?: string): RegExp | null {
  const own = province && region.startsWith(province) && region !== province ? region.slice(province.length) : region;
  const short = own.replace(/(?:自治县|自治州|自治区|新区|地区|市|县|区|州|盟|旗|省)$/, '');
  // 大理白族自治州 is 大理州 in its own report's sentences
  const plain = withoutPeoples(own);
  // (a new area's report says 留在新区就业 of itself)
  // (a municipality's district: its graduates who stay in the municipality stay local, 留在北京就业, 留京就业)
  const municipality = MUNICIPALITY_SHORT[province] && region !== province ? [province, provinceShort(province)] : [];
  // (a city's district, as its title names the city: staying in the city is staying local, 留在深圳市内就业)
  const city = parent && region.endsWith('区') ? [parent, parent.replace(/市$/, '')] : [];
  const names = [...new Set([region, own, plain, short.replace(ETHNIC_TAIL, ''), region.endsWith('新区') ? '新区' : '', ...municipality, ...city])]
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length);
  if (!names.length) return null;
  // 「留蚌就业」「留汉就业」: a character of the city's two-character name after 留 is the city
  const one = [short.length === 2 ? short : '', municipality.length ? MUNICIPALITY_SHORT[province]! : ''].join('');
  const chars = one ? `|留(?<one>[${one}])(?=就业)` : '';
  // (「留在南海区及佛山市内就业」: two of its names joined)
  const name = `(?:${names.join('|')})`;
  return new RegExp(`(?<lead>留在|在)(?<name>${name}(?:[及和与、]${name})?)(?<local>本地|当地|本市|本县|本区|内)?(?=就业)${chars}`, 'g');
}

/** A municipality's one-character name, as 在京/在津 say it. */
const MUNICIPALITY_SHORT: Record<string, string> = { 北京市: '京', 天津市: '津', 上海市: '沪', 重庆市: '渝' };
/** An autonomous region's one-character name, as 疆内/桂内 say it. */
const AUTONOMOUS_SHORT: Record<string, string> = { 新疆维吾尔自治区: '疆', 广西壮族自治区: '桂', 西藏自治区: '藏', 宁夏回族自治区: '宁' };
function ownProvinceOf(province: string, region: string): RegExp | null {
  if (!province) return null;
  const short = provinceShort(province);
  // (in a municipality's district, 本市 is the municipality: 「本市去向落实率」)
  const names = [...new Set([province, short, MUNICIPALITY_SHORT[province] && region !== province ? '本市' : ''])].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  const one = MUNICIPALITY_SHORT[province];
  // (a municipality's own report: 本市 is the province too, where it says where graduates were placed; 留在本市就业
  // stays its 本地)
  const itself = one && region === province ? '|本市(?=去向落实|落实去向|落实毕业去向)' : '';
  // an autonomous region says 自治区内 and its one-character name (疆内, 桂内) for 省内; its own report says 区内 as well
  // (a district's 区内 is the district, and a city's is no wider than the city)
  const autonomous = province.endsWith('自治区') ? `|在?(?:自治区${region === province ? '|区' : ''}${AUTONOMOUS_SHORT[province] ? `|${AUTONOMOUS_SHORT[province]}` : ''})(?:内|范围内)` : '';
  return new RegExp(`(?:在?(?:${names.join('|')})(?:省|市)?(?:内|范围内)?${one ? `|在${one}` : ''}${autonomous})(?=去向落实|落实去向|落实毕业去向|就业)${itself}`, 'g');
}

/** A label key with the report's province named as the lexicon's 本省 (本市去向落实率 in a municipality's report). */
export function ownProvinceKey(key: string, scope: Scope | undefined): string {
  if (!scope?.ownProvince || !(key.includes('去向') || key.includes('就业'))) return key;
  return key.replace(scope.ownProvince, '本省');
}

/**
 * In a county's or district's report the schools it runs itself (县属, 区直; 市属 in a county-level city) are its
 * whole: no level below a county runs vocational schools. A city's or province's own (市属, 省直) are a part
 * beside the counties', and a district's city runs schools that are not the district's.
 */
function partOfCounty(region: string): RegExp {
  const own = region.slice(-1);
  return new RegExp(`(${PART_WORDS}|${RUN_BY.filter((w) => w[0] !== own).join('|')})`);
}
/** A city named generically (皖江市, 岭东市), when it is not the report's own: not after 全/本/该/我/各/设区/县级. */
const CITY = /([\u4e00-\u9fa5]{2,3})市(?![场民级属直内域区外县])/g;
const CITY_STOP = /[全本该我各省县区级地设城都超门]$/;
// (「“粤东西北”地区」: several directions, in quotes)
const PROVINCE_PART = /[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘陇青宁蒙][东西南北中]{1,3}[”"」]?(?:部|地区|片区|区域|地)|[\u4e00-\u9fa5]{2}(?:都市圈|经济带|城市群)|[珠长]三角/;
/** A prefecture named short (伊犁州, 迪庆州): not 全州/本州, not the tail of 自治州. */
const PREFECTURE = /([\u4e00-\u9fa5]{2,3})州(?![级属长府立])/g;
const PREFECTURE_STOP = /[全本该我各治族省县市区]$/;

/** A clause about a city or district other than the report's region. One pass over the 市/州/区/县 in it. */
/** What may stand between a host and its contest word: no verb of winning, no 在/的 (全市学生在…大赛中获奖 is the city's). */
const CONTEST_WORDS = '大赛|比赛|竞赛|技能赛|运动会|展演|联赛|锦标赛';
const CONTEST_TITLE = `[^，,；;。：:、在的获得【】()（）]{0,14}?(?:${CONTEST_WORDS})`;
const CONTEST = new RegExp(CONTEST_WORDS);

export function namesSubRegion(text: string, scope: Scope): boolean {
  if (scope.hostedContests && CONTEST.test(text)) text = text.replace(scope.hostedContests, (m) => ' '.repeat(m.length));
  if (scope.shorts && scope.shorts.test(text)) return true;
  if (scope.wider && scope.wider.test(text)) return true;
  if (scope.partOfRegion.test(text)) return true;
  // (景德镇市: the region's own name may hold 镇)
  if (text.includes('镇') && TOWN.test(scope.region.includes('镇') ? text.replaceAll(scope.region.replace(/[市县区]$/, ''), '') : text)) return true;
  if (scope.parts && scope.parts.test(text)) return true;
  if (text.includes('省') || text.includes('自治区')) for (const p of scope.otherProvinces) if (text.includes(p)) return true;
  // 「津市市」「合山市」…: a county-level city whose own name ends in 市
  if (text.includes('市市') && COUNTY_CITY.test(text) && !scope.region.endsWith('市市')) return true;
  for (let i = text.indexOf('市'); i >= 0; i = text.indexOf('市', i + 1)) {
    for (let len = 2; len <= 4 && i - len >= 0; len++) {
      const name = text.slice(i - len, i + 1);
      if (scope.others.has(name) && !scope.region.endsWith(name)) return true;
    }
  }
  if (text.includes('市') && scope.region !== '') {
    CITY.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = CITY.exec(text))) {
      // 全市, 本市, 我市, 各市, 县级市, 设区市, 城市, 超市: not a place's name
      if (CITY_STOP.test(c[1]!)) continue;
      const name = lastName(c[1]!);
      if (!name) continue;
      const full = name + '市';
      // the report's own city, with a character of the sentence in front of it (2024年江门市)
      // (in a prefecture's report, 玉树市 for 玉树藏族自治州 and 恩施市 for 恩施州 are a county-level city inside it)
      if ((c[1]! + '市').endsWith(scope.region) || scope.region.endsWith(full) || (!scope.school && scope.region.startsWith(name) && !/(?:州|地区|盟)$/.test(scope.region))) continue;
      return true;
    }
  }
  // 「伊犁州直现有中等职业学校14所」「迪庆州」: a prefecture named short, when it is not the report's own
  if (text.includes('州') && scope.region !== '') {
    PREFECTURE.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = PREFECTURE.exec(text))) {
      const name = lastName(c[1]!);
      if (!name || PREFECTURE_STOP.test(c[1]!) || scope.region.startsWith(name)) continue;
      // 「依托贵州省…平台」: a province's name, not a prefecture's
      if (text.charAt(c.index + c[0].length) === '省') continue;
      // the report's own place with a character of the sentence in front of it (2024年温州市, 年大理州)
      const word = c[1]! + '州';
      let own = false;
      for (let k = 2; k <= word.length && !own; k++) own = scope.region.startsWith(word.slice(-k)) || (k >= 3 && scope.region.startsWith(word.slice(-k, -1)));
      // (博州 for 博尔塔拉蒙古自治州, 巴州 for 巴音郭楞: a prefecture by its first character)
      if (!own && scope.region.endsWith('州') && word.endsWith(scope.region.charAt(0) + '州')) own = true;
      if (!own) return true;
    }
  }
  // 「辽西北地区」「苏北」「粤东地区」「沈阳都市圈」: a named part of a province
  if (PROVINCE_PART.test(text)) return true;
  // a district, county or banner is named with 区, 县 or 旗
  if (!DISTRICT_HINT.test(text)) return false;
  // 「城关区域内学校在校生合计7350人」: a named area inside the region (not 重点区域, 民族区域 and their like)
  const area = /([\u4e00-\u9fa5]{2})区域内/.exec(text);
  if (area && !AREA_WORD.test(area[1]!)) return true;
  // 「道真自治县有中职学校1所」: an autonomous county by its short name (two characters, then 自治县), not the region's
  if (text.includes('自治')) for (const a of matchesOf(SHORT_AUTONOMOUS, text)) if (!a[1]!.endsWith('族') && !scope.region.startsWith(a[1]!) && !scope.region.includes(a[1]! + '自治') && !/[全本该我各]/.test(a[1]![0]!)) return true;
  DISTRICT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DISTRICT.exec(text))) {
    // 「下辖的北江县」: the name is what follows the last function word
    const name = lastName(m[1]!);
    if (!name || DISTRICT_STOP.test(name)) continue;
    // 「打造…高质量发展示范区」「建设国家…试验区」: a zone a programme designates, not a district
    if (m[2] === '区' && /(?:示范|试验|实验|先行|先导)$/.test(name)) continue;
    // 「西部和东北地区」: a kind of area, not a place's name (园区, 城区 are parts of the region)
    // (「承担社区教育」「景区讲解」「各校区」: a community, a scenic area, a campus, after whatever word comes before them)
    if (m[2] === '区' && /[地社景校]$/.test(name)) continue;
    // 「面向园区企业聘请…」: the companies of a park, not the schools of a district
    if (name.endsWith('园') && m[2] === '区' && /^(?:内的?)?(?:企业|的企业)/.test(text.slice(m.index + m[0].length))) continue;
    // 「围绕自治区…」: the autonomous region's own word, not a district (an autonomous county by its short name is asked
    // below)
    if (name.endsWith('自治')) continue;
    // 「2024年全区」「统计全县」「2024年我县」: the whole region, not a district (the match took a character too many)
    if (/[全本各该此辖市省县区我]$/.test(name)) continue;
    // (「2024届园区中职毕业生」: a date's last character before a word that names no place)
    if (/^[年届度]/.test(name) && DISTRICT_STOP.test(name.slice(1))) continue;
    // 「依托县乡村振兴培训基地」「承担新区产业工人培训」: a verb before 县 (or before 新区 in a 新区's report) takes the
    // region's own word as its object, no place's name
    const ownNewArea = m[2] === '区' && scope.region.endsWith('新区') && name.endsWith('新');
    // (「对接新区…」: the name found lost the verb's first character to a function word's; the words before it tell)
    if (VERB_BEFORE_PLACE.test(ownNewArea ? text.slice(Math.max(0, m.index + m[1]!.length - name.length - 4), m.index + m[1]!.length - 1) : name)) continue;
    // (「依托临空经济区龙头企业，与企业共建…」: a place the means come from, after a verb of relying on, is no subject of the figure)
    if (RELYING_ON.test(text.slice(Math.max(0, m.index - 8), m.index + m[1]!.length - name.length))) continue;
    // 「2023—2024年新区中等职业教育主要指标」「新区的中职学校」: 新区 after a date or a function word is the report's own
    // area by its short name, as 全区 is (another new area is named: 两江新区)
    if (ownNewArea && /(?:^|[年度届的在和与及、全本我该])$/.test(name.slice(0, -1))) continue;
    // 「2024年桐庐县」 is the region itself, with a character of the sentence in front of it
    const place = name + m[2]!;
    // (沛县 has a name of one character: 「2024年沛县」 ends with it)
    // (「长阳县」 in 长阳土家族自治县's report: an autonomous county by its name without its peoples)
    if (scope.region.includes(place) || (scope.region.includes('自治') && place.endsWith(withoutPeoples(scope.region))) || (scope.region.length >= 3 ? place.endsWith(scope.region.slice(-3)) : !!scope.region && place.endsWith(scope.region))) continue;
    return true;
  }
  return false;
}

/** Words that make 「X区域」 a kind of area, not a named one. */
const AREA_WORD = /^(?:重点|核心|全市|全县|全省|各个|本地|城市|农村|山区|民族|边远|贫困|周边|相关|特定|同一|功能|服务|中心|示范|试验|开发|经济|行政|学校|校园|教学|实训|生活|办公|部分|其他|不同|整个|辖区|县域|市域)$/;

/** A place name's own characters: what follows the last function word before 市/县 (下辖的北江 -> 北江). */
function lastName(run: string): string {
  // a function word, or a place that ends before this one (市经开 -> 经开)
  const cut = run.search(/[的和与及在为是对等个所名其中、市县省]+[^的和与及在为是对等个所名其中、市县省]*$/);
  const name = cut >= 0 ? run.slice(cut).replace(/^[的和与及在为是对等个所名其中、市县省]+/, '') : run;
  return name.length >= 2 ? name : '';
}

const SCHOOL_NAME = '[\\u4e00-\\u9fa5“”]{2,24}?(?:职业技术教育中心|职业教育中心|职教中心|职业技术学校|职业学校|职业中学|职业中专|中等专业学校|职校)';
/** 「全县现有中等职业学校1所，即德钦县职业教育中心」「县职教中心是全县唯一的中职学校」. */
const ONLY_ONE = new RegExp(
  // (「全县现有中等职业学校两所，其中公办中职学校一所，即…」: one of a kind of its schools is not its only school)
  `(?:全[县区旗]|本[县区旗])[^。；;所]{0,16}?(?<!公办|民办)(?:中等职业学校|中职学校)[^。；;，,]{0,6}?[1一]\\s*所[，,：:]?\\s*(?:即|为|是)?\\s*(${SCHOOL_NAME})` +
    // (「县职校是全县唯一一所中等职业学校」: a one-character place before the suffix)
    `|(${SCHOOL_NAME.replace('{2,24}', '{1,24}')})[^。；;]{0,8}(?:是|为)(?:全[县区旗]|本[县区旗])?唯一(?:一所)?的?(?:中等职业学校|中职学校)` +
    // 「我县只有县职教中心一所中等职业学校」「我县的中等职业学校只有县职教中心一所」
    // (「兴国县域内只有兴国县职业中等专业学校（即县职教中心，以下简称“我校”）一所中等职业学校」: the county by its name, the school's
    // short names in brackets after it)
    `|(?:全|本|我)[县区旗](?:域内|内)?(?:只有|仅有)(${SCHOOL_NAME.replace('{2,24}', '{1,24}')})(?:[（(][^（()）]{0,40}[)）])?[1一]所(?:中等职业学校|中职学校)` +
    `|(?:全|本|我)[县区旗]的?(?:中等职业学校|中职学校)(?:只有|仅有)(${SCHOOL_NAME.replace('{2,24}', '{1,24}')})[1一]所` +
    // 「全县现有高中阶段学校3所：普通高中2所，即…；中等职业学校1所，即皋兰县职业技术教育中心」: the county's schools by kind, the
    // vocational kind's one school named
    `|(?:全[县区旗]|本[县区旗])[^。]{0,40}?[；;：:]\\s*(?:中等职业学校|中职学校)[^。；;，,]{0,6}?[1一]\\s*所[，,：:]?\\s*(?:即|为|是)\\s*(${SCHOOL_NAME})` +
    // 「我县目前只有一所中等职业学校，即县职教中心」: the count before the kind, the school after it
    `|(?:全|本|我)[县区旗][^。；;所，,]{0,8}?(?:只有|仅有)\\s*[1一]\\s*所(?:中等职业学校|中职学校)[，,：:]?\\s*(?:即|就是)\\s*(${SCHOOL_NAME.replace('{2,24}', '{1,24}')})`,
);
const SHORT_NAME = /简称\s*[“"「]([^”"」]{2,10})[”"」]/;

/** 「…职业技术学校（以下简称“县职校”）」: the short names a report gives single schools, as one pattern; null if none. */
const SCHOOL_SHORT = /(?:学校|中心|学院|职校|中专)[）)]?\s*[（(]\s*(?:以下)?简称\s*[“"「]([^”"」]{2,8})[”"」]\s*[)）]/g;
export function schoolShortNames(texts: string[], region: string | null = null): string | null {
  const names = new Set<string>();
  for (const t of texts) if (t.includes('简称')) for (const m of matchesOf(SCHOOL_SHORT, t)) names.add(m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // (「县中职」 for one school, but 「黎平县中职毕业生」 is the county's: after the region's own name it is no short name)
  const level = region?.slice(-1);
  const stems = region ? [...new Set([region.slice(0, -1), region.slice(0, 2)])].filter((x) => x.length >= 2) : [];
  const guarded = (n: string) => (level && n.startsWith(level) && stems.length ? stems.map((x) => `(?<!${x})`).join('') + n : n);
  return names.size ? [...names].map(guarded).join('|') : null;
}

/**
 * In a county's report, the names of its only school when the report says it has one: the full name, the
 * name without the county, 县职教中心/县职校 and a 简称 the report gives. Null when it has more or does not say.
 */
export function onlySchoolOf(texts: string[], region: string): RegExp | null {
  // (「巴东县现有中等职业学校1所，即巴东县职业教育中心」: the county by its own name, as by 全县)
  const own = region.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const onlyOne = new RegExp(ONLY_ONE.source.replaceAll('(?:全[县区旗]|本[县区旗])', `(?:全[县区旗]|本[县区旗]|${own})`).replaceAll('(?:全|本|我)[县区旗]', `(?:(?:全|本|我)[县区旗]|${own.replace(/[县区旗]$/, '')}[县区旗])`));
  for (const t of texts) {
    if (!t.includes('所') && !t.includes('唯一')) continue;
    const m = onlyOne.exec(t);
    if (!m) continue;
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]!;
    const names = new Set([name, name.replace(region, ''), name.replace(/^.{1,8}?[县区旗]/, '县')]);
    if (/职业(?:技术)?教育中心|职教中心$/.test(name)) names.add('县职教中心').add('县职业教育中心').add('职教中心');
    if (/职业技术学校|职业学校|职校$/.test(name)) names.add('县职校');
    const short = SHORT_NAME.exec(t.slice(m.index));
    if (short) names.add(short[1]!);
    // (「融水苗族自治县职业技术学校（以下简称“融水职校”）创办于…」: the short name given where the school is introduced)
    for (const u of texts) {
      const at = u.indexOf(name);
      const given = at >= 0 ? SHORT_NAME.exec(u.slice(at + name.length, at + name.length + 24)) : null;
      if (given) names.add(given[1]!);
    }
    const list = [...names].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length);
    return new RegExp(list.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  }
  return null;
}

/** 「本报告凡称“全区”的数据…包含区属、市属和民办学校」: the report counts every school of its area as its own. */
// (「“全区”为3所区属学校合计…，不含市属驻区学校」 leaves them out)
const WHOLE_AREA = /全[区县旗][”"」]?[^。；;]{0,40}(?<![不未])(?:包含|包括|含)[^。；;]{0,12}(?:市属|民办)/;
/**
 * 「本报告所称“全区”，指坐落在海淀区行政区域内…也包括…市属学校」「统计口径为天河区行政区域内…共10所。其中…市属学校5所」:
 * a scope defined by the area, naming the schools the city runs in it.
 */
const AREA_SCOPE = /(?:所称|统计口径|统计范围)[^。]{0,80}?(?:行政区域内|境内|辖区内|区域内|坐落在|位于)[^。]{0,120}(?:。[^。]{0,80})?(?:市属|市教委|市级行业部门|市教育局直接)/;

/** 「本报告数据仅涵盖3所区属中职学校」: the report counts the schools its county runs, and only those. */
// (「本报告的统计范围为区教委主管的区属中等职业学校」: a scope stated as the county's own schools, likewise)
const OWN_ONLY = /(?:仅|只)(?:涵盖|包括|包含|覆盖|统计)[^。；;，,]{0,12}(?:区属|县属|区管|县管)|(?:统计范围|统计口径|统计对象|报告范围)(?:为|是)[^。；;，,]{0,12}(?:区属|县属|区管|县管)/;
/** 「统计口径为区属中等职业学校，不含辖区内由市教委直接管理的市属学校」: the scope leaves the city's schools out. */
// (「市属学校和企业举办学校的数据不计入全区合计」: named first, then left out; 「仅涵盖…区属」 counts its own only)
const LEAVES_OUT_CITY_RUN = new RegExp(`(?:不含|不包括|未纳入|不纳入|不计入)[^。；;]{0,24}(?:市属|市教委)|(?:市属|市教委)[^。；;]{0,24}(?:不计入|不纳入|不列入|未纳入|未计入|不含在|不作统计)|${OWN_ONLY.source}`);
/** The county or city a school's name opens on: 「海丰县」莲花山职业技术学校. */
const SCHOOL_HOME = /^([\u4e00-\u9fa5]{2,6}?(?:市|县|区|旗))(?=[\u4e00-\u9fa5]{4})/;

/** What stands in the county's area, the schools others run too: wider than a report that counts its own only. */
const IN_AREA = '(?:行政区域内|辖区内|区域内|境内)(?:现有|共有|有|各类)';

/**
 * A county's or district's report that says it counts only the schools it runs (「本报告数据仅涵盖3所区属中职学校」):
 * a count of all the schools in its area is wider than its whole. Null when it does not say so.
 */
export function ownOnlyScope(texts: string[], scope: Scope): Scope | null {
  if (!scope.ownRun || !texts.some((t) => (t.includes('仅') || t.includes('只') || t.includes('范围') || t.includes('口径') || t.includes('对象')) && OWN_ONLY.test(t))) return null;
  return { ...scope, wider: new RegExp([scope.wider?.source, IN_AREA].filter(Boolean).join('|')) };
}

/**
 * A county's report that says its whole (全区) counts the schools others run too: its own-run schools (区属) are then a
 * part of it, as in a city's report; null when it does not say so.
 */
export function wholeAreaScope(texts: string[], scope: Scope): Scope | null {
  // (「统计口径为区属中等职业学校，不含辖区内由市教委直接管理的市属学校」 leaves them out instead)
  if (!scope.ownRun || !texts.some((t) => (t.includes('全') && WHOLE_AREA.test(t)) || (t.includes('内') && AREA_SCOPE.test(t) && !LEAVES_OUT_CITY_RUN.test(t)))) return null;
  return { ...scope, ownRun: null, partOfRegion: PART_OF_REGION };
}

/**
 * 「本报告统计范围为青岛市属高职院校」「统计对象为武汉市属 8 所高等职业院校」「统计口径为南京市人民政府举办或由市级部门主管的
 * 7所高等职业院校」「纳入本报告统计的市属高职院校共5所」: a city's or province's report that declares it counts only the schools it runs itself. Those are then
 * its whole, not a part beside the counties' (市属 is the subject of nearly every sentence).
 */
// (「本报告所称“市属高职院校”，指由宁波市人民政府举办…」「本报告反映宁波市属高等职业院校…」: the report naming its own schools)
const OWN_RUN_DECLARED = /(?:统计口径|统计范围|统计对象|报告范围|报告对象|纳入本报告统计的|本报告统计的|本报告所称|本报告反映|本报告涵盖)[^。；;]{0,24}?(?:市属|市直属|市人民政府举办|市政府举办|市级部门主管|市属及市级部门主管)/;
const OWN_RUN_WORDS = /^(?:市属|市直)$/;

/** A city's report whose scope is the schools the city runs (see OWN_RUN_DECLARED); null when it does not say so. */
export function ownRunScope(texts: string[], scope: Scope): Scope | null {
  if (scope.ownRun || scope.school || !scope.region.endsWith('市')) return null;
  const declared = texts.find((t) => (t.includes('统计') || t.includes('报告')) && OWN_RUN_DECLARED.test(t) && !LEAVES_OUT_CITY_RUN.test(t));
  if (declared === undefined) return null;
  const counted = SCHOOLS_IN_SCOPE.exec(declared);
  const n = counted ? (/\d/.test(counted[1]!) ? Number(counted[1]) : parseChineseNumeral(counted[1]!)) : null;
  return { ...scope, partOfRegion: new RegExp(`(${PART_WORDS}|${RUN_BY.filter((w) => !OWN_RUN_WORDS.test(w)).join('|')})`), ...(n ? { ownRunSchools: n } : {}) };
}

/** 「本报告的统计范围为由苏州市人民政府举办、市教育局主管的3所高等职业院校」: the schools the report declares it covers. */
export const SCHOOLS_IN_SCOPE = /(?:(?:统计范围|统计口径|统计对象|报告范围)(?:为|是)|本报告所称[^。；;]{0,20}?指)[^。；;]{0,120}?([0-9]{1,2}|[一二两三四五六七八九十])\s*所(?:中等职业|中职|高等职业|高职)?(?:学校|院校)/;
