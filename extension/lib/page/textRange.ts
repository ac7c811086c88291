/**
 * Finding a quote in the live page: the engine's quotes are the page's visible text as the block builder
 * cleaned it (whitespace normalised, a table row as cells joined by tabs, zero-width marks dropped, PDF
 * radicals ⽣ made 生), so page text and quote are compared through the same per-character key (no
 * whitespace, no invisible marks, full-width ASCII half-width, radicals fixed), and the match is mapped
 * back to (text node, offset) pairs to make a DOM Range.
 */
import { toHalfWidth } from '../../../shared/numbers/parse';
import { fixRadicals } from '../../../shared/text/normalize';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG']);

/** Whitespace and what renders as nothing: both sides drop them. */
const DROP = /[\s\u0000-\u001F\u007F\u200B-\u200D\u2060\uFEFF\uFFFD]/;

/** A character's comparison key ('' when dropped). */
function keyOf(c: string): string {
  if (DROP.test(c)) return '';
  return c < '\u2e80' ? c : fixRadicals(toHalfWidth(c));
}

/** Text nodes under `root` a reader can see (not script/style, not inside our own UI). */
export function visibleTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node: Node) {
      for (let el = node.parentElement; el; el = el.parentElement) {
        if (SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute('data-nianbao-ui')) return 2; // REJECT
        if (el === root) break;
      }
      return 1; // ACCEPT
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The page's text as comparison keys, and for the i-th key character its text node and offset. */
interface Squeezed {
  text: string;
  nodes: Text[];
  nodeOf: number[];
  offsetOf: number[];
}

function squeeze(nodes: Text[]): Squeezed {
  let text = '';
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  nodes.forEach((node, ni) => {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const k = keyOf(data[i]!);
      for (let j = 0; j < k.length; j++) {
        text += k[j];
        nodeOf.push(ni);
        offsetOf.push(i);
      }
    }
  });
  return { text, nodes, nodeOf, offsetOf };
}

/** A quote as comparison keys (see keyOf). */
export function squeezeText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += keyOf(s[i]!);
  return out;
}

/**
 * A Range over the first occurrence of `quote` under `root`, or null. When the whole quote is not found
 * (the engine trimmed or joined something), its longest leading part of at least `minChars` characters is
 * tried, so the reader still lands on the right sentence.
 */
export function findQuoteRange(root: Node, quote: string, minChars = 6): Range | null {
  const needle = squeezeText(quote);
  if (!needle) return null;
  const s = squeeze(visibleTextNodes(root));
  let at = s.text.indexOf(needle);
  let len = needle.length;
  if (at < 0) {
    // Halve the needle until a prefix matches (the start of a quote is its most distinctive part).
    for (let n = Math.floor(needle.length * 0.75); n >= minChars; n = Math.floor(n * 0.75)) {
      at = s.text.indexOf(needle.slice(0, n));
      if (at >= 0) {
        len = n;
        break;
      }
    }
  }
  if (at < 0) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  const last = at + len - 1;
  range.setStart(s.nodes[s.nodeOf[at]!]!, s.offsetOf[at]!);
  range.setEnd(s.nodes[s.nodeOf[last]!]!, s.offsetOf[last]! + 1);
  return range;
}
