/**
 * A PdfJsLib (shared/pdf/read.ts) backed by pdf.js in a worker thread (pdfjs-thread.mjs): parsing runs off
 * the main thread. One thread serves one document at a time and is kept for the next (loading pdf.js costs
 * ~150 ms); when a document does not close within a moment (pdf.js spinning on a hostile file, after the
 * reader's timeout fired), the thread is terminated and the next document gets a fresh one.
 */
import { Worker } from 'node:worker_threads';
import type { PdfDocument, PdfJsLib, PdfLoadingTask, PdfPage } from '../pdf/read';

type Answer = { ok: true; [k: string]: unknown } | { ok: false; name: string; message: string };

const CLOSE_WAIT_MS = 2_000;

class PdfThread {
  private worker = new Worker(new URL('./pdfjs-thread.mjs', import.meta.url), { execArgv: [] });
  private queue: Promise<unknown> = Promise.resolve();
  private pending = new Set<(e: Error) => void>();
  dead: Error | null = null;

  constructor() {
    this.worker.unref();
    this.worker.on('error', (e) => this.die(e));
    this.worker.on('exit', () => this.die(new Error('pdf.js thread stopped')));
  }

  private die(e: Error) {
    this.dead ??= e;
    for (const r of this.pending) r(this.dead);
    this.pending.clear();
  }

  /** One request at a time, answered in order. */
  ask(msg: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<Record<string, unknown>> {
    const next = this.queue.then(
      () =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          if (this.dead) return reject(this.dead);
          this.pending.add(reject);
          this.worker.once('message', (a: Answer) => {
            this.pending.delete(reject);
            if (a.ok) resolve(a);
            else reject(Object.assign(new Error(a.message), { name: a.name }));
          });
          this.worker.postMessage(msg, transfer);
        }),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  async kill(): Promise<void> {
    this.die(new Error('pdf.js thread terminated'));
    await this.worker.terminate();
  }
}

let shared: PdfThread | null = null;

export function threadPdfJs(): PdfJsLib {
  return {
    getDocument(src: Record<string, unknown>): PdfLoadingTask {
      if (!shared || shared.dead) shared = new PdfThread();
      const thread = shared;
      let closed = false;
      const destroy = async () => {
        if (closed) return;
        closed = true;
        const done = thread.ask({ op: 'close' }).then(() => true, () => false);
        const ok = await Promise.race([done, new Promise<boolean>((r) => setTimeout(() => r(false), CLOSE_WAIT_MS).unref())]);
        if (!ok) {
          await thread.kill();
          if (shared === thread) shared = null;
        }
      };
      const { data, ...params } = src as { data: Uint8Array };
      const copy = data.slice();
      const promise = thread.ask({ op: 'open', data: copy, params }, [copy.buffer as ArrayBuffer]).then((open): PdfDocument => ({
        numPages: open.numPages as number,
        getMetadata: async () => ({ info: open.info }),
        destroy,
        getPage: async (n: number): Promise<PdfPage> => {
          const p = await thread.ask({ op: 'page', n });
          return {
            view: p.view as number[],
            rotate: (p.rotate as number | undefined) ?? 0,
            getTextContent: async () => ({ items: p.items as unknown[] }),
            getStructTree: async () => (await thread.ask({ op: 'tags', n })).tree ?? null,
            // the thread sends only the operators rulings are read from (rulings.ts OP)
            getOperatorList: async () => {
              const o = await thread.ask({ op: 'ops', n });
              return { fnArray: o.fnArray as number[], argsArray: o.argsArray as unknown[] };
            },
            cleanup: () => undefined,
          };
        },
      }));
      return { promise, destroy };
    },
  };
}
