import { describe, expect, it } from 'vitest';
import { readDesign } from './design-import.ts';
import { parseAnswerCell, submissionDay } from './submission-values.ts';
import { readSubmissions } from './submissions-import.ts';
import { designTemplateSheets, tallyTemplateSheets } from './tally-template.ts';
import type { ImportTable, TableCell } from './table-import.ts';
import { testInstrument } from './test-instrument.ts';

const doc = testInstrument();
const table = (
  header: string[],
  rows: TableCell[][],
  format: 'csv' | 'xlsx' = 'csv',
): ImportTable => ({ format, header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });
const question = (name: string) =>
  doc.sections.flatMap((s) => s.questions).find((q) => q.name === name)!;

describe('answer cells', () => {
  it('reads choice names, labels, several choices, numbers with a comma and both date forms', () => {
    expect(parseAnswerCell(question('q2'), 4)).toEqual({ value: '4' });
    expect(parseAnswerCell(question('used'), 'Có')).toEqual({ value: 'yes' });
    expect(parseAnswerCell(question('q4'), 'budget land budget')).toEqual({
      value: ['budget', 'land'],
    });
    expect(parseAnswerCell(question('age'), '45,0')).toEqual({ value: 45 });
    expect(parseAnswerCell(question('day'), '05/11/2026')).toEqual({ value: '2026-11-05' });
    expect(parseAnswerCell(question('day'), '2026-11-05')).toEqual({ value: '2026-11-05' });
    expect(parseAnswerCell(question('day'), '31/02/2026')).toHaveProperty('error');
    expect(parseAnswerCell(question('q2'), '7')).toEqual({
      error: '"7" không phải phương án của câu "q2" (các phương án: 1, 2, 3, 4, 5, dk).',
    });
    expect(parseAnswerCell(question('q1'), '')).toEqual({ value: null });
  });

  it('dates a Kobo submission in Vietnam time (UTC + 7)', () => {
    expect(submissionDay('2026-11-05T16:59:59')).toBe('2026-11-05');
    expect(submissionDay('2026-11-05T17:00:00')).toBe('2026-11-06');
    expect(submissionDay('2026-11-05T10:00:00.123+07:00')).toBe('2026-11-05');
    expect(submissionDay('hôm qua')).toBeNull();
  });
});

describe('Kobo / ODK submissions', () => {
  const header = [
    'start',
    'nhom_a/q1',
    'nhom_a/q2',
    'nhom_a/used',
    'nhom_a/q3',
    'nhom_b/q4',
    'nhom_b/q4/budget',
    'nhom_b/q4/land',
    'ma_nhom_mau',
    '_id',
    '_uuid',
    '_submission_time',
  ];
  const row = (uuid: string, over: Partial<Record<string, TableCell>> = {}): TableCell[] => {
    const base: Record<string, TableCell> = {
      start: '2026-11-05T08:00:00',
      'nhom_a/q1': 'yes',
      'nhom_a/q2': '4',
      'nhom_a/used': 'yes',
      'nhom_a/q3': '5',
      'nhom_b/q4': 'budget',
      'nhom_b/q4/budget': 1,
      'nhom_b/q4/land': 0,
      ma_nhom_mau: 'A',
      _id: 1,
      _uuid: uuid,
      _submission_time: '2026-11-05T09:00:00',
      ...over,
    };
    return header.map((h) => base[h] ?? null);
  };

  it('matches group paths, ignores metadata and one-hot option columns, keeps _uuid as client id', () => {
    const read = readSubmissions(doc, table(header, [row('u-1')]), ['A', 'B'], 'tally-1-');
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.source).toBe('kobo');
    expect(read.matched.sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'used']);
    expect(read.submissions).toEqual([
      {
        row: 2,
        clientId: 'u-1',
        stratum: 'A',
        day: '2026-11-05',
        answers: { q1: 'yes', q2: '4', used: 'yes', q3: '5', q4: ['budget'] },
      },
    ]);
    // The questions without a column are named once, as a warning.
    expect(read.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'MISSING_COLUMNS', row: 1 }),
    ]);
    expect(read.issues[0]!.message).toContain('age, day, note');
  });

  it('names row and column of an unknown stratum, a wrong choice, skip logic and a duplicate', () => {
    const read = readSubmissions(
      doc,
      table(
        header,
        [
          row('u-1', { ma_nhom_mau: 'Z' }),
          row('u-2', { 'nhom_a/q2': 'rất tốt' }),
          row('u-3', { 'nhom_a/used': 'no' }),
          row('u-1'),
          row('u-5', { 'nhom_a/q1': null }),
        ],
        'xlsx',
      ),
      ['A', 'B'],
      'tally-1-',
    );
    const errors = read.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => [e.code, e.row, e.column])).toEqual([
      ['UNKNOWN_STRATUM', 2, 'I'],
      ['INVALID_ANSWER', 3, 'C'],
      ['SKIP_LOGIC', 4, 'E'],
      ['DUPLICATE_ID', 5, 'K'],
      ['INVALID_ANSWER', 6, 'B'],
    ]);
    expect(errors[0]!.message).toBe(
      'Dòng 2, cột I: nhóm mẫu "Z" không có trong đợt khảo sát (các nhóm: A, B).',
    );
    expect(errors[2]!.message).toContain('câu "q3" có trả lời nhưng theo điều kiện bỏ qua');
    expect(errors[3]!.message).toContain('trùng với dòng 2');
    expect(errors[4]!.message).toContain('Câu hỏi bắt buộc chưa được trả lời');
    expect(read.submissions).toHaveLength(0);
  });

  it('refuses a file without an id or stratum column, before reading rows', () => {
    const read = readSubmissions(doc, table(['q1', 'q2'], [['yes', '3']]), ['A'], 'p-');
    expect(read.issues.filter((i) => i.row === null).map((i) => i.code)).toEqual([
      'NO_ID_COLUMN',
      'NO_STRATUM_COLUMN',
    ]);
    expect(read.submissions).toEqual([]);
  });

  it('reads an ODK Central export: "-" group paths, meta-instanceID without "uuid:", SubmissionDate', () => {
    const read = readSubmissions(
      doc,
      table(
        [
          'SubmissionDate',
          'a-q1',
          'a-q2',
          'a-used',
          'b-q4',
          'b-q4-land',
          'nhom_mau',
          'meta-instanceID',
          'KEY',
        ],
        [
          [
            '2026-11-05T18:30:00.000Z',
            'no',
            '2',
            'no',
            'land',
            1,
            'B',
            'uuid:abc-123',
            'uuid:abc-123',
          ],
        ],
      ),
      ['A', 'B'],
      'p-',
    );
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.submissions[0]).toEqual({
      row: 2,
      clientId: 'abc-123',
      stratum: 'B',
      day: '2026-11-06',
      answers: { q1: 'no', q2: '2', used: 'no', q4: ['land'] },
    });
    // Central's KEY column is not read: a warning, never a guess.
    expect(read.issues.map((i) => [i.code, i.column])).toContainEqual(['UNKNOWN_COLUMN', 'KEY']);
  });

  it('reads the tally template: form numbers prefixed per run, labels and dd/mm/yyyy accepted', () => {
    const [phieu] = tallyTemplateSheets(doc, [{ code: 'A', name: 'Xã A' }]);
    expect(phieu!.rows[0]).toEqual([
      'ma_phieu',
      'ma_nhom_mau',
      'ngay',
      'q1',
      'q2',
      'used',
      'q3',
      'q4',
      'age',
      'day',
      'note',
    ]);
    const read = readSubmissions(
      doc,
      table(
        phieu!.rows[0]!,
        [[12, 'A', '06/11/2026', 'Có', 5, 'Không', null, null, 52, null, null]],
        'xlsx',
      ),
      ['A'],
      'tally-7-',
    );
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.submissions[0]).toEqual({
      row: 2,
      clientId: 'tally-7-12',
      stratum: 'A',
      day: '2026-11-06',
      answers: { q1: 'yes', q2: '5', used: 'no', age: 52 },
    });
  });
});

