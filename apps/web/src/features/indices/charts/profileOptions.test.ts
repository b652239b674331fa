import { describe, expect, it } from 'vitest';
import { wrapLabel } from './profileOptions.ts';
import { frameworkChangeMarker } from './trendMarker.ts';
import { ownProvinceId, ownProvinceIds } from '../rankingRows.ts';
import type { RankingRow } from '../api.ts';

describe('profile chart labels', () => {
  it('wraps a dimension name under its code within the width', () => {
    expect(wrapLabel('D3 Trách nhiệm giải trình', 12)).toBe('D3\nTrách nhiệm\ngiải trình');
    expect(wrapLabel('D1 Tham gia', 16)).toBe('D1\nTham gia');
    // A word longer than the width keeps its own line rather than being cut.
    expect(wrapLabel('D8 Quản-trị-điện-tử-dài', 8)).toBe('D8\nQuản-trị-điện-tử-dài');
  });

  it('puts the framework marker label at the top of an inverted (rank) axis', () => {
    expect(frameworkChangeMarker('x').label.position).toBe('end');
    expect(frameworkChangeMarker('x', 2018, true).label.position).toBe('start');
  });
});

describe('own province', () => {
  const row = (id: number, current?: number) =>
    ({ unit: { id }, currentProvince: current ? { id: current } : null }) as unknown as RankingRow;
  const rows = [row(1, 100), row(2, 100), row(3, 200), row(100)];

  it("marks a ward user's province and the old provinces it was formed from", () => {
    expect(ownProvinceId({ province: { id: 100 } })).toBe(100);
    expect([...ownProvinceIds(rows, 100)]).toEqual([1, 2, 100]);
  });

  it('marks nothing for a national user', () => {
    expect(ownProvinceId({ province: null })).toBeNull();
    expect(ownProvinceIds(rows, null).size).toBe(0);
  });
});
