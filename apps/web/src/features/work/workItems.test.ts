import { describe, expect, it } from 'vitest';
import type { TTaskSummary } from '@papi/contracts';
import {
  compareWorkItems,
  daysBetween,
  dimensionOptions,
  dueState,
  itemKey,
  itemPlan,
  itemTitle,
  itemUnitName,
  planOptions,
  sortWorkItems,
  type WorkItem,
} from './workItems.ts';

const unit = {
  id: 5,
  code: '14',
  name: 'Sơn La',
  fullName: 'Tỉnh Sơn La',
  level: 'province' as const,
};

function task(
  id: number,
  over: Partial<TTaskSummary> = {},
  dueOn: string | null = '2026-06-30',
  overdue = false,
): WorkItem {
  return {
    kind: 'task',
    dueOn,
    overdue,
    role: 'lead',
    task: {
      id,
      plan: { id: 1, title: 'Kế hoạch PAPI 2026', documentNumber: '35/KH-UBND', unit },
      unit,
      number: `${id}.1`,
      title: null,
      content: `Nhiệm vụ ${id}`,
      dimensionCodes: ['D1'],
      lead: { kind: 'agency', id: '3', name: 'Sở Tư pháp' },
      cooperating: [],
      deadline: null,
      deadlineLabel: '',
      dueOn,
      nextDueOn: dueOn,
      pendingEvent: null,
      status: overdue ? 'overdue' : 'not_started',
      percent: 0,
      completedOn: null,
      cancelReason: null,
      lastUpdateAt: null,
      ...over,
    },
  };
}

const report = (dueOn: string, overdue: boolean): WorkItem => ({
  kind: 'report',
  dueOn,
  overdue,
  role: 'own',
  report: {
    regimeId: 1,
    regimeName: 'Báo cáo PAPI',
    periodKey: '2026-H1',
    periodLabel: '6 tháng đầu năm 2026',
    unit,
    agency: null,
    level: 'commune',
    reportId: null,
    status: null,
  },
});

describe('work item ordering', () => {
  it('puts overdue items first, then by due date, undated last', () => {
    const items = [
      task(1, {}, null),
      task(2, {}, '2026-12-20'),
      report('2026-06-05', true),
      task(3, {}, '2026-03-01', true),
      task(4, {}, '2026-12-10'),
    ];
    const order = sortWorkItems(items).map((i) => (i.kind === 'task' ? i.task.id : 'r'));
    expect(order).toEqual([3, 'r', 4, 2, 1]);
  });

  it('breaks ties by title in Vietnamese order', () => {
    const a = task(1, { content: 'Đối thoại' });
    const b = task(2, { content: 'Dân chủ' });
    expect(compareWorkItems(a, b)).toBeGreaterThan(0);
  });
});

describe('work item filter choices', () => {
  const items = [
    task(1, { content: 'Tổ chức đối thoại với người dân', dimensionCodes: ['D2.1'] }),
    task(2, {
      content: 'Niêm yết công khai ngân sách',
      dimensionCodes: ['D3'],
      plan: { id: 2, title: 'KH xã', documentNumber: '', unit },
    }),
    report('2026-06-05', false),
  ];

  it('offers the plans and top-level dimensions present', () => {
    expect(
      planOptions(items)
        .map((o) => o.value)
        .sort(),
    ).toEqual(['1', '2']);
    expect(dimensionOptions(items)).toEqual(['D2', 'D3']);
  });
});

describe('review reports and citizen feedback', () => {
  const review: WorkItem = {
    kind: 'review_report',
    dueOn: '2026-11-20',
    overdue: true,
    role: 'own',
    review: {
      id: 9,
      programmeId: 2,
      programmeTitle: 'Chương trình PAPI 2021–2025',
      unit,
      agency: { id: 3, name: 'Sở Tư pháp' },
      status: 'draft',
    },
  };
  const feedback: WorkItem = {
    kind: 'feedback',
    dueOn: '2026-11-19',
    overdue: true,
    role: 'below',
    feedback: { id: 4, code: 'PA-1', topic: 'D1', status: 'assigned', unit, agency: null },
  };
  it('are titled, attributed and keyed like the other kinds, with no plan', () => {
    expect(itemTitle(review)).toBe('Chương trình PAPI 2021–2025');
    expect(itemUnitName(review)).toBe('Sở Tư pháp');
    expect(itemTitle(feedback)).toBe('PA-1');
    expect(itemUnitName(feedback)).toBe('Sơn La');
    expect([itemKey(review), itemKey(feedback)]).toEqual(['review-report-9', 'feedback-4']);
    expect([itemPlan(review), itemPlan(feedback)]).toEqual([null, null]);
    // Both overdue: the older debt first.
    expect(sortWorkItems([review, feedback])).toEqual([feedback, review]);
  });
});

describe('due wording', () => {
  it('counts whole days across month ends', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2026-03-02', '2026-02-27')).toBe(-3);
  });

  it('tells overdue, today, soon and later apart; finished work has no pressure', () => {
    expect(dueState('2026-11-28', '2026-12-01')).toEqual({ kind: 'overdue', days: 3 });
    expect(dueState('2026-12-01', '2026-12-01')).toEqual({ kind: 'today' });
    expect(dueState('2026-12-08', '2026-12-01')).toEqual({ kind: 'soon', days: 7 });
    expect(dueState('2026-12-09', '2026-12-01')).toEqual({ kind: 'later', days: 8 });
    expect(dueState('2026-11-28', '2026-12-01', true)).toEqual({ kind: 'none' });
    expect(dueState(null, '2026-12-01')).toEqual({ kind: 'none' });
  });
});
