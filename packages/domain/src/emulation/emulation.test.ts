import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA_SET, checkCriteriaSet, type CriteriaSet } from './criteria.ts';
import { measureOf, rate, scalePoints, scoreSubject, type RecordRef } from './scoring.ts';
import {
  asOfDay,
  canonicalJson,
  deliveryOutcome,
  nextRun,
  proposeLists,
  rankSubjects,
  taskTimeliness,
  type ScoredSubject,
} from './ranking.ts';

const refs = (onTime: number, late: number, missing = 0): RecordRef[] => [
  ...Array.from({ length: onTime }, (_, i) => ({
    kind: 'task' as const,
    id: i + 1,
    outcome: 'on_time' as const,
  })),
  ...Array.from({ length: late }, (_, i) => ({
    kind: 'task' as const,
    id: 100 + i,
    outcome: 'late' as const,
  })),
  ...Array.from({ length: missing }, (_, i) => ({
    kind: 'task' as const,
    id: 200 + i,
    outcome: 'missing' as const,
  })),
];
const reportRefs = (onTime: number, missing: number): RecordRef[] =>
  refs(onTime, 0, missing).map((r) => ({ ...r, kind: 'report' }));

describe('scales', () => {
  it('linear: 0 at or below from, max at or above to, straight between', () => {
    const s = { kind: 'linear' as const, from: 50, to: 100 };
    expect(scalePoints(s, 40, 40)).toBe(0);
    expect(scalePoints(s, 50, 40)).toBe(0);
    expect(scalePoints(s, 75, 40)).toBe(20);
    expect(scalePoints(s, 87.5, 40)).toBe(30);
    expect(scalePoints(s, 100, 40)).toBe(40);
  });
  it('steps: the highest step reached', () => {
    const s = DEFAULT_CRITERIA_SET.criteria[1]!;
    if (s.kind !== 'measured') throw new Error('measured');
    expect(scalePoints(s.scale, 100, 25)).toBe(25);
    expect(scalePoints(s.scale, 99.99, 25)).toBe(18);
    expect(scalePoints(s.scale, 50, 25)).toBe(10);
    expect(scalePoints(s.scale, 49, 25)).toBe(0);
  });
});

describe('scoreSubject', () => {
  const manual = { TC4: { points: 18, comment: 'Tham mưu tốt', by: 'Hội đồng' } };

  it('adds the criteria, takes the penalty per missed report, and rates by thresholds', () => {
    const s = scoreSubject(
      DEFAULT_CRITERIA_SET,
      {
        tasks_on_time: measureOf(refs(9, 1)), // 90% → (90-50)/50 × 40 = 32
        reports_on_time: measureOf(reportRefs(4, 1)), // 80% → 18; one missing → −1
        plans_on_time: measureOf(refs(1, 0)), // 100% → 15
      },
      manual,
    );
    expect(s.lines.map((l) => [l.code, l.points])).toEqual([
      ['TC1', 32],
      ['TC2', 18],
      ['TC3', 15],
      ['TC4', 18],
      ['CT1', 0],
      ['TR1', 1],
    ]);
    expect(s).toMatchObject({ base: 83, applicableMax: 100, scaled: 83, bonus: 0, penalty: 1 });
    expect(s.total).toBe(82);
    expect(s.rating).toBe('pass');
    expect(s.lines[5]!.refs.map((r) => r.outcome)).toEqual(['missing']);
    expect(s.lines[0]!.explanation).toBe(
      'Tỷ lệ nhiệm vụ hoàn thành đúng hạn: 9/10 = 90% → 32 điểm.',
    );
  });

  it('leaves a criterion without records out and rescales to the full 100', () => {
    const s = scoreSubject(
      DEFAULT_CRITERIA_SET,
      { tasks_on_time: measureOf(refs(3, 0)), reports_on_time: measureOf([]) },
      manual,
    );
    expect(s.lines.filter((l) => l.points === null).map((l) => l.code)).toEqual(['TC2', 'TC3']);
    expect(s.base).toBe(58);
    expect(s.applicableMax).toBe(60);
    expect(s.scaled).toBe(96.67);
    expect(s.total).toBe(96.67);
    expect(s.rating).toBe('commend');
  });

  it('leaves an unmarked council criterion out until marked; clamps marks; unrated when empty', () => {
    const none = scoreSubject(DEFAULT_CRITERIA_SET, { tasks_on_time: measureOf(refs(1, 0)) }, {});
    expect(none.pending).toBe(1);
    expect(none.lines.find((l) => l.code === 'TC4')).toMatchObject({ points: null });
    expect(none).toMatchObject({ applicableMax: 40, total: 100, rating: 'commend' });
    const empty = scoreSubject(DEFAULT_CRITERIA_SET, {}, {});
    expect(empty).toMatchObject({ applicableMax: 0, total: 0, rating: 'unrated' });
    const over = scoreSubject(
      DEFAULT_CRITERIA_SET,
      {},
      {
        TC4: { points: 35, comment: '', by: 'x' },
        CT1: { points: 3, comment: 'Mô hình một cửa', by: 'x' },
      },
    );
    expect(over.lines.find((l) => l.code === 'TC4')!.points).toBe(20);
    expect(over).toMatchObject({ base: 20, applicableMax: 20, scaled: 100, bonus: 3, total: 103 });
  });

  it('caps a per-miss penalty at its maximum', () => {
    const s = scoreSubject(
      DEFAULT_CRITERIA_SET,
      { reports_on_time: measureOf(reportRefs(0, 9)) },
      {},
    );
    expect(s.penalty).toBe(5);
  });
});

