import { describe, expect, it } from 'vitest';
import {
  associate,
  binomial,
  countTargets,
  inTaskWindow,
  movedElements,
  permutationTest,
  standingChange,
  taskTargets,
  taskWindow,
} from '../../index.ts';

describe('movedElements: beyond the threshold, against the national median', () => {
  const prev = { D1: 5.0, 'D1.1': 1.2, 'D1.2': 1.0, D2: 6.0, 'D2.1': 2.0, D3: 4.0 };
  const curr = { D1: 5.5, 'D1.1': 1.5, 'D1.2': 1.05, D2: 6.3, 'D2.1': 1.8, D3: 4.26 };
  const mPrev = { D1: 5.0, 'D1.1': 1.0, 'D1.2': 1.0, D2: 6.0, 'D2.1': 2.0, D3: 4.0 };
  // The country rose by 0.3 on D2: the province's +0.3 is no move of its own.
  const mCurr = { D1: 5.1, 'D1.1': 1.0, 'D1.2': 1.0, D2: 6.3, 'D2.1': 2.0, D3: 4.0 };

  it('lists D1 (+0.5 vs +0.1), D1.1 (+0.3), D2.1 (−0.2), D3 (+0.26); not D1.2 or D2', () => {
    const moved = movedElements(prev, curr, mPrev, mCurr);
    expect(moved.map((m) => [m.code, m.direction])).toEqual([
      ['D1', 'rose'],
      ['D1.1', 'rose'],
      ['D3', 'rose'],
      ['D2.1', 'fell'],
    ]);
    const d1 = moved[0]!;
    expect(d1.level).toBe('dimension');
    expect(d1.change).toBeCloseTo(0.5);
    expect(d1.nationalChange).toBeCloseTo(0.1);
    expect(d1.relativeChange).toBeCloseTo(0.4);
    expect(moved[3]).toMatchObject({ level: 'sub_dimension' });
  });

  it('a move exactly at the threshold is not beyond it; thresholds are configurable', () => {
    const at = movedElements({ D1: 5 }, { D1: 5.25 }, { D1: 5 }, { D1: 5 });
    expect(at).toEqual([]);
    const lower = movedElements(
      { D1: 5 },
      { D1: 5.25 },
      { D1: 5 },
      { D1: 5 },
      {
        dimension: 0.2,
        subDimension: 0.1,
      },
    );
    expect(lower.map((m) => m.code)).toEqual(['D1']);
  });

  it('skips elements missing in a year or without a national median', () => {
    expect(movedElements({}, { D1: 9 }, { D1: 5 }, { D1: 5 })).toEqual([]);
    expect(movedElements({ D1: 1 }, { D1: 9 }, {}, { D1: 5 })).toEqual([]);
  });
});

describe('standingChange and targets', () => {
  it('places and groups gained; ranks of different province sets are not compared', () => {
    expect(
      standingChange({ rank: 30, group: 'low_average' }, { rank: 12, group: 'highest' }, true),
    ).toEqual({ places: 18, ranksComparable: true, groupSteps: 2 });
    expect(
      standingChange({ rank: 30, group: 'high_average' }, { rank: 12, group: 'lowest' }, false),
    ).toEqual({ places: null, ranksComparable: false, groupSteps: -2 });
    expect(standingChange(null, { rank: 1, group: 'highest' }, true)).toMatchObject({
      places: null,
      groupSteps: null,
    });
  });

  it('counts verdicts', () => {
    expect(countTargets(['met', 'not_met', 'met', 'pending'])).toEqual({
      met: 2,
      notMet: 1,
      pending: 1,
    });
  });
});

describe('task window and targeting', () => {
  it('2025 survey: 01/12/2023 to 30/11/2025 inclusive', () => {
    expect(taskWindow(2025)).toEqual({ from: '2023-12-01', to: '2025-11-30' });
    expect(inTaskWindow('2023-11-30', 2025)).toBe(false);
    expect(inTaskWindow('2023-12-01', 2025)).toBe(true);
    expect(inTaskWindow('2025-11-30', 2025)).toBe(true);
    expect(inTaskWindow('2025-12-01', 2025)).toBe(false);
    expect(inTaskWindow(null, 2025)).toBe(false);
  });

  it('a whole-dimension task targets its sub-dimensions; a sub-dimension task its dimension', () => {
    expect(taskTargets(['D3'], 'D3.2')).toBe(true);
    expect(taskTargets(['D3.2'], 'D3.2')).toBe(true);
    expect(taskTargets(['D3.1'], 'D3.2')).toBe(false);
    expect(taskTargets(['D3.1'], 'D3')).toBe(true);
    expect(taskTargets(['D31'], 'D3')).toBe(false);
    expect(taskTargets(['D1', 'D2.1'], 'D2')).toBe(true);
  });
});

