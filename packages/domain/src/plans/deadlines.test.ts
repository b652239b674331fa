import { describe, expect, it } from 'vitest';
import {
  addDays,
  fitInPeriod,
  formatDeadline,
  parseDeadlineText,
  readDeadline,
  resolveDeadline,
} from './deadlines.ts';

const year2022 = { from: '2022-01-01', to: '2022-12-31' };

describe('deadline arithmetic', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2023-05-22', 15)).toBe('2023-06-06');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2022-12-25', 10)).toBe('2023-01-04');
  });
  it('resolves "N ngày sau khi ban hành" once the plan is issued', () => {
    const d = { kind: 'relative', days: 15, after: 'issuance' } as const;
    expect(resolveDeadline(d)).toEqual({ kind: 'pending', event: 'issuance' });
    expect(resolveDeadline(d, { issuance: '2022-02-18' })).toEqual({
      kind: 'date',
      date: '2022-03-05',
    });
  });
  it('places deadlines against the plan period; recurring work is always inside', () => {
    expect(fitInPeriod({ kind: 'recurring', every: 'continuous' }, year2022)).toBe('inside');
    expect(fitInPeriod({ kind: 'date', date: '2023-01-15' }, year2022)).toBe('after');
    expect(fitInPeriod({ kind: 'date', date: '2021-12-31' }, year2022)).toBe('before');
    expect(fitInPeriod({ kind: 'relative', days: 5, after: 'results_published' }, year2022)).toBe(
      'unknown',
    );
    expect(
      fitInPeriod({ kind: 'relative', days: 5, after: 'results_published' }, year2022, {
        results_published: '2022-12-28',
      }),
    ).toBe('after');
  });
});

describe('parseDeadlineText', () => {
  it('reads recurring wording', () => {
    expect(parseDeadlineText('Thường xuyên')).toEqual({
      kind: 'recurring',
      every: 'continuous',
      label: 'Thường xuyên',
    });
    expect(parseDeadlineText('Hằng quý')?.kind).toBe('recurring');
    expect(parseDeadlineText('Định kỳ 06 tháng/lần')).toMatchObject({ every: 'half_year' });
    expect(parseDeadlineText('Hàng năm')).toMatchObject({ every: 'yearly' });
  });
  it('reads quarters, months and dates, keeping the wording as label', () => {
    expect(parseDeadlineText('Quý II/2022')).toEqual({
      kind: 'date',
      date: '2022-06-30',
      label: 'Quý II/2022',
    });
    expect(parseDeadlineText('Quý 4 năm 2022')).toMatchObject({ date: '2022-12-31' });
    expect(parseDeadlineText('Tháng 2/2024')).toMatchObject({ date: '2024-02-29' });
    expect(parseDeadlineText('chậm nhất là ngày 20/02/2022')).toMatchObject({ date: '2022-02-20' });
    expect(parseDeadlineText('trước ngày 05/6', 2022)).toMatchObject({ date: '2022-06-05' });
    expect(parseDeadlineText('trước ngày 05/6')).toBeNull();
    expect(parseDeadlineText('31/02/2022')).toBeNull();
  });
  it('reads relative deadlines from 004', () => {
    expect(parseDeadlineText('sau 15 ngày kể từ ngày Kế hoạch này ban hành')).toMatchObject({
      kind: 'relative',
      days: 15,
      after: 'issuance',
    });
    expect(
      parseDeadlineText('sau 05 ngày kể từ ngày công bố kết quả Chỉ số PAPI năm 2023'),
    ).toMatchObject({
      days: 5,
      after: 'results_published',
    });
    expect(parseDeadlineText('10 ngày sau khi ban hành')).toMatchObject({
      days: 10,
      after: 'issuance',
    });
  });
  it('formats with the label first, else in Vietnamese', () => {
    expect(formatDeadline({ kind: 'date', date: '2022-06-30', label: 'Quý II/2022' })).toBe(
      'Quý II/2022',
    );
    expect(formatDeadline({ kind: 'date', date: '2022-06-05' })).toBe('05/06/2022');
    expect(formatDeadline({ kind: 'recurring', every: 'half_year' })).toBe('6 tháng/lần');
    expect(formatDeadline({ kind: 'relative', days: 15, after: 'issuance' })).toBe(
      '15 ngày sau khi ban hành Kế hoạch',
    );
  });
});

describe('readDeadline: the forms real plans use', () => {
  const date = (text: string, year?: number) =>
    readDeadline(text, year === undefined ? {} : { year }).deadline;
  it('reads month/year as the last day of that month', () => {
    expect(date('9/2021')).toEqual({ kind: 'date', date: '2021-09-30', label: '9/2021' });
    expect(date('tháng 9/2021')).toMatchObject({ date: '2021-09-30' });
    expect(date('Trong tháng 9/2021')).toMatchObject({ date: '2021-09-30' });
    expect(date('T9/2021')).toMatchObject({ date: '2021-09-30', label: 'T9/2021' });
    expect(date('Tháng 11 năm 2021')).toMatchObject({ date: '2021-11-30' });
    expect(date('02/2024')).toMatchObject({ date: '2024-02-29' });
  });
  it('reads day-month-year written with dashes or dots', () => {
    expect(date('30-11-2021')).toMatchObject({ date: '2021-11-30', label: '30-11-2021' });
    expect(date('30.11.2021')).toMatchObject({ date: '2021-11-30' });
    expect(date('Trước ngày 5.6.2021')).toMatchObject({ date: '2021-06-05' });
  });
  it('refuses impossible dates with an error naming the part', () => {
    const month13 = readDeadline('tháng 13/2020');
    expect(month13.deadline).toBeNull();
    expect(month13.problem).toEqual({
      severity: 'error',
      message: '"tháng 13/2020": không có tháng 13.',
    });
    const feb31 = readDeadline('31/02/2021');
    expect(feb31.deadline).toBeNull();
    expect(feb31.problem?.message).toBe('"31/02/2021": tháng 2/2021 không có ngày 31.');
    expect(readDeadline('31-04-2021').problem?.severity).toBe('error');
    expect(readDeadline('29.02.2021').problem?.severity).toBe('error');
  });
  it('gives a date without a year the plan year, warning when outside the period', () => {
    const period = { from: '2021-07-01', to: '2021-12-31' };
    expect(readDeadline('trước 30/11', { year: 2021, period })).toEqual({
      deadline: { kind: 'date', date: '2021-11-30', label: 'trước 30/11' },
      problem: null,
    });
    const early = readDeadline('15/3', { year: 2021, period });
    expect(early.deadline).toMatchObject({ date: '2021-03-15' });
    expect(early.problem?.severity).toBe('warning');
    expect(early.problem?.message).toContain('15/03/2021');
    expect(early.problem?.message).toContain('01/07/2021–31/12/2021');
    expect(readDeadline('31/2', { year: 2021, period }).problem?.severity).toBe('error');
  });
  it('says nothing about wording it does not know', () => {
    expect(readDeadline('khi có chỉ đạo')).toEqual({ deadline: null, problem: null });
  });
});
