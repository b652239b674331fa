import { describe, expect, it } from 'vitest';
import { blankRow } from './rows.ts';
import type { EditorRow } from './rows.ts';
import { reduceEditor, type Layout } from './useTaskEditor.ts';

const layout: Layout = { order: ['D1', 'D2', 'D3'], byDimension: true, taskGroups: [] };
const saved = (id: number, number: string, codes: string[]): EditorRow => ({
  ...blankRow(codes),
  key: `t${id}`,
  id,
  number,
  content: number,
});
const start = (rows: EditorRow[]) =>
  reduceEditor(
    {
      rows,
      pinned: [],
      cursor: null,
      editing: false,
      seed: null,
      dirty: false,
      flash: new Set(),
    },
    { type: 'cursor', cursor: null },
  );
const numbers = (s: ReturnType<typeof start>) => s.rows.map((r) => `${r.number}:${r.content}`);

describe('a task added to a saved plan is numbered in its group without "Đánh số lại"', () => {
  const rows = [saved(1, '1.1', ['D1']), saved(2, '1.2', ['D1']), saved(3, '2.1', ['D2'])];

  it('takes the next number of the cursor’s group and its place at the group’s end', () => {
    const s = reduceEditor(start(rows), {
      type: 'add',
      afterKey: 't1',
      codes: ['D1'],
      layout,
      col: 'content',
    });
    expect(numbers(s)).toEqual(['1.1:1.1', '1.2:1.2', '1.3:', '2.1:2.1']);
  });

  it('follows its dimension when one is chosen, leaving saved numbers alone', () => {
    let s = reduceEditor(start(rows), {
      type: 'add',
      afterKey: null,
      codes: [],
      layout,
      col: 'content',
    });
    const key = s.cursor!.key;
    // Without a dimension it sits after the dimensions: the group numbered 4.
    expect(s.rows.find((r) => r.key === key)!.number).toBe('4.1');
    s = reduceEditor(s, { type: 'patch', key, patch: { dimensionCodes: ['D2.1'] }, layout });
    expect(numbers(s)).toEqual(['1.1:1.1', '1.2:1.2', '2.1:2.1', '2.2:']);
    s = reduceEditor(s, { type: 'patch', key, patch: { dimensionCodes: ['D1'] }, layout });
    expect(numbers(s)).toEqual(['1.1:1.1', '1.2:1.2', '1.3:', '2.1:2.1']);
    // A saved task moved to another dimension keeps its number until "Đánh số lại".
    s = reduceEditor(s, { type: 'patch', key: 't3', patch: { dimensionCodes: ['D3'] }, layout });
    expect(s.rows.find((r) => r.key === 't3')!.number).toBe('2.1');
    s = reduceEditor(s, { type: 'renumber', layout });
    expect(s.rows.find((r) => r.key === 't3')!.number).toBe('3.1');
  });

  it('keeps a number the user typed', () => {
    let s = reduceEditor(start(rows), {
      type: 'add',
      afterKey: null,
      codes: ['D1'],
      layout,
      col: 'content',
    });
    const key = s.cursor!.key;
    s = reduceEditor(s, { type: 'patch', key, patch: { number: '1.5' }, layout });
    s = reduceEditor(s, { type: 'patch', key, patch: { dimensionCodes: ['D2'] }, layout });
    expect(s.rows.find((r) => r.key === key)!.number).toBe('1.5');
  });

  it('numbers a duplicate next in its group, at the group’s end', () => {
    const s = reduceEditor(start(rows), { type: 'duplicate', key: 't1', layout });
    expect(numbers(s)).toEqual(['1.1:1.1', '1.2:1.2', '1.3:1.1', '2.1:2.1']);
  });
});
