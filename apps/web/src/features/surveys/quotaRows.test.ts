import { describe, expect, it } from 'vitest';
import type { SurveyInstrument } from '@papi/domain';
import { quotaChoices, rowProblems, toQuotas } from './quotaRows.ts';

const doc: SurveyInstrument = {
  code: 't',
  titleVi: 'T',
  framework: null,
  scale: { min: 0, max: 100 },
  elements: [],
  sections: [
    {
      name: 'a',
      labelVi: 'A',
      questions: [
        {
          name: 'gioi_tinh',
          type: 'single',
          labelVi: 'Giới tính',
          required: true,
          choices: [
            { value: 'nam', labelVi: 'Nam' },
            { value: 'nu', labelVi: 'Nữ' },
          ],
        },
        { name: 'tuoi', type: 'number', labelVi: 'Tuổi', required: true },
      ],
    },
  ],
};

describe('quota rows', () => {
  it('offers only single-choice questions', () => {
    expect(quotaChoices(doc).map((q) => q.name)).toEqual(['gioi_tinh']);
    expect(quotaChoices(doc)[0]!.choices.map((c) => c.value)).toEqual(['nam', 'nu']);
  });

  it('finds incomplete, unknown and repeated rows as the server would', () => {
    const problems = rowProblems(doc, [
      { question: 'gioi_tinh', value: 'nu', target: 50 },
      { question: 'gioi_tinh', value: 'nu', target: 10 },
      { question: 'gioi_tinh', value: '', target: 10 },
      { question: 'gioi_tinh', value: 'khac', target: 10 },
      { question: 'tuoi', value: '30', target: 10 },
      { question: 'gioi_tinh', value: 'nam', target: '' },
    ]);
    expect(problems[0]).toBeNull();
    expect(problems[1]).toEqual({ kind: 'duplicate' });
    expect(problems[2]).toEqual({ kind: 'incomplete' });
    expect(problems[3]).toMatchObject({ kind: 'domain', message: expect.stringContaining('khac') });
    expect(problems[4]).toMatchObject({ kind: 'domain' });
    expect(problems[5]).toEqual({ kind: 'incomplete' });
  });

  it('sends targets as numbers', () => {
    expect(toQuotas([{ question: 'gioi_tinh', value: 'nu', target: 50 }])).toEqual([
      { question: 'gioi_tinh', value: 'nu', target: 50 },
    ]);
  });
});
