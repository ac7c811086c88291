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
