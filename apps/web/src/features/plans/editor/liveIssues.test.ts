import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TYPES } from '@papi/domain';
import type { Edition } from '@papi/domain';
import { liveIssues, pinServerIssues } from './liveIssues.ts';
import { blankRow } from './rows.ts';
import type { EditorRow } from './rows.ts';

const edition = {
  code: 'test',
  fromYear: 2020,
  toYear: null,
  dimensions: [
    {
      code: 'D1',
      nameVi: 'Tham gia',
      shortVi: 'TG',
      min: 1,
      max: 10,
      weight: 1,
      subDimensions: [],
    },
    {
      code: 'D2',
      nameVi: 'Công khai',
      shortVi: 'CK',
      min: 1,
      max: 10,
      weight: 1,
      subDimensions: [],
    },
  ],
} as unknown as Edition;
const improvement = DEFAULT_PLAN_TYPES.find((t) => t.code === 'improvement')!;
const period = { from: '2026-01-01', to: '2026-12-31' };
const full = (key: string, number: string, code: string): EditorRow => ({
  ...blankRow([code]),
  key,
  number,
  content: 'Việc',
  lead: { kind: 'agency', id: '1', name: 'Sở Nội vụ' },
  deadline: { kind: 'date', date: '2026-06-30' },
  expectedResult: 'Báo cáo',
});

describe('liveIssues', () => {
  it('flags a missing dimension for the whole appendix and a missing field on its cell', () => {
    const rows = [{ ...full('a', '1.1', 'D1'), lead: null }];
    const out = liveIssues(rows, improvement, edition, period, []);
    expect(out.general.map((m) => m.message)).toEqual([
      'Lĩnh vực D2 “Công khai” chưa có nhiệm vụ nào.',
    ]);
    expect(out.byRow.get('a')?.get('lead')?.[0]?.message).toBe(
      'Nhiệm vụ 1.1: chưa có cơ quan chủ trì',
    );
    expect(out.errors).toBe(2);
  });

  it('is clean once fixed, and marks both rows of a duplicate number', () => {
    expect(
      liveIssues([full('a', '1.1', 'D1'), full('b', '2.1', 'D2')], improvement, edition, period, [])
        .errors,
    ).toBe(0);
    const dup = liveIssues(
      [full('a', '1.1', 'D1'), full('b', '1.1', 'D2')],
      improvement,
      edition,
      period,
      [],
    );
    expect([...dup.byRow.keys()]).toEqual(['a', 'b']);
    expect(dup.byRow.get('a')?.get('number')).toHaveLength(1);
  });

  it('keeps server-only agency issues on the row they named, even after renumbering', () => {
    const rows = [full('a', '1.1', 'D1'), full('b', '2.1', 'D2')];
    const pinned = pinServerIssues(
      [
        {
          severity: 'error',
          rule: 'agencies_active',
          taskNumber: '2.1',
          field: 'lead',
          message: 'ngừng hoạt động',
        },
        {
          severity: 'error',
          rule: 'task_requires',
          taskNumber: '1.1',
          field: 'lead',
          message: 'local rule',
        },
      ],
      rows,
    );
    expect(pinned.map((p) => p.key)).toEqual(['b']);
    const renumbered = rows.map((r) => ({ ...r, number: r.key === 'b' ? '2.5' : r.number }));
    const out = liveIssues(renumbered, improvement, edition, period, pinned);
    expect(out.byRow.get('b')?.get('lead')?.[0]?.message).toBe('ngừng hoạt động');
  });

  it('counts whole-plan server issues (signer, Nơi nhận) so "0 lỗi" means submittable', () => {
    const rows = [full('a', '1.1', 'D1'), full('b', '2.1', 'D2')];
    const pinned = pinServerIssues(
      [
        {
          severity: 'error',
          rule: 'signer_complete',
          taskNumber: null,
          field: 'signer',
          message: 'Chưa có người ký.',
        },
      ],
      rows,
    );
    const out = liveIssues(rows, improvement, edition, period, pinned);
    expect(out.errors).toBe(1);
    expect(out.general).toEqual([{ severity: 'error', message: 'Chưa có người ký.' }]);
  });

  it('skips rules the plan waived, as the server does', () => {
    const rows = [full('a', '1.1', 'D1')];
    expect(liveIssues(rows, improvement, edition, period, []).errors).toBeGreaterThan(0);
    const waived = liveIssues(rows, improvement, edition, period, [], ['covers_all_dimensions']);
    expect(waived.general).toEqual([]);
  });
});
