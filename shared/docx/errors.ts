/**
 * What can go wrong reading a Word file, as typed errors: a code the panel translates (extension/locales,
 * docxReader.*) and an English sentence for the command line. Apart from read.ts so the panel can tell the
 * errors without loading mammoth.
 */
export type DocxErrorCode = 'corrupt' | 'encrypted' | 'legacy' | 'empty' | 'not-docx' | 'too-big' | 'fetch' | 'aborted';

const MESSAGES: Record<DocxErrorCode, string> = {
  corrupt: 'the .docx file is damaged (its zip structure cannot be read); open it in Word or WPS and save it again',
  encrypted: 'the .docx file is password-protected; open it in Word or WPS, remove the password (or save an unprotected copy) and try again',
  legacy:
    'this is an old binary Word/WPS file (.doc or .wps), which is not read; open it in WPS or Word and save it as .docx (另存为 .docx) or export a PDF, then read that file',
  empty: 'the .docx file holds no text: nothing to extract',
  'not-docx': 'the file is not a Word .docx document',
  'too-big': 'the .docx file is too big to read',
  fetch: 'the .docx file could not be downloaded',
  aborted: 'reading the .docx file was cancelled',
};

export class DocxError extends Error {
  readonly code: DocxErrorCode;
  constructor(code: DocxErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = 'DocxError';
    this.code = code;
  }
}

export const isDocxError = (e: unknown): e is DocxError =>
  e instanceof DocxError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'DocxError');

