import { describe, expect, it } from 'vitest';
import { buildCalendar, EMPTY_CALENDAR } from '../execution/calendar.ts';
import { DEFAULT_REGIMES } from './regime.ts';
import { dayIn, findPeriod, generatePeriods, periodDueNow } from './periods.ts';
import { classifySubmission, rollUp, submissionRate } from './rates.ts';
import { owesUnitReport, reportTransition } from './report-workflow.ts';

const def = (code: string) => DEFAULT_REGIMES.find((r) => r.code === code)!.definition;

describe('periods of the default regimes', () => {
  it('6-month and annual windows of the seed plans cross the year boundary', () => {
    const [h1, y] = generatePeriods(def('PAPI-KH'), 2026, EMPTY_CALENDAR);
    expect(h1).toMatchObject({
      key: '2026-H1',
      label: '6 tháng đầu năm 2026',
      window: { from: '2025-12-01', to: '2026-05-31' },
      // 05/6/2026 is a Friday; 10/6/2026 a Wednesday.
      // No district level after 01/07/2025: the regime still names it for history.
      due: { commune: '2026-06-05', agency: '2026-06-05', province: '2026-06-10' },
    });
    expect(h1!.due).not.toHaveProperty('district');
    expect(y).toMatchObject({ key: '2026-Y', window: { from: '2025-12-01', to: '2026-11-30' } });
  });

  it('moves due dates on a weekend to Monday (05/6/2027 is a Saturday)', () => {
    const [h1, y] = generatePeriods(def('PAPI-KH'), 2027, EMPTY_CALENDAR);
    expect(h1!.due.commune).toBe('2027-06-07');
    expect(h1!.due.province).toBe('2027-06-10');
    // 05/12/2027 is a Sunday, 10/12/2027 a Friday.
    expect(y!.due).toMatchObject({ commune: '2027-12-06', province: '2027-12-10' });
  });

  it('moves a due date on a holiday past it', () => {
    const cal = buildCalendar([{ date: '2026-06-05', name: 'thử', kind: 'off' }]);
    expect(generatePeriods(def('PAPI-KH'), 2026, cal)[0]!.due.commune).toBe('2026-06-08');
  });

  it('Decree 09/2019 windows: 15/12–14/6 and 15/12–14/12', () => {
    const [h1, y] = generatePeriods(def('ND09'), 2025, EMPTY_CALENDAR);
    expect(h1!.window).toEqual({ from: '2024-12-15', to: '2025-06-14' });
    expect(y!.window).toEqual({ from: '2024-12-15', to: '2025-12-14' });
  });

  it('districts owe the periods that end before 01/07/2025 and none after', () => {
    const [h1, y] = generatePeriods(def('ND09'), 2025, EMPTY_CALENDAR);
    // 24/6/2025 is a Tuesday: the district report of the first half of 2025 is history kept.
    expect(h1!.due.district).toBe('2025-06-24');
    expect(y!.due).not.toHaveProperty('district');
    expect(Object.keys(y!.due).sort()).toEqual(['agency', 'commune', 'province']);
    const h1of2024 = generatePeriods(def('PAPI-KH'), 2024, EMPTY_CALENDAR)[0]!;
    expect(h1of2024.due.district).toBe('2024-06-10');
  });

  it('event-triggered reports: due N days after the results are published', () => {
    const published = [
      { indexYear: 2024, publishedOn: '2025-04-24' },
      { indexYear: 2023, publishedOn: '2024-04-02' },
    ];
    const periods = generatePeriods(def('PAPI-KQ'), 2025, EMPTY_CALENDAR, published);
    expect(periods).toEqual([
      {
        key: '2025-KQ-2024',
        label: 'sau công bố Chỉ số năm 2024',
        year: 2025,
        window: { from: '2025-01-01', to: '2025-04-24' },
        // +5 = Tuesday 29/4; +10 = Sunday 4/5 → Monday 5/5.
        due: {
          commune: '2025-04-29',
          agency: '2025-04-29',
          district: '2025-05-05',
          province: '2025-05-05',
        },
      },
    ]);
    expect(generatePeriods(def('PAPI-KQ'), 2026, EMPTY_CALENDAR, published)).toEqual([]);
  });

  it('finds a period by key, and nothing for a bad key', () => {
    expect(findPeriod(def('PAPI-KH'), '2026-Y', EMPTY_CALENDAR)?.window.to).toBe('2026-11-30');
    expect(findPeriod(def('PAPI-KH'), '2026-Q3', EMPTY_CALENDAR)).toBeNull();
    expect(findPeriod(def('PAPI-KH'), 'abc', EMPTY_CALENDAR)).toBeNull();
    expect(findPeriod(def('PAPI-KH'), '0000-H1', EMPTY_CALENDAR)).toBeNull();
  });

  it('clamps 29/02 in a common year', () => {
    expect(dayIn({ month: 2, day: 29, yearOffset: 0 }, 2026)).toBe('2026-02-28');
    expect(dayIn({ month: 2, day: 29, yearOffset: 0 }, 2028)).toBe('2028-02-29');
  });
});

