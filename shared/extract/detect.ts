/**
 * Is this page an annual quality report of vocational education? Two steps, as Zotero's translators split
 * detectWeb from doWeb:
 * - looksLikeReportPage: a pre-check the content script runs on EVERY page before building any block. It
 *   reads the title, URL, a few headings and a short text sample only, and may say yes too often (the full
 *   check follows), never no to a report.
 * - detectReport: a score with reasons from the title, URL, headings, a few keywords, the six standard
 *   tables, the length and the language of the blocks. News about an enrolment meeting, a school's
 *   admissions page, a notice about how to write the report, a policy page or a page in another language
 *   is not a report.
 * This module is bundled into the content script: no imports beyond types, small keyword lists only.
 */
import type { Block } from '../blocks/types';
import type { Detection, PageMeta } from './types';
import { chineseShare, OTHER_SCRIPTS } from '../text/script';

export interface PageSignals {
  title: string;
  url: string;
  headings: string[];
  textSample: string;
}

// (「关于2024年度中等职业教育质量情况的报告」: a bureau's report to its government, as an official document names it)
// (「…中等职业教育质量督导评估报告」「…质量监测报告」: the year's figures as a supervisor or a monitor reports them; 「…质量
// 第三方评估报告」「…质量年度评估报告」: or an evaluator the bureau commissioned)
// (「关于全市职业教育工作情况的报告」: a government's report on the year's vocational education to its people's congress)
// (「宁波市2024年中等职业教育发展统计公报」: the year's figures as a statistical bulletin on vocational education gives them,
// or a statistics office's analysis of them, 「…中等职业教育2021年度统计分析报告」)
// (「浦东新区2023年度中等职业教育质量数据简报」: or an analyst's data brief on its quality)
const REPORT_NAME = /(?:质量|发展)\s*(?:提升|提高|建设)?\s*(?:工作)?\s*(?:情况的?|状况的?)?\s*(?:年度)?\s*(?:报告|年报)|质量年报|年度报告|质量报告|质量\s*(?:督导|第三方|年度)?\s*(?:评估|监测)\s*报告|督导\s*(?:评估|评价|检查)?\s*报告|职业教育\s*工作\s*(?:情况|状况)的?\s*报告|职业教育[\u4e00-\u9fa5]{0,6}统计公报|职业教育[\u4e00-\u9fa5\d]{0,8}统计(?:分析)?报告|质量\s*(?:数据|年度)?\s*简报/;
const VOCATIONAL = /职业教育|职教|中职|中等职业|高职|高等职业|职业学校|职业技术|职业学院|技工|技师学院|中专/;
const STANDARD_TABLES = ['计分卡', '满意度调查表', '教学资源表', '服务贡献表', '国际影响表', '落实政策表'];
const STANDARD_RE = /人才培养质量计分卡|计分卡|满意度调查表|教学资源表|服务贡献表|国际影响表|落实政策表/g;
const CHAPTERS = ['人才培养', '服务贡献', '文化传承', '国际合作', '产教融合', '发展保障', '面临挑战', '基本情况', '发展概况', '办学条件', '学生发展', '教学改革', '政策落实', '国际影响', '学校概况', '服务地方'];
const KEYWORDS = ['在校生', '毕业生', '专任教师', '生师比', '就业率', '去向落实率', '双师型', '招生', '实训基地', '校企合作'];
/** A line that is all one bracketed note. */
const BRACKETED_NOTE = /^\s*[（(][^（()）]*[)）]\s*$/;
/** A site's menu or breadcrumb line: 首页 among links set apart by bars or arrows, or 当前位置. */
const SITE_NAVIGATION = /首页\s*[|｜>›»/／]|[|｜>›»]\s*首页|当前位置|您的位置|所在位置/;
/** Titles of pages that restate a report's content: an interpretation, an interview. */
const RESTATES = /解读|答记者问/;
/** A breadcrumb's trail, two separators at least: 「首页 > 通知公告 > 质量年报」. */
const CRUMBS = /[>＞›»]\s*[^>＞›»]{1,16}?\s*[>＞›»]/;
const LAST_CRUMB = /[^>＞›»]*$/;
/** Titles of pages that talk about reports or schools without being one. */
const NOT_A_REPORT_TITLE =
  /通知|会议|招生简章|招生计划|招生章程|招生工作|招生咨询|招生宣传|报名|录取|简章|征集|培训班|动员|部署|座谈|调研|答记者问|解读|印发|办法|意见|方案|征求意见|编写指南|撰写|编制工作|报送|填报|模板|提纲|公示名单|名单|目录|列表|专题|栏目/;