describe('thresholds', () => {
  const t = DEFAULT_CRITERIA_SET.thresholds;
  it('commend at or above, criticise below, note below the note line', () => {
    expect(rate(90, t)).toBe('commend');
    expect(rate(89.99, t)).toBe('pass');
    expect(rate(65, t)).toBe('pass');
    expect(rate(64.99, t)).toBe('note');
    expect(rate(50, t)).toBe('note');
    expect(rate(49.99, t)).toBe('criticise');
  });
  it('refuses thresholds out of order, duplicate codes and empty scales', () => {
    const bad: CriteriaSet = {
      ...DEFAULT_CRITERIA_SET,
      criteria: [
        DEFAULT_CRITERIA_SET.criteria[0]!,
        { ...DEFAULT_CRITERIA_SET.criteria[3]!, code: 'TC1' },
        {
          code: 'X',
          name: 'x',
          maxPoints: 5,
          kind: 'measured',
          measure: 'plans_on_time',
          scale: { kind: 'linear', from: 80, to: 80 },
        },
      ],
      thresholds: { commend: 60, note: 70, criticise: 50 },
    };
    expect(checkCriteriaSet(bad).map((i) => i.path)).toEqual([
      'criteria[1].code',
      'criteria[2].scale',
      'thresholds',
    ]);
    expect(checkCriteriaSet(DEFAULT_CRITERIA_SET)).toEqual([]);
  });
});

