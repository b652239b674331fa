import { useState, type ReactNode } from 'react';
import { Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useT } from '../i18n/index.ts';
import { CardTable } from './CardTable.tsx';
import { Pager } from './Pager.tsx';
import { QueryState } from './QueryState.tsx';

export interface ListPageColumn {
  label: string;
  /** Read by screen readers and shown on a phone card, not in the header (e.g. actions). */
  hidden?: boolean;
}

/**
 * Search text, its debounced query and the page of a searchable list. Any change of what is
 * asked for goes back to page 1: `resetting` wraps a filter's setter to do that.
 */
export function useListParams() {
  const [search, setSearchText] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  return {
    search,
    q: debounced || undefined,
    page,
    setPage,
    setSearch: (value: string) => {
      setSearchText(value);
      setPage(1);
    },
    resetting:
      <A extends unknown[]>(set: (...args: A) => void) =>
      (...args: A) => {
        set(...args);
        setPage(1);
      },
  };
}

export type ListParams = ReturnType<typeof useListParams>;

interface ListPageProps<T> {
  /** The query behind the rows: a loader or an error with retry until it has data. */
  query: { data: unknown; error: Error | null; refetch: () => unknown };
  items: readonly T[];
  columns: readonly ListPageColumn[];
  row: (item: T) => ReactNode;
  rowKey: (item: T) => string | number;
  minWidth: number;
  emptyText?: string;
  /** A search box bound to the list's params (omit for a list without search). */
  search?: { label: string; params: ListParams };
  /** Controls beside the search box (filters) and at the right (actions). */
  filters?: ReactNode;
  actions?: ReactNode;
  /** A pager under the table: the total and the page size the query used. */
  paging?: { total: number; pageSize: number; params: ListParams };
  testId?: string;
}

/**
 * The one shape of the admin and plan lists: search and filters over a table (cards on a
 * phone) with a pager under it. Rows are plain Table.Td cells from `row`.
 */
export function ListPage<T>({
  query,
  items,
  columns,
  row,
  rowKey,
  minWidth,
  emptyText,
  search,
  filters,
  actions,
  paging,
  testId,
}: ListPageProps<T>) {
  const t = useT();
  const toolbar = search || filters || actions;
  return (
    <Stack gap="sm">
      {toolbar && (
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end">
            {search && (
              <TextInput
                label={search.label}
                type="search"
                value={search.params.search}
                onChange={(e) => search.params.setSearch(e.currentTarget.value)}
                w={{ base: '100%', sm: 320 }}
              />
            )}
            {filters}
          </Group>
          {actions}
        </Group>
      )}
      {!query.data ? (
        <QueryState error={query.error} retry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {emptyText ?? t('common.noData')}
        </Text>
      ) : (
        <CardTable minWidth={minWidth} striped highlightOnHover data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.label}>
                  {c.hidden ? <VisuallyHidden>{c.label}</VisuallyHidden> : c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={rowKey(item)}>{row(item)}</Table.Tr>
            ))}
          </Table.Tbody>
        </CardTable>
      )}
      {paging && (
        <Pager
          page={paging.params.page}
          pageSize={paging.pageSize}
          total={paging.total}
          onChange={paging.params.setPage}
        />
      )}
    </Stack>
  );
}
