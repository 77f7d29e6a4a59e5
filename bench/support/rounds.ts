/**
 * Times named cases in interleaved rounds (five warm-up rounds first) and reports p50 and p95 of
 * each, also as ratios to the first case, which is the baseline measured in the same run: the
 * machine's noise then moves the baseline and the cases together.
 */
export type CaseResult = { name: string; p50: number; p95: number; p50Ratio: number; p95Ratio: number };

export async function timeCasesInRounds(
  cases: readonly [string, () => Promise<unknown>][],
  iterations: number,
): Promise<CaseResult[]> {
  const timings = cases.map(() => [] as number[]);
  for (let round = -5; round < iterations; round++) {
    for (const [index, [, run]] of cases.entries()) {
      const started = performance.now();
      await run();
      if (round >= 0) timings[index]!.push(performance.now() - started);
    }
  }
  const baseline = { p50: percentile(timings[0]!, 50), p95: percentile(timings[0]!, 95) };
  return cases.map(([name], index) => {
    const p50 = percentile(timings[index]!, 50);
    const p95 = percentile(timings[index]!, 95);
    return {
      name,
      p50: +p50.toFixed(2),
      p95: +p95.toFixed(2),
      p50Ratio: +(p50 / baseline.p50).toFixed(1),
      p95Ratio: +(p95 / baseline.p95).toFixed(1),
    };
  });
}

/** The nearest-rank percentile (p from 0 to 100) of unsorted values. */
export const percentile = (values: readonly number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