describe('ranking and lists', () => {
  const subject = (
    id: number,
    name: string,
    total: number,
    onTime: number | null,
  ): ScoredSubject => ({
    kind: 'agency',
    id,
    name,
    score: {
      base: total,
      applicableMax: 100,
      scaled: total,
      bonus: 0,
      penalty: 0,
      total,
      pending: 0,
      rating: rate(total, DEFAULT_CRITERIA_SET.thresholds),
      lines: [
        {
          code: 'TC1',
          name: '',
          kind: 'criterion',
          maxPoints: 40,
          value: onTime,
          points: 0,
          explanation: '',
          measure: 'tasks_on_time',
          refs: [],
        },
      ],
    },
  });
  it('orders by total, then on-time rate, then Vietnamese name; equal ones share a rank', () => {
    const ranked = rankSubjects([
      subject(1, 'Sở Y tế', 80, 90),
      subject(2, 'Sở Đào tạo', 80, 90),
      subject(3, 'Sở Tư pháp', 80, 95),
      subject(4, 'Sở Công Thương', 95, null),
      subject(5, 'Sở Dân tộc', 40, 10),
      {
        ...subject(6, 'Sở An', 0, null),
        score: { ...subject(6, 'Sở An', 0, null).score, rating: 'unrated' },
      },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      [4, 1],
      [3, 2],
      [2, 3], // "Đào" after "Dân" but before "Y" in Vietnamese order
      [1, 3],
      [5, 5],
      [6, 0],
    ]);
    expect(proposeLists(ranked)).toEqual({
      commend: [{ kind: 'agency', id: 4 }],
      criticise: [{ kind: 'agency', id: 5 }],
    });
    // Deterministic whatever the input order.
    expect(rankSubjects([...ranked].reverse()).map((r) => r.id)).toEqual(ranked.map((r) => r.id));
  });
});

describe('freezing and versions', () => {
  it('replaces the latest draft, but never an approved run: that makes version n + 1', () => {
    expect(nextRun([])).toEqual({ action: 'create', version: 1 });
    expect(nextRun([{ version: 1, status: 'draft' }])).toEqual({ action: 'replace', version: 1 });
    expect(nextRun([{ version: 1, status: 'approved' }])).toEqual({ action: 'create', version: 2 });
    expect(
      nextRun([
        { version: 2, status: 'draft' },
        { version: 1, status: 'approved' },
      ]),
    ).toEqual({ action: 'replace', version: 2 });
  });
  it('hashes equal inputs to equal text whatever the key order', () => {
    expect(canonicalJson({ b: [2, { y: 1, x: 2 }], a: 'x' })).toBe(
      canonicalJson({ a: 'x', b: [2, { x: 2, y: 1 }] }),
    );
  });
});

describe('record outcomes', () => {
  const facts = { dueOn: '2026-06-30', completedOn: null, cancelledOn: null, percent: 0 };
  it('tasks follow execution status as of the year end or today', () => {
    expect(asOfDay(2026, '2026-11-25')).toBe('2026-11-25');
    expect(asOfDay(2025, '2026-11-25')).toBe('2025-12-31');
    expect(
      taskTimeliness({ ...facts, completedOn: '2026-06-30' }, '2026-11-25', '2026-01-01'),
    ).toBe('on_time');
    expect(
      taskTimeliness({ ...facts, completedOn: '2026-07-01' }, '2026-11-25', '2026-01-01'),
    ).toBe('late');
    expect(taskTimeliness(facts, '2026-11-25', '2026-01-01')).toBe('missing');
    expect(
      taskTimeliness({ ...facts, dueOn: '2026-12-15' }, '2026-11-25', '2026-01-01'),
    ).toBeNull();
    expect(taskTimeliness({ ...facts, cancelledOn: '2026-05-01' }, '2026-11-25', '')).toBeNull();
    expect(taskTimeliness(facts, '2026-11-25', '2026-07-01')).toBeNull(); // history
  });
  it('reports and plans by their first delivery', () => {
    expect(deliveryOutcome('2026-06-15', '2026-06-15', '2026-11-25', '')).toBe('on_time');
    expect(deliveryOutcome('2026-06-15', '2026-06-16', '2026-11-25', '')).toBe('late');
    expect(deliveryOutcome('2026-06-15', null, '2026-11-25', '')).toBe('missing');
    expect(deliveryOutcome('2026-12-15', null, '2026-11-25', '')).toBeNull();
    expect(deliveryOutcome('2025-12-15', null, '2026-11-25', '2026-01-01')).toBeNull();
    // Delivered after the judged day counts as not delivered by then.
    expect(deliveryOutcome('2025-12-15', '2026-01-05', '2025-12-31', '')).toBe('missing');
  });
});
