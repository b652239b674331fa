import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from './tsv.ts';

describe('parseTsv', () => {
  it('splits rows and cells and drops the trailing newline Excel adds', () => {
    expect(parseTsv('1.1\tTuyên truyền\tSở Nội vụ\r\n1.2\tĐối thoại\t\r\n')).toEqual([
      ['1.1', 'Tuyên truyền', 'Sở Nội vụ'],
      ['1.2', 'Đối thoại', ''],
    ]);
  });

  it('keeps tabs, new lines and quotes inside quoted cells', () => {
    const text = '2.1\t"Dòng một\nDòng hai"\t"Ghi ""Thường xuyên"""\n2.2\tx\ty';
    expect(parseTsv(text)).toEqual([
      ['2.1', 'Dòng một\nDòng hai', 'Ghi "Thường xuyên"'],
      ['2.2', 'x', 'y'],
    ]);
  });

  it('skips blank rows and reads a single cell', () => {
    expect(parseTsv('\n\t\nmột ô')).toEqual([['một ô']]);
  });

  it('round-trips through toTsv', () => {
    const rows = [
      ['a\tb', 'c"d', 'e\nf'],
      ['', 'x', 'y'],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});
