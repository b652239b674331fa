import { describe, expect, it } from 'vitest';
import type { Solution } from '../library/api.ts';
import { rowsFrom } from './libraryRows.ts';
import { blankRow } from './rows.ts';

const solution = (id: number, dimensionCode: string, lead: string | null): Solution =>
  ({
    id,
    dimensionCode,
    title: `Giải pháp ${id}`,
    content: `Nội dung giải pháp ${id}`,
    expectedResult: lead ? 'Báo cáo kết quả' : null,
    suggestedLead: lead,
    usedInPlans: 0,
    source: null,
  }) as unknown as Solution;

const agencies = [
  { id: 1, name: 'Sở Nội vụ tỉnh Sơn La', shortName: 'SNV' },
  { id: 2, name: 'Sở Tư pháp tỉnh Sơn La', shortName: 'STP' },
];
const layout = { order: ['D1', 'D2'], byDimension: true, taskGroups: [] };

describe('inserting several library solutions', () => {
  it('numbers them one after another and fills lead, result and a deadline', () => {
    const existing = [{ ...blankRow(['D2']), number: '2.1' }];
    const rows = rowsFrom(
      [solution(1, 'D2', 'Sở Tư pháp'), solution(2, 'D2', null), solution(3, 'D1', 'Sở Nội vụ')],
      existing,
      layout,
      agencies,
    );
    expect(rows.map((r) => r.number)).toEqual(['2.2', '2.3', '1.1']);
    expect(rows[0]).toMatchObject({
      lead: { kind: 'agency', id: '2', name: 'Sở Tư pháp tỉnh Sơn La' },
      expectedResult: 'Báo cáo kết quả',
      deadline: { kind: 'recurring', every: 'continuous' },
      solutionId: 1,
    });
    // Where the library has no lead or result, they stay for the drafter to fill.
    expect(rows[1]).toMatchObject({ lead: null, expectedResult: '' });
    expect(rows[2]!.lead).toMatchObject({ id: '1' });
  });
});
