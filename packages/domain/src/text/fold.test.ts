import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, matchesSearch } from './fold.ts';

describe('foldVietnamese', () => {
  it('removes tones, vowel marks and đ', () => {
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('Thừa Thiên-Huế')).toBe('thua thien hue');
    expect(foldVietnamese('  Thái   Nguyên ')).toBe('thai nguyen');
  });
  it('treats old and new tone placement alike', () => {
    expect(foldVietnamese('Khánh Hoà')).toBe(foldVietnamese('Khánh Hòa'));
  });
});

describe('matchesSearch', () => {
  it('finds accented names from unaccented queries', () => {
    expect(matchesSearch('Tỉnh Thái Nguyên', 'thai nguyen')).toBe(true);
    expect(matchesSearch('Tỉnh Đắk Lắk', 'dak lak')).toBe(true);
    expect(matchesSearch('Tỉnh Đắk Lắk', 'lak dak')).toBe(true);
    expect(matchesSearch('Tỉnh Đắk Nông', 'dak lak')).toBe(false);
  });
});

describe('compareVietnamese', () => {
  it('sorts đ after d and ă after a, unlike byte order', () => {
    const names = ['Đồng Tháp', 'Điện Biên', 'Dương', 'An Giang', 'Ăn'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'An Giang',
      'Ăn',
      'Dương',
      'Điện Biên',
      'Đồng Tháp',
    ]);
  });
});
