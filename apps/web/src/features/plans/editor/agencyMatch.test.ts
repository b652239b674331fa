import { describe, expect, it } from 'vitest';
import { matchAgency, refFromText, splitAgencies } from './agencyMatch.ts';

const agencies = [
  { id: 1, name: 'Sở Nội vụ tỉnh Sơn La', shortName: 'SNV' },
  { id: 2, name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La', shortName: '' },
  { id: 3, name: 'Ủy ban nhân dân tỉnh Sơn La', shortName: 'UBND tỉnh' },
  { id: 4, name: 'Sở Tư pháp tỉnh Sơn La', shortName: '' },
  { id: 5, name: 'Sở Tư pháp cũ', shortName: '', active: false },
  { id: 6, name: 'Công an tỉnh Sơn La', shortName: '' },
];

describe('matchAgency', () => {
  it('ignores accents, case and punctuation', () => {
    expect(matchAgency('so noi vu tinh son la', agencies)?.id).toBe(1);
    expect(matchAgency('SỞ NỘI VỤ TỈNH SƠN LA.', agencies)?.id).toBe(1);
  });

  it('matches the short name and a name without the province', () => {
    expect(matchAgency('snv', agencies)?.id).toBe(1);
    expect(matchAgency('Sở Tư pháp', agencies)?.id).toBe(4);
    expect(matchAgency('UBND tỉnh Sơn La', agencies)?.id).toBe(3);
  });

  it('refuses unknown or ambiguous names and inactive agencies', () => {
    expect(matchAgency('Sở Y tế', agencies)).toBeNull();
    expect(matchAgency('Sở', agencies)).toBeNull();
    expect(matchAgency('Sở Tư pháp cũ', agencies)).toBeNull();
    expect(matchAgency('', agencies)).toBeNull();
  });
});

describe('refFromText and splitAgencies', () => {
  it('keeps an unknown wording as a group', () => {
    expect(refFromText('UBND các xã, phường', agencies)).toEqual({
      ref: { kind: 'group', label: 'UBND các xã, phường', memberIds: [] },
      matched: false,
    });
    expect(refFromText('Cong an tinh', agencies)).toEqual({
      ref: { kind: 'agency', id: '6', name: 'Công an tỉnh Sơn La' },
      matched: true,
    });
  });

  it('splits on semicolons and lines, on commas only before another name', () => {
    expect(
      splitAgencies('Sở Nội vụ; Sở Văn hóa, Thể thao và Du lịch\n- Công an tỉnh', agencies),
    ).toEqual(['Sở Nội vụ', 'Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh']);
    expect(splitAgencies('Sở Nội vụ, Sở Tư pháp', agencies)).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
    expect(splitAgencies('Sở Nội vụ, các xã', agencies)).toEqual(['Sở Nội vụ', 'các xã']);
    expect(splitAgencies('Sở Tư pháp, UBND cấp huyện, cấp xã', agencies)).toEqual([
      'Sở Tư pháp',
      'UBND cấp huyện, cấp xã',
    ]);
  });
});
