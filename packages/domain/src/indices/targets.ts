import { GROUPS, type PerformanceGroup } from './grouping.ts';

/**
 * What a unit aims for in a year's index results:
 * - `total_rank`: a national rank on the total at or better than `value` (1 is best);
 * - `group`: a group on the total at least as good as `group`;
 * - `total_score` / `dimension_score`: a score at or above `value` (dimension in `elementCode`);
 * - `rank_improvement`: at least `value` places gained on the total since the previous year.
 */
export const TARGET_KINDS = [
  'total_rank',
  'group',
  'total_score',
  'dimension_score',
  'rank_improvement',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const TARGET_STATUSES = ['met', 'not_met', 'pending'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * Why a target has no plain verdict:
 * - `no_results`: no results published for the year yet (pending);
 * - `merged`: the results of the year are for the pre-2025 provinces and the unit was formed
 *   from several of them, so it has no official standing of its own (pending);
 * - `no_unit_result`: results exist but none for this unit (a commune, the country…) (pending);
 * - `no_previous`: a rank improvement without a rank the year before (pending);
 * - `not_assessed`: surveyed but not assessed that year: no score, rank or group (not met).
 */
export const TARGET_REASONS = [
  'no_results',
  'merged',
  'no_unit_result',
  'no_previous',
  'not_assessed',
] as const;
export type TargetReason = (typeof TARGET_REASONS)[number];

export interface TargetSpec {
  kind: TargetKind;
  /** Number for every kind but `group`. */
  value: number | null;
  /** Only for `group`. */
  group: PerformanceGroup | null;
}

/** The unit's standing on the target's element (total or dimension) in the year evaluated. */
export interface TargetStanding {
  /** false: surveyed but not assessed (every figure below is null). */
  assessed: boolean;
  score: number | null;
  rank: number | null;
  group: PerformanceGroup | null;
  /** Rank on the same element in the previous year with results. */
  previousRank: number | null;
}

export interface TargetEvaluation {
  status: TargetStatus;
  /** Rank, score or places gained (the same measure as the target's value). */
  actualValue: number | null;
  /** Only for `group` targets. */
  actualGroup: PerformanceGroup | null;
  reason: TargetReason | null;
}

/** Scores are published with many decimals; compare them as shown (2 decimals). */
const EPSILON = 1e-9;
const atLeast = (actual: number, target: number) => actual + EPSILON >= target;

/** True when `actual` is `target` or a better group. */
export function groupAtLeast(actual: PerformanceGroup, target: PerformanceGroup): boolean {
  return GROUPS.indexOf(actual) <= GROUPS.indexOf(target);
}

const pending = (reason: TargetReason): TargetEvaluation => ({
  status: 'pending',
  actualValue: null,
  actualGroup: null,
  reason,
});

/**
 * Is the target met? `standing` null means there is nothing to compare with yet: `reason`
 * says why (defaults to no results for the year).
 */
export function evaluateTarget(
  target: TargetSpec,
  standing: TargetStanding | null,
  reason: TargetReason = 'no_results',
): TargetEvaluation {
  if (!standing) return pending(reason);
  if (!standing.assessed || standing.score === null) {
    return { status: 'not_met', actualValue: null, actualGroup: null, reason: 'not_assessed' };
  }
  const verdict = (
    met: boolean,
    actualValue: number | null,
    actualGroup: PerformanceGroup | null = null,
  ): TargetEvaluation => ({
    status: met ? 'met' : 'not_met',
    actualValue,
    actualGroup,
    reason: null,
  });
  switch (target.kind) {
    case 'total_rank': {
      const rank = standing.rank!;
      return verdict(target.value !== null && rank <= target.value, rank);
    }
    case 'group': {
      const group = standing.group!;
      return verdict(target.group !== null && groupAtLeast(group, target.group), null, group);
    }
    case 'total_score':
    case 'dimension_score':
      return verdict(
        target.value !== null && atLeast(standing.score, target.value),
        standing.score,
      );
    case 'rank_improvement': {
      if (standing.previousRank === null) return pending('no_previous');
      const gained = standing.previousRank - standing.rank!;
      return verdict(target.value !== null && gained >= target.value, gained);
    }
  }
}
