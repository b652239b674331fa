import { describe, expect, it } from 'vitest';
import { indexAgencies } from './agency-match.ts';
import {
  obsoleteLevelNote,
  restructuringOf,
  splitAgencyCell,
  suggestAgency,
  type Restructuring,
} from './agency-split.ts';
import { parseAppendixRows, type SheetCell } from './appendix-rows.ts';
import { matchByName } from './appendix-structure.ts';

/** The PAPI 2018– edition's names, as in apps/server/data/indices/papi.json. */
const DIMENSIONS = [
  ['D1', 'Tham gia của người dân ở cấp cơ sở'],
  ['D1.1', 'Tri thức công dân'],
  ['D1.2', 'Cơ hội tham gia'],
  ['D2', 'Công khai, minh bạch trong việc ra quyết định ở địa phương'],
  ['D3', 'Trách nhiệm giải trình với người dân'],
  ['D4', 'Kiểm soát tham nhũng trong khu vực công'],
  ['D5', 'Thủ tục hành chính công'],
  ['D6', 'Cung ứng dịch vụ công'],
  ['D6.1', 'Y tế công lập'],
  ['D6.3', 'Cơ sở hạ tầng căn bản'],
  ['D7', 'Quản trị môi trường'],
  ['D7.1', 'Mức độ nghiêm túc trong bảo vệ môi trường'],
  ['D8', 'Quản trị điện tử'],
].map(([code, name]) => ({ code: code!, name: name! }));

const catalogue = [
  { id: 1, name: 'Sở Nội vụ', shortName: '', kind: 'so' },
  { id: 2, name: 'Sở Tư pháp', shortName: '', kind: 'so' },
  { id: 3, name: 'Sở Tài chính', shortName: '', kind: 'so' },
  { id: 4, name: 'Sở Nông nghiệp và Môi trường', shortName: '', kind: 'so' },
  { id: 5, name: 'Ủy ban nhân dân xã Chiềng Sơn', shortName: '', kind: 'ubnd' },
  { id: 6, name: 'Sở Văn hóa, Thể thao và Du lịch', shortName: '', kind: 'so' },
  { id: 7, name: 'Sở Khoa học và Công nghệ', shortName: '', kind: 'so' },
];
const agencies = indexAgencies(catalogue);
const ctx = {
  year: 2026,
  agencies,
  dimensions: DIMENSIONS,
  columnLabel: (i: number) => 'ABCDEF'[i]!,
};
const mapping = { number: 0, content: 1, lead: 2, cooperating: 3, deadline: 4 };
const sheet = (rows: SheetCell[][]) => rows.map((cells, i) => ({ row: i + 4, cells }));

/** Section II of seed 001 as an appendix: numbered dimension headings, items under them. */
const FROM_001 = sheet([
  ['I', 'NHIỆM VỤ THEO CÁC NỘI DUNG CHỈ SỐ PAPI', null, null, null],
  ['1', 'Nội dung “Tham gia của người dân ở cấp cơ sở”', 'Sở Nội vụ', null, 'Năm 2026'],
  [
    '1.1',
    'Tập trung đẩy mạnh công tác thông tin, tuyên truyền Pháp lệnh dân chủ',
    null,
    null,
    null,
  ],
  [
    '1.2',
    'Tổ chức tốt các cuộc tiếp xúc cử tri',
    'Sở Tư pháp, UBND cấp huyện, cấp xã',
    null,
    '30/6/2026',
  ],
  ['2', 'Đối với nội dung “Công khai, minh bạch trong hoạch định chính sách”', null, null, null],
  [
    '2.1',
    'Niêm yết công khai danh sách hộ nghèo',
    'Sở Nội vụ, các sở, ban, ngành',
    null,
    'Quý II/2026',
  ],
  ['3', 'Đối với nội dung “Trách nhiệm giải trình với người dân”', null, null, null],
  ['3.1', 'Thực hiện hiệu quả Luật Tiếp công dân', 'Sở Tư pháp', null, 'Năm 2026'],
  ['4', 'Đối với nội dung “Kiểm soát tham nhũng trong khu vực công”', null, null, null],
  ['4.1', 'Tuyên truyền phòng, chống tham nhũng', 'Sở Nội vụ', null, 'Năm 2026'],
  ['5', 'Nội dung “Thủ tục hành chính công”', null, null, null],
  ['5.1', 'Thực hiện cơ chế một cửa', 'Sở Nội vụ', null, 'Năm 2026'],
  ['6', 'Nội dung “Cung ứng dịch vụ công”', null, null, null],
  [
    '6.1',
    'Nâng cao hơn nữa chất lượng cung cấp dịch vụ y tế công lập',
    'Sở Nội vụ',
    'Sở Tài chính, Điện lực tỉnh',
    'Năm 2026',
  ],
  ['7', 'Nội dung “Quản trị mội trường”', null, null, null],
  ['7.1', 'Tăng cường kiểm tra doanh nghiệp', 'Sở Nông nghiệp và Môi trường', null, 'Năm 2026'],
  ['8', 'Nội dung “Quản trị điện tử”', null, null, null],
  ['8.1', 'Cung cấp dịch vụ công trực tuyến', 'Sở Khoa học và Công nghệ', null, 'Năm 2026'],
  ['II', 'NHIỆM VỤ KHÁC', null, null, null],
  ['1', 'Sơ kết việc thực hiện kế hoạch', 'Sở Nội vụ', null, 'Năm 2026'],
  ['2', 'Báo cáo kết quả', 'Sở Nội vụ', null, 'Năm 2026'],
]);

