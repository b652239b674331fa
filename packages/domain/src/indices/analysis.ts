import { median } from './percentile.ts';

export interface Gap {
  code: string;
  score: number;
  median: number;
  /** score − national median: negative is below the median. */
  gap: number;
}

/** The weakest elements relative to the national median, most negative first. */
export function weakestRelativeToMedian(
  own: Readonly<Record<string, number>>,
  national: Readonly<Record<string, readonly number[]>>,
  limit = 5,
): Gap[] {
  return Object.entries(own)
    .filter(([code]) => (national[code]?.length ?? 0) > 0)
    .map(([code, score]) => {
      const m = median(national[code]!);
      return { code, score, median: m, gap: score - m };
    })
    .sort((a, b) => a.gap - b.gap)
    .slice(0, limit);
}

/**
 * What each dimension alone would have to gain for the total to reach a threshold, and
 * whether that fits under the dimension's maximum.
 */
export function dimensionGainsToReach(
  total: number,
  threshold: number,
  dimensions: readonly { code: string; score: number; max: number; weight: number }[],
) {
  const needed = Math.max(0, threshold - total);
  return dimensions.map((d) => {
    const gain = needed / d.weight;
    return { code: d.code, gain, feasible: d.score + gain <= d.max };
  });
}

/**
 * An estimate for a province formed by merging several: the weighted mean of the old
 * provinces' official scores. Never official; callers label it and show the weights.
 */
export function weightedEstimate(
  parts: readonly { score: number | null; weight: number }[],
): number | null {
  const usable = parts.filter((p): p is { score: number; weight: number } => p.score !== null);
  const weight = usable.reduce((s, p) => s + p.weight, 0);
  if (usable.length === 0 || weight <= 0) return null;
  return usable.reduce((s, p) => s + p.score * p.weight, 0) / weight;
}
