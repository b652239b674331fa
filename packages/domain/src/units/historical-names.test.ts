import { describe, expect, it } from 'vitest';
import { namedInYear } from './historical-names.ts';

const hue = { id: 1, code: '46', level: 'province', name: 'Huế', fullName: 'Thành phố Huế' };

describe('namedInYear', () => {
  it('names Huế as Thừa Thiên Huế for the years before 2025', () => {
    expect(namedInYear(hue, 2021)).toEqual({
      ...hue,
      name: 'Thừa Thiên Huế',
      fullName: 'Tỉnh Thừa Thiên Huế',
    });
    expect(namedInYear(hue, 2024).name).toBe('Thừa Thiên Huế');
    expect(namedInYear(hue, 2025)).toBe(hue);
  });

  it('leaves other units and other levels alone', () => {
    const sonLa = { ...hue, code: '14', name: 'Sơn La', fullName: 'Tỉnh Sơn La' };
    expect(namedInYear(sonLa, 2021)).toBe(sonLa);
    const commune = { ...hue, level: 'commune' };
    expect(namedInYear(commune, 2021)).toBe(commune);
  });
});
