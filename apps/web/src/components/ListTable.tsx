import { Table, Text, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { CardTable } from './CardTable.tsx';

export interface ListColumn {
  label: string;
  w?: number;
}

/**
 * A striped, horizontally scrolling list of rows under one header, or a dimmed line saying
 * why there is nothing (count 0). Rows come as children (Table.Tr).
 */
export function ListTable({
  columns,
  count,
  emptyText,
  minWidth,
  verticalSpacing,
  testId,
  children,
}: {
  columns: readonly ListColumn[];
  count: number;
  emptyText: string;
  minWidth: number;
  verticalSpacing?: MantineSpacing | number;
  testId?: string;
  children: ReactNode;
}) {
  if (count === 0)
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  return (
    <CardTable
      minWidth={minWidth}
      striped
      verticalSpacing={verticalSpacing}
      fz="sm"
      data-testid={testId}
    >
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c.label} w={c.w}>
              {c.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </CardTable>
  );
}