const URL_HINT = /zlbg|ndbg|nianbao|zhiliangbaogao|quality[-_]?report|annual[-_]?report/i;
const CJK = /[\u4e00-\u9fff]/g;
/**
 * Figures are counted up to this many: the score asks for 15 and 40, so a long page is not read to its end
 * for them.
 */
const ENOUGH_FIGURES = 40;
/**
 * A figure with the units reports count in: 57017人, 97.78%, 28所, 1.28万元. Tried only where a run of
 * digits starts: a failed try at its first digit fails at every other one.
 */
// (「百分之九十六点五」「十二点八万人」「一千二百四十六名」: figures spelt in words, as an official's speech gives them)
const FIGURE = /(?<!\d)\d[\d,.]*\s*(?:%|％|人|所|个|万元|元|门|项|名|:1)|百分之[〇零一二三四五六七八九十点]+|[一二两三四五六七八九十百千][〇零一二两三四五六七八九十百千点]+万?(?:人|所|名|项|门|个|元)/g;

/** Share of CJK ideographs among the letters of a text (digits, spaces and punctuation aside): one pass. */
function cjkShare(s: string): number {
  const { cjk, said } = chineseShare(s);
  return said ? cjk / said : 0;
}

// (「བསང་ཆུ་རྫོང་…夏河县2022年中等职业教育质量年度报告」: a bilingual page's Tibetan, Mongolian or Uyghur line, which a text layer may
// run into the Chinese title after it, names nothing the reader looks for)
const OTHER_SCRIPT = new RegExp(`[${OTHER_SCRIPTS}]`);
const OTHER_SCRIPT_RUN = new RegExp(`[${OTHER_SCRIPTS}\\u202f][${OTHER_SCRIPTS}\\u202f\\s]*`, 'g');
function textOf(b: Block): string {
  if (!b || typeof b !== 'object') return '';
  if (b.kind === 'table') return '';
  const t = typeof b.text === 'string' ? b.text : '';
  return OTHER_SCRIPT.test(t) ? t.replace(OTHER_SCRIPT_RUN, '').trim() : t;
}

/** The first `max` of `names` (in their order) that occur in the text: enough for a score and its reason. */
/** A report's name opening a paragraph, up to its year in brackets; news about one names it after a verb. */
const OPENING_TITLE = /^[^。；;，,]{2,50}?(?:质量年度报告|年度质量报告|质量年报|质量报告)(?:[（(][^（()）]{2,12}[)）])?/;

/** A title in book brackets. */
const QUOTED_NAME = /《([^《》]{4,60})》/;

const NEWS_VERB = /发布|召开|举行|解读|显示|出炉|亮相|印发|公布|编制完成/;

function firstFound(names: string[], text: string, max: number): string[] {
  const out: string[] = [];
  for (const n of names) if (text.includes(n) && out.push(n) >= max) break;
  return out;
}

