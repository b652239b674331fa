import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './parseTypedDate.ts';

describe('parseTypedDate', () => {
  it('reads dd/mm/yyyy and d/m/yyyy, with slashes, dashes or dots', () => {
    expect(parseTypedDate('05/06/2026')).toBe('2026-06-05');
    expect(parseTypedDate('5/6/2026')).toBe('2026-06-05');
    expect(parseTypedDate(' 30-11-2021 ')).toBe('2021-11-30');
    expect(parseTypedDate('30.11.2021')).toBe('2021-11-30');
    expect(parseTypedDate('2021-11-30')).toBe('2021-11-30');
  });
  it('refuses impossible or partial dates', () => {
    expect(parseTypedDate('31/02/2021')).toBeNull();
    expect(parseTypedDate('12/13/2021')).toBeNull();
    expect(parseTypedDate('5/6')).toBeNull();
    expect(parseTypedDate('hôm nay')).toBeNull();
  });
});
