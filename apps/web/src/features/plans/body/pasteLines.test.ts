import { describe, expect, it } from 'vitest';
import { insertLines, isMultiLine, pastedLines } from './pasteLines.ts';

const NOI_NHAN = `- Sở Nội vụ tỉnh Đồng Tháp ;
- Thường trực Thành ủy;\r
\t- Các phòng, ban Thành phố;

- UBND các xã, phường;
- Lưu: VT.`;

describe('pasting a block into a list field', () => {
  it('splits Nơi nhận into its lines without dashes and closing marks', () => {
    expect(pastedLines(NOI_NHAN, { dropEndMark: true })).toEqual([
      'Sở Nội vụ tỉnh Đồng Tháp',
      'Thường trực Thành ủy',
      'Các phòng, ban Thành phố',
      'UBND các xã, phường',
      'Lưu: VT.',
    ]);
  });

  it('keeps the end of a purpose line and reads bullets of other kinds', () => {
    expect(pastedLines('• Một;\n+ Hai.\n– Ba')).toEqual(['Một;', 'Hai.', 'Ba']);
    expect(isMultiLine('Một dòng\n')).toBe(false);
    expect(isMultiLine('Một\nHai')).toBe(true);
  });

  it('replaces an empty item and follows a filled one', () => {
    expect(insertLines(['a', '', 'c'], 1, ['x', 'y'])).toEqual(['a', 'x', 'y', 'c']);
    expect(insertLines(['a', 'b'], 0, ['x'])).toEqual(['a', 'x', 'b']);
    expect(insertLines([], 0, ['x', 'y'])).toEqual(['x', 'y']);
  });
});
