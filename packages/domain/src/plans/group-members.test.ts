import { describe, expect, it } from 'vitest';
import type { AgencyRef } from './plan.ts';
import {
  isCollective,
  suggestGroupMembers,
  withSuggestedMembers,
  type GroupUnit,
  type MemberCandidate,
} from './group-members.ts';

const PROVINCE = '/1/14/';
const at = (
  id: string,
  kind: string,
  unitPath: string,
  unitLevel: MemberCandidate['unitLevel'],
  unitType: string,
  active = true,
): MemberCandidate => ({ id, name: id, kind, unitPath, unitLevel, unitType, active });
const prov = (id: string, kind: string) => at(id, kind, PROVINCE, 'province', 'Tỉnh');

/** Sơn La in small: the province's bodies, two communes, a ward, and another province. */
const CANDIDATES: MemberCandidate[] = [
  prov('ubnd-tinh', 'ubnd'),
  prov('vp-ubnd', 'ban_nganh'),
  prov('so-noi-vu', 'so'),
  prov('so-tu-phap', 'so'),
  prov('thanh-tra', 'ban_nganh'),
  prov('mttq-tinh', 'mttq'),
  prov('cong-an', 'cong_an'),
  prov('toa-an', 'toa_an'),
  prov('bhxh', 'khac'),
  at('ubnd-chieng-mung', 'ubnd', '/1/14/100/', 'commune', 'Xã'),
  at('mttq-chieng-mung', 'mttq', '/1/14/100/', 'commune', 'Xã'),
  at('ubnd-moc-chau', 'ubnd', '/1/14/101/', 'commune', 'Phường'),
  at('ubnd-muong-la', 'ubnd', '/1/14/102/', 'commune', 'Xã'),
  at('ubnd-closed', 'ubnd', '/1/14/103/', 'commune', 'Xã', false),
  at('ubnd-elsewhere', 'ubnd', '/1/20/500/', 'commune', 'Xã'),
  at('so-elsewhere', 'so', '/1/20/', 'province', 'Tỉnh'),
];
const province: GroupUnit = { unitPath: PROVINCE, unitLevel: 'province' };
const suggest = (label: string, unit = province, candidates = CANDIDATES) =>
  suggestGroupMembers(label, unit, candidates);

