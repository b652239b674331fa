import { describe, expect, it } from 'vitest';
import { A, task } from './fixtures/builders.ts';
import { diffTasks, shorten } from './diff-tasks.ts';

describe('diffTasks', () => {
  const before = [
    task('1.1'),
    task('2.1', { deadline: { kind: 'date', date: '2024-06-30', label: 'Quý II/2024' } }),
    task('3.1'),
  ];
  it('reports added, removed and changed fields with readable lines', () => {
    const after = [
      task('1.1'),
      task('2.1', {
        deadline: { kind: 'date', date: '2024-09-30', label: 'Quý III/2024' },
        cooperating: [A('tu-phap', 'Phòng Tư pháp')],
        budget: { amountVnd: 15_000_000, source: 'Ngân sách huyện' },
      }),
      task('4.1', { content: 'Tập huấn quản trị điện tử' }),
    ];
    const d = diffTasks(before, after);
    expect(d.added.map((t) => t.number)).toEqual(['4.1']);
    expect(d.removed.map((t) => t.number)).toEqual(['3.1']);
    expect(d.unchanged).toBe(1);
    expect(d.changed[0]?.changes.map((c) => c.field)).toEqual([
      'cooperating',
      'deadline',
      'budget',
    ]);
    expect(d.lines).toEqual([
      'Thêm nhiệm vụ 4.1: Tập huấn quản trị điện tử',
      'Bỏ nhiệm vụ 3.1: Nội dung nhiệm vụ 3.1',
      'Nhiệm vụ 2.1: cơ quan phối hợp “(trống)” → “Phòng Tư pháp”',
      'Nhiệm vụ 2.1: thời hạn “Quý II/2024” → “Quý III/2024”',
      'Nhiệm vụ 2.1: kinh phí “(trống)” → “15.000.000 đồng, Ngân sách huyện”',
    ]);
  });
  it('matches renumbered tasks by id, then by parent link, then by number', () => {
    const renumbered = [task('1.2', { id: 't-1.1', content: 'Nội dung nhiệm vụ 1.1' })];
    expect(diffTasks([task('1.1')], renumbered).lines).toEqual([
      'Nhiệm vụ 1.2 (trước là 1.1): đổi số thứ tự',
    ]);
    const a = [task('1', { id: 'x', parentTaskId: 'P-7' })];
    const b = [{ ...a[0]!, id: 'y', number: '3', lead: A('tu-phap', 'Phòng Tư pháp') }];
    expect(diffTasks(a, b).lines).toEqual([
      'Nhiệm vụ 3 (trước là 1): cơ quan chủ trì “Phòng Nội vụ” → “Phòng Tư pháp”',
    ]);
  });
  it('shortens long texts on a word boundary', () => {
    expect(shorten('a'.repeat(100), 10)).toBe('aaaaaaaaa…');
    expect(shorten('  ngắn  gọn ')).toBe('ngắn gọn');
  });
});
