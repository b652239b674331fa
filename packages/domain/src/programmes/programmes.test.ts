import { describe, expect, it } from 'vitest';
import { indexAgencies } from '../plans/agency-match.ts';
import {
  columnLetter,
  countOutcomes,
  detectAssignmentColumns,
  missingSections,
  parseAssignmentRows,
  parseElementCode,
  proposalsToSolutions,
  reportTimeliness,
  taskOutcome,
} from '../index.ts';

const agencies = indexAgencies([
  { id: 1, name: 'Sở Tư pháp', shortName: 'STP', unitName: 'Sơn La' },
  { id: 2, name: 'Sở Nội vụ', shortName: 'SNV', unitName: 'Sơn La' },
  { id: 3, name: 'Sở Tài nguyên và Môi trường', shortName: '', unitName: 'Sơn La' },
]);
const known = new Set(['D1', 'D1.1', 'D2', 'D2.1', 'D3.2', 'D4.3']);

describe('element codes as plans write them', () => {
  it.each([
    ['2.1', 'D2.1'],
    ['D2.1', 'D2.1'],
    ['d3', 'D3'],
    ['Nội dung 2.1: Công khai, minh bạch', 'D2.1'],
    ['Chỉ số nội dung 4', 'D4'],
    ['Nội dung thành phần 4.3', 'D4.3'],
    ['Công khai', null],
  ])('%s → %s', (text, code) => expect(parseElementCode(text)).toBe(code));
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27].map((i) => columnLetter(i))).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});

describe('assignment rows', () => {
  const columns = { element: 0, lead: 1, cooperating: 2, note: null };
  it('finds the columns from the header', () => {
    expect(
      detectAssignmentColumns([
        'Nội dung thành phần',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Ghi chú',
      ]),
    ).toEqual({ element: 0, lead: 1, cooperating: 2, note: 3 });
  });
  it('reads matched rows and names every problem by row and column', () => {
    const { assignments, problems } = parseAssignmentRows(
      [
        { row: 2, cells: ['2.1', 'Sở Tư pháp', 'Sở Nội vụ; Sở TN&MT'] },
        { row: 3, cells: ['Nội dung 3.2', 'STP', ''] },
        { row: 4, cells: ['', '', ''] },
        { row: 5, cells: ['2.1', 'Sở Nội vụ', ''] },
        { row: 6, cells: ['9.9', 'Sở Nội vụ', ''] },
        { row: 7, cells: ['4.3', 'Sở Không Có', 'Sở Ma'] },
        { row: 8, cells: ['1.1', '', ''] },
      ],
      columns,
      agencies,
      known,
    );
    expect(
      assignments.map((a) => [a.row, a.elementCode, a.lead.id, a.cooperating.map((c) => c.id)]),
    ).toEqual([
      [2, 'D2.1', 1, [2, 3]],
      [3, 'D3.2', 1, []],
    ]);
    expect(problems).toEqual([
      { row: 5, column: 'A', message: 'Nội dung 2.1 đã được phân công ở dòng 2.' },
      { row: 6, column: 'A', message: 'Nội dung 9.9 không có trong bộ chỉ số.' },
      { row: 7, column: 'B', message: 'Không tìm thấy cơ quan "Sở Không Có" trong danh mục.' },
      { row: 7, column: 'C', message: 'Không tìm thấy cơ quan "Sở Ma" trong danh mục.' },
      { row: 8, column: 'B', message: 'Thiếu cơ quan chủ trì.' },
    ]);
  });
});

describe('review rules', () => {
  const facts = (over: Partial<Parameters<typeof taskOutcome>[0]>) => ({
    dueOn: '2025-06-30',
    completedOn: null,
    cancelledOn: null,
    percent: 0,
    ...over,
  });
  it('sums tasks up as done on time, late, not done, cancelled', () => {
    const outcomes = [
      taskOutcome(facts({ completedOn: '2025-06-01', percent: 100 }), '2025-12-31'),
      taskOutcome(facts({ completedOn: '2025-07-15', percent: 100 }), '2025-12-31'),
      taskOutcome(facts({ percent: 50 }), '2025-12-31'),
      taskOutcome(facts({ cancelledOn: '2025-03-01' }), '2025-12-31'),
      taskOutcome(facts({ dueOn: null }), '2025-12-31'),
    ];
    expect(outcomes).toEqual(['on_time', 'late', 'not_done', 'cancelled', 'not_done']);
    expect(countOutcomes(outcomes)).toEqual({ on_time: 1, late: 1, not_done: 2, cancelled: 1 });
  });
  it('judges report timeliness on the due day itself as on time', () => {
    expect(reportTimeliness('2025-07-05', '2025-07-05')).toBe('on_time');
    expect(reportTimeliness('2025-07-06', '2025-07-05')).toBe('late');
    expect(reportTimeliness(null, '2025-07-05')).toBe('missing');
  });
  it('needs results and proposals before sending', () => {
    expect(
      missingSections({ results: ' ', shortcomings: '', lessons: '', proposals: 'x' }),
    ).toEqual(['results']);
  });
  it('turns each proposal line into a draft solution of the report', () => {
    expect(
      proposalsToSolutions(
        '- Công khai dự toán ngân sách xã\n2. Tổ chức đối thoại hằng quý\n\nok',
        ['D2.1', 'D3.2'],
        7,
      ),
    ).toEqual([
      {
        elementCode: 'D2.1',
        content: 'Công khai dự toán ngân sách xã',
        leadAgencyId: 7,
        solutionId: null,
      },
      {
        elementCode: 'D2.1',
        content: 'Tổ chức đối thoại hằng quý',
        leadAgencyId: 7,
        solutionId: null,
      },
    ]);
  });
});
