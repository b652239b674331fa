import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Table, type TableProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import classes from './CardTable.module.css';

/** Below this width a wide table becomes one card per row. */
export const PHONE_QUERY = '(max-width: 36em)';

/**
 * A table that scrolls sideways on a wide screen and turns into cards on a phone (390 px):
 * rows become cards and each cell shows its column's name above it. The names are copied
 * from the header cells after each render, so callers keep writing plain Table.Tr/Td rows.
 */
export function CardTable({
  minWidth,
  children,
  ...props
}: TableProps & { minWidth: number; children: ReactNode }) {
  const phone = useMediaQuery(PHONE_QUERY) ?? false;
  const ref = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    const labels = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    for (const row of table.querySelectorAll('tbody tr')) {
      // A cell spanning the row (a group heading) is its own title: no column name.
      [...row.children].forEach((cell, i) =>
        cell.setAttribute(
          'data-label',
          (cell as HTMLTableCellElement).colSpan > 1 ? '' : (labels[i] ?? ''),
        ),
      );
    }
  });
  const table = (
    <Table ref={ref} {...props} className={phone ? classes.cards : props.className}>
      {children}
    </Table>
  );
  return phone ? table : <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>;
}
