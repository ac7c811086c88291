/**
 * The panel's own timeline, read by test/bench/panel-open.bench.ts and the e2e test through
 * performance.getEntriesByName: each mark is at most once per reading of a page.
 *
 *   nianbao:panel:blocks   the page's blocks arrived from the content script (page:read answered)
 *   nianbao:panel:engine   the engine's extraction is done
 *   nianbao:panel:count    the indicator count is on screen (first screen rendered)
 *   nianbao:panel:rest     the rest of the indicator list is rendered (in idle time)
 * and measures 'nianbao:panel:read' (asking the page) and 'nianbao:panel:extract' (the engine).
 */
export const PANEL_MARKS = {
  blocks: 'nianbao:panel:blocks',
  engine: 'nianbao:panel:engine',
  count: 'nianbao:panel:count',
  rest: 'nianbao:panel:rest',
  read: 'nianbao:panel:read',
  extract: 'nianbao:panel:extract',
} as const;

/** A mark that never throws (old engines, tests without a performance timeline). */
export function mark(name: string): void {
  try {
    globalThis.performance?.mark?.(name);
  } catch {
    /* no timeline */
  }
}

export function measureSince(name: string, start: number): void {
  try {
    globalThis.performance?.measure?.(name, { start, end: performance.now() });
  } catch {
    /* no timeline */
  }
}

/** Run `fn` when the browser is idle (after the current frame has painted), or soon where there is no idle callback. */
export function whenIdle(fn: () => void, timeout = 300): () => void {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
  if (g.requestIdleCallback) {
    const id = g.requestIdleCallback(fn, { timeout });
    return () => g.cancelIdleCallback?.(id);
  }
  const id = setTimeout(fn, 16);
  return () => clearTimeout(id);
}
