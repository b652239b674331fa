import { describe, expect, it } from 'vitest';
import type { Edition } from './framework.ts';
import { checkImportRows } from './import-check.ts';

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
const edition: Edition = {
  code: 'e',
  fromYear: 2018,
  toYear: null,
  dimensions: ['D1', 'D2', 'D3'].map(dim),
};
const col = (f: string) => `cột ${f}`;
const row = (
  r: number,
  unitKey: number | null,
  scores: Record<string, number>,
  total = null as number | null,
) => ({
  row: r,
  unitKey,
  province: `Tỉnh ${r}`,
  scores,
  total,
});

describe('checkImportRows', () => {
  it('accepts a full row whose total matches within rounding', () => {
    const out = checkImportRows(edition, [row(2, 1, { D1: 5, D2: 6, D3: 7.004 }, 18.01)], col);
    expect(out.issues).toEqual([]);
    expect(out.rows[0]).toMatchObject({ assessed: true });
    expect(out.rows[0]!.computedTotal).toBeCloseTo(18.004, 6);
  });

  it('flags a score outside the dimension range with row and column', () => {
    const out = checkImportRows(edition, [row(3, 1, { D1: 5, D2: 11, D3: 0.5 })], col);
    expect(out.issues.map((i) => [i.kind, i.field, i.severity])).toEqual([
      ['out_of_range', 'D2', 'error'],
      ['out_of_range', 'D3', 'error'],
    ]);
    expect(out.issues[0]!.message).toContain('Dòng 3 (Tỉnh 3), cột D2');
    expect(out.issues[0]!.message).toContain('1–10');
  });

  it('flags a total that differs from the sum by more than 0.01', () => {
    const out = checkImportRows(edition, [row(4, 1, { D1: 5, D2: 6, D3: 7 }, 18.02)], col);
    expect(out.issues).toHaveLength(1);
    expect(out.issues[0]).toMatchObject({ kind: 'total_mismatch', field: 'total', row: 4 });
    expect(out.issues[0]!.message).toContain('cột total');
  });

  it('flags the second row of a province as a duplicate of the first', () => {
    const out = checkImportRows(
      edition,
      [row(2, 7, { D1: 5, D2: 5, D3: 5 }), row(9, 7, { D1: 5, D2: 5, D3: 5 }), row(10, null, {})],
      col,
    );
    const dup = out.issues.filter((i) => i.kind === 'duplicate');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ row: 9, severity: 'error' });
    expect(dup[0]!.message).toContain('dòng 2');
  });

  it('warns about empty and partial rows, which are not assessed', () => {
    const out = checkImportRows(edition, [row(2, 1, {}), row(3, 2, { D1: 4, D3: 6 })], col);
    expect(out.issues.map((i) => [i.kind, i.severity, i.row])).toEqual([
      ['empty', 'warning', 2],
      ['partial', 'warning', 3],
    ]);
    expect(out.issues[1]!.message).toContain('D2');
    expect(out.rows.map((r) => r.assessed)).toEqual([false, false]);
    expect(out.rows.map((r) => r.computedTotal)).toEqual([null, null]);
  });

  it('treats a total written next to missing dimensions as an error', () => {
    const out = checkImportRows(edition, [row(5, 1, { D1: 4 }, 4)], col);
    expect(out.issues.filter((i) => i.severity === 'error')).toHaveLength(1);
  });

  it('names the province in every message and gives an erroneous row no status', () => {
    const out = checkImportRows(
      edition,
      [row(2, 1, { D1: 95, D2: 6, D3: 7 }), row(3, 2, {}), row(4, 3, { D1: 5 })],
      col,
    );
    for (const issue of out.issues) expect(issue.message).toMatch(/^Dòng \d \(Tỉnh \d\)/);
    // 95 is out of range: all three dimensions are there, yet the row is not "assessed".
    expect(out.rows[0]).toMatchObject({ hasError: true, assessed: false });
    expect(out.rows[1]).toMatchObject({ hasError: false, assessed: false });
    expect(out.rows[2]).toMatchObject({ hasError: false, assessed: false });
  });
});