describe('appendix structure', () => {
  const { rows, issues } = parseAppendixRows(FROM_001, mapping, ctx);
  const at = (row: number) => rows.find((r) => r.row === row)!;

  it('keeps Roman sections, numbered headings and items, each under its parent', () => {
    expect(issues).toEqual([]);
    expect(rows.filter((r) => r.group).map((r) => [r.number, r.level])).toEqual([
      ['I', 1],
      ['1', 2],
      ['2', 2],
      ['3', 2],
      ['4', 2],
      ['5', 2],
      ['6', 2],
      ['7', 2],
      ['8', 2],
      ['II', 1],
    ]);
    expect(at(5).parentKey).toBe(at(4).key);
    expect(at(6).parentKey).toBe(at(5).key);
    expect(at(6).level).toBe(3);
    expect([at(23).number, at(24).number, at(23).parentKey]).toEqual(['1', '2', at(22).key]);
  });

  it('links headings to dimensions by name (typos forgiven) or by place in a list of eight', () => {
    expect(at(5).link).toMatchObject({ codes: ['D1'], by: 'name' });
    // 001 words D2 differently: the number in the eight-item list decides.
    expect(at(8).link).toMatchObject({ codes: ['D2'], by: 'number' });
    expect(at(8).link.reason).toContain('Công khai, minh bạch trong việc ra quyết định');
    expect(at(18).link).toMatchObject({ codes: ['D7'], by: 'name' });
    expect(at(6).link).toMatchObject({ codes: ['D1'], by: 'heading' });
    expect(at(17).link).toMatchObject({ codes: ['D6.1'], by: 'name' });
    expect(at(4).link.codes).toEqual([]);
    expect(at(23).dimensionCodes).toEqual([]);
  });

  it('fills blank lead and deadline cells from the heading, marked as inherited', () => {
    expect(at(6)).toMatchObject({
      lead: { name: 'Sở Nội vụ', agencyId: 1 },
      deadlineText: 'Năm 2026',
      deadline: { kind: 'date', date: '2026-12-31' },
      inherited: ['lead', 'deadline'],
    });
    expect(at(7).inherited).toEqual([]);
  });

  it('splits a lead cell naming several into the lead and the cooperating', () => {
    expect(at(7).lead).toEqual({ name: 'Sở Tư pháp', agencyId: 2 });
    expect(at(7).cooperating.map((c) => c.name)).toEqual(['UBND cấp huyện, cấp xã']);
    expect(at(7).notes[0]).toContain('"Sở Tư pháp" chủ trì');
    expect(at(9).cooperating.map((c) => c.name)).toEqual(['các sở, ban, ngành']);
    expect(at(17).cooperating.map((c) => [c.name, c.agencyId])).toEqual([
      ['Sở Tài chính', 3],
      ['Điện lực tỉnh', null],
    ]);
  });

  it('lets the user change a link; items under a changed heading follow', () => {
    const changed = parseAppendixRows(FROM_001, mapping, {
      ...ctx,
      links: new Map([[8, ['D3']]]),
    }).rows;
    expect(changed.find((r) => r.row === 8)!.link).toMatchObject({ codes: ['D3'], by: 'user' });
    expect(changed.find((r) => r.row === 9)!.dimensionCodes).toEqual(['D3']);
  });

  it('reads lettered items and unnumbered headings', () => {
    const { rows: r2, issues: i2 } = parseAppendixRows(
      sheet([
        ['', 'Tri thức công dân', null, null, null],
        ['1', 'Phổ biến pháp luật', 'Sở Tư pháp', null, 'Năm 2026'],
        ['', 'Cơ hội tham gia', 'Sở Nội vụ', null, null],
        ['1', 'Lấy ý kiến người dân', null, null, 'Quý I/2026'],
        ['a', 'Qua Cổng thông tin', null, null, null],
        ['b', 'Qua hội nghị', null, null, '30/6/2026'],
      ]),
      mapping,
      ctx,
    );
    expect(i2).toEqual([]);
    expect(r2.map((r) => [r.number, r.group, r.dimensionCodes, r.level])).toEqual([
      ['', true, ['D1.1'], 1],
      ['1', false, ['D1.1'], 2],
      ['', true, ['D1.2'], 1],
      ['1', true, ['D1.2'], 2],
      ['a', false, ['D1.2'], 3],
      ['b', false, ['D1.2'], 3],
    ]);
    expect(r2[4]).toMatchObject({
      lead: { name: 'Sở Nội vụ' },
      deadlineText: 'Quý I/2026',
      inherited: ['deadline', 'lead'],
    });
    expect(r2[5]!.inherited).toEqual(['lead']);
  });

  it('keeps items numbered again under each section unique by the section', () => {
    const { rows: r3, issues: i3 } = parseAppendixRows(
      sheet([
        ['I', 'NHIỆM VỤ TRỌNG TÂM', null, null, null],
        ['1', 'Phổ biến pháp luật', 'Sở Tư pháp', null, 'Năm 2026'],
        ['2', 'Đối thoại', 'Sở Nội vụ', null, 'Năm 2026'],
        ['II', 'NHIỆM VỤ THƯỜNG XUYÊN', null, null, null],
        ['1', 'Báo cáo', 'Sở Nội vụ', null, 'Năm 2026'],
      ]),
      mapping,
      ctx,
    );
    expect(i3).toEqual([]);
    expect(r3.map((r) => r.number)).toEqual(['I', 'I.1', '2', 'II', 'II.1']);
  });

  it('links by number also when the list skips a dimension', () => {
    const { rows: r4 } = parseAppendixRows(
      sheet([
        ['1', 'Tham gia của người dân', 'Sở Nội vụ', null, 'Năm 2026'],
        ['1.1', 'Đối thoại', null, null, null],
        ['2', 'Công khai trong hoạch định chính sách', 'Sở Nội vụ', null, 'Năm 2026'],
        ['2.1', 'Niêm yết', null, null, null],
        ['5', 'Cải cách thủ tục hành chính', 'Sở Nội vụ', null, 'Năm 2026'],
        ['5.1', 'Một cửa', null, null, null],
      ]),
      mapping,
      ctx,
    );
    expect(r4.filter((r) => r.group).map((r) => [r.link.codes, r.link.by])).toEqual([
      [['D1'], 'number'],
      [['D2'], 'number'],
      [['D5'], 'name'],
    ]);
  });

  it('matches names accent- and spelling-insensitively', () => {
    expect(matchByName('Tri thuc cong dan', DIMENSIONS)?.code).toBe('D1.1');
    expect(matchByName('CƠ HỘI THAM GIA', DIMENSIONS)?.code).toBe('D1.2');
    expect(matchByName('Lĩnh vực Quản trị môi trừơng', DIMENSIONS)?.code).toBe('D7');
    expect(matchByName('Nhiệm vụ khác', DIMENSIONS)).toBeNull();
  });
});

