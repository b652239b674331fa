import { describe, expect, it } from 'vitest';
import { agencyKey, guessAgencyKind, indexAgencies } from './agency-match.ts';
import { detectHeaderRow, suggestMapping } from './appendix-columns.ts';
import { parseAppendixRows, parseVietnameseNumber, unknownAgencies } from './appendix-rows.ts';
import { parseDeadlineText, shiftDeadline, withoutRedundantLabel } from './deadlines.ts';
import { SOLUTION_SEED } from './solution-seed.ts';

const agencies = indexAgencies([
  { id: 1, name: 'Sở Tài nguyên và Môi trường', shortName: 'STNMT' },
  { id: 2, name: 'Ủy ban nhân dân phường Mộc Châu', shortName: '' },
  { id: 3, name: 'Sở Văn hóa, Thể thao và Du lịch', shortName: '' },
  { id: 4, name: 'Sở Nội vụ', shortName: '' },
]);

describe('appendix columns', () => {
  it('maps headers accent- and case-insensitively, "Nguồn kinh phí" apart from "Kinh phí"', () => {
    const header = [
      'STT',
      'NOI DUNG',
      'Lĩnh vực',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      'Kết quả/sản phẩm',
      'Nguồn kinh phí',
      'Kinh phí (đồng)',
    ];
    expect(suggestMapping(header)).toEqual({
      number: 0,
      content: 1,
      dimension: 2,
      lead: 3,
      cooperating: 4,
      deadline: 5,
      expectedResult: 6,
      budgetSource: 7,
      budget: 8,
    });
  });
  it('finds the header under title lines', () => {
    const rows = [['PHỤ LỤC'], ['Kèm theo Kế hoạch số 12/KH-UBND'], ['TT', 'Nhiệm vụ', 'Chủ trì']];
    expect(detectHeaderRow(rows)).toBe(2);
    expect(detectHeaderRow([['a', 'b']])).toBeNull();
  });
});

describe('agency matching', () => {
  it('matches folded names and abbreviations', () => {
    expect(agencies.find('so tai nguyen va moi truong')?.id).toBe(1);
    expect(agencies.find('Sở TN&MT')?.id).toBe(1);
    expect(agencies.find('UBND phường Mộc Châu')?.id).toBe(2);
    expect(agencies.find('Sở VH, TT&DL')?.id).toBe(3);
    expect(agencies.find('Phòng Văn hóa')).toBeNull();
    expect(agencies.suggest('Sở Nội Vụ tỉnh').map((a) => a.id)).toEqual([4]);
    expect(agencyKey('UBND xã')).toBe('uy ban nhan dan xa');
    expect(guessAgencyKind('UBND xã Chiềng Sơn')).toBe('ubnd');
    expect(guessAgencyKind('Phòng Văn hóa - Xã hội')).toBe('phong');
  });
});

