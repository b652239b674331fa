import { describe, expect, it } from 'vitest';
import { mean, percentileInc } from './percentile.ts';
import { groupThresholds, pointsToNextGroup, rankAndGroup } from './grouping.ts';
import { dimensionGainsToReach, weakestRelativeToMedian, weightedEstimate } from './analysis.ts';
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
  it('checks whether one dimension can close the gap under its maximum', () => {
    const gains = dimensionGainsToReach(42, 43.5, [
      { code: 'D1', score: 9.2, max: 10, weight: 1 },
      { code: 'D2', score: 5, max: 10, weight: 1 },
    ]);
    expect(gains).toEqual([
      { code: 'D1', gain: 1.5, feasible: false },
      { code: 'D2', gain: 1.5, feasible: true },
    ]);
  });
  it('weights an estimate and ignores unassessed parts', () => {
    expect(
      weightedEstimate([
        { score: 40, weight: 1 },
        { score: 44, weight: 3 },
      ]),
    ).toBe(43);
    expect(weightedEstimate([{ score: null, weight: 1 }])).toBeNull();
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
