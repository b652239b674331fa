import {
  MEASURE_LABELS,
  maxTotal,
  type Adjustment,
  type Criterion,
  type CriteriaSet,
  type MeasureId,
  type Rating,
  type Scale,
  type Thresholds,
} from './criteria.ts';

/** One record behind a measure: what it is, and whether it counted as on time. */
export interface RecordRef {
  /** `index_element`: an assigned sub-dimension's official score (id: the index release). */
  kind: 'task' | 'report' | 'plan_obligation' | 'index_element' | 'feedback';
  id: number;
  /** For an index element: 'on_time' = improved on the previous year, 'late' = not. */
  outcome: 'on_time' | 'late' | 'missing';
  /** The element code and what was compared ("D2.1: 1,52 → 1,60"), frozen with the run. */
  code?: string;
  note?: string;
}

/**
 * A measure of one subject's year: `value` = numerator / denominator in percent (two
 * decimals), null when no record applies (nothing was due). `refs` are every counted record.
 */
export interface Measure {
  value: number | null;
  numerator: number;
  denominator: number;
  refs: RecordRef[];
}

export interface ManualEntry {
  points: number;
  comment: string;
  by: string;
}

export interface ScoreLine {
  code: string;
  name: string;
  kind: 'criterion' | 'bonus' | 'penalty';
  maxPoints: number;
  /** The measured percentage, or null for a council's mark or a criterion without records. */
  value: number | null;
  /** Null: the criterion does not apply (no record), it leaves the base of the total. */
  points: number | null;
  explanation: string;
  measure: MeasureId | null;
  /** Counted records for measured lines (a penalty line: the late and missing ones). */
  refs: RecordRef[];
}

export interface SubjectScore {
  /** Points of the criteria that apply, before scaling. */
  base: number;
  /** Maximum of the criteria that apply. */
  applicableMax: number;
  /** `base` brought to the set's full scale when some criteria do not apply. */
  scaled: number;
  bonus: number;
  penalty: number;
  total: number;
  rating: Rating;
  lines: ScoreLine[];
  /** Council criteria not marked yet (left out of the base until marked). */
  pending: number;
}

export const round2 = (n: number) => Math.round(n * 100 + Number.EPSILON * 100) / 100;
const fmt = (n: number) => String(round2(n)).replace('.', ',');

/** Points a percentage earns on a scale whose top is `max`. */
export function scalePoints(scale: Scale, value: number, max: number): number {
  if (scale.kind === 'linear') {
    if (value <= scale.from) return 0;
    if (value >= scale.to) return max;
    return round2(((value - scale.from) / (scale.to - scale.from)) * max);
  }
  const reached = scale.steps.filter((s) => value >= s.atLeast);
  return reached.length ? Math.max(...reached.map((s) => s.points)) : 0;
}

export function ratePercent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : round2((numerator / denominator) * 100);
}

/** A measure from its counted records: on-time ones over all. */
export function measureOf(refs: RecordRef[]): Measure {
  const numerator = refs.filter((r) => r.outcome === 'on_time').length;
  return { value: ratePercent(numerator, refs.length), numerator, denominator: refs.length, refs };
}

export function rate(total: number, t: Thresholds): Rating {
  if (total >= t.commend) return 'commend';
  if (total < t.criticise) return 'criticise';
  if (total < t.note) return 'note';
  return 'pass';
}

