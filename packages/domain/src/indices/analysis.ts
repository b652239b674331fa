import { median } from './percentile.ts';

export interface Gap {
  code: string;
  score: number;
  median: number;
  /** score − national median: always negative (only elements below the median are kept). */
  gap: number;
}

/** Scores are published with two decimals: a gap smaller than this is "at the median". */
const AT_MEDIAN = 0.005;

/**
 * The weakest elements relative to the national median, most negative first. Only elements
 * strictly below the median are weaknesses: a province may have fewer than `limit`.
 */
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
    .filter((g) => g.gap < -AT_MEDIAN)
    .sort((a, b) => a.gap - b.gap)
    .slice(0, limit);
}

/**
 * How realistic a dimension's score after the gain is, worst first:
 * - `above_max`: beyond the dimension's maximum (impossible);
 * - `above_national_best`: higher than the best province in the country that year;
 * - `above_own_best`: within what the country reached, but beyond the province's own best;
 * - `feasible`: at or under the province's own best (it has done it before), or within the
 *   national best when the province has no score of its own on record.
 */
export const GAIN_VERDICTS = [
  'above_max',
  'above_national_best',
  'above_own_best',
  'feasible',
] as const;
export type GainVerdict = (typeof GAIN_VERDICTS)[number];

export interface GainInput {
  code: string;
  score: number;
  max: number;
  weight: number;
  /** Best score of any province on this dimension in the year. */
  nationalBest: number;
  /** The province's own best score on this dimension in any year, or null if never scored. */
  ownBest: number | null;
}

export interface DimensionGain {
  code: string;
  gain: number;
  /** The dimension's score once the gain is made. */
  target: number;
  verdict: GainVerdict;
}

const EPSILON = 1e-9;

export function gainVerdict(target: number, d: Omit<GainInput, 'code' | 'weight'>): GainVerdict {
  if (target > d.max + EPSILON) return 'above_max';
  if (target > d.nationalBest + EPSILON) return 'above_national_best';
  if (d.ownBest !== null && target > d.ownBest + EPSILON) return 'above_own_best';
  return 'feasible';
}

/**
 * What each dimension alone would have to gain for the total to reach a threshold, and how
 * realistic the resulting score is: the ceiling alone is not enough, a score no province
 * reached that year is not called feasible.
 */
export function dimensionGainsToReach(
  total: number,
  threshold: number,
  dimensions: readonly GainInput[],
): DimensionGain[] {
  const needed = Math.max(0, threshold - total);
  return dimensions.map((d) => {
    const gain = needed / d.weight;
    const target = d.score + gain;
    return { code: d.code, gain, target, verdict: gainVerdict(target, d) };
  });
}

/** Places gained (positive) or lost (negative) since the previous year; null without both. */
export function rankChange(
  rank: number | null,
  previousRank: number | null,
): { direction: 'up' | 'down' | 'same'; places: number } | null {
  if (rank === null || previousRank === null) return null;
  const places = previousRank - rank;
  return { direction: places > 0 ? 'up' : places < 0 ? 'down' : 'same', places: Math.abs(places) };
}
