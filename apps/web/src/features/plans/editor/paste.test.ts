import { describe, expect, it } from 'vitest';
import { headerColumns, parseAmount, parseDimensions, pasteRows } from './paste.ts';
import type { PasteContext } from './paste.ts';
import { blankRow } from './rows.ts';
import type { EditorRow } from './rows.ts';
import { visibleColumns } from './columns.ts';

const ctx: PasteContext = {
  columns: visibleColumns(false),
  agencies: [
    { id: 1, name: 'Sở Nội vụ tỉnh Sơn La', shortName: 'SNV' },
    { id: 2, name: 'Sở Tư pháp tỉnh Sơn La', shortName: '' },
    { id: 3, name: 'Công an tỉnh Sơn La', shortName: '' },
  ],
  dimensions: [
    { code: 'D1', name: 'Tham gia của người dân ở cấp cơ sở' },
    { code: 'D2', name: 'Công khai, minh bạch' },
    { code: 'D2.1', name: 'Tiếp cận thông tin' },
  ],
  year: 2026,
  order: ['D1', 'D2'],
  byDimension: true,
};
const existing = (): EditorRow[] => [
  { ...blankRow(['D1']), key: 'a', number: '1.1', content: 'Cũ một' },
  { ...blankRow(['D2']), key: 'b', number: '2.1', content: 'Cũ hai' },
];

describe('cell readers', () => {
  it('reads Vietnamese amounts', () => {
    expect(parseAmount('1.500.000')).toBe(1_500_000);
    expect(parseAmount('1.500.000 đồng')).toBe(1_500_000);
    expect(parseAmount('1,5 triệu')).toBe(1_500_000);
    expect(parseAmount('2 tỷ')).toBe(2_000_000_000);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('khoảng một triệu')).toBeNaN();
  });

  it('reads dimension codes and names', () => {
    expect(parseDimensions('D1; 2.1, cong khai minh bach', ctx.dimensions)).toEqual({
      codes: ['D1', 'D2.1', 'D2'],
      unknown: [],
    });
    expect(parseDimensions('D9', ctx.dimensions).unknown).toEqual(['D9']);
  });

  it('recognises a header row', () => {
    expect(headerColumns(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp'])).toEqual([
      'number',
      'content',
      'lead',
      'cooperating',
    ]);
    expect(headerColumns(['1.1', 'Tuyên truyền pháp luật', 'Sở Nội vụ'])).toBeNull();
  });
});

describe('pasteRows', () => {
  it('inserts new rows after the active row, by header names, matching agencies', () => {
    const grid = [
      ['Nội dung', 'Cơ quan chủ trì', 'Thời hạn', 'Cơ quan phối hợp', 'Lĩnh vực'],
      ['Đối thoại với dân', 'so noi vu', 'Quý II/2026', 'Cong an tinh; Sở Tư pháp', 'D1'],
      ['Niêm yết công khai', 'UBND các xã', 'Thường xuyên', '', ''],
    ];
    const out = pasteRows(
      existing(),
      grid,
      { anchorKey: 'a', anchorCol: 'number', mode: 'insert', visibleKeys: ['a', 'b'] },
      ctx,
    );
    expect(out.rows.map((r) => r.content)).toEqual([
      'Cũ một',
      'Đối thoại với dân',
      'Niêm yết công khai',
      'Cũ hai',
    ]);
    const [, first, second] = out.rows;
    expect(first!.lead).toEqual({ kind: 'agency', id: '1', name: 'Sở Nội vụ tỉnh Sơn La' });
    expect(first!.cooperating.map((c) => (c.kind === 'agency' ? c.id : c.label))).toEqual([
      '3',
      '2',
    ]);
    expect(first!.deadline).toEqual({ kind: 'date', date: '2026-06-30', label: 'Quý II/2026' });
    expect(first!.number).toBe('1.2');
    // No dimension pasted: the row joins the active row's group.
    expect(second!.dimensionCodes).toEqual(['D1']);
    expect(second!.number).toBe('1.3');
    expect(second!.lead).toEqual({ kind: 'group', label: 'UBND các xã', memberIds: [] });
    expect(out.unmatched).toEqual(['UBND các xã']);
    expect(out.problems).toEqual([]);
    expect(out.touched).toHaveLength(2);
  });

  it('overwrites from the active cell downwards and adds rows past the end', () => {
    const grid = [
      ['Mới một', 'D2'],
      ['Mới hai', 'D2'],
      ['Mới ba', 'D9'],
    ];
    const out = pasteRows(
      existing(),
      grid,
      { anchorKey: 'a', anchorCol: 'content', mode: 'overwrite', visibleKeys: ['a', 'b'] },
      ctx,
    );
    expect(
      out.rows.map((r) => [r.key.length > 1 ? 'new' : r.key, r.content, r.dimensionCodes]),
    ).toEqual([
      ['a', 'Mới một', ['D2']],
      ['b', 'Mới hai', ['D2']],
      ['new', 'Mới ba', []],
    ]);
    expect(out.problems).toEqual([
      { row: 3, column: 'dimensions', message: 'không có lĩnh vực “D9” trong Chỉ số' },
    ]);
  });

  it('reports unreadable deadlines with row and column and keeps the cell unchanged', () => {
    const out = pasteRows(
      existing(),
      [['1.5', 'Việc', 'D1', 'Sở Nội vụ', '', 'khi nào xong']],
      { anchorKey: null, anchorCol: 'number', mode: 'insert', visibleKeys: [] },
      ctx,
    );
    expect(out.rows.at(-1)!.number).toBe('1.5');
    expect(out.rows.at(-1)!.deadline).toBeNull();
    expect(out.problems).toEqual([
      { row: 1, column: 'deadline', message: 'không đọc được thời hạn “khi nào xong”' },
    ]);
  });
});