function criterionLine(
  c: Criterion,
  measures: Partial<Record<MeasureId, Measure>>,
  manual: Record<string, ManualEntry>,
): ScoreLine {
  const line = { code: c.code, name: c.name, kind: 'criterion' as const, maxPoints: c.maxPoints };
  if (c.kind === 'manual') {
    const entry = manual[c.code];
    if (!entry)
      return {
        ...line,
        value: null,
        points: null,
        explanation: 'Hội đồng thi đua chưa chấm: chưa tính vào tổng điểm.',
        measure: null,
        refs: [],
      };
    const points = round2(Math.min(Math.max(entry.points, 0), c.maxPoints));
    const comment = entry.comment ? `: ${entry.comment}` : '';
    return {
      ...line,
      value: null,
      points,
      explanation: `Hội đồng thi đua chấm (${entry.by})${comment}`,
      measure: null,
      refs: [],
    };
  }
  const m = measures[c.measure];
  if (!m || m.value === null)
    return {
      ...line,
      value: null,
      points: null,
      explanation: `${MEASURE_LABELS[c.measure]}: không có hồ sơ đến hạn trong năm, tiêu chí không tính.`,
      measure: c.measure,
      refs: [],
    };
  const points = scalePoints(c.scale, m.value, c.maxPoints);
  return {
    ...line,
    value: m.value,
    points,
    explanation: `${MEASURE_LABELS[c.measure]}: ${m.numerator}/${m.denominator} = ${fmt(m.value)}% → ${fmt(points)} điểm.`,
    measure: c.measure,
    refs: m.refs,
  };
}

function adjustmentLine(
  a: Adjustment,
  measures: Partial<Record<MeasureId, Measure>>,
  manual: Record<string, ManualEntry>,
): ScoreLine {
  const line = { code: a.code, name: a.name, kind: a.sign, maxPoints: a.maxPoints, value: null };
  if (a.kind === 'manual') {
    const entry = manual[a.code];
    const points = entry ? round2(Math.min(Math.max(entry.points, 0), a.maxPoints)) : 0;
    const comment = entry?.comment ? `: ${entry.comment}` : '';
    return {
      ...line,
      points,
      explanation: entry ? `Hội đồng thi đua chấm (${entry.by})${comment}` : 'Không có.',
      measure: null,
      refs: [],
    };
  }
  const misses = (measures[a.measure]?.refs ?? []).filter((r) => r.outcome !== 'on_time');
  const points = round2(Math.min(misses.length * a.pointsEach, a.maxPoints));
  return {
    ...line,
    points,
    explanation: `${misses.length} hồ sơ trễ hạn hoặc chưa thực hiện × ${fmt(a.pointsEach)} điểm (tối đa ${fmt(a.maxPoints)}) = ${fmt(points)} điểm.`,
    measure: a.measure,
    refs: misses,
  };
}

/**
 * One subject's score: each criterion's points; criteria without records leave the base,
 * which is brought back to the full scale (so an agency with no report owed is not
 * punished); then bonus added and penalty taken, and the rating from the thresholds.
 */
export function scoreSubject(
  set: CriteriaSet,
  measures: Partial<Record<MeasureId, Measure>>,
  manual: Record<string, ManualEntry>,
): SubjectScore {
  const criteria = set.criteria.map((c) => criterionLine(c, measures, manual));
  const adjustments = set.adjustments.map((a) => adjustmentLine(a, measures, manual));
  const applying = criteria.filter((l) => l.points !== null);
  const base = round2(applying.reduce((s, l) => s + l.points!, 0));
  const applicableMax = applying.reduce((s, l) => s + l.maxPoints, 0);
  const full = maxTotal(set);
  const scaled = applicableMax === 0 ? 0 : round2((base * full) / applicableMax);
  const sum = (sign: 'bonus' | 'penalty') =>
    round2(adjustments.filter((l) => l.kind === sign).reduce((s, l) => s + l.points!, 0));
  const bonus = sum('bonus');
  const penalty = sum('penalty');
  const total = round2(scaled + bonus - penalty);
  const pending = set.criteria.filter((c) => c.kind === 'manual' && !manual[c.code]).length;
  return {
    base,
    applicableMax,
    scaled,
    bonus,
    penalty,
    total,
    // Nothing to judge (no record due, no mark): not rated, never on a list.
    rating: applicableMax === 0 ? 'unrated' : rate(total, set.thresholds),
    lines: [...criteria, ...adjustments],
    pending,
  };
}
