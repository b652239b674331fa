import { describe, expect, it } from 'vitest';
import { createTranslator, toEnglish } from './english.ts';

describe('toEnglish', () => {
  it('translates a finding with its interpolated parts, nested findings included', () => {
    expect(toEnglish('Nhiệm vụ 2.3: chưa có cơ quan chủ trì')).toBe('Task 2.3: no lead agency yet');
    expect(toEnglish('Nhiệm vụ 1.1: cơ quan chủ trì “Sở ABC” đã ngừng hoạt động')).toBe(
      'Task 1.1: lead agency “Sở ABC” is no longer active',
    );
    expect(
      toEnglish(
        'Nhiệm vụ 4: thời hạn 30/06/2025 trước thời gian thực hiện kế hoạch (01/01/2026–31/12/2026)',
      ),
    ).toBe(
      'Task 4: deadline 30/06/2025 falls before the plan’s implementation period (01/01/2026–31/12/2026)',
    );
  });

  it('keeps data (names, numbers) as written', () => {
    expect(toEnglish('Lĩnh vực D2 “Công khai, minh bạch” chưa có nhiệm vụ nào.')).toBe(
      'Dimension D2 “Công khai, minh bạch” has no tasks yet.',
    );
    expect(toEnglish('Kế hoạch cần ít nhất 5 nhiệm vụ.')).toBe('The plan needs at least 5 tasks.');
  });

  it('translates period labels and deadline words', () => {
    expect(toEnglish('6 tháng đầu năm 2026')).toBe('First half of 2026');
    expect(toEnglish('năm 2026')).toBe('Year 2026');
    expect(toEnglish('sau công bố Chỉ số năm 2025')).toBe('After publication of the 2025 Index');
    expect(toEnglish('15 ngày sau khi ban hành Kế hoạch')).toBe('15 days after the plan is issued');
    expect(toEnglish('Hằng quý')).toBe('Quarterly');
  });

  it('reads the more specific template first and nests row prefixes', () => {
    expect(toEnglish('Dòng 7, cột C (Thời hạn): thiếu nội dung nhiệm vụ.')).toBe(
      'Row 7, column C (Thời hạn): the task content is missing.',
    );
    expect(toEnglish('Dòng 7: thiếu số thứ tự nhiệm vụ.')).toBe(
      'Row 7: the task number is missing.',
    );
    expect(
      toEnglish('Dòng 4 (Hà Nội), cột D (D2): điểm 9 ngoài khoảng 1–3.33 của lĩnh vực D2.'),
    ).toBe('Row 4 (Hà Nội), column D (D2): score 9 is outside the range 1–3.33 of dimension D2.');
  });

  it('leaves an unknown message unchanged and lets the English reorder parts', () => {
    expect(toEnglish('Một câu chưa có bản dịch.')).toBe('Một câu chưa có bản dịch.');
    expect(toEnglish.find('Một câu chưa có bản dịch.')).toBeNull();
    const t = createTranslator([
      ['{0} của {1}', '{1}’s {0}'],
      ['ngày', 'day'],
    ]);
    expect(t('ngày của An')).toBe('An’s day');
  });

  it('translates a list of known messages joined by "; "', () => {
    const t = createTranslator([
      ['Lỗi: {0}', 'Errors: {0}'],
      ['Chưa có người ký.', 'No signatory yet.'],
      ['Chưa có chức vụ người ký.', 'The signatory’s position is missing.'],
    ]);
    expect(t('Lỗi: Chưa có người ký.; Chưa có chức vụ người ký.')).toBe(
      'Errors: No signatory yet.; The signatory’s position is missing.',
    );
  });
});
