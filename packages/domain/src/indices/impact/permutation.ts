import { seededRandom } from '../../surveys/synthetic.ts';

/**
 * A two-sided permutation test of the difference of two groups' means. Written here rather
 * than taken from simple-statistics (whose `permutationTest` accepts a seeded random
 * source): it has no exact mode for small samples, returns count/k (0 is possible, which
 * overstates certainty) and compares floating differences without a tolerance, so two
 * equal splits can count differently.
 */
export interface PermutationResult {
  /** mean(a) − mean(b). */
  difference: number;
  /** Two-sided p-value: share of splits at least as extreme as the observed one. */
  pValue: number;
  method: 'exact' | 'monte_carlo';
  /** Splits enumerated (exact) or drawn (Monte Carlo). */
  permutations: number;
  /** The random seed (Monte Carlo only): the same data always give the same p-value. */
  seed: number | null;
}

/** Up to this many splits the test enumerates them all. */
export const EXACT_LIMIT = 20_000;
export const MONTE_CARLO_PERMUTATIONS = 10_000;
export const DEFAULT_SEED = 20_250_701;
/** Differences closer than this are equal (sums of two-decimal scores in floating point). */
const TIE = 1e-9;

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** n choose k, or Infinity once it passes `cap` (the caller only needs to know "too many"). */
export function binomial(n: number, k: number, cap = Number.MAX_SAFE_INTEGER): number {
  let c = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) {
    c = (c * (n - i + 1)) / i;
    if (c > cap) return Infinity;
  }
  return Math.round(c);
}

export function permutationTest(
  a: readonly number[],
  b: readonly number[],
  options: { exactLimit?: number; permutations?: number; seed?: number } = {},
): PermutationResult {
  if (a.length === 0 || b.length === 0) throw new Error('permutationTest: empty group');
  const pooled = [...a, ...b];
  const total = sum(pooled);
  const n = pooled.length;
  const k = a.length;
  const diffOf = (sumA: number) => sumA / k - (total - sumA) / (n - k);
  const observed = diffOf(sum(a));
  const extreme = (d: number) => Math.abs(d) >= Math.abs(observed) - TIE;
  const exactLimit = options.exactLimit ?? EXACT_LIMIT;
  const splits = binomial(n, k, exactLimit);

  if (splits <= exactLimit) {
    let hits = 0;
    // Every subset of size k of the pooled values as group a (the observed split included).
    const walk = (start: number, left: number, acc: number) => {
      if (left === 0) {
        if (extreme(diffOf(acc))) hits++;
        return;
      }
      for (let i = start; i <= n - left; i++) walk(i + 1, left - 1, acc + pooled[i]!);
    };
    walk(0, k, 0);
    return {
      difference: observed,
      pValue: hits / splits,
      method: 'exact',
      permutations: splits,
      seed: null,
    };
  }

  const draws = options.permutations ?? MONTE_CARLO_PERMUTATIONS;
  const seed = options.seed ?? DEFAULT_SEED;
  const random = seededRandom(seed);
  const values = [...pooled];
  let hits = 0;
  for (let r = 0; r < draws; r++) {
    // Partial Fisher–Yates: the first k places become group a.
    let acc = 0;
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (n - i));
      [values[i], values[j]] = [values[j]!, values[i]!];
      acc += values[i]!;
    }
    if (extreme(diffOf(acc))) hits++;
  }
  // (hits + 1) / (draws + 1): the observed split counts as one draw, so p is never 0.
  return {
    difference: observed,
    pValue: (hits + 1) / (draws + 1),
    method: 'monte_carlo',
    permutations: draws,
    seed,
  };
}