export function detectReport(blocks: Block[], meta: PageMeta): Detection {
  const list = Array.isArray(blocks) ? blocks : [];
  const reasons: string[] = [];
  let score = 0;

  // what the page is about: its title, or the first block that names a report
  // a PDF viewer's title is often the file's name (2024-zhiye.pdf): the report's own title is on its first page
  const rawTitle = typeof meta?.title === 'string' ? meta.title.trim() : '';
  const metaTitle = /\.(?:pdf|docx?|wps)$/i.test(rawTitle) ? '' : rawTitle;
  let title = metaTitle;
  const short: string[] = []; // headings, captions and other short blocks: where chapter and table names sit
  let total = 0;
  let figures = 0;
  let sample = '';
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    if (b && b.kind === 'table') {
      if (b.caption) short.push(b.caption);
      const rows = Array.isArray(b.rows) ? b.rows : [];
      for (let r = 0; r < rows.length && r < 3; r++) {
        const row = rows[r];
        if (Array.isArray(row)) for (const c of row) if (typeof c === 'string' && c.length <= 40) short.push(c);
      }
      total += 20 * rows.length;
      for (let r = 0; r < rows.length && figures < ENOUGH_FIGURES; r++) {
        const row = rows[r];
        if (Array.isArray(row)) for (const c of row) if (typeof c === 'string' && /^\s*\d/.test(c)) figures++;
      }
      continue;
    }
    const t0 = textOf(b);
    if (!t0) continue;
    total += t0.length;
    // (「…专项资金绩效自评报告（中等职业教育质量年度」/「报告）」: a title the page width broke inside its bracket goes on)
    const t = i < 15 && t0.length <= 80 && /[（(][^）)]*$/.test(t0) && /^[^（(]{1,12}[）)]/.test(textOf(list[i + 1]!)) ? t0 + textOf(list[i + 1]!) : t0;
    if (figures < ENOUGH_FIGURES) {
      FIGURE.lastIndex = 0;
      while (figures < ENOUGH_FIGURES && FIGURE.test(t)) figures++;
    }
    if (sample.length < 4000) sample += t.slice(0, 4000 - sample.length) + '\n';
    if (t.length <= 40 || b.kind === 'heading') short.push(t.slice(0, 60));
    // (a government site's menus may push the title down the page: past the first blocks, only a vocational report's own)
    // (「（本文数据来源于县教育局年度质量报告…）」: a note in brackets names a report without being its title)
    // (「银川市教育局 > 通知公告 > 质量年报」: a breadcrumb names the page's column, not its title, unless the title is its last
    // step, 「… > 荆门市2024年度职业教育质量报告」)
    // (「沧州市2024年度中等职业教育质量」/「第三方评估报告」: a cover's title broken inside the report's name, its end on the next line)
    const next = !title && i < 15 && t.length <= 40 && VOCATIONAL.test(t) && !REPORT_NAME.test(t) ? textOf(list[i + 1]!) : '';
    const named = next && next.length <= 20 && REPORT_NAME.test(t + next) ? t + next : t;
    if (!title && (i < 15 || (i < 60 && VOCATIONAL.test(t))) && named.length <= 80 && REPORT_NAME.test(named) && !BRACKETED_NOTE.test(t) && !(CRUMBS.test(t) && !VOCATIONAL.test(t.slice(t.search(LAST_CRUMB))))) {
      title = named;
      // (「湖州市中等职业教育」/「质量年度报告」: a cover sets its title on two or three short lines)
      if (!VOCATIONAL.test(t) && t.length <= 30) {
        // (「2024年赣州市中等职业教育」/「质量年度报告」: a year may open it)
        const before = [textOf(list[i - 2]), textOf(list[i - 1])].map((x) => (x && x.length <= 30 && !/\d/.test(x.replace(/^\s*20\d\d\s*年度?/, '')) ? x : ''));
        const joined = before[1] ? (before[0] && !VOCATIONAL.test(before[1] + t) ? before[0] : '') + before[1] + t : '';
        if (joined && VOCATIONAL.test(joined)) title = joined;
      }
    }
    // a PDF text layer joins the title with the lines after it: the opening of the page's first paragraph
    else if (!title && i < 3 && t.length > 80) {
      const opening = OPENING_TITLE.exec(t)?.[0] ?? '';
      if (!NEWS_VERB.test(opening)) title = opening;
    }
    if (total > 2_000_000) break;
  }
  // (「满洲里新闻网 首页 | 本地 | 教育 | 专题」「当前位置：首页 > 本地」: a site's menus and breadcrumbs are no title)
  if (!title) title = short.find((t) => !SITE_NAVIGATION.test(t)) ?? short[0] ?? '';

  // another language: a report is written in Chinese
  const lang = typeof meta?.lang === 'string' ? meta.lang.toLowerCase() : '';
  const share = cjkShare(sample || title);
  if (share < 0.3 || (lang && !lang.startsWith('zh') && share < 0.6)) {
    return { isReport: false, score: 0.05, reasons: [`page is not in Chinese (${Math.round(share * 100)}% CJK${lang ? `, lang ${lang}` : ''})`] };
  }

  let titled = false;
  /** The report named by its title in the opening lines (a page about it, or one carrying it). */
  let named = false;
  if (REPORT_NAME.test(title)) {
    score += 0.35;
    reasons.push('title names a quality report');
    if (VOCATIONAL.test(title)) {
      titled = true;
      score += 0.1;
      reasons.push('title names vocational education');
    }
  } else {
    const heading = short.slice(0, 30).find((t) => REPORT_NAME.test(t) && VOCATIONAL.test(t));
    // a bureau's article that sets out its report (「公布了《某市中等职业教育质量年度报告（2024年度）》」) names it by
    // its title in the opening lines; whether it carries the report's figures or only news of it, the figures say
    const quoted = heading ? null : QUOTED_NAME.exec(sample.slice(0, 1500));
    if (heading) {
      named = true;
      score += 0.3;
      reasons.push(`a heading names a quality report: 「${heading.slice(0, 30)}」`);
    } else if (quoted && REPORT_NAME.test(quoted[1]!) && VOCATIONAL.test(quoted[1]!)) {
      named = true;
      score += 0.3;
      reasons.push(`the opening names a quality report: 《${quoted[1]!.slice(0, 30)}》`);
    }
  }
  const badTitle = NOT_A_REPORT_TITLE.exec(metaTitle || title);
  // (「关于公布《…质量年度报告（2024年度）》的通知」 over the report's chapters and figures: the notice that publishes the
  // report, with the report under it)
  // (「权威解读｜一问一答，读懂《…质量年度报告（2024年度）》」: a page restating the report it names, its figures and the words
  // of its indicators throughout, carries it as much as the notice publishing it does)
  const words = firstFound(KEYWORDS, sample, 5);
  const carries =
    !!badTitle && figures >= 40 && ((titled && firstFound(CHAPTERS, short.join('\n'), 3).length >= 3) || (RESTATES.test(badTitle[0]) && (titled || named) && words.length >= 4));
  if (badTitle) {
    score -= carries ? 0.15 : 0.45;
    reasons.push(carries ? `title reads like a ${badTitle[0]} publishing the report, which follows it` : `title reads like a ${badTitle[0]} page, not a report`);
  }
  const url = typeof meta?.url === 'string' ? meta.url : '';
  if (url && URL_HINT.test(url)) {
    score += 0.05;
    reasons.push('URL names a report');
  }

  const shortText = short.join('\n');
  const tables = new Set<string>();
  for (const m of shortText.matchAll(STANDARD_RE)) {
    const name = STANDARD_TABLES.find((t) => m[0].includes(t));
    if (name) tables.add(name);
  }
  if (tables.size) {
    score += Math.min(0.3, 0.1 * tables.size);
    reasons.push(`standard tables: ${[...tables].join('、')}`);
  }
  const chapters = firstFound(CHAPTERS, shortText, 5);
  if (chapters.length >= 3) {
    score += 0.2;
    reasons.push(`report chapters: ${chapters.slice(0, 5).join('、')}`);
  }
  if (words.length >= 4) {
    score += 0.15;
    reasons.push(`indicator words: ${words.slice(0, 5).join('、')}`);
  }
  // a report is made of figures; a notice, a policy or a news item has a handful
  if (figures >= 40) {
    score += 0.1;
    reasons.push(`many figures (${ENOUGH_FIGURES}+)`);
  } else if (figures < 15) {
    score -= 0.3;
    reasons.push(`few figures (${figures})`);
  }
  if (total >= 15000) {
    score += 0.1;
    reasons.push(`long text (${total} characters)`);
  } else if (total < 3000) {
    // a bureau's 摘要 of its report is short but dense with figures; news about a report has a handful
    const summary = figures >= 15 && titled;
    score -= summary ? 0.1 : 0.4;
    reasons.push(`${summary ? 'short (a summary?)' : 'too short for a report'} (${total} characters)`);
  }

  score = Math.max(0, Math.min(1, Math.round(score * 100) / 100));
  return { isReport: score >= 0.5, score, reasons };
}

