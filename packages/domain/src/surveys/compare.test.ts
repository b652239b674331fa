import { describe, expect, it } from 'vitest';
import { compareEstimates, estimateOf, weakestElements, type Estimate } from './compare.ts';

/** An estimate with its 95% interval from a t quantile worked out by hand (R: qt(0.975, df)). */
const est = (score: number, se: number, df: number, t: number): Estimate => ({
  score,
  se,
  df,
  low: score - t * se,
  high: score + t * se,
});

describe('difference of two independent stratum estimates (Welch)', () => {
  it('overlapping intervals with a significant test are reported as "test_only", never different', () => {
    // a = 6.00 ± 1.97196·0.2 = [5.606; 6.394], b = 5.35 ± 1.97196·0.2 = [4.956; 5.744]: overlap.
    // d = 0.65, se_d = √(0.04 + 0.04) = 0.28284, ν = 0.08² / (2 · 0.2⁴ / 199) = 398,
    // t(0.975; 398) = 1.96594 → half-width 0.55606, interval [0.0939; 1.2061] leaves out 0.
    const d = compareEstimates(est(6, 0.2, 199, 1.97196), est(5.35, 0.2, 199, 1.97196));
    expect(d.difference).toBeCloseTo(0.65, 10);
    expect(d.se).toBeCloseTo(0.28284, 5);
    expect(d.df).toBeCloseTo(398, 6);
    expect(d.t).toBeCloseTo(2.2981, 4);
    expect(d.low).toBeCloseTo(0.0939, 4);
    expect(d.high).toBeCloseTo(1.2061, 4);
    expect(d.overlap).toBe(true);
    expect(d.significant).toBe(true);
    expect(d.verdict).toBe('test_only');
  });

  it('a difference inside the noise is not significant (unequal se and df)', () => {
    // se_d = √(0.2² + 0.25²) = √0.1025 = 0.32016; t = 0.6 / 0.32016 = 1.8741;
    // ν = 0.1025² / (0.0016/50 + 0.00390625/40) = 0.01050625 / 0.00012965625 = 81.03;
    // t(0.975; 81.03) = 1.98968 → interval 0.6 ± 0.63701 = [−0.0370; 1.2370].
    const d = compareEstimates(est(6, 0.2, 50, 2.00856), est(5.4, 0.25, 40, 2.02108));
    expect(d.se).toBeCloseTo(0.32016, 5);
    expect(d.df).toBeCloseTo(81.03, 2);
    expect(d.t).toBeCloseTo(1.8741, 4);
    expect(d.low).toBeCloseTo(-0.037, 3);
    expect(d.high).toBeCloseTo(1.237, 3);
    expect(d.significant).toBe(false);
    expect(d.verdict).toBe('not_different');
  });

  it('intervals apart and a significant test: different', () => {
    // a = [6.802; 7.198], b = [5.702; 6.298]; d = 1, se_d = √(0.01 + 0.0225) = 0.18028,
    // ν = 0.0325² / (0.0001/99 + 0.00050625/99) = 172.48, t = 5.547.
    const d = compareEstimates(est(7, 0.1, 99, 1.98422), est(6, 0.15, 99, 1.98422));
    expect(d.df).toBeCloseTo(172.48, 2);
    expect(d.t).toBeCloseTo(5.547, 3);
    expect(d.overlap).toBe(false);
    expect(d.verdict).toBe('different');
  });

  it('the test is symmetric: b − a has the opposite sign and the same verdict', () => {
    const a = est(6, 0.2, 199, 1.97196);
    const b = est(5.35, 0.2, 199, 1.97196);
    const [ab, ba] = [compareEstimates(a, b), compareEstimates(b, a)];
    expect(ba.difference).toBeCloseTo(-ab.difference, 12);
    expect(ba.low).toBeCloseTo(-ab.high, 12);
    expect(ba.verdict).toBe(ab.verdict);
  });
});

describe('score rows for comparison and ranking', () => {
  const row = (key: string, score: number | null, n = 40) => ({
    kind: 'element' as const,
    key,
    n,
    sufficient: score !== null,
    score,
    se: score === null ? null : 0.3,
    low: score === null ? null : score - 0.6,
    high: score === null ? null : score + 0.6,
  });

  it('an insufficient row gives no estimate; a sufficient one has df = n − 1', () => {
    expect(estimateOf(row('D1', null))).toBeNull();
    expect(estimateOf(row('D1', 5, 41))).toMatchObject({ score: 5, se: 0.3, df: 40 });
  });

  it('ranks sub-dimensions only, lowest first, leaving "chưa đủ mẫu" out', () => {
    const parents = new Map<string, string | null>([
      ['D1', null],
      ['D1.1', 'D1'],
      ['D1.2', 'D1'],
      ['D2.1', 'D2'],
      ['D2.2', 'D2'],
    ]);
    const rows = [
      row('D1', 1),
      row('D1.1', 6),
      row('D1.2', 3.5),
      row('D2.1', null),
      row('D2.2', 4),
    ];
    expect(weakestElements(rows, parents, 2).map((r) => r.key)).toEqual(['D1.2', 'D2.2']);
  });
});
