import { describe, expect, it } from 'vitest';
import {
  checkDocumentNumber,
  formatDocumentNumber,
  isNumberTaken,
  nextNumber,
  parseDocumentNumber,
} from './document-number.ts';
import {
  defaultPlanHeader,
  issuingBodyLines,
  formatRecipients,
  formatSigner,
  parseArchiveLine,
  parseRecipients,
  parseSigner,
} from './document-parts.ts';

describe('parseDocumentNumber', () => {
  it('reads number, type and issuer, with or without "Số:" and bold marks', () => {
    expect(parseDocumentNumber('Số: **426/KH-UBND**')).toEqual({
      ok: true,
      value: { number: 426, typeCode: 'KH', issuer: ['UBND'] },
    });
    expect(parseDocumentNumber('1389/QĐ-UBND-HC')).toEqual({
      ok: true,
      value: { number: 1389, typeCode: 'QĐ', issuer: ['UBND', 'HC'] },
    });
  });
  it('accepts an unnumbered draft ("Số: /KH-UBND") with a null number', () => {
    expect(parseDocumentNumber('Số: /KH-UBND')).toEqual({
      ok: true,
      value: { number: null, typeCode: 'KH', issuer: ['UBND'] },
    });
  });
  it('explains malformed and Party-format numbers in Vietnamese', () => {
    const party = parseDocumentNumber('614-TB/TU');
    expect(party.ok).toBe(false);
    if (!party.ok) expect(party.error).toContain('văn bản của Đảng');
    const bad = parseDocumentNumber('KH 426');
    if (!bad.ok) expect(bad.error).toContain('ví dụ 426/KH-UBND');
    expect(parseDocumentNumber('').ok).toBe(false);
    expect(parseDocumentNumber('0/KH-UBND').ok).toBe(false);
  });
});

describe('formatDocumentNumber / checkDocumentNumber', () => {
  it('pads numbers below 10 and round-trips', () => {
    expect(formatDocumentNumber({ number: 5, typeCode: 'KH', issuer: ['UBND'] })).toBe(
      '05/KH-UBND',
    );
    expect(formatDocumentNumber({ number: null, typeCode: 'KH', issuer: ['UBND'] })).toBe(
      '/KH-UBND',
    );
  });
  it('checks type, issuer and presence of the number at issuance', () => {
    expect(
      checkDocumentNumber('426/KH-UBND', { typeCode: 'KH', issuer: 'UBND', requireNumber: true }),
    ).toEqual([]);
    expect(checkDocumentNumber('/KH-UBND', { requireNumber: true })).toEqual([
      'Chưa cấp số văn bản (văn thư cấp số khi ban hành).',
    ]);
    expect(checkDocumentNumber('/KH-UBND')).toEqual([]);
    expect(checkDocumentNumber('12/QĐ-UBND', { typeCode: 'KH' })[0]).toContain(
      'phải là "KH" (Kế hoạch)',
    );
    expect(checkDocumentNumber('12/KH-SNV', { issuer: 'UBND' })[0]).toContain('"UBND"');
    expect(checkDocumentNumber(null, { requireNumber: true })).toEqual([
      'Chưa có số, ký hiệu văn bản.',
    ]);
  });
});

describe('uniqueness per unit per year', () => {
  const taken = [
    { unitId: 'u1', year: 2022, documentNumber: '426/KH-UBND' },
    { unitId: 'u1', year: 2022, documentNumber: '427/QĐ-UBND' },
    { unitId: 'u2', year: 2022, documentNumber: '500/KH-UBND' },
  ];
  it('finds a clash only in the same unit and year', () => {
    expect(isNumberTaken(taken, { unitId: 'u1', year: 2022, documentNumber: '426/KH-UBND' })).toBe(
      true,
    );
    expect(isNumberTaken(taken, { unitId: 'u1', year: 2023, documentNumber: '426/KH-UBND' })).toBe(
      false,
    );
    expect(isNumberTaken(taken, { unitId: 'u2', year: 2022, documentNumber: '426/KH-UBND' })).toBe(
      false,
    );
    expect(isNumberTaken(taken, { unitId: 'u1', year: 2022, documentNumber: '/KH-UBND' })).toBe(
      false,
    );
  });
  it('continues the yearly sequence across document types', () => {
    expect(nextNumber(taken, 'u1', 2022)).toBe(428);
    expect(nextNumber(taken, 'u1', 2023)).toBe(1);
  });
});

describe('recipients and signer blocks', () => {
  it('parses "Lưu: VT, NV, 45b." into holders and copies', () => {
    expect(parseArchiveLine('- Lưu: VT, NV, 45b.')).toEqual({ holders: ['VT', 'NV'], copies: 45 });
    expect(parseArchiveLine('- Lưu: VT.')).toEqual({ holders: ['VT'], copies: null });
    expect(parseArchiveLine('- Sở Nội vụ;')).toBeNull();
  });
  it('round-trips a Nơi nhận list', () => {
    const text = '- Sở Nội vụ tỉnh Sơn La;\n- Thường trực HĐND;\n- Lưu: VT, KGVX.';
    const r = parseRecipients(text);
    expect(r).toEqual({
      lines: ['Sở Nội vụ tỉnh Sơn La', 'Thường trực HĐND'],
      archive: { holders: ['VT', 'KGVX'], copies: null },
    });
    expect(formatRecipients(r).join('\n')).toBe(text);
  });
  it('reads and prints TM./KT. signature blocks as Decree 30 lays them out', () => {
    const s = parseSigner(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phạm Văn Thủy']);
    expect(s).toMatchObject({
      onBehalfOf: 'ỦY BAN NHÂN DÂN',
      authority: 'KT',
      headTitle: 'CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
    });
    expect(s && formatSigner(s)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Phạm Văn Thủy',
    ]);
    const acting = parseSigner(['Q. CHỦ TỊCH', 'Trần B']);
    expect(acting && formatSigner(acting)).toEqual(['Q. CHỦ TỊCH', 'Trần B']);
    expect(parseSigner(['**TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH**', 'Long Trung Tâm'])).toMatchObject({
      authority: null,
      position: 'CHỦ TỊCH',
      name: 'Long Trung Tâm',
    });
  });
});

describe('defaultPlanHeader', () => {
  it('writes the issuing People’s Committee in capitals and takes the place from the unit', () => {
    expect(defaultPlanHeader({ name: 'Sơn La', fullName: 'Tỉnh Sơn La' })).toEqual({
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
      place: 'Sơn La',
    });
    expect(defaultPlanHeader({ name: 'Đắk Lắk', fullName: 'Tỉnh Đắk Lắk' }).issuingBody).toBe(
      'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
    );
  });
});

describe('issuingBodyLines', () => {
  it("puts a People's Committee on two lines and leaves other bodies as written", () => {
    expect(issuingBodyLines('ỦY BAN NHÂN DÂN TỈNH SƠN LA')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH SƠN LA',
    ]);
    expect(issuingBodyLines('SỞ NỘI VỤ')).toEqual(['SỞ NỘI VỤ']);
    expect(issuingBodyLines('ỦY BAN NHÂN DÂN')).toEqual(['ỦY BAN NHÂN DÂN']);
  });
});