const SKIP_SIGNAL = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|NAV|HEAD|SELECT|BUTTON|IFRAME|CANVAS|FORM)$/;
/** How many nodes the pre-check may visit: enough for a title block and the report's opening lines. */
const SIGNAL_BUDGET = 1500;

/**
 * Title, URL, the first headings and a short text sample of a document, from a bounded walk in document order
 * (firstChild / nextSibling only: no selector engine, no full-text string), so it costs the same on any page.
 */
export function pageSignals(doc: Document): PageSignals {
  const headings: string[] = [];
  let textSample = '';
  // the description <meta> sits in <head>: its children only (a selector would search the whole page)
  const head = doc.head?.children;
  for (let i = 0; head && i < head.length && i < 80; i++) {
    const m = head[i]!;
    if (m.tagName.toUpperCase() === 'META' && (m.getAttribute('name') ?? '').toLowerCase() === 'description') {
      textSample += (m.getAttribute('content') ?? '').slice(0, 300) + '\n';
      break;
    }
  }
  const root: Node | null = doc.body ?? doc.documentElement ?? null;
  let n: Node | null = root ? root.firstChild : null;
  let visited = 0;
  // Stop once the sample is full: headings sit above it on real pages, and walking on for more of them cost
  // ~2.5 ms on long notices in Chromium's content script (test/bench/content.bench.ts).
  while (n && visited++ < SIGNAL_BUDGET && textSample.length < 1500) {
    let descend = true;
    if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (SKIP_SIGNAL.test(tag)) descend = false;
      else if (/^H[1-3]$/.test(tag)) {
        const t = ((n as Element).textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t && headings.length < 12) headings.push(t.slice(0, 120));
        descend = false;
      }
    } else if (n.nodeType === 3 && textSample.length < 1500) {
      const t = (n as Text).data;
      if (t.trim()) textSample += t.trim().slice(0, 300) + '\n';
    }
    // next node in document order
    if (descend && n.firstChild) n = n.firstChild;
    else {
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      n = n && n !== root ? n.nextSibling : null;
    }
  }
  let url = '';
  try {
    url = doc.URL || '';
  } catch {
    url = '';
  }
  return { title: doc.title || '', url, headings, textSample };
}

/**
 * The cheap pre-check. Says yes when the title, a heading or the sample names a vocational quality report
 * or one of the standard tables; a notice or a news item about reports may pass (detectReport decides).
 */
export function looksLikeReportPage(input: PageSignals | Document): boolean {
  if (!input || typeof input !== 'object') return false;
  const s: PageSignals = 'documentElement' in input ? pageSignals(input as Document) : (input as PageSignals);
  const head = `${s.title ?? ''}\n${Array.isArray(s.headings) ? s.headings.join('\n') : ''}`;
  const sample = typeof s.textSample === 'string' ? s.textSample.slice(0, 3000) : '';
  const all = `${head}\n${sample}`;
  if ((all.match(CJK)?.length ?? 0) < 6) return false;
  if (REPORT_NAME.test(all) && VOCATIONAL.test(all)) return true;
  STANDARD_RE.lastIndex = 0;
  if (STANDARD_RE.test(all)) return true;
  return URL_HINT.test(s.url ?? '') && VOCATIONAL.test(all);
}
