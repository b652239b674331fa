import { describe, expect, it } from 'vitest';
import { formatDayRef, parseDayRef } from './dayRef.ts';

describe('regime day references', () => {
  it('reads dd/mm with or without leading zeros and keeps the year offset', () => {
    expect(parseDayRef('5/6')).toEqual({ day: 5, month: 6, yearOffset: 0 });
    expect(parseDayRef(' 01/12 ', -1)).toEqual({ day: 1, month: 12, yearOffset: -1 });
    expect(parseDayRef('29/02')).toEqual({ day: 29, month: 2, yearOffset: 0 });
  });
  it('refuses days that no year has', () => {
    expect(parseDayRef('31/04')).toBeNull();
    expect(parseDayRef('30/02')).toBeNull();
    expect(parseDayRef('12-05')).toBeNull();
    expect(parseDayRef('00/05')).toBeNull();
  });
  it('writes two digits each', () => {
    expect(formatDayRef({ day: 5, month: 6, yearOffset: 0 })).toBe('05/06');
  });
});
