import { percentileInc } from './percentile.ts';

/** PAPI's four performance groups, best first. */
export const GROUPS = ['highest', 'high_average', 'low_average', 'lowest'] as const;
export type PerformanceGroup = (typeof GROUPS)[number];

export const GROUP_LABELS: Record<PerformanceGroup, { vi: string; en: string }> = {
  highest: { vi: 'Nhóm điểm cao nhất', en: 'Highest performers' },
  high_average: { vi: 'Nhóm điểm trung bình cao', en: 'High-average performers' },
  low_average: { vi: 'Nhóm điểm trung bình thấp', en: 'Low-average performers' },
  lowest: { vi: 'Nhóm điểm thấp nhất', en: 'Lowest performers' },
};

/** Lower bounds of the three upper groups (the 75th, 50th and 25th percentiles). */
export interface GroupThresholds {
  highest: number;
  high_average: number;
  low_average: number;
}

export interface RankedEntry<K> {
  key: K;
  /** null: surveyed but not assessed (missing data): no rank, no group, never a zero. */
  score: number | null;
  rank: number | null;
  group: PerformanceGroup | null;
}

/**
 * Thresholds as PAPI computes them: percentiles over every surveyed province, the
 * unassessed ones counted at the bottom. Measured on the shipped data: this reproduces the
 * official 16/16/15/16 (63 assessed) and 2022's 16/16/15/14 (61 of 63 assessed).
 */
export function groupThresholds(scores: readonly (number | null)[]): GroupThresholds {
  const assessed = scores.filter((s): s is number => s !== null);
  if (assessed.length === 0) throw new Error('groupThresholds: nothing assessed');
  const bottom = Math.min(...assessed) - 1;
  const sample = scores.map((s) => s ?? bottom);
  return {
    highest: percentileInc(sample, 0.75),
    high_average: percentileInc(sample, 0.5),
    low_average: percentileInc(sample, 0.25),
  };
}

export function groupOf(score: number, t: GroupThresholds): PerformanceGroup {
  if (score >= t.highest) return 'highest';
  if (score >= t.high_average) return 'high_average';
  if (score >= t.low_average) return 'low_average';
  return 'lowest';
}

/** Competition ranking (1, 2, 2, 4), highest score first; unassessed entries are unranked. */
export function rankAndGroup<K>(
  entries: readonly { key: K; score: number | null }[],
  thresholds: GroupThresholds = groupThresholds(entries.map((e) => e.score)),
): RankedEntry<K>[] {
  const ordered = entries
    .map((e) => e.score)
    .filter((s): s is number => s !== null)
    .sort((a, b) => b - a);
  return entries.map((e) => ({
    key: e.key,
    score: e.score,
    rank: e.score === null ? null : ordered.indexOf(e.score) + 1,
    group: e.score === null ? null : groupOf(e.score, thresholds),
  }));
}

/** The group just above, or null for the top group. */
export function nextGroupUp(group: PerformanceGroup): PerformanceGroup | null {
  const i = GROUPS.indexOf(group);
  return i > 0 ? GROUPS[i - 1]! : null;
}

/** Points the total still needs to enter the next group up (null when already highest). */
export function pointsToNextGroup(score: number, t: GroupThresholds): number | null {
  const next = nextGroupUp(groupOf(score, t));
  if (next === null || next === 'lowest') return null;
  return Math.max(0, t[next] - score);
}

export interface GroupBand {
  group: PerformanceGroup;
  /** The group's lower threshold (null for the lowest group, which has none). */
  from: number | null;
  /** Lowest and highest score of the provinces in the group; null when it is empty. */
  min: number | null;
  max: number | null;
  count: number;
}

/** The four groups as score ranges with how many provinces each holds (the legend). */
export function groupBands(scores: readonly (number | null)[], t: GroupThresholds): GroupBand[] {
  const assessed = scores.filter((s): s is number => s !== null);
  return GROUPS.map((group) => {
    const members = assessed.filter((s) => groupOf(s, t) === group);
    return {
      group,
      from: group === 'lowest' ? null : t[group],
      min: members.length ? Math.min(...members) : null,
      max: members.length ? Math.max(...members) : null,
      count: members.length,
    };
  });
}
