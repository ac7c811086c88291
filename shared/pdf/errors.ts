/**
 * What can go wrong reading a PDF, as typed errors with one clear sentence each (zh-CN first, English
 * second), so the panel and the CLI show the same words and tests can check the code, not the prose.
 */
export type PdfErrorCode =
  | 'corrupt'
  | 'encrypted'
  | 'image-only'
  | 'too-big'
  | 'timeout'
  | 'aborted'
  | 'empty'
  | 'fetch'
  | 'file-access';

const MESSAGES: Record<PdfErrorCode, string> = {
  corrupt: '这个 PDF 已损坏或不是 PDF，无法读取 / the file is damaged or not a PDF',
  encrypted: '这个 PDF 有密码保护，无法读取文字 / the PDF is password-protected',
  'image-only': '这个 PDF 只有图像，没有文字层 / image-only: the PDF has no text layer (a scan); it needs OCR first',
  'too-big': '这个 PDF 太大，无法读取 / the PDF is too big to read',
  timeout: '读取这个 PDF 超时 / reading the PDF timed out',
  aborted: '已取消读取 PDF / reading the PDF was cancelled',
  empty: '这个 PDF 没有页面 / the PDF has no pages',
  fetch: '无法下载这个 PDF / the PDF could not be downloaded',
  'file-access':
    '浏览器不允许扩展读取本地文件：打开 chrome://extensions → 年报 → 详情，打开「允许访问文件网址」后重试 / ' +
    'the browser does not let the extension read local files: open chrome://extensions → Nianbao → Details and turn on "Allow access to file URLs"',
};

export class PdfError extends Error {
  readonly code: PdfErrorCode;
  constructor(code: PdfErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = 'PdfError';
    this.code = code;
  }
}

export const isPdfError = (e: unknown): e is PdfError =>
  e instanceof PdfError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'PdfError');

/** pdf.js names its failures; map them onto ours. Anything unknown while parsing means a broken file. */
export function fromPdfJsError(e: unknown): PdfError {
  if (isPdfError(e)) return e as PdfError;
  const name = typeof e === 'object' && e !== null ? String((e as { name?: string }).name ?? '') : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException' || /password/i.test(message)) return new PdfError('encrypted');
  if (name === 'AbortException') return new PdfError('aborted');
  return new PdfError('corrupt', message.slice(0, 120));
}
