import { describe, expect, it } from 'vitest';
import { officialUnitName } from './names.ts';

describe('officialUnitName', () => {
  it('capitalises every syllable', () => {
    expect(officialUnitName('Nậm ét')).toBe('Nậm Ét');
    expect(officialUnitName('Xã Mường é')).toBe('Xã Mường É');
    expect(officialUnitName('Phường 1')).toBe('Phường 1');
    expect(officialUnitName("Cư M'gar")).toBe("Cư M'gar");
  });

  it('puts the tone of an open oa, oe, uy on the second vowel, as the 2025 lists do', () => {
    expect(officialUnitName('Khánh Hòa')).toBe('Khánh Hoà');
    expect(officialUnitName('Thanh Hóa')).toBe('Thanh Hoá');
    expect(officialUnitName('Xã Hòa Thủy')).toBe('Xã Hoà Thuỷ');
    expect(officialUnitName('Khỏe')).toBe('Khoẻ');
    expect(officialUnitName('HÒA')).toBe('HOÀ');
  });

  it('leaves rhymes with a final letter and qu- alone', () => {
    expect(officialUnitName('Hoàng Mai')).toBe('Hoàng Mai');
    expect(officialUnitName('Quỳ Hợp')).toBe('Quỳ Hợp');
    expect(officialUnitName('Quý Lộc')).toBe('Quý Lộc');
    expect(officialUnitName('Thuận Hòa')).toBe('Thuận Hoà');
    expect(officialUnitName('Đắk Lắk')).toBe('Đắk Lắk');
    expect(officialUnitName('Tuyên Quang')).toBe('Tuyên Quang');
    expect(officialUnitName('Nguyễn Úy')).toBe('Nguyễn Úy');
  });

  it('is idempotent on the 2025 style', () => {
    for (const n of ['Khánh Hoà', 'Thuỷ Nguyên', 'Nậm Ét']) expect(officialUnitName(n)).toBe(n);
  });
});
