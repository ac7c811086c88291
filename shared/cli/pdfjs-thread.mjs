// pdf.js in a Node worker thread (kept for the next document), started without the tsx loader (execArgv: []): under tsx, loading pdf.js in
// the main thread costs ~130 MB more memory for its transform. Plain JavaScript on purpose. Protocol: the
// parent sends {op:'open', data, params}, then {op:'page', n} per page (and {op:'ops', n} for a page whose
// ruling lines it wants, {op:'tags', n} for its structure tree), then {op:'close'}; each answer is
// {ok:true, ...} or {ok:false, name, message}.
import { parentPort } from 'node:worker_threads';

globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.min.mjs');

// the operators ruling lines are read from (shared/pdf/rulings.ts OP: save, restore, transform,
// constructPath, form XObject begin/end); only these cross the thread
const KEEP = new Set([10, 11, 12, 91, 74, 75]);
const NO_ARGS = new Set([10, 11, 75]);

let task = null;
let doc = null;
const fail = (e) => ({ ok: false, name: String(e?.name ?? 'Error'), message: String(e?.message ?? e) });

parentPort.on('message', async (m) => {
  try {
    if (m.op === 'open') {
      task = pdfjs.getDocument({ ...m.params, data: m.data });
      doc = await task.promise;
      const meta = await doc.getMetadata().catch(() => ({ info: {} }));
      parentPort.postMessage({ ok: true, numPages: doc.numPages, info: { ...(meta.info ?? {}) } });
    } else if (m.op === 'page') {
      const page = await doc.getPage(m.n);
      // with marked content: a tagged PDF's runs say which structure element (table cell) they belong to
      const content = await page.getTextContent({ includeMarkedContent: true });
      const items = content.items
        .filter((it) => it.type || (typeof it.str === 'string' && it.str.trim()))
        .map((it) => (it.type ? { type: it.type, id: it.id } : { str: it.str, transform: it.transform, width: it.width, height: it.height }));
      page.cleanup();
      parentPort.postMessage({ ok: true, view: page.view, rotate: page.rotate, items });
    } else if (m.op === 'ops') {
      // the page's drawing operators, only those ruling lines are read from
      const page = await doc.getPage(m.n);
      const list = await page.getOperatorList({ annotationMode: 0 }); // AnnotationMode.DISABLE: the page's own drawing only
      const fnArray = [];
      const argsArray = [];
      for (let i = 0; i < list.fnArray.length; i++) {
        const fn = list.fnArray[i];
        if (!KEEP.has(fn)) continue;
        fnArray.push(fn);
        argsArray.push(NO_ARGS.has(fn) ? null : list.argsArray[i]);
      }
      page.cleanup();
      parentPort.postMessage({ ok: true, fnArray, argsArray });
    } else if (m.op === 'tags') {
      const page = await doc.getPage(m.n);
      const tree = await page.getStructTree().catch(() => null);
      parentPort.postMessage({ ok: true, tree });
    } else if (m.op === 'close') {
      const t = task;
      task = null;
      doc = null;
      await t?.destroy();
      parentPort.postMessage({ ok: true });
    }
  } catch (e) {
    parentPort.postMessage(fail(e));
  }
});
