/**
 * Comparing two survey estimates: two strata of a run, or a stratum (or the whole unit)
 * with the previous run of the same instrument. The samples are independent (different
 * respondents), so the difference d = a − b has variance se_a² + se_b², and it is tested
 * with Welch's t: t = d / se_d on the Welch–Satterthwaite degrees of freedom
 *
 *   ν = (se_a² + se_b²)² / (se_a⁴ / ν_a + se_b⁴ / ν_b),
 *
 * where ν_a, ν_b are each estimate's own degrees of freedom (a stratum's answers − 1).
 * The difference is significant at 5% when |d| > t(0.975, ν) · se_d, i.e. when the 95%
 * interval of the difference leaves out 0.
 *
 * Wording follows the rule that two estimates whose 95% intervals overlap are never called
 * different: "different" needs both the test and intervals apart; a significant test with
 * overlapping intervals is reported as such ("test_only": the difference interval leaves out
 * 0, the intervals still touch), never as a difference. Intervals that do not overlap always
 * pass the test, so "different" is the stricter of the two.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export interface Estimate {
  score: number;
  se: number;
  /** Degrees of freedom of the estimate (answers − 1 for one stratum). */
  df: number;
  low: number;
  high: number;
}

export type Verdict = 'different' | 'test_only' | 'not_different';

export interface Difference {
  /** a − b. */
  difference: number;
  se: number;
  df: number;
  /** 95% interval of the difference. */
  low: number;
  high: number;
  /** Welch t statistic (0 when both standard errors are 0 and the scores are equal). */
  t: number;
  /** The 95% interval of the difference leaves out 0. */
  significant: boolean;
  /** The two 95% intervals overlap (or touch). */
  overlap: boolean;
  verdict: Verdict;
}

/** Welch's two-sample test of the difference a − b of two independent estimates. */
export function compareEstimates(a: Estimate, b: Estimate): Difference {
  const va = a.se * a.se;
  const vb = b.se * b.se;
  const v = va + vb;
  const difference = a.score - b.score;
  const se = Math.sqrt(v);
  const denominator = (va * va) / Math.max(a.df, 1) + (vb * vb) / Math.max(b.df, 1);
  const df = denominator > 0 ? (v * v) / denominator : Math.max(a.df + b.df, 1);
  const half = tQuantile(0.975, df) * se;
  const significant = se > 0 ? Math.abs(difference) > half : difference !== 0;
  const overlap = a.low <= b.high && b.low <= a.high;
  return {
    difference,
    se,
    df,
    low: difference - half,
    high: difference + half,
    t: se > 0 ? difference / se : 0,
    significant,
    overlap,
    verdict: significant && !overlap ? 'different' : significant ? 'test_only' : 'not_different',
  };
}

/** A sufficient score row as an estimate (df = its answers − 1); null for "chưa đủ mẫu". */
export function estimateOf(row: {
  sufficient: boolean;
  score: number | null;
  se: number | null;
  low: number | null;
  high: number | null;
  n: number;
}): Estimate | null {
  if (!row.sufficient || row.score === null || row.se === null) return null;
  return {
    score: row.score,
    se: row.se,
    df: Math.max(row.n - 1, 1),
    low: row.low ?? row.score,
    high: row.high ?? row.score,
  };
}

/**
 * The weakest sub-dimensions (elements with a parent) of one stratum's scores, lowest
 * score first; "chưa đủ mẫu" rows are left out of any ranking.
 */
export function weakestElements<
  R extends { kind: string; key: string; sufficient: boolean; score: number | null },
>(rows: R[], parents: Map<string, string | null>, count = 3): R[] {
  return rows
    .filter((r) => r.kind === 'element' && r.sufficient && r.score !== null && !!parents.get(r.key))
    .sort((a, b) => a.score! - b.score! || a.key.localeCompare(b.key))
    .slice(0, count);
}