describe('agency cells', () => {
  it('splits lists of agencies and collectives, keeping names that contain commas', () => {
    expect(splitAgencyCell('Sở Tư pháp, UBND cấp huyện, cấp xã')).toEqual([
      'Sở Tư pháp',
      'UBND cấp huyện, cấp xã',
    ]);
    expect(splitAgencyCell('Sở Nội vụ, các sở, ban, ngành')).toEqual([
      'Sở Nội vụ',
      'các sở, ban, ngành',
    ]);
    expect(splitAgencyCell('Sở Văn hóa, Thể thao và Du lịch, Điện lực tỉnh', agencies)).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'Điện lực tỉnh',
    ]);
    expect(splitAgencyCell('UBND các xã, phường, thị trấn; Công an tỉnh')).toEqual([
      'UBND các xã, phường, thị trấn',
      'Công an tỉnh',
    ]);
    expect(splitAgencyCell('Sở Nội vụ và Sở Tư pháp')).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
    expect(splitAgencyCell('Sở Lao động - Thương binh và Xã hội')).toEqual([
      'Sở Lao động - Thương binh và Xã hội',
    ]);
  });
});

const TABLE: Restructuring = {
  effective: '2025-03-01',
  source: 'Nghị định 45/2025/NĐ-CP ngày 28/02/2025',
  departments: [
    { from: 'Sở Kế hoạch và Đầu tư', to: ['Sở Tài chính'], note: 'hợp nhất vào Sở Tài chính' },
    {
      from: 'Sở Tài nguyên và Môi trường',
      to: ['Sở Nông nghiệp và Môi trường'],
      note: 'hợp nhất',
    },
    {
      from: 'Sở Lao động - Thương binh và Xã hội',
      to: ['Sở Nội vụ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo'],
      note: 'chuyển chủ yếu về Sở Nội vụ',
    },
    { from: 'Sở Thông tin và Truyền thông', to: ['Sở Khoa học và Công nghệ'], note: 'hợp nhất' },
  ],
};

