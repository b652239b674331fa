import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  isWorkingDay,
  nextWorkingDay,
  weekday,
  EMPTY_CALENDAR,
} from './calendar.ts';
import { countByStatus, deriveTaskStatus } from './task-status.ts';
import { dueDates, occurrences, taskDue } from './task-due.ts';
import { statusAsOf, type ProgressFact } from './progress.ts';

// Part of the shipped 2025–2026 calendar: Tết Ất Tỵ with its swap, 30/4–1/5 2025, Tết Bính Ngọ.
const CAL = buildCalendar([
  { date: '2025-01-27', name: 'hoán đổi', kind: 'off' },
  ...['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({
    date,
    name: 'Tết',
    kind: 'off' as const,
  })),
  { date: '2025-02-08', name: 'làm bù', kind: 'working' },
  { date: '2025-04-30', name: '30/4', kind: 'off' },
  { date: '2025-05-01', name: '1/5', kind: 'off' },
  { date: '2025-05-02', name: 'hoán đổi', kind: 'off' },
  { date: '2025-09-01', name: 'Quốc khánh', kind: 'off' },
  { date: '2025-09-02', name: 'Quốc khánh', kind: 'off' },
  ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((date) => ({
    date,
    name: 'Tết',
    kind: 'off' as const,
  })),
]);

describe('working days', () => {
  it('knows weekdays in UTC whatever the machine zone', () => {
    expect(weekday('2026-06-06')).toBe(6);
    expect(weekday('2026-06-07')).toBe(0);
  });

  it('moves a Saturday or Sunday to Monday', () => {
    expect(nextWorkingDay('2026-06-06', CAL)).toBe('2026-06-08');
    expect(nextWorkingDay('2026-06-07', CAL)).toBe('2026-06-08');
    expect(nextWorkingDay('2026-06-05', CAL)).toBe('2026-06-05');
  });

  it('skips a whole Tết block with its weekends', () => {
    expect(nextWorkingDay('2026-02-14', CAL)).toBe('2026-02-23');
    expect(nextWorkingDay('2025-01-25', CAL)).toBe('2025-02-03');
  });

  it('treats a make-up Saturday as a working day', () => {
    expect(isWorkingDay('2025-02-08', CAL)).toBe(true);
    expect(nextWorkingDay('2025-02-08', CAL)).toBe('2025-02-08');
    expect(isWorkingDay('2025-02-08', EMPTY_CALENDAR)).toBe(false);
  });

  it('chains a holiday into the weekend after it (30/4–4/5/2025)', () => {
    expect(nextWorkingDay('2025-04-30', CAL)).toBe('2025-05-05');
    expect(nextWorkingDay('2025-08-30', CAL)).toBe('2025-09-03');
  });
});

describe('task status', () => {
  const facts = (over: Partial<Parameters<typeof deriveTaskStatus>[0]> = {}) => ({
    dueOn: '2026-06-30',
    completedOn: null,
    cancelledOn: null,
    percent: 0,
    ...over,
  });

  it.each([
    ['not started before the due date', facts(), '2026-06-01', 'not_started'],
    ['in progress with a percent', facts({ percent: 40 }), '2026-06-01', 'in_progress'],
    ['still due on the due date itself', facts({ percent: 40 }), '2026-06-30', 'in_progress'],
    ['overdue the day after', facts({ percent: 40 }), '2026-07-01', 'overdue'],
    ['done on time', facts({ completedOn: '2026-06-30' }), '2026-08-01', 'done'],
    ['done late', facts({ completedOn: '2026-07-02' }), '2026-08-01', 'done_late'],
    ['cancelled wins over dates', facts({ cancelledOn: '2026-05-01' }), '2026-08-01', 'cancelled'],
    ['pending deadline is never overdue', facts({ dueOn: null }), '2030-01-01', 'not_started'],
    [
      'done without a deadline',
      facts({ dueOn: null, completedOn: '2026-01-01' }),
      '2026-02-01',
      'done',
    ],
  ] as const)('%s', (_label, f, asOf, expected) => {
    expect(deriveTaskStatus(f, asOf)).toBe(expected);
  });

  it('ignores a completion or cancellation recorded after the as-of date', () => {
    expect(deriveTaskStatus(facts({ completedOn: '2026-06-10' }), '2026-06-01')).toBe(
      'not_started',
    );
    expect(deriveTaskStatus(facts({ cancelledOn: '2026-07-10' }), '2026-07-05')).toBe('overdue');
  });

  it('counts every status, zeros included', () => {
    expect(countByStatus(['done', 'done', 'overdue'])).toEqual({
      not_started: 0,
      in_progress: 0,
      done: 2,
      done_late: 0,
      overdue: 1,
      cancelled: 0,
    });
  });
});

