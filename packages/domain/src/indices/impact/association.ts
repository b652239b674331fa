import { mean } from '../percentile.ts';
import { permutationTest, type PermutationResult } from './permutation.ts';

/** Below this many provinces in either group there is no comparison worth a p-value. */
export const MIN_GROUP_SIZE = 3;

export interface ProvinceCase<K> {
  key: K;
  /** The province's change on the element between the two years (points). */
  change: number;
  /** Had at least one task targeting the element completed in the task window. */
  withTasks: boolean;
  /** The previous score is an estimate (a province formed by merging several). */
  estimated: boolean;
}

export interface GroupSummary {
  n: number;
  /** Mean change; null when the group is empty. */
  meanChange: number | null;
}

/**
 * Change where tasks were done against where they were not. An association, never a proof
 * of cause: provinces choose what to work on, and many other things move the scores.
 */
export interface Association {
  withTasks: GroupSummary;
  withoutTasks: GroupSummary;
  /** Mean change with tasks − without; null when a group is empty. */
  difference: number | null;
  /** How many cases rest on an estimated previous score (merged provinces). */
  estimated: number;
  /** Two-sided permutation test of the difference; null with too few cases. */
  test: PermutationResult | null;
  /** `too_few_cases`: a group has fewer than MIN_GROUP_SIZE provinces. */
  reason: 'too_few_cases' | null;
}

const summary = (xs: number[]): GroupSummary => ({
  n: xs.length,
  meanChange: xs.length ? mean(xs) : null,
});

export function associate<K>(
  cases: readonly ProvinceCase<K>[],
  options: { minGroupSize?: number; permutations?: number; seed?: number } = {},
): Association {
  const a = cases.filter((c) => c.withTasks).map((c) => c.change);
  const b = cases.filter((c) => !c.withTasks).map((c) => c.change);
  const withTasks = summary(a);
  const withoutTasks = summary(b);
  const difference =
    withTasks.meanChange !== null && withoutTasks.meanChange !== null
      ? withTasks.meanChange - withoutTasks.meanChange
      : null;
  const min = options.minGroupSize ?? MIN_GROUP_SIZE;
  const enough = a.length >= min && b.length >= min;
  return {
    withTasks,
    withoutTasks,
    difference,
    estimated: cases.filter((c) => c.estimated).length,
    test: enough ? permutationTest(a, b, options) : null,
    reason: enough ? null : 'too_few_cases',
  };
}
