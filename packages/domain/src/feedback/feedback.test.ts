import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../execution/calendar.ts';
import { maskPersonalData } from '../text/personal-data.ts';
import { feedbackDueOn, workingDaysBetween } from './due.ts';
import { feedbackStats } from './stats.ts';
import { makeTrackingCode, normalizeTrackingCode, TRACKING_ALPHABET } from './tracking-code.ts';
import { feedbackNext, feedbackPublicStatus } from './workflow.ts';

describe('feedback workflow', () => {
  it('moves only along the table', () => {
    expect(feedbackNext('received', 'assign')).toBe('assigned');
    expect(feedbackNext('assigned', 'draft')).toBe('drafted');
    expect(feedbackNext('drafted', 'approve')).toBe('answered');
    expect(feedbackNext('drafted', 'return')).toBe('assigned');
    expect(feedbackNext('drafted', 'transfer')).toBe('assigned');
    expect(feedbackNext('received', 'approve')).toBeNull();
    expect(feedbackNext('assigned', 'approve')).toBeNull();
    expect(feedbackNext('answered', 'draft')).toBeNull();
    expect(feedbackNext('answered', 'transfer')).toBeNull();
  });

  it('never shows a draft to the citizen', () => {
    expect(feedbackPublicStatus('drafted', 'draft')).toBe('processing');
    expect(feedbackPublicStatus('assigned', 'transfer')).toBe('transferred');
    expect(feedbackPublicStatus('received', 'submit')).toBe('received');
    expect(feedbackPublicStatus('answered', 'approve')).toBe('answered');
  });
});

describe('tracking code', () => {
  it('carries 60 random bits in 12 unambiguous symbols', () => {
    const code = makeTrackingCode(2026, new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255]));
    expect(code).toBe('PA-2026-ZZZZZZZZZZZZ');
    const zero = makeTrackingCode(2026, new Uint8Array(8));
    expect(zero).toBe('PA-2026-000000000000');
    const other = makeTrackingCode(2026, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(other).toMatch(/^PA-2026-[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(TRACKING_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('reads a typed code back, forgiving case, spaces and look-alikes', () => {
    expect(normalizeTrackingCode(' pa-2026-7kq4x9m2zc3v ')).toBe('PA-2026-7KQ4X9M2ZC3V');
    expect(normalizeTrackingCode('PA-2026-OOOOOOOOOOIL')).toBe('PA-2026-000000000011');
    expect(normalizeTrackingCode('PA-2026-UUUUUUUUUUUU')).toBeNull();
    expect(normalizeTrackingCode('PA-2026-123')).toBeNull();
    expect(normalizeTrackingCode("PA-2026-' or 1=1")).toBeNull();
  });
});

describe('due date in working days', () => {
  // 2027: Tết Đinh Mùi, days off 04/02–10/02 (Thursday to Wednesday).
  const tet = buildCalendar(
    ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
      date,
      name: 'Tết',
      kind: 'off' as const,
    })),
  );

  it('skips weekends and holidays, counting from the next day', () => {
    // Wednesday 25/11/2026 + 10 working days = Wednesday 09/12/2026.
    expect(feedbackDueOn('2026-11-25', 10, buildCalendar([]))).toBe('2026-12-09');
    // Received Wednesday 03/02/2027: Tết and two weekends off, 3 working days → 15/02.
    expect(feedbackDueOn('2027-02-03', 3, tet)).toBe('2027-02-15');
    expect(workingDaysBetween('2027-02-03', '2027-02-15', tet)).toBe(3);
    // Received on a Saturday: Monday is the first working day.
    expect(feedbackDueOn('2026-11-28', 1, buildCalendar([]))).toBe('2026-11-30');
  });

  it('counts a make-up Saturday as a working day', () => {
    const makeUp = buildCalendar([{ date: '2026-11-28', name: 'Làm bù', kind: 'working' }]);
    expect(feedbackDueOn('2026-11-27', 1, makeUp)).toBe('2026-11-28');
  });
});

describe('feedback statistics', () => {
  it('counts on time, late, overdue, mean days and satisfaction per group', () => {
    const base = { groupKey: 'a', groupName: 'UBND phường Mộc Châu' };
    const rows = feedbackStats(
      [
        { ...base, dueOn: '2026-11-20', answeredOn: '2026-11-20', workingDays: 4, rating: 5 },
        { ...base, dueOn: '2026-11-20', answeredOn: '2026-11-23', workingDays: 7, rating: 2 },
        { ...base, dueOn: '2026-11-24', answeredOn: null, workingDays: null, rating: null },
        { ...base, dueOn: '2026-12-01', answeredOn: null, workingDays: null, rating: null },
      ],
      '2026-11-25',
    );
    expect(rows).toEqual([
      {
        key: 'a',
        name: 'UBND phường Mộc Châu',
        received: 4,
        answered: 2,
        onTime: 1,
        late: 1,
        overdue: 1,
        averageDays: 5.5,
        ratings: 2,
        satisfaction: 3.5,
      },
    ]);
  });
});

describe('masking what the public page shows', () => {
  it('masks Vietnamese phones, e-mails and 12-digit citizen IDs', () => {
    const { text } = maskPersonalData(
      'Gọi 0912 345 678 hoặc +84 912.345.678, thư nguyenvana@gmail.com, CCCD 001203004567.',
    );
    expect(text).not.toMatch(/0912|345|678|nguyenvana|001203004567/);
  });
});
