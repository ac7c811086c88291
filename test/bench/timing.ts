/** Timing helpers the benchmarks share: the median of warm runs, run for at least minRuns and minMs. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function time(fn: () => unknown, minRuns = 30, minMs = 200, maxRuns = 20_000): number {
  for (let i = 0; i < 5; i++) fn(); // warm
  const xs: number[] = [];
  const start = performance.now();
  while (xs.length < minRuns || performance.now() - start < minMs) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
    if (xs.length > maxRuns) break;
  }
  return median(xs);
}

/**
 * Medians of two functions timed in alternation (a run of one, then of the other, round after round) for at
 * least minMs: a slow spell of the machine weighs on both, so their ratio holds still. Each round is long
 * enough for both to run warm, as they would each in a loop of their own.
 */
export function timeAlternating(a: () => unknown, b: () => unknown, minMs = 600, perRound: [number, number] = [10, 200]): [number, number] {
  for (let i = 0; i < 5; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const start = performance.now();
  while (as.length < 30 || performance.now() - start < minMs) {
    for (let i = 0; i < perRound[0]; i++) {
      const t = performance.now();
      a();
      as.push(performance.now() - t);
    }
    for (let i = 0; i < perRound[1]; i++) {
      const t = performance.now();
      b();
      bs.push(performance.now() - t);
    }
    if (as.length > 20_000) break;
  }
  return [median(as), median(bs)];
}
