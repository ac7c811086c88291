/**
 * Getting a PDF's bytes from its URL in the panel. http(s) through fetch (the extension's host permission
 * covers bureaus' servers); file:// through XMLHttpRequest, which Chrome allows an extension only when the
 * user turned on "Allow access to file URLs" — otherwise the panel says how.
 */
import { PdfError } from '../../../shared/pdf/errors';
import { DEFAULT_MAX_BYTES } from '../../../shared/pdf/read';

type ChromeExtensionApi = { extension?: { isAllowedFileSchemeAccess?: () => Promise<boolean> } };

async function fileAccessAllowed(): Promise<boolean> {
  const api = (globalThis as { chrome?: ChromeExtensionApi }).chrome;
  try {
    return (await api?.extension?.isAllowedFileSchemeAccess?.()) ?? true;
  } catch {
    return true;
  }
}

function readFileUrl(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'arraybuffer';
    xhr.onload = () => (xhr.response ? resolve(xhr.response as ArrayBuffer) : reject(new PdfError('file-access')));
    xhr.onerror = () => reject(new PdfError('file-access'));
    signal?.addEventListener('abort', () => {
      xhr.abort();
      reject(new PdfError('aborted'));
    });
    xhr.send();
  });
}

export async function fetchPdfBytes(url: string, signal?: AbortSignal, maxBytes = DEFAULT_MAX_BYTES): Promise<ArrayBuffer> {
  if (/^file:/i.test(url)) {
    if (!(await fileAccessAllowed())) throw new PdfError('file-access');
    return readFileUrl(url, signal);
  }
  let res: Response;
  try {
    res = await fetch(url, { signal, credentials: 'include' });
  } catch (e) {
    if (signal?.aborted) throw new PdfError('aborted');
    throw new PdfError('fetch', e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new PdfError('fetch', `HTTP ${res.status}`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > maxBytes) throw new PdfError('too-big', `${(length / 1048576).toFixed(1)} MB`);
  try {
    return await res.arrayBuffer();
  } catch {
    throw new PdfError(signal?.aborted ? 'aborted' : 'fetch');
  }
}
