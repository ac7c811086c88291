/**
 * Two columns of text printed side by side, as a layout-keeping PDF-to-text export prints a two-column page: each
 * line holds a line of the left column, a gap, then the line of the right column at the same height. Read as
 * they stand, the two columns' sentences alternate line by line and no sentence survives. Such a run of lines is
 * put back in reading order: the left column's lines, then the right column's.
 *
 * A run is taken for two columns only when several of its lines hold prose on both sides of one gap: a table's
 * rows hold figures or short names beside their labels.
 */

/** One gap between two pieces of a line: three spaces or more, two ideographic spaces, or a tab. */
const GAP = /(?<=\S)(?: {3,}|\u3000{2,}|[ \u3000]*\t[ \u3000\t]*)(?=\S)/g;
const HAN = /[\u4e00-\u9fa5]/g;
const PUNCT = /[，。；、：“”（）]/;
const SENTENCE_END = /[。！？；][”’」』）)]*$/;
/** Lines that hold two columns' prose, at the least, for a run to be taken for two columns. */
const MIN_BOTH_PROSE = 2;
const MIN_SPLIT = 3;

interface Split {
  left: string;
  right: string;
}

const hanCount = (s: string) => s.match(HAN)?.length ?? 0;
/** A piece of running prose, not a label or a figure: several ideographs and punctuation, or many ideographs. */
const prosey = (s: string) => {
  const n = hanCount(s);
  return n >= 6 && (n >= 10 || PUNCT.test(s));
};

function splitOf(line: string): Split | null {
  // (a paragraph's first line may be indented by up to four spaces or two ideographic ones)
  if (/^\s/.test(line.replace(/^(?: {0,4}|\u3000{0,2})/, ''))) return null;
  GAP.lastIndex = 0;
  const first = GAP.exec(line);
  if (!first || GAP.exec(line)) return null;
  const at = first.index + first[0].length;
  return { left: line.slice(0, first.index).trim(), right: line.slice(at).trim() };
}

/** A line of the right column alone (the left one blank there): where it starts, or -1. */
function rightOnlyAt(line: string): number {
  const m = /^[ \u3000]{10,}(?=\S)/.exec(line);
  if (!m) return -1;
  GAP.lastIndex = 0;
  return GAP.test(line.slice(m[0].length)) ? -1 : m[0].length;
}

/**
 * The lines in reading order, with each one's index in the input: two-column runs read left column first. Lines
 * outside such runs are returned as they are (the same array when there is none).
 */
export function unweaveColumns(lines: string[]): { lines: string[]; refs: number[] | null } {
  const splits = lines.map((l) => (l.length >= 12 ? splitOf(l) : null));
  // most texts have no line with prose on both sides of one gap: nothing to do
  let both = 0;
  for (const s of splits) if (s && prosey(s.left) && prosey(s.right)) both++;
  if (both < MIN_BOTH_PROSE) return { lines, refs: null };
  const out: string[] = [];
  const refs: number[] = [];
  let i = 0;
  while (i < lines.length) {
    const zone = zoneAt(lines, splits, i);
    if (!zone) {
      out.push(lines[i]!);
      refs.push(i);
      i++;
      continue;
    }
    const left: [string, number][] = [];
    const right: [string, number][] = [];
    for (let k = i; k < zone.end; k++) {
      const s = splits[k];
      const line = lines[k]!;
      if (s) {
        left.push([s.left, k]);
        right.push([s.right, k]);
      } else if (rightOnlyAt(line) >= 0) right.push([line.trim(), k]);
      else left.push([line.trim(), k]);
    }
    // the left column's sentence, open where the right column's lines stop, goes on below them (「…较上年增长」/「13.0%。」)
    let end = zone.end;
    while (end < lines.length && left.length && !SENTENCE_END.test(left[left.length - 1]![0]) && lines[end]!.trim() && !/^\s/.test(lines[end]!) && !splits[end] && lines[end]!.length <= zone.leftWidth + 2) {
      left.push([lines[end]!.trim(), end]);
      end++;
    }
    for (const [t, k] of [...left, ...right]) {
      out.push(t);
      refs.push(k);
    }
    i = end;
  }
  return { lines: out, refs };
}

/**
 * A two-column run starting at line i: where it ends and how wide its left column is. Its lines are split at one
 * gap with prose on at least one side, or hold one column only (the right one indented to it, the left one no
 * wider than it); it stops at a blank line or a line that fits neither (a full-width heading, a table row with
 * several gaps). Where the gap falls is not asked: some exports join the two columns' lines with a fixed gap.
 */
function zoneAt(lines: string[], splits: (Split | null)[], i: number): { end: number; leftWidth: number } | null {
  const s0 = splits[i];
  if (!s0 || !(prosey(s0.left) || prosey(s0.right))) return null;
  let end = i;
  let splitCount = 0;
  let bothProse = 0;
  let leftWidth = 0;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (!line.trim()) break;
    const s = splits[end];
    if (s) {
      // (a label and its figure: a table's row, which two columns of prose do not hold on both sides)
      if (!prosey(s.left) && !prosey(s.right) && /^[-+]?[0-9０-９.,，%％:：]+\S{0,3}$/.test(s.right)) break;
      splitCount++;
      if (prosey(s.left) && prosey(s.right)) bothProse++;
      leftWidth = Math.max(leftWidth, s.left.length);
      continue;
    }
    if (rightOnlyAt(line) >= 0) continue;
    // a line of the left column alone: no wider than the column
    if (!/^\s/.test(line) && line.trimEnd().length <= leftWidth + 2) continue;
    break;
  }
  // (lines of one column only after the last split line belong to what follows)
  while (end > i && !splits[end - 1]) end--;
  if (splitCount < MIN_SPLIT || bothProse < MIN_BOTH_PROSE) return null;
  return { end, leftWidth };
}