describe('appendix rows', () => {
  const ctx = {
    year: 2026,
    agencies,
    dimensions: [
      { code: 'D1', name: 'Tham gia của người dân ở cấp cơ sở' },
      { code: 'D1.1', name: 'Tri thức công dân' },
      { code: 'D2', name: 'Công khai, minh bạch' },
    ],
    columnLabel: (i: number) => 'ABCDEFGHI'[i]!,
  };
  const mapping = {
    number: 0,
    content: 1,
    dimension: 2,
    lead: 3,
    cooperating: 4,
    deadline: 5,
    expectedResult: 6,
    budget: 7,
    budgetSource: 8,
  };
  it('reads groups, tasks, agencies, deadlines and budgets; problems name row and column', () => {
    const { rows, issues } = parseAppendixRows(
      [
        { row: 2, cells: ['1', 'Tham gia của người dân', 'D1'] },
        {
          row: 3,
          cells: [
            '1.1',
            'Tổ chức đối thoại',
            null,
            'Sở TN&MT',
            'Sở Nội vụ; UBND phường Mộc Châu',
            'Quý II/2026',
            'Báo cáo',
            '15.000.000',
            'Ngân sách tỉnh',
          ],
        },
        { row: 4, cells: [null, null, null, null, null, null, null, null, null] },
        {
          row: 5,
          cells: [
            '1.2',
            'Công khai',
            'Công khai, minh bạch',
            'Phòng Văn hóa',
            null,
            'sớm',
            'Tin bài',
            'nhiều',
            null,
          ],
        },
        { row: 6, cells: ['1.2', '', 'D9', 'Sở Nội vụ', null, 46203, null, 2.5, null] },
      ],
      mapping,
      ctx,
    );
    expect(rows.map((r) => [r.row, r.group, r.dimensionCodes])).toEqual([
      [2, true, ['D1']],
      [3, false, ['D1']],
      [5, false, ['D2']],
      [6, false, ['D1']],
    ]);
    expect(rows[1]).toMatchObject({
      lead: { name: 'Sở TN&MT', agencyId: 1 },
      cooperating: [{ agencyId: 4 }, { agencyId: 2 }],
      deadline: { kind: 'date', date: '2026-06-30', label: 'Quý II/2026' },
      budget: 15_000_000,
    });
    expect(rows[3]!.deadline).toEqual({ kind: 'date', date: '2026-06-30' });
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['BAD_DEADLINE', 5, 'F'],
      ['BAD_BUDGET', 5, 'H'],
      ['UNKNOWN_DIMENSION', 6, 'C'],
      ['MISSING_CONTENT', 6, 'B'],
      ['DUPLICATE_NUMBER', 6, 'A'],
    ]);
    expect(issues[0]!.message).toContain('Dòng 5, cột F (Thời gian hoàn thành)');
    expect([...unknownAgencies(rows)]).toEqual([['Phòng Văn hóa', [5]]]);
  });
  it('reads Vietnamese numbers', () => {
    expect(parseVietnameseNumber('1.500.000')).toBe(1_500_000);
    expect(parseVietnameseNumber('2,5')).toBe(2.5);
    expect(parseVietnameseNumber('1,2,3')).toBe('invalid');
    expect(parseVietnameseNumber(null)).toBeNull();
  });
});

describe('deadlines for import and copy', () => {
  it('parses the wording of appendices', () => {
    expect(parseDeadlineText('Tháng 6/2026')).toMatchObject({ kind: 'date', date: '2026-06-30' });
    expect(parseDeadlineText('30/6/2026')).toMatchObject({ date: '2026-06-30' });
    expect(parseDeadlineText('2026-03-31')).toMatchObject({ date: '2026-03-31' });
    expect(parseDeadlineText('Năm 2026')).toMatchObject({ date: '2026-12-31' });
    expect(parseDeadlineText('Hằng năm')).toMatchObject({ kind: 'recurring', every: 'yearly' });
    expect(parseDeadlineText('Thường xuyên')).toMatchObject({ every: 'continuous' });
    expect(
      withoutRedundantLabel({ kind: 'date', date: '2026-06-30', label: '30/06/2026' }),
    ).toEqual({ kind: 'date', date: '2026-06-30' });
  });
  it('shifts dates and the years in labels', () => {
    expect(shiftDeadline({ kind: 'date', date: '2024-02-29', label: 'Quý I/2024' }, 1)).toEqual({
      kind: 'date',
      date: '2025-02-28',
      label: 'Quý I/2025',
    });
    expect(shiftDeadline({ kind: 'recurring', every: 'yearly' }, 2)).toEqual({
      kind: 'recurring',
      every: 'yearly',
    });
  });
});

describe('solution seed', () => {
  it('carries all 35 solutions of 001 across D1–D8 and some of 003, with unique keys', () => {
    const from001 = SOLUTION_SEED.filter((s) => s.seedKey.startsWith('seed-001'));
    expect(from001).toHaveLength(35);
    expect(new Set(from001.map((s) => s.dimensionCode))).toEqual(
      new Set(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']),
    );
    expect(SOLUTION_SEED.length).toBeGreaterThan(35);
    expect(new Set(SOLUTION_SEED.map((s) => s.seedKey)).size).toBe(SOLUTION_SEED.length);
    expect(SOLUTION_SEED.every((s) => s.title.length <= 101 && s.title.length > 5)).toBe(true);
  });
});
