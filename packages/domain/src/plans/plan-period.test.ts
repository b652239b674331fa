import { describe, expect, it } from 'vitest';
import { periodOfYear, periodProblem, planYears } from './plan-period.ts';

describe('plan year and period', () => {
  it('proposes the chosen year as the period', () => {
    expect(periodOfYear(2021)).toEqual({ from: '2021-01-01', to: '2021-12-31' });
  });

  it('offers past years back to the first PAPI survey and five years ahead', () => {
    const years = planYears(2026);
    expect(years[0]).toBe(2031);
    expect(years.at(-1)).toBe(2011);
    expect(years).toContain(2021);
    expect(years).toHaveLength(21);
  });

  it('says when the period has no day in the year or runs backwards', () => {
    expect(periodProblem(2027, periodOfYear(2027))).toBeNull();
    // A multi-year period that covers the year fits.
    expect(periodProblem(2023, { from: '2021-06-01', to: '2025-12-31' })).toBeNull();
    expect(periodProblem(2027, periodOfYear(2026))).toEqual({
      kind: 'outside_year',
      message: 'Thời gian thực hiện 01/01/2026–31/12/2026 nằm ngoài năm 2027 của kế hoạch.',
    });
    expect(periodProblem(2026, { from: '2026-12-31', to: '2026-01-01' })?.kind).toBe('reversed');
  });
});
