/**
 * Below this share of the combined weight with results, a merged province gets no combined
 * estimate: 70%. With the default weight of 1 per predecessor that is 70% of the
 * predecessors (a province of two or three old ones needs every one of them); with
 * population entered as weights, 70% of the population.
 */
export const LINEAGE_MIN_COVERAGE = 0.7;

export interface LineagePart<K> {
  key: K;
  score: number | null;
  weight: number;
}

export interface LineageEstimate<K> {
  /** Weighted mean of the parts with results; null below the minimum coverage. */
  value: number | null;
  /** Share (0–1) of the total weight whose parts have results. */
  coverage: number;
  /** Parts without a result that year (named in the note under the estimate). */
  missing: K[];
}

/**
 * An estimate for a province formed by merging several: the weighted mean of the old
 * provinces' official scores, with how much of the whole it covers. Never official.
 */
export function lineageEstimate<K>(
  parts: readonly LineagePart<K>[],
  minCoverage = LINEAGE_MIN_COVERAGE,
): LineageEstimate<K> {
  const weight = parts.reduce((s, p) => s + Math.max(0, p.weight), 0);
  const usable = parts.filter((p) => p.score !== null && p.weight > 0);
  const covered = usable.reduce((s, p) => s + p.weight, 0);
  const coverage = weight > 0 ? covered / weight : 0;
  const missing = parts.filter((p) => p.score === null).map((p) => p.key);
  const value =
    covered > 0 && coverage + 1e-9 >= minCoverage
      ? usable.reduce((s, p) => s + p.score! * p.weight, 0) / covered
      : null;
  return { value, coverage, missing };
}
