/**
 * Emulation (thi đua) criteria as data: one set per installation unit and year. A criterion
 * is either measured from the system's records (a measure of the registry, turned into
 * points by a scale) or entered by the year's emulation council with a comment. Bonus and
 * penalty items add or take points; thresholds sort totals into commend / pass / note /
 * criticise. Seed 004: "Hằng năm, thực hiện biểu dương, khen thưởng … và phê bình …".
 */

/** A measure turns records of a subject's year into a percentage (0–100) with the records. */
export const MEASURE_IDS = [
  'tasks_on_time',
  'reports_on_time',
  'plans_on_time',
  'subdimensions_improved',
  'feedback_on_time',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export const MEASURE_LABELS: Record<MeasureId, string> = {
  tasks_on_time: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
  reports_on_time: 'Tỷ lệ báo cáo gửi đúng hạn',
  plans_on_time: 'Tỷ lệ kế hoạch ban hành đúng hạn',
  subdimensions_improved: 'Tỷ lệ nội dung Chỉ số PAPI được giao chủ trì có điểm tăng',
  feedback_on_time: 'Tỷ lệ phản ánh, kiến nghị của người dân được trả lời đúng hạn',
};

/**
 * Linear: `from`% or less earns 0, `to`% or more the criterion's maximum, straight between.
 * Steps: the points of the highest step whose `atLeast` the value reaches (0 below all).
 */
export type Scale =
  | { kind: 'linear'; from: number; to: number }
  | { kind: 'steps'; steps: { atLeast: number; points: number }[] };

export type Criterion =
  | {
      code: string;
      name: string;
      maxPoints: number;
      kind: 'measured';
      measure: MeasureId;
      scale: Scale;
    }
  | { code: string; name: string; maxPoints: number; kind: 'manual' };

/**
 * A bonus or penalty: entered by the council (up to maxPoints), or `perMiss` points for each
 * record of a measure that was late or missing (capped at maxPoints).
 */
export type Adjustment =
  | { code: string; name: string; sign: 'bonus' | 'penalty'; maxPoints: number; kind: 'manual' }
  | {
      code: string;
      name: string;
      sign: 'bonus' | 'penalty';
      maxPoints: number;
      kind: 'perMiss';
      measure: MeasureId;
      pointsEach: number;
    };

/** Totals at or above `commend` are proposed for commendation, below `criticise` for criticism. */
export interface Thresholds {
  commend: number;
  note: number;
  criticise: number;
}

export interface CriteriaSet {
  criteria: Criterion[];
  adjustments: Adjustment[];
  thresholds: Thresholds;
}

export const RATINGS = ['commend', 'pass', 'note', 'criticise', 'unrated'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  commend: 'Đề nghị khen thưởng',
  pass: 'Hoàn thành',
  note: 'Nhắc nhở',
  criticise: 'Phê bình',
  unrated: 'Chưa đủ căn cứ xếp loại',
};

/** The set a unit starts from: 100 points, three measured criteria and the council's mark. */
export const DEFAULT_CRITERIA_SET: CriteriaSet = {
  criteria: [
    {
      code: 'TC1',
      name: 'Hoàn thành nhiệm vụ cải cách hành chính, nâng cao Chỉ số PAPI đúng hạn',
      maxPoints: 40,
      kind: 'measured',
      measure: 'tasks_on_time',
      scale: { kind: 'linear', from: 50, to: 100 },
    },
    {
      code: 'TC2',
      name: 'Thực hiện chế độ báo cáo đúng hạn',
      maxPoints: 25,
      kind: 'measured',
      measure: 'reports_on_time',
      scale: {
        kind: 'steps',
        steps: [
          { atLeast: 100, points: 25 },
          { atLeast: 80, points: 18 },
          { atLeast: 50, points: 10 },
        ],
      },
    },
    {
      code: 'TC3',
      name: 'Ban hành kế hoạch thực hiện đúng thời hạn',
      maxPoints: 15,
      kind: 'measured',
      measure: 'plans_on_time',
      scale: { kind: 'linear', from: 0, to: 100 },
    },
    {
      code: 'TC4',
      name: 'Chất lượng tham mưu, phối hợp (Hội đồng thi đua chấm)',
      maxPoints: 20,
      kind: 'manual',
    },
  ],
  adjustments: [
    {
      code: 'CT1',
      name: 'Sáng kiến, mô hình hay được nhân rộng',
      sign: 'bonus',
      maxPoints: 5,
      kind: 'manual',
    },
    {
      code: 'TR1',
      name: 'Báo cáo trễ hạn hoặc không gửi (mỗi báo cáo)',
      sign: 'penalty',
      maxPoints: 5,
      kind: 'perMiss',
      measure: 'reports_on_time',
      pointsEach: 1,
    },
  ],
  thresholds: { commend: 90, note: 65, criticise: 50 },
};

export interface CriteriaIssue {
  path: string;
  message: string;
}

const CODE = /^[A-Za-z0-9_.-]{1,20}$/;

/** Problems of a criteria set, each pointing at its field (empty when it can be used). */
export function checkCriteriaSet(set: CriteriaSet): CriteriaIssue[] {
  const issues: CriteriaIssue[] = [];
  const seen = new Set<string>();
  const checkCode = (code: string, path: string) => {
    if (!CODE.test(code)) issues.push({ path, message: `Mã “${code}” không hợp lệ.` });
    else if (seen.has(code)) issues.push({ path, message: `Mã “${code}” bị trùng.` });
    seen.add(code);
  };
  if (set.criteria.length === 0)
    issues.push({ path: 'criteria', message: 'Bộ tiêu chí chưa có tiêu chí nào.' });
  set.criteria.forEach((c, i) => {
    checkCode(c.code, `criteria[${i}].code`);
    if (!(c.maxPoints > 0))
      issues.push({ path: `criteria[${i}].maxPoints`, message: 'Điểm tối đa phải lớn hơn 0.' });
    if (c.kind !== 'measured') return;
    const s = c.scale;
    if (s.kind === 'linear' && !(s.from < s.to))
      issues.push({
        path: `criteria[${i}].scale`,
        message: 'Thang điểm: tỷ lệ đạt 0 điểm phải nhỏ hơn tỷ lệ đạt điểm tối đa.',
      });
    if (s.kind === 'steps') {
      if (s.steps.length === 0)
        issues.push({ path: `criteria[${i}].scale`, message: 'Thang điểm chưa có mức nào.' });
      s.steps.forEach((st, j) => {
        if (st.points < 0 || st.points > c.maxPoints)
          issues.push({
            path: `criteria[${i}].scale.steps[${j}].points`,
            message: `Điểm của mức phải từ 0 đến ${c.maxPoints}.`,
          });
      });
    }
  });
  set.adjustments.forEach((a, i) => {
    checkCode(a.code, `adjustments[${i}].code`);
    if (!(a.maxPoints > 0))
      issues.push({ path: `adjustments[${i}].maxPoints`, message: 'Điểm tối đa phải lớn hơn 0.' });
  });
  const t = set.thresholds;
  if (!(t.criticise <= t.note && t.note < t.commend))
    issues.push({
      path: 'thresholds',
      message: 'Ngưỡng phải tăng dần: phê bình ≤ nhắc nhở < khen thưởng.',
    });
  return issues;
}

/** The total a set can give without bonus: the sum of its criteria's maxima. */
export const maxTotal = (set: CriteriaSet) => set.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
