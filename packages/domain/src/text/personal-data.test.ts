import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './personal-data.ts';

const mask = (text: string) => maskPersonalData(text).text;

describe('maskPersonalData', () => {
  it('masks Vietnamese phone numbers in the ways people write them', () => {
    for (const phone of [
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '091-234-5678',
      '+84 912 345 678',
      '+84912345678',
      '84 912 345 678',
      '(024) 3825 1234',
      '028.3822.1234',
    ])
      expect(mask(`Liên hệ ${phone} để trao đổi.`), phone).toBe(
        'Liên hệ [số điện thoại đã ẩn] để trao đổi.',
      );
  });

  it('masks e-mail addresses, Vietnamese letters included', () => {
    expect(mask('Gửi về nguyen.van.an@gmail.com hoặc phản_ánh@ubnd.sonla.gov.vn nhé')).toBe(
      'Gửi về [email đã ẩn] hoặc [email đã ẩn] nhé',
    );
  });

  it('masks identity numbers (12-digit CCCD, 9-digit CMND) but not amounts or dates', () => {
    expect(mask('CCCD số 001099012345, CMND 123456789.')).toBe(
      'CCCD số [số định danh đã ẩn], CMND [số định danh đã ẩn].',
    );
    const untouched =
      'Kinh phí 150.000.000 đồng, ngày 01/02/2026, mã hồ sơ 2026-000123, 45 hộ, năm 2025.';
    expect(mask(untouched)).toBe(untouched);
  });

  it('masks a name after a form of address, only when every word is capitalised', () => {
    expect(mask('Tôi tên là Nguyễn Thị Hoà, ở bản Nà Sản.')).toBe(
      'Tôi tên là [họ tên đã ẩn], ở bản Nà Sản.',
    );
    expect(mask('Ông Lò Văn Pọm và bà Quàng Thị Ỏn đã đến.')).toBe(
      'Ông [họ tên đã ẩn] và bà [họ tên đã ẩn] đã đến.',
    );
    // Not names: a title, lower-case words, a single capitalised word.
    for (const text of ['ông Chủ tịch UBND xã', 'anh ấy nói', 'chị Hoa đến'])
      expect(mask(text)).toBe(text);
  });

  it('says what it masked, by kind, never the values', () => {
    const result = maskPersonalData('Bà Lê Thị Mai, 0987654321, mai@yahoo.com');
    expect(result.found.sort()).toEqual(['email', 'name', 'phone']);
    expect(JSON.stringify(result.found)).not.toContain('0987');
  });

  it('reads decomposed Unicode (NFD from some phones) the same', () => {
    expect(mask('Ông Nguyễn Văn A'.normalize('NFD'))).toBe('Ông [họ tên đã ẩn]');
  });
});
