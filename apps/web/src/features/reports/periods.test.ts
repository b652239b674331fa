import { describe, expect, it } from 'vitest';
import { defaultPeriodKey, nothingDueYet, yearChoices } from './periods.ts';

const period = (key: string, from: string, to: string) => ({
  key,
  label: key,
  year: 2026,
  window: { from, to },
  due: {},
});
const periods = [
  period('2026-H1', '2025-12-01', '2026-05-31'),
  period('2026-Y', '2025-12-01', '2026-11-30'),
];

describe('default report period', () => {
  it('opens on the latest period whose window has closed', () => {
    expect(defaultPeriodKey(periods, '2026-12-01')).toBe('2026-Y');
    expect(defaultPeriodKey(periods, '2026-06-03')).toBe('2026-H1');
  });
  it('falls back to the first period before any window closes, null without periods', () => {
    expect(defaultPeriodKey(periods, '2026-01-15')).toBe('2026-H1');
    expect(defaultPeriodKey([], '2026-01-15')).toBeNull();
  });
  it('sends a board opened in January to last year (nothing of this year due yet)', () => {
    expect(nothingDueYet(periods, '2026-01-15')).toBe(true);
    expect(nothingDueYet(periods, '2026-06-03')).toBe(false);
  });
  it('offers next year and the six before it', () => {
    expect(yearChoices('2026-12-01')).toEqual([
      '2027',
      '2026',
      '2025',
      '2024',
      '2023',
      '2022',
      '2021',
    ]);
  });
});
