import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LETTER, toEnglish } from './english.ts';
import { reminderMessage, type DueItem } from '../reminders/items.ts';

// Data in these texts is ASCII on purpose: any Vietnamese letter left is untranslated wording.
const item = (source: DueItem['source']) =>
  ({
    source,
    id: 1,
    title: 'KH 12/KH-UBND',
    dueDate: '2026-12-10',
    unitId: 5,
    unitName: 'Phuong Moc Chau',
    supervisorId: null,
  }) as unknown as DueItem;

describe('notices in English', () => {
  it('translates every reminder stage, title and body, for every source', () => {
    const today = { before: '2026-12-07', due: '2026-12-10', overdue: '2026-12-15' } as const;
    for (const source of ['task', 'report', 'plan_obligation'] as const)
      for (const stage of ['before', 'due', 'overdue', 'escalation'] as const) {
        const vi = reminderMessage(
          item(source),
          stage,
          stage === 'escalation' ? today.overdue : today[stage],
        );
        for (const text of [vi.title, vi.body]) {
          const en = toEnglish(text);
          expect(en, `${source}/${stage}: ${text} → ${en}`).not.toMatch(VIETNAMESE_LETTER);
        }
      }
    expect(toEnglish(reminderMessage(item('task'), 'overdue', '2026-12-15').title)).toBe(
      '5 days overdue: KH 12/KH-UBND',
    );
  });

  it('translates the event notifications as the notifiers write them', () => {
    const notices = [
      'UBND Phuong A gửi báo cáo Bao cao H1 (lần 2)',
      'Báo cáo Bao cao H1 bị trả lại',
      'Kế hoạch chờ ban hành: Plan X',
      'Kế hoạch bị trả lại: Plan X',
      'Lý do: (không ghi)',
      'UBND tinh Son La ban hành 35/KH-UBND',
      'Đề nghị khẩn trương hoàn thành: Task Y',
      'So Tu phap hoàn thành nhiệm vụ: Task Y',
      'Nhiệm vụ "Task Y" được cập nhật: hủy.',
      'Công bố kết quả PAPI năm 2025',
    ];
    for (const vi of notices) expect(toEnglish(vi), vi).not.toMatch(VIETNAMESE_LETTER);
    expect(toEnglish('Điều gì đã thay đổi: kết quả PAPI năm 2025 của Son La')).toBe(
      'What moved: PAPI results for 2025, Son La',
    );
    expect(
      toEnglish(
        'So với năm 2024: tăng vượt ngưỡng: D3.1, D3; giảm vượt ngưỡng: D5. Thứ hạng: tăng 3 bậc (từ 20 lên 17); nhóm: lên 1 nhóm. Mục tiêu: 1 đạt, 0 chưa đạt, 2 chờ kết quả.',
      ),
    ).toBe(
      'Compared with 2024: rose beyond the threshold: D3.1, D3; fell beyond the threshold: D5. Rank: up 3 places (from 20 to 17); group: up 1 group(s). Targets: 1 met, 0 not met, 2 pending.',
    );
    for (const vi of [
      'So với năm 2024: không có lĩnh vực nào thay đổi vượt ngưỡng. Thứ hạng: hạng 5, không so sánh được với năm trước; nhóm: giữ nguyên. Mục tiêu: 0 đạt, 0 chưa đạt, 0 chờ kết quả.',
      'So với năm 2024: giảm vượt ngưỡng: D1. Thứ hạng: giảm 2 bậc (từ 3 xuống 5); nhóm: xuống 1 nhóm. Mục tiêu: 0 đạt, 1 chưa đạt, 0 chờ kết quả.',
      'So với năm 2024: tăng vượt ngưỡng: D1. Thứ hạng: giữ nguyên hạng 4; nhóm: chưa có. Mục tiêu: 0 đạt, 0 chưa đạt, 0 chờ kết quả.',
    ])
      expect(toEnglish(vi), vi).not.toMatch(VIETNAMESE_LETTER);
    expect(toEnglish('Lý do: (không ghi)')).toBe('Reason: (none given)');
    expect(toEnglish('UBND Phuong A gửi báo cáo Bao cao H1 (lần 2)')).toBe(
      'UBND Phuong A sent the report “Bao cao H1” (version 2)',
    );
  });
});