describe('agency suggestions', () => {
  it('suggests the successor of a department merged in 2025, with the decree', () => {
    const s = suggestAgency('Sở KH&ĐT', agencies, catalogue, TABLE);
    expect(s.preselect).toBe(3);
    expect(s.reason).toContain('Nghị định 45/2025/NĐ-CP');
    expect(suggestAgency('Sở TN&MT', agencies, catalogue, TABLE).preselect).toBe(4);
    expect(suggestAgency('Sở TT&TT', agencies, catalogue, TABLE).preselect).toBe(7);
    const ldtbxh = suggestAgency('Sở Lao động – Thương binh và Xã hội', agencies, catalogue, TABLE);
    expect(ldtbxh.suggestions.map((a) => a.id)).toEqual([1]);
    expect(ldtbxh.reason).toContain('Sở Y tế');
    expect(restructuringOf('Sở Nội vụ', TABLE)).toBeNull();
    expect(restructuringOf('Sở Kế hoạch và Đầu tư tỉnh Sơn La', TABLE)?.to).toEqual([
      'Sở Tài chính',
    ]);
    const ban = { from: 'Ban Dân tộc', to: ['Sở Dân tộc và Tôn giáo'], note: 'tổ chức lại' };
    const withBan = { ...TABLE, departments: [...TABLE.departments, ban] };
    expect(restructuringOf('Ban Dân tộc tỉnh', withBan)).toBe(ban);
    expect(restructuringOf('Ban Dân tộc Hội đồng nhân dân tỉnh', withBan)).toBeNull();
  });
  it('never pre-selects an agency of another kind or on a weak match, and says why', () => {
    const commune = suggestAgency('Sở Chiềng Sơn', agencies, catalogue, TABLE);
    expect(commune.preselect).toBeNull();
    const enterprise = suggestAgency('Công ty Điện lực Sơn La', agencies, catalogue, null);
    expect(enterprise.preselect).toBeNull();
    expect(enterprise.reason).not.toBeNull();
    const close = suggestAgency('Sở Nội vụ tỉnh', agencies, catalogue, null);
    expect(close.preselect).toBe(1);
  });
  it('flags district-level collectives in plans running past 30/06/2025', () => {
    expect(obsoleteLevelNote('UBND cấp huyện, cấp xã', '2026-12-31')).toContain('xã, phường');
    expect(obsoleteLevelNote('UBND các huyện, thành phố', '2026-12-31')).not.toBeNull();
    expect(obsoleteLevelNote('UBND cấp huyện', '2024-12-31')).toBeNull();
    expect(obsoleteLevelNote('UBND các xã, phường', '2026-12-31')).toBeNull();
  });
});