describe('suggestGroupMembers', () => {
  it('reads the People’s Committees of the communes and wards below the unit', () => {
    const all = ['ubnd-chieng-mung', 'ubnd-moc-chau', 'ubnd-muong-la'];
    expect(suggest('UBND các xã, phường')).toEqual(all);
    expect(suggest('Ủy ban nhân dân các xã, phường, đặc khu')).toEqual(all);
    expect(suggest('ubnd cac xa phuong')).toEqual(all);
    expect(suggest('UBND cấp xã')).toEqual(all);
    expect(suggest('Chủ tịch UBND các xã, phường trên địa bàn tỉnh')).toEqual(all);
    expect(suggest('UBND các xã và phường')).toEqual(all);
  });

  it('takes a single unit type literally', () => {
    expect(suggest('UBND các xã')).toEqual(['ubnd-chieng-mung', 'ubnd-muong-la']);
    expect(suggest('UBND các phường')).toEqual(['ubnd-moc-chau']);
    // No thị trấn after 2025: the xã of "xã, thị trấn" still count.
    expect(suggest('UBND các xã, thị trấn')).toEqual(['ubnd-chieng-mung', 'ubnd-muong-la']);
  });

  it('reads districts and their towns before 2025', () => {
    const old = [
      at('ubnd-huyen', 'ubnd', '/1/14/200/', 'district', 'Huyện'),
      at('ubnd-tp', 'ubnd', '/1/14/201/', 'district', 'Thành phố'),
      at('ubnd-thi-tran', 'ubnd', '/1/14/200/300/', 'commune', 'Thị trấn'),
      at('ubnd-xa', 'ubnd', '/1/14/200/301/', 'commune', 'Xã'),
    ];
    expect(suggest('UBND các huyện, thành phố', province, old)).toEqual(['ubnd-huyen', 'ubnd-tp']);
    const district = { unitPath: '/1/14/200/', unitLevel: 'district' as const };
    expect(suggest('UBND các xã, thị trấn', district, old)).toEqual(['ubnd-thi-tran', 'ubnd-xa']);
    // Understood, but there are no districts in the two-tier era: an empty suggestion.
    expect(suggest('UBND các huyện')).toEqual([]);
  });

  it('reads the province’s departments and sector agencies, not the courts', () => {
    const sectors = ['vp-ubnd', 'so-noi-vu', 'so-tu-phap', 'thanh-tra', 'cong-an', 'bhxh'];
    expect(suggest('Các sở, ban, ngành')).toEqual(sectors);
    expect(suggest('Các Sở, ban, ngành tỉnh')).toEqual(sectors);
    expect(suggest('các sở ban ngành')).toEqual(sectors);
    expect(suggest('Các sở')).toEqual(['so-noi-vu', 'so-tu-phap']);
    expect(suggest('Các cơ quan chuyên môn thuộc UBND tỉnh')).toEqual([
      'vp-ubnd',
      'so-noi-vu',
      'so-tu-phap',
      'thanh-tra',
    ]);
  });

  it('combines parts: sectors, the Front and the communes', () => {
    expect(suggest('Các sở, ban, ngành, đoàn thể tỉnh; UBND các xã, phường')).toEqual([
      'vp-ubnd',
      'so-noi-vu',
      'so-tu-phap',
      'thanh-tra',
      'mttq-tinh',
      'cong-an',
      'bhxh',
      'ubnd-chieng-mung',
      'ubnd-moc-chau',
      'ubnd-muong-la',
    ]);
    expect(suggest('Ủy ban MTTQ và các đoàn thể')).toEqual(['mttq-tinh']);
  });

  it('lets a commune plan name the province’s departments above it', () => {
    const commune = { unitPath: '/1/14/100/', unitLevel: 'commune' as const };
    expect(suggest('Các sở, ban, ngành tỉnh', commune)).toContain('so-tu-phap');
    expect(suggest('Các ban, ngành, đoàn thể xã', commune)).toEqual(['mttq-chieng-mung']);
    expect(suggest('UBND các xã', commune)).toEqual([]);
  });

  it('suggests nothing for wordings it does not know, or for one committee', () => {
    for (const label of [
      'Các cơ quan, đơn vị liên quan',
      'UBND tỉnh',
      'Sở Tư pháp',
      'Ban Dân tộc',
      'Các doanh nghiệp',
      'Người dân',
      '',
    ]) {
      expect(suggest(label), label).toBeNull();
      expect(isCollective(label)).toBe(false);
    }
    expect(isCollective('UBND các xã, phường')).toBe(true);
  });
});

describe('withSuggestedMembers', () => {
  const lookup = (label: string) => suggest(label);
  it('fills an empty group and leaves agencies and chosen members alone', () => {
    const empty: AgencyRef = { kind: 'group', label: 'UBND các phường', memberIds: [] };
    expect(withSuggestedMembers(empty, lookup)).toEqual({ ...empty, memberIds: ['ubnd-moc-chau'] });
    const chosen: AgencyRef = { kind: 'group', label: 'UBND các phường', memberIds: ['x'] };
    expect(withSuggestedMembers(chosen, lookup)).toBe(chosen);
    const agency: AgencyRef = { kind: 'agency', id: '1', name: 'Sở Nội vụ' };
    expect(withSuggestedMembers(agency, lookup)).toBe(agency);
    const unknown: AgencyRef = { kind: 'group', label: 'Các hộ gia đình', memberIds: [] };
    expect(withSuggestedMembers(unknown, lookup)).toBe(unknown);
  });
});
