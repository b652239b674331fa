import { describe, expect, it } from 'vitest';
import { mean, percentileInc } from './percentile.ts';
import { groupBands, groupThresholds, pointsToNextGroup, rankAndGroup } from './grouping.ts';
import { dimensionGainsToReach, rankChange, weakestRelativeToMedian } from './analysis.ts';
import { LINEAGE_MIN_COVERAGE, lineageEstimate } from './lineage.ts';
import {
  checkFramework,
  commonDimensions,
  computeTotal,
  editionFor,
  totalRange,
} from './framework.ts';
import type { IndexFramework } from './framework.ts';
import { matchProvince } from './province-names.ts';

describe('percentileInc', () => {
  it('matches Excel PERCENTILE.INC', () => {
    expect(percentileInc([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(percentileInc([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25);
    expect(percentileInc([5], 0.5)).toBe(5);
    expect(mean([1, 2, 3])).toBe(2);
  });
});

describe('rankAndGroup', () => {
  const scores = [40, 38, 38, 35, 30, 28, 25, 20];
  it('ranks ties equally and splits at the quartiles', () => {
    const ranked = rankAndGroup(scores.map((score, key) => ({ key, score })));
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4, 5, 6, 7, 8]);
    expect(ranked.map((r) => r.group)).toEqual([
      'highest',
      'highest',
      'highest',
      'high_average',
      'low_average',
      'low_average',
      'lowest',
      'lowest',
    ]);
  });
  it('leaves unassessed entries unranked and counts them at the bottom of the percentiles', () => {
    const withMissing = [...scores.map((score, key) => ({ key, score })), { key: 99, score: null }];
    const ranked = rankAndGroup(withMissing);
    expect(ranked.at(-1)).toEqual({ key: 99, score: null, rank: null, group: null });
    const t = groupThresholds(withMissing.map((e) => e.score));
    const tAssessed = groupThresholds(scores);
    expect(t.low_average).toBeLessThan(tAssessed.low_average);
  });
  it('tells how far the next group is', () => {
    const t = { highest: 45, high_average: 43, low_average: 41 };
    expect(pointsToNextGroup(42, t)).toBeCloseTo(1);
    expect(pointsToNextGroup(40, t)).toBeCloseTo(1);
    expect(pointsToNextGroup(46, t)).toBeNull();
  });
});

describe('analysis helpers', () => {
  it('finds the weakest dimensions against the national median', () => {
    const weakest = weakestRelativeToMedian(
      { D1: 5, D2: 6, D3: 4 },
      { D1: [5, 6, 7], D2: [5, 6, 7], D3: [6, 6, 6] },
      2,
    );
    expect(weakest.map((w) => w.code)).toEqual(['D3', 'D1']);
    expect(weakest[0]!.gap).toBeCloseTo(-2);
  });
  it('lists only dimensions below the median, even if fewer than asked', () => {
    const weakest = weakestRelativeToMedian(
      { D1: 5, D2: 6, D3: 7, D4: 6.002 },
      { D1: [5, 6, 7], D2: [5, 6, 7], D3: [5, 6, 7], D4: [5, 6, 7] },
      5,
    );
    // D2 sits on the median, D4 within rounding of it, D3 above: none is a weakness.
    expect(weakest.map((w) => w.code)).toEqual(['D1']);
    expect(weakestRelativeToMedian({ D1: 7 }, { D1: [5, 6, 7] })).toEqual([]);
  });
  it('judges a needed gain against the ceiling, the best province and the own best', () => {
    const base = { max: 10, weight: 1, nationalBest: 7, ownBest: 6 };
    const gains = dimensionGainsToReach(42, 43.5, [
      { code: 'D1', score: 9.2, ...base, nationalBest: 10 },
      { code: 'D2', score: 6, ...base },
      { code: 'D3', score: 5, ...base },
      { code: 'D4', score: 4, ...base },
      { code: 'D5', score: 4, ...base, ownBest: null },
    ]);
    expect(gains.map((g) => [g.code, g.verdict])).toEqual([
      ['D1', 'above_max'],
      // 7,5 is under the 10-point ceiling but above the best province (7): not feasible.
      ['D2', 'above_national_best'],
      ['D3', 'above_own_best'],
      ['D4', 'feasible'],
      ['D5', 'feasible'],
    ]);
    expect(gains[1]).toMatchObject({ gain: 1.5, target: 7.5 });
  });
  it('reports the rank change separately from the score', () => {
    expect(rankChange(20, 14)).toEqual({ direction: 'down', places: 6 });
    expect(rankChange(3, 9)).toEqual({ direction: 'up', places: 6 });
    expect(rankChange(5, 5)).toEqual({ direction: 'same', places: 0 });
    expect(rankChange(5, null)).toBeNull();
  });
  it('gives a merged province an estimate only with enough coverage, naming the gaps', () => {
    expect(LINEAGE_MIN_COVERAGE).toBe(0.7);
    const full = lineageEstimate([
      { key: 'A', score: 40, weight: 1 },
      { key: 'B', score: 44, weight: 3 },
    ]);
    expect(full).toEqual({ value: 43, coverage: 1, missing: [] });
    const half = lineageEstimate([
      { key: 'A', score: 40, weight: 1 },
      { key: 'B', score: null, weight: 1 },
    ]);
    expect(half).toEqual({ value: null, coverage: 0.5, missing: ['B'] });
    // Population as weights: the missing part is small, 80% is covered.
    const most = lineageEstimate([
      { key: 'A', score: 40, weight: 8 },
      { key: 'B', score: null, weight: 2 },
    ]);
    expect(most.value).toBe(40);
    expect(most.coverage).toBeCloseTo(0.8);
    expect(most.missing).toEqual(['B']);
  });
  it('describes the four groups as score ranges with their counts', () => {
    const scores = [10, 20, 30, 40, 50, 60, 70, 80, 90];
    const t = groupThresholds(scores);
    const bands = groupBands(scores, t);
    expect(bands.map((b) => b.count)).toEqual([3, 2, 2, 2]);
    expect(bands.reduce((s, b) => s + b.count, 0)).toBe(9);
    expect(bands[0]).toMatchObject({ group: 'highest', from: t.highest, min: 70, max: 90 });
    expect(bands[3]).toMatchObject({ group: 'lowest', from: null, min: 10, max: 20 });
  });
});

describe('frameworks', () => {
  const dim = (code: string) => ({
    code,
    nameVi: code,
    nameEn: code,
    shortVi: code,
    min: 1,
    max: 10,
    weight: 1,
    subDimensions: [],
  });
  const f: IndexFramework = {
    code: 'X',
    nameVi: 'X',
    nameEn: 'X',
    publisher: 'p',
    aggregation: 'sum',
    editions: [
      { code: 'a', fromYear: 2011, toYear: 2017, dimensions: ['D1', 'D2'].map(dim) },
      { code: 'b', fromYear: 2018, toYear: null, dimensions: ['D1', 'D2', 'D3'].map(dim) },
    ],
  };
  it('picks the edition of a year and its total range', () => {
    expect(editionFor(f, 2017)?.code).toBe('a');
    expect(editionFor(f, 2025)?.code).toBe('b');
    expect(editionFor(f, 2000)).toBeNull();
    expect(totalRange(editionFor(f, 2020)!)).toEqual({ min: 3, max: 30 });
  });
  it('sums dimensions, refusing an incomplete set', () => {
    const b = editionFor(f, 2020)!;
    expect(computeTotal(b, { D1: 5, D2: 6, D3: 7 })).toBe(18);
    expect(computeTotal(b, { D1: 5, D2: 6 })).toBeNull();
    expect(commonDimensions(editionFor(f, 2011)!, b)).toEqual(['D1', 'D2']);
  });
  it('reports overlapping editions', () => {
    const broken = { ...f, editions: [f.editions[0]!, { ...f.editions[1]!, fromYear: 2017 }] };
    expect(checkFramework(broken)).toContain('Phiên bản a chồng lấn với b.');
    expect(checkFramework(f)).toEqual([]);
  });
});

describe('matchProvince', () => {
  const pre = ['Thừa Thiên Huế', 'Hồ Chí Minh', 'Đắk Lắk', 'Bà Rịa - Vũng Tàu', 'Hà Nội'].map(
    (name) => ({ name }),
  );
  it('matches accent-, spelling- and prefix-insensitively', () => {
    for (const written of ['TT Huế', 'Thừa Thiên-Huế', 'Thua Thien Hue', 'tỉnh Thừa Thiên Huế']) {
      expect(matchProvince(written, pre)?.name).toBe('Thừa Thiên Huế');
    }
    expect(matchProvince('TP. Hồ Chí Minh', pre)?.name).toBe('Hồ Chí Minh');
    expect(matchProvince('Dak Lak', pre)?.name).toBe('Đắk Lắk');
    expect(matchProvince('BR-VT', pre)?.name).toBe('Bà Rịa - Vũng Tàu');
    expect(matchProvince('Thành phố Hà Nội', pre)?.name).toBe('Hà Nội');
    expect(matchProvince('Atlantis', pre)).toBeNull();
  });
  it('prefers an exact name over an alias, and knows Huế was Thừa Thiên Huế', () => {
    expect(matchProvince('Huế', [...pre, { name: 'Huế' }])?.name).toBe('Huế');
    expect(matchProvince('Thừa Thiên Huế', [{ name: 'Huế' }])?.name).toBe('Huế');
    expect(matchProvince('Hòa Bình', [{ name: 'Hoà Bình' }])?.name).toBe('Hoà Bình');
  });
});
