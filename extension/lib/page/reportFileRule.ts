/**
 * When a link is a report file (an attachment of a bureau's notice: 附件：…质量年度报告.pdf): pure string rules,
 * shared by the always-on pre-check (./precheck.ts, which must stay tiny) and the reader's full listing
 * (./pdfLinks.ts). A link counts when
 * - it points at a .pdf, .docx, .doc or .wps (by its path, a file name in its query, its text, or type=);
 * - and its text, file name, title attribute or query names a report (质量年度报告, 质量报告, 质量年报, 年度报告;
 *   年报 only beside words of vocational education), or the link says only 「附件1」 / 「点击下载」 / a bare file
 *   name while the page title names a report being published;
 * - and nothing in the link or the page title says it is about writing or sending reports (编写提纲, 模板, 填报,
 *   报送 …), which the pages that merely mention reports do.
 */

export type ReportFileKind = 'pdf' | 'docx' | 'legacy';

const STRONG = /质量\s*(?:年度)?\s*报告|年度质量报告|质量年报|年度报告/;
const WEAK = /年报/;
const VOCATIONAL = /职业|职教|中职|高职|技工|技师|学院|学校|中专/;
/** Words of pages and files that are about reports without being one. */
const NOT_A_REPORT = /模板|模版|提纲|指南|样表|样式|格式|填报|报送|编写|编制|撰写|征集|培训|名单|目录|汇总表|指标体系|申报|评审|通讯录|回执|报名表|日程|议程|会议|推进会|工作会|召开|要点|讲话/;
/** A file whose own name says it is the notice, not the report. (A page title may be 「关于发布…报告的通知」.) */
const NOT_A_REPORT_FILE = /通知|函$|公告|公示/;
/** Link texts that say nothing but "the attachment". */
const BARE = /^(?:附件\s*[\d一二三四五六七八九十]*\s*[:：]?|点击下载|下载|点击查看|查看|全文下载|下载附件|原文下载|pdf版|word版|pdf|docx?)?$/i;

const FILE_EXT = /\.(pdf|docx|doc|wps)$/i;
const FILE_IN_QUERY = /\.(pdf|docx|doc|wps)(?:$|[&#;])/i;

function kindOfExt(ext: string): ReportFileKind {
  const e = ext.toLowerCase();
  return e === 'pdf' ? 'pdf' : e === 'docx' ? 'docx' : 'legacy';
}

/** The file kind a link points at, or null when it is no report-file type. */
export function fileKindOf(path: string, query: string, text: string, type: string): ReportFileKind | null {
  const m = FILE_EXT.exec(path) ?? FILE_IN_QUERY.exec(query) ?? FILE_EXT.exec(text.trim());
  if (m) return kindOfExt(m[1]!);
  if (/pdf/i.test(type)) return 'pdf';
  if (/wordprocessingml/i.test(type)) return 'docx';
  if (/msword/i.test(type)) return 'legacy';
  return null;
}

const namesReport = (s: string) => STRONG.test(s) || (WEAK.test(s) && VOCATIONAL.test(s));

/** Does the page title say a report is published here (not how to write one)? */
export function titleNamesReport(title: string): boolean {
  return namesReport(title) && !NOT_A_REPORT.test(title);
}

/**
 * Is a link (already known to point at a report-file type) a report? `words` are its text, file name, title
 * attribute and query, `bareName` whether its own words are only "附件1", "下载" or a file name without words.
 */
export function isReportFileLink(words: string[], pageTitle: string): boolean {
  const own = words.filter(Boolean).join(' ');
  if (NOT_A_REPORT.test(own) || NOT_A_REPORT_FILE.test(own)) return false;
  if (namesReport(own) || (VOCATIONAL.test(pageTitle) && words.some((w) => WEAK.test(w)))) return true;
  // 附件1 / 点击下载 / P020250120123.pdf under a title that names a published report
  const bare = words.every((w) => !w || BARE.test(w.replace(/\.(pdf|docx?|wps)$/i, '').trim()) || !/[\u4e00-\u9fff]/.test(w));
  return bare && titleNamesReport(pageTitle);
}
