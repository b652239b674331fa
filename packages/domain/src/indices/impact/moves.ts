import { GROUPS, type PerformanceGroup } from '../grouping.ts';

/**
 * How far an element must move, relative to the national median's move, to be called a
 * move (points, strictly beyond). Sub-dimensions span about 2.25–3 points (0.25–2.5 or
 * 0.33–3.33) and dimensions 9 (1–10), so 0.1 and 0.25 are both about 3–4 % of the range:
 * above the year-to-year noise of published two-decimal scores, small enough to catch a
 * real change.
 */
export const IMPACT_THRESHOLDS = { dimension: 0.25, subDimension: 0.1 } as const;
export interface ImpactThresholds {
  dimension: number;
  subDimension: number;
}

export interface MovedElement {
  code: string;
  level: 'dimension' | 'sub_dimension';
  previous: number;
  current: number;
  /** current − previous. */
  change: number;
  /** The national median's own move on the element (current year's median − previous). */
  nationalChange: number;
  /** change − nationalChange: what the province did beyond the country's drift. */
  relativeChange: number;
  direction: 'rose' | 'fell';
}

/** Scores are published with two decimals: a relative move within this of the threshold is not beyond it. */
const EPSILON = 1e-9;

/**
 * Elements (dimensions 'D1', sub-dimensions 'D1.1') whose move beats the national median's
 * move by more than the threshold, up or down, largest first. An element is compared only
 * when both years have the unit's score and a national median.
 */
export function movedElements(
  prev: Readonly<Record<string, number>>,
  curr: Readonly<Record<string, number>>,
  nationalPrev: Readonly<Record<string, number>>,
  nationalCurr: Readonly<Record<string, number>>,
  thresholds: ImpactThresholds = IMPACT_THRESHOLDS,
): MovedElement[] {
  const moved: MovedElement[] = [];
  for (const [code, current] of Object.entries(curr)) {
    const previous = prev[code];
    const mPrev = nationalPrev[code];
    const mCurr = nationalCurr[code];
    if (previous === undefined || mPrev === undefined || mCurr === undefined) continue;
    const level = code.includes('.') ? 'sub_dimension' : 'dimension';
    const limit = level === 'dimension' ? thresholds.dimension : thresholds.subDimension;
    const change = current - previous;
    const nationalChange = mCurr - mPrev;
    const relativeChange = change - nationalChange;
    if (Math.abs(relativeChange) <= limit + EPSILON) continue;
    moved.push({
      code,
      level,
      previous,
      current,
      change,
      nationalChange,
      relativeChange,
      direction: relativeChange > 0 ? 'rose' : 'fell',
    });
  }
  return moved.sort(
    (a, b) =>
      Math.abs(b.relativeChange) - Math.abs(a.relativeChange) || a.code.localeCompare(b.code),
  );
}

export interface StandingPoint {
  rank: number | null;
  group: PerformanceGroup | null;
}

export interface StandingChange {
  /** Places gained (positive) or lost (negative); null when either rank is missing or not comparable. */
  places: number | null;
  /** false: the two years rank different sets of provinces (63 before 2025, 34 after). */
  ranksComparable: boolean;
  /** Groups gained (positive, towards "highest") or lost (negative); null without both groups. */
  groupSteps: number | null;
}

/** Rank and group change between two years; ranks only when both rank the same set of provinces. */
export function standingChange(
  prev: StandingPoint | null,
  curr: StandingPoint,
  sameProvinceSet: boolean,
): StandingChange {
  const places =
    sameProvinceSet && prev?.rank != null && curr.rank !== null ? prev.rank - curr.rank : null;
  const groupSteps =
    prev?.group != null && curr.group !== null
      ? GROUPS.indexOf(prev.group) - GROUPS.indexOf(curr.group)
      : null;
  return { places, ranksComparable: sameProvinceSet, groupSteps };
}

/** Counts of target verdicts (from evaluateTarget). */
export function countTargets(statuses: readonly ('met' | 'not_met' | 'pending')[]) {
  return {
    met: statuses.filter((s) => s === 'met').length,
    notMet: statuses.filter((s) => s === 'not_met').length,
    pending: statuses.filter((s) => s === 'pending').length,
  };
}
