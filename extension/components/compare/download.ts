/** Saves bytes as a file from an extension page (the panel or options), without the downloads API. */
export function saveFile(data: Blob | Uint8Array | string, filename: string, type = 'application/octet-stream'): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Chrome reads the blob after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Safe for every file system: no separators or reserved characters, not too long. */
export function fileName(base: string, ext: string): string {
  const clean = base.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, '_').slice(0, 80) || 'nianbao';
  return `${clean}.${ext}`;
}
