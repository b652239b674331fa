import { describe, expect, it } from 'vitest';
import { deadlineFeedback, readDate } from './deadlineRead.ts';

const vn = (iso: string) => iso.split('-').reverse().join('/');
const period = { from: '2021-01-01', to: '2021-12-31' };
const feedback = (text: string) => deadlineFeedback(text, 2021, period, 'không hiểu');

describe('deadline cells', () => {
  it('shows the date read next to the words kept', () => {
    const { deadline } = feedback('tháng 9/2021');
    expect(deadline).toEqual({ kind: 'date', date: '2021-09-30', label: 'tháng 9/2021' });
    expect(readDate(deadline, vn)).toBe('30/09/2021');
    expect(readDate(feedback('T9/2021').deadline, vn)).toBe('30/09/2021');
    expect(readDate(feedback('Quý II/2021').deadline, vn)).toBe('30/06/2021');
    // Words that are the date already, and deadlines that are no date, show nothing more.
    expect(readDate({ kind: 'date', date: '2021-11-30', label: '30/11/2021' }, vn)).toBeNull();
    expect(readDate(feedback('Thường xuyên').deadline, vn)).toBeNull();
  });

  it('says why an impossible date cannot be saved', () => {
    expect(feedback('31/02/2021')).toMatchObject({
      deadline: null,
      error: '"31/02/2021": tháng 2/2021 không có ngày 31.',
    });
    expect(feedback('tháng 13/2020').error).toBe('"tháng 13/2020": không có tháng 13.');
    expect(feedback('sớm nhất có thể').error).toBe('không hiểu');
  });

  it('gives a date without a year the plan year and warns when it is outside the period', () => {
    expect(feedback('trước ngày 05/6')).toMatchObject({
      deadline: { kind: 'date', date: '2021-06-05' },
      warning: null,
    });
    const outside = deadlineFeedback('05/6', 2021, { from: '2021-07-01', to: '2021-12-31' }, '');
    expect(outside.deadline).toMatchObject({ date: '2021-06-05' });
    expect(outside.warning).toContain('nằm ngoài thời gian thực hiện 01/07/2021–31/12/2021');
  });
});