describe('due dates of a task', () => {
  const ctx = { period: { from: '2025-01-01', to: '2025-12-31' }, events: {}, calendar: CAL };

  it('shifts a fixed date falling on a holiday', () => {
    expect(dueDates({ kind: 'date', date: '2025-04-30' }, ctx)).toEqual(['2025-05-05']);
  });

  it('counts a relative deadline from its event, then shifts it', () => {
    const d = { kind: 'relative', days: 5, after: 'results_published' } as const;
    expect(dueDates(d, ctx)).toEqual([]);
    // Published Thursday 28/8/2025 → +5 = Tuesday 2/9, Quốc khánh → Wednesday 3/9.
    const events = { results_published: '2025-08-28' };
    expect(dueDates(d, { ...ctx, events })).toEqual(['2025-09-03']);
    expect(taskDue(d, ctx, '2025-06-01')).toEqual({
      finalDue: null,
      nextDue: null,
      pendingEvent: 'results_published',
    });
  });

  it('counts days after issuance', () => {
    const d = { kind: 'relative', days: 15, after: 'issuance' } as const;
    expect(dueDates(d, { ...ctx, events: { issuance: '2025-03-10' } })).toEqual(['2025-03-25']);
  });

  it('gives quarterly work one due date per quarter end inside the period', () => {
    expect(occurrences('quarterly', ctx.period)).toEqual([
      '2025-03-31',
      '2025-06-30',
      '2025-09-30',
      '2025-12-31',
    ]);
    // 31/3/2024 is a Sunday.
    expect(
      dueDates(
        { kind: 'recurring', every: 'quarterly' },
        {
          ...ctx,
          period: { from: '2024-01-01', to: '2024-06-30' },
        },
      ),
    ).toEqual(['2024-04-01', '2024-07-01']);
  });

  it('ends a recurrence at the period end when the period stops mid-cycle', () => {
    expect(occurrences('half_year', { from: '2025-03-01', to: '2026-03-15' })).toEqual([
      '2025-06-30',
      '2025-12-31',
      '2026-03-15',
    ]);
    expect(occurrences('yearly', { from: '2024-07-01', to: '2026-06-30' })).toEqual([
      '2024-12-31',
      '2025-12-31',
      '2026-06-30',
    ]);
  });

  it('takes the next due on or after today, the last one once all have passed', () => {
    const d = { kind: 'recurring', every: 'quarterly' } as const;
    expect(taskDue(d, ctx, '2025-07-15')).toMatchObject({
      finalDue: '2025-12-31',
      nextDue: '2025-09-30',
    });
    expect(taskDue(d, ctx, '2026-02-01').nextDue).toBe('2025-12-31');
  });

  it('makes continuous work and tasks without a deadline due at the period end', () => {
    expect(dueDates({ kind: 'recurring', every: 'continuous' }, ctx)).toEqual(['2025-12-31']);
    expect(dueDates(null, ctx)).toEqual(['2025-12-31']);
  });
});

describe('status as of a date from the history', () => {
  const history: ProgressFact[] = [
    { reportedOn: '2026-03-01', kind: 'update', percent: 30, completedOn: null },
    { reportedOn: '2026-04-01', kind: 'contribution', percent: 90, completedOn: null },
    { reportedOn: '2026-06-20', kind: 'update', percent: 100, completedOn: '2026-06-20' },
  ];

  it('freezes what was known at the window end', () => {
    expect(statusAsOf(history, '2026-09-30', '2026-05-31')).toBe('in_progress');
    expect(statusAsOf(history, '2026-09-30', '2026-11-30')).toBe('done');
    expect(statusAsOf(history, '2026-05-15', '2026-05-31')).toBe('overdue');
    expect(statusAsOf(history, '2026-05-15', '2026-11-30')).toBe('done_late');
  });

  it('counts a completion reported after the window end but dated inside it', () => {
    const h: ProgressFact[] = [
      ...history.slice(0, 1),
      { reportedOn: '2026-06-03', kind: 'update', percent: 100, completedOn: '2026-05-30' },
    ];
    expect(statusAsOf(h, '2026-09-30', '2026-05-31')).toBe('done');
    expect(statusAsOf(h, '2026-05-29', '2026-05-31')).toBe('done_late');
    expect(statusAsOf(h, '2026-09-30', '2026-05-29')).toBe('in_progress');
  });

  it('ignores contributions (only the lead reports progress)', () => {
    expect(statusAsOf(history.slice(0, 2), '2026-09-30', '2026-05-31')).toBe('in_progress');
    expect(statusAsOf(history.slice(1, 2), '2026-09-30', '2026-05-31')).toBe('not_started');
  });

  it('counts a cancellation from its date', () => {
    const h: ProgressFact[] = [
      ...history.slice(0, 1),
      { reportedOn: '2026-05-10', kind: 'cancel', percent: null, completedOn: null },
    ];
    expect(statusAsOf(h, '2026-09-30', '2026-05-01')).toBe('in_progress');
    expect(statusAsOf(h, '2026-09-30', '2026-05-31')).toBe('cancelled');
  });
});
