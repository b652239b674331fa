/** A small instrument for tests: two dimensions, three leaf elements, one skip. */
import { scale5Scores, type SurveyInstrument } from './instrument.ts';

export function testInstrument(): SurveyInstrument {
  return {
    code: 'thu_nghiem',
    titleVi: 'Bộ câu hỏi thử',
    framework: null,
    scale: { min: 1, max: 10 },
    elements: [
      { code: 'D1', nameVi: 'Lĩnh vực 1', parent: null },
      { code: 'D1.1', nameVi: 'Nội dung 1.1', parent: 'D1' },
      { code: 'D1.2', nameVi: 'Nội dung 1.2', parent: 'D1' },
      { code: 'D2', nameVi: 'Lĩnh vực 2', parent: null },
    ],
    sections: [
      {
        name: 'a',
        labelVi: 'Phần A',
        questions: [
          { name: 'intro', type: 'note', labelVi: 'Xin chào', required: false },
          {
            name: 'q1',
            type: 'yes_no_dk',
            labelVi: 'Ông/bà có biết khẩu hiệu "Dân biết, dân bàn" không?',
            required: true,
            scoring: { element: 'D1.1', scores: { yes: 1, no: 0 }, max: 1, weight: 1 },
          },
          {
            name: 'q2',
            type: 'scale5',
            labelVi: 'Mức hài lòng với buổi họp thôn',
            required: true,
            scoring: { element: 'D1.1', scores: scale5Scores(), max: 1, weight: 3 },
          },
          {
            name: 'used',
            type: 'single',
            labelVi: 'Ông/bà có làm thủ tục ở xã năm nay không?',
            required: true,
            choices: [
              { value: 'yes', labelVi: 'Có' },
              { value: 'no', labelVi: 'Không' },
            ],
          },
          {
            name: 'q3',
            type: 'scale5',
            labelVi: 'Mức hài lòng với thủ tục',
            required: true,
            relevant: { q: 'used', op: 'eq', value: 'yes' },
            scoring: { element: 'D1.2', scores: scale5Scores(), max: 1, weight: 1 },
          },
        ],
      },
      {
        name: 'b',
        labelVi: 'Phần B',
        questions: [
          {
            name: 'q4',
            type: 'multiple',
            labelVi: 'Xã công khai những gì?',
            required: false,
            choices: [
              { value: 'budget', labelVi: 'Thu chi ngân sách' },
              { value: 'land', labelVi: 'Quy hoạch đất' },
              { value: 'dk', labelVi: 'Không biết' },
            ],
            scoring: { element: 'D2', scores: { budget: 1, land: 1 }, max: 2, weight: 1 },
          },
          { name: 'age', type: 'number', labelVi: 'Tuổi', required: false, min: 18, max: 100 },
          { name: 'day', type: 'date', labelVi: 'Ngày phỏng vấn', required: false },
          { name: 'note', type: 'text', labelVi: 'Góp ý', required: false },
        ],
      },
    ],
  };
}