describe('reporting rates', () => {
  it.each([
    ['2026-06-05', '2026-06-05', '2026-06-20', 'on_time'],
    ['2026-06-05', '2026-06-06', '2026-06-20', 'late'],
    ['2026-06-05', null, '2026-06-05', 'pending'],
    ['2026-06-05', null, '2026-06-06', 'missing'],
  ] as const)('due %s, submitted %s, today %s → %s', (due, sub, today, expected) => {
    expect(classifySubmission(due, sub, today)).toBe(expected);
  });

  it('rolls up per level and per province', () => {
    const r = rollUp([
      { level: 'commune', groupId: 1, state: 'on_time' },
      { level: 'commune', groupId: 1, state: 'late' },
      { level: 'commune', groupId: 2, state: 'missing' },
      { level: 'agency', groupId: 1, state: 'pending' },
    ]);
    expect(r.total).toEqual({
      expected: 4,
      submitted: 2,
      onTime: 1,
      late: 1,
      missing: 1,
      pending: 1,
    });
    expect(r.byLevel.get('commune')).toMatchObject({ expected: 3, submitted: 2, missing: 1 });
    expect(r.byGroup.get(2)).toMatchObject({ expected: 1, missing: 1 });
    expect(submissionRate(r.total)).toBe(50);
    expect(submissionRate(r.byGroup.get(2)!)).toBe(0);
    expect(submissionRate(rollUp([]).total)).toBeNull();
  });

  it('rolls up grouped counts the same as the reporters they stand for', () => {
    const one = { level: 'commune', groupId: 1 } as const;
    const grouped = rollUp([
      { ...one, state: 'on_time', n: 2 },
      { ...one, state: 'missing', n: 3 },
    ]);
    const single = rollUp([
      ...Array.from({ length: 2 }, () => ({ ...one, state: 'on_time' as const })),
      ...Array.from({ length: 3 }, () => ({ ...one, state: 'missing' as const })),
    ]);
    expect(grouped).toEqual(single);
    expect(grouped.total).toMatchObject({ expected: 5, submitted: 2, onTime: 2, missing: 3 });
  });
});

describe('report workflow', () => {
  it('edits drafts in place and returned reports in a new version', () => {
    expect(reportTransition('draft', 'edit')).toEqual({ ok: true, to: 'draft', newVersion: false });
    expect(reportTransition('returned', 'edit')).toEqual({
      ok: true,
      to: 'draft',
      newVersion: true,
    });
    expect(reportTransition('returned', 'submit')).toMatchObject({
      to: 'submitted',
      newVersion: true,
    });
  });

  it('only a submitted report is accepted or returned; submitted and accepted ones are locked', () => {
    expect(reportTransition('submitted', 'accept')).toMatchObject({ ok: true, to: 'accepted' });
    expect(reportTransition('submitted', 'return')).toMatchObject({ ok: true, to: 'returned' });
    expect(reportTransition('draft', 'accept').ok).toBe(false);
    expect(reportTransition('accepted', 'edit')).toMatchObject({ ok: false });
    expect(reportTransition('submitted', 'submit')).toMatchObject({ ok: false });
  });
});

describe('owesUnitReport', () => {
  it("puts the unit's own report in the People's Committee's and the managers' inboxes only", () => {
    const officer = (agencyKind: string | null, agencyId: number | null = 7) => ({
      role: 'officer',
      agencyId,
      agencyKind,
    });
    expect(owesUnitReport(officer('ubnd'))).toBe(true);
    // An officer of no agency speaks for nobody: the unit's report is not theirs.
    expect(owesUnitReport(officer(null, null))).toBe(false);
    expect(owesUnitReport(officer('so'))).toBe(false);
    expect(owesUnitReport({ role: 'coordinator', agencyId: 3, agencyKind: 'so' })).toBe(true);
    expect(owesUnitReport({ role: 'leader', agencyId: 1, agencyKind: 'ubnd' })).toBe(true);
  });
});

describe('periodDueNow', () => {
  const p = (key: string, from: string, to: string) => ({ key, window: { from, to } });
  const periods = [
    p('2025-H1', '2024-12-01', '2025-05-31'),
    p('2025-Y', '2024-12-01', '2025-11-30'),
    p('2026-H1', '2025-12-01', '2026-05-31'),
    p('2026-Y', '2025-12-01', '2026-11-30'),
  ];
  it('opens on the period due now or most recently, not one still collecting data', () => {
    // 25/11/2026: the annual window is still open; the half-year report is the latest due.
    expect(periodDueNow(periods, '2026-11-25')?.key).toBe('2026-H1');
    expect(periodDueNow(periods, '2026-12-03')?.key).toBe('2026-Y');
    // Early in a year: last year's annual report, not this year's first period.
    expect(periodDueNow(periods, '2026-01-10')?.key).toBe('2025-Y');
  });
  it('falls back to the started period due next, then to none', () => {
    expect(periodDueNow(periods.slice(2), '2026-01-10')?.key).toBe('2026-H1');
    expect(periodDueNow([], '2026-01-10')).toBeNull();
  });
});
