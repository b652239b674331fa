import { describe, expect, it } from 'vitest';
import {
  blankRow,
  displayOrder,
  groupRows,
  insertAfter,
  moveRow,
  nextNumber,
  renumber,
} from './rows.ts';
import type { EditorRow } from './rows.ts';

const order = ['D1', 'D2', 'D3'];
const row = (number: string, codes: string[]): EditorRow => ({
  ...blankRow(codes),
  number,
  content: number,
});

describe('grouping and numbering', () => {
  const rows = [
    row('2.1', ['D2.1']),
    row('x', []),
    row('1.1', ['D1']),
    row('2.2', ['D2']),
    row('9', ['D7']),
  ];

  it('groups by dimension in edition order, unknown codes after, none last', () => {
    expect(groupRows(rows, order, true).map((g) => [g.code, g.rows.map((r) => r.number)])).toEqual([
      ['D1', ['1.1']],
      ['D2', ['2.1', '2.2']],
      ['D7', ['9']],
      ['', ['x']],
    ]);
    expect(groupRows(rows, order, false)).toHaveLength(1);
  });

  it('renumbers by group, using the plan’s own group numbers when it has them', () => {
    const out = renumber(rows, order, true, [{ number: 'II', dimensionCodes: ['D2'] }]);
    expect(out.map((r) => r.number)).toEqual(['1.1', 'II.1', 'II.2', '4.1', '5.1']);
    expect(displayOrder(rows, order, true).map((r) => r.content)).toEqual([
      '1.1',
      '2.1',
      '2.2',
      '9',
      'x',
    ]);
    expect(renumber(rows, order, false).map((r) => r.number)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keeps unchanged rows as the same objects so memoised rows do not re-render', () => {
    const numbered = renumber(rows, order, true);
    const again = renumber(numbered, order, true);
    again.forEach((r, i) => expect(r).toBe(numbered[i]));
  });

  it('gives a new row the next free number of its group', () => {
    expect(nextNumber(rows, 'D2', order, true)).toBe('2.3');
    expect(nextNumber([row('3.1', ['D3']), row('3.2', ['D3'])], 'D3', order, true)).toBe('3.3');
    expect(nextNumber([row('1', []), row('3', [])], '', order, false)).toBe('4');
  });
});

describe('moving and inserting', () => {
  const a = row('1.1', ['D1']);
  const b = row('2.1', ['D2']);
  const c = row('1.2', ['D1']);

  it('moves a row past rows of other groups to its group neighbour', () => {
    expect(moveRow([a, b, c], c.key, -1).map((r) => r.number)).toEqual(['1.2', '2.1', '1.1']);
    expect(moveRow([a, b, c], a.key, 1).map((r) => r.number)).toEqual(['1.2', '2.1', '1.1']);
  });

  it('does nothing at the edge of the group', () => {
    const rows = [a, b, c];
    expect(moveRow(rows, a.key, -1)).toBe(rows);
    expect(moveRow(rows, b.key, 1)).toBe(rows);
  });

  it('inserts after a row or at the end', () => {
    const d = row('new', []);
    expect(insertAfter([a, b], a.key, [d]).map((r) => r.number)).toEqual(['1.1', 'new', '2.1']);
    expect(insertAfter([a, b], null, [d]).map((r) => r.number)).toEqual(['1.1', '2.1', 'new']);
  });
});