describe('permutationTest (two-sided, difference of means)', () => {
  it('exact, by hand: {3,4,5} vs {0,1,2} — 2 of the C(6,3) = 20 splits are as extreme', () => {
    // Splits with |mean a − mean b| ≥ 3 need sum(a) ≥ 12 or ≤ 3: only {3,4,5} and {0,1,2}.
    const r = permutationTest([3, 4, 5], [0, 1, 2]);
    expect(r).toEqual({
      difference: 3,
      pValue: 2 / 20,
      method: 'exact',
      permutations: 20,
      seed: null,
    });
  });

  it('exact, unequal groups with ties: {2,4} vs {0,0,1} — 1 of 10 splits', () => {
    // Sums of a over the 10 pairs: 6, 2, 2, 3, 4, 4, 5, 0, 1, 1; the difference
    // sum/2 − (7 − sum)/3 reaches |2.67| only for sum 6 (−2.33 for sum 0 falls short).
    const r = permutationTest([2, 4], [0, 0, 1]);
    expect(r.permutations).toBe(10);
    expect(r.pValue).toBeCloseTo(0.1, 12);
    expect(r.difference).toBeCloseTo(8 / 3, 12);
  });

  it('floating ties count as equal: {0.1,0.2} vs {0.3,0} gives p = 1', () => {
    // Every split of 0.1+0.2 vs 0.3+0 is as extreme as the observed difference 0.
    expect(permutationTest([0.1, 0.2], [0.3, 0]).pValue).toBe(1);
  });

  it('Monte Carlo past the exact limit: seeded, reproducible, close to the exact p', () => {
    const a = permutationTest([3, 4, 5], [0, 1, 2], { exactLimit: 5 });
    const b = permutationTest([3, 4, 5], [0, 1, 2], { exactLimit: 5 });
    expect(a.method).toBe('monte_carlo');
    expect(a.permutations).toBe(10_000);
    expect(a.seed).not.toBeNull();
    expect(a.pValue).toBe(b.pValue);
    expect(Math.abs(a.pValue - 0.1)).toBeLessThan(0.015);
    const other = permutationTest([3, 4, 5], [0, 1, 2], { exactLimit: 5, seed: 7 });
    expect(Math.abs(other.pValue - 0.1)).toBeLessThan(0.015);
  });

  it('Monte Carlo never answers 0: fully separated 20 vs 20 gives 1/(10000+1)', () => {
    const high = Array.from({ length: 20 }, (_, i) => 10 + i);
    const low = Array.from({ length: 20 }, (_, i) => i / 10);
    const r = permutationTest(high, low);
    expect(r.method).toBe('monte_carlo');
    expect(r.pValue).toBe(1 / 10_001);
  });

  it('binomial', () => {
    expect(binomial(6, 3)).toBe(20);
    expect(binomial(40, 20, 20_000)).toBe(Infinity);
  });
});

describe('associate: change where tasks were done vs not', () => {
  const cases = (withTasks: number[], without: number[]) => [
    ...withTasks.map((change, i) => ({
      key: `a${i}`,
      change,
      withTasks: true,
      estimated: i === 0,
    })),
    ...without.map((change, i) => ({ key: `b${i}`, change, withTasks: false, estimated: false })),
  ];

  it('means, difference, n and the exact test', () => {
    const r = associate(cases([0.3, 0.4, 0.5], [0, 0.1, 0.2]));
    expect(r.withTasks.n).toBe(3);
    expect(r.withoutTasks.n).toBe(3);
    expect(r.withTasks.meanChange).toBeCloseTo(0.4);
    expect(r.difference).toBeCloseTo(0.3);
    expect(r.estimated).toBe(1);
    expect(r.test?.method).toBe('exact');
    expect(r.test?.pValue).toBeCloseTo(0.1, 12);
    expect(r.reason).toBeNull();
  });

  it('fewer than 3 in a group: the difference but no test', () => {
    const r = associate(cases([0.3, 0.4], [0, 0.1, 0.2, 0.5]));
    expect(r.test).toBeNull();
    expect(r.reason).toBe('too_few_cases');
    expect(r.difference).toBeCloseTo(0.35 - 0.2);
    const none = associate(cases([], [0, 0.1]));
    expect(none.difference).toBeNull();
    expect(none.withTasks).toEqual({ n: 0, meanChange: null });
  });
});
