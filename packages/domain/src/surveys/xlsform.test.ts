import { describe, expect, it } from 'vitest';
import { testInstrument } from './test-instrument.ts';
import { instrumentToXlsForm } from './xlsform-export.ts';
import { instrumentFromXlsForm } from './xlsform-import.ts';
import type { SheetData } from './xlsform-columns.ts';

const sheet = (sheets: SheetData[], name: string) => sheets.find((s) => s.name === name)!.rows;

describe('XLSForm', () => {
  it('writes the survey, choices and settings sheets Kobo and ODK read', () => {
    const sheets = instrumentToXlsForm(testInstrument(), '3');
    const survey = sheet(sheets, 'survey');
    expect(survey[0]!.slice(0, 9)).toEqual([
      'type',
      'name',
      'label::Tiếng Việt (vi)',
      'label::English (en)',
      'hint::Tiếng Việt (vi)',
      'required',
      'relevant',
      'constraint',
      'constraint_message',
    ]);
    const byName = (n: string) => survey.find((r) => r[1] === n)!;
    expect(byName('a').slice(0, 2)).toEqual(['begin_group', 'a']);
    expect(byName('q2').slice(0, 2)).toEqual(['select_one scale5', 'q2']);
    expect(byName('q3')[6]).toBe("${used} = 'yes'");
    expect(byName('q4')[0]).toBe('select_multiple q4');
    expect(byName('age').slice(0, 1).concat(byName('age').slice(7, 9))).toEqual([
      'integer',
      '. >= 18 and . <= 100',
      'Từ 18 đến 100',
    ]);
    expect(byName('q1').slice(9)).toEqual(['yes_no_dk', 'D1.1', 'yes=1; no=0', '1', '1']);
    const choices = sheet(sheets, 'choices');
    expect(choices.filter((r) => r[0] === 'scale5').map((r) => r[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      'dk',
    ]);
    expect(sheet(sheets, 'settings')[1]!.slice(0, 4)).toEqual([
      'Bộ câu hỏi thử',
      'thu_nghiem',
      '3',
      'Tiếng Việt (vi)',
    ]);
  });

  it('reads back exactly what it wrote', () => {
    const back = instrumentFromXlsForm(instrumentToXlsForm(testInstrument(), '3'));
    expect(back.issues).toEqual([]);
    expect(back.version).toBe('3');
    expect(back.instrument).toEqual(testInstrument());
  });

  it('reads a plain Kobo form: one language, metadata rows, no groups, no scoring', () => {
    const sheets: SheetData[] = [
      {
        name: 'survey',
        rows: [
          ['type', 'name', 'label', 'required', 'relevant'],
          ['start', 'start', '', '', ''],
          ['select_one yn', 'q1', 'Có họp thôn không?', 'TRUE()', ''],
          ['text', 'q2', 'Vì sao?', '', "${q1}='no'"],
        ],
      },
      {
        name: 'choices',
        rows: [
          ['list name', 'name', 'label'],
          ['yn', 'yes', 'Có'],
          ['yn', 'no', 'Không'],
        ],
      },
    ];
    const r = instrumentFromXlsForm(sheets);
    expect(r.issues).toEqual([]);
    expect(r.instrument!.sections).toEqual([
      {
        name: 'phan_chung',
        labelVi: 'Câu hỏi chung',
        questions: [
          {
            name: 'q1',
            type: 'single',
            labelVi: 'Có họp thôn không?',
            required: true,
            choices: [
              { value: 'yes', labelVi: 'Có' },
              { value: 'no', labelVi: 'Không' },
            ],
          },
          {
            name: 'q2',
            type: 'text',
            labelVi: 'Vì sao?',
            required: false,
            relevant: { q: 'q1', op: 'eq', value: 'no' },
          },
        ],
      },
    ]);
  });

  it('locates problems by sheet, row and column', () => {
    const sheets = instrumentToXlsForm(testInstrument(), '1');
    const survey = sheet(sheets, 'survey');
    const q1 = survey.findIndex((r) => r[1] === 'q1');
    survey[q1]![11] = 'yes=1; no=zero';
    survey[q1 + 1]![10] = 'D7';
    survey[q1 + 2]![0] = 'geopoint';
    survey[q1 + 3]![6] = 'count(${used}) > 1';
    const r = instrumentFromXlsForm(sheets);
    expect(r.instrument).toBeNull();
    const at = (row: number) =>
      r.issues.filter((x) => x.row === row + 1).map((x) => [x.sheet, x.column, x.message]);
    expect(at(q1)[0]).toEqual([
      'survey',
      'papi_scores',
      'Điểm: không đọc được "no=zero" (cần dạng mã=điểm, cách nhau bởi dấu ;).',
    ]);
    expect(at(q1 + 1)[0]!.slice(0, 2)).toEqual(['survey', 'papi_element']);
    expect(at(q1 + 2)[0]).toEqual(['survey', 'type', 'Loại câu hỏi "geopoint" chưa được hỗ trợ.']);
    expect(at(q1 + 3)[0]![1]).toBe('relevant');
  });
});