describe('run design workbook', () => {
  it('reads targets, populations and quota columns; blank population is unknown', () => {
    const read = readDesign(
      doc,
      table(
        ['Mã nhóm mẫu', 'ten_nhom_mau', 'Chỉ tiêu', 'Dân số', 'used=yes', 'used=no'],
        [
          ['A', 'Xã A', 80, '12.500', 30, 30],
          ['B', 'Xã B', '60', null, null, 70],
        ],
      ),
      ['A', 'B', 'C'],
    );
    expect(read.rows).toEqual([
      {
        row: 2,
        code: 'A',
        target: 80,
        population: 12500,
        quotas: [
          { question: 'used', value: 'yes', target: 30 },
          { question: 'used', value: 'no', target: 30 },
        ],
      },
      {
        row: 3,
        code: 'B',
        target: 60,
        population: null,
        quotas: [{ question: 'used', value: 'no', target: 70 }],
      },
    ]);
    expect(read.issues.map((i) => [i.severity, i.code, i.row])).toEqual([
      ['warning', 'QUOTA_OVER_TARGET', 3],
      ['warning', 'STRATA_ABSENT', null],
    ]);
  });

  it('locates bad numbers, unknown strata and quota columns the instrument cannot count', () => {
    const bad = readDesign(doc, table(['ma_nhom_mau', 'dan_so', 'q2=4'], [['A', 5, 1]], 'xlsx'), [
      'A',
    ]);
    expect(bad.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['BAD_QUOTA_COLUMN', 1, 'C'],
    ]);
    const rows = readDesign(
      doc,
      table(
        ['ma_nhom_mau', 'dan_so'],
        [
          ['X', 100],
          ['A', '-3'],
          ['A', 10],
        ],
        'xlsx',
      ),
      ['A'],
    );
    expect(rows.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['UNKNOWN_STRATUM', 2, 'A'],
      ['BAD_NUMBER', 3, 'B'],
      ['DUPLICATE_STRATUM', 4, 'A'],
    ]);
    expect(rows.issues[1]!.message).toBe(
      'Dòng 3, cột B: Dân số "-3" phải là số nguyên từ 1 đến 100.000.000.',
    );
  });

  it('writes a design workbook that reads back to the same design', () => {
    const [sheet] = designTemplateSheets(doc, [
      {
        code: 'A',
        name: 'Xã A',
        target: 50,
        population: 9000,
        quotas: [{ question: 'used', value: 'no', target: 20 }],
      },
    ]);
    expect(sheet!.rows[0]).toEqual([
      'ma_nhom_mau',
      'ten_nhom_mau',
      'chi_tieu',
      'dan_so',
      'used=yes',
      'used=no',
    ]);
    const read = readDesign(doc, table(sheet!.rows[0]!, sheet!.rows.slice(1)), ['A']);
    expect(read.rows[0]).toMatchObject({
      target: 50,
      population: 9000,
      quotas: [{ question: 'used', value: 'no', target: 20 }],
    });
  });
});
