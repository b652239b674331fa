import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { RankingRow } from './api.ts';
import { GroupBadge, StandingChange } from './GroupBadge.tsx';
import type { SortState } from './rankingRows.ts';

interface RankingTableProps {
  rows: RankingRow[];
  dimensions: string[];
  sort: SortState;
  onSort: (key: string) => void;
  year: number;
  indexCode: string;
  shortLabel: (code: string) => string;
  longLabel: (code: string) => string;
}

function SortHeader(props: {
  label: string;
  title?: string;
  sortKey: string;
  sort: SortState;
  onSort: (key: string) => void;
  align?: 'left' | 'right';
}) {
  const t = useT();
  const active = props.sort.key === props.sortKey;
  const arrow = active ? (props.sort.dir === 'asc' ? ' ↑' : ' ↓') : '';
  return (
    <Table.Th
      aria-sort={active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      style={{ textAlign: props.align ?? 'left', whiteSpace: 'nowrap' }}
    >
      <UnstyledButton
        onClick={() => props.onSort(props.sortKey)}
        title={props.title ?? t('indices.sortBy', { column: props.label })}
        fw={700}
        fz="sm"
      >
        {props.label}
        {arrow}
      </UnstyledButton>
    </Table.Th>
  );
}

export function RankingTable(props: RankingTableProps) {
  const t = useT();
  const lang = useLang();
  const { rows, dimensions, sort, onSort } = props;
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? '' : formatDecimal(value, lang);
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover stickyHeader verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('indices.rank')}</Table.Th>
            <SortHeader label={t('indices.province')} sortKey="name" sort={sort} onSort={onSort} />
            <Table.Th>{t('indices.group')}</Table.Th>
            <SortHeader
              label={t('indices.total')}
              sortKey="total"
              sort={sort}
              onSort={onSort}
              align="right"
            />
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('indices.change')}</Table.Th>
            {dimensions.map((code) => (
              <SortHeader
                key={code}
                label={code}
                title={`${props.longLabel(code)} — ${t('indices.sortBy', { column: code })}`}
                sortKey={code}
                sort={sort}
                onSort={onSort}
                align="right"
              />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.unit.id}>
              <Table.Td>{row.total.rank ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor
                  component={Link}
                  to={`/indices/profile/${row.unit.id}?index=${props.indexCode}&year=${props.year}`}
                  size="sm"
                >
                  {row.unit.name}
                </Anchor>
                {row.region && (
                  <Text size="xs" c="dimmed">
                    {row.region}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <GroupBadge group={row.total.group} />
              </Table.Td>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {row.assessed ? score(row.total.score) : t('indices.notAssessed')}
              </Table.Td>
              <Table.Td>
                <StandingChange standing={row.total} />
              </Table.Td>
              {dimensions.map((code) => (
                <Table.Td key={code} ta="right">
                  {score(row.dimensions[code]?.score)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
