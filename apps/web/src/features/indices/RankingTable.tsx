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
  /** The user's own province (or the old provinces it was formed from): highlighted. */
  own: Set<number>;
}

// Rank and province stay pinned while the dimension columns scroll sideways (narrow screens,
// 1366 px with the sidebar). Pinned cells need an opaque background: the row's, via a variable.
const RANK_WIDTH = 56;
const RANK_CELL: React.CSSProperties = {
  width: RANK_WIDTH,
  minWidth: RANK_WIDTH,
  maxWidth: RANK_WIDTH,
  boxSizing: 'border-box',
};
const pinned = (left: number, header = false): React.CSSProperties => ({
  position: 'sticky',
  left,
  zIndex: header ? 3 : 1,
  background: header ? 'var(--mantine-color-body)' : 'var(--row-bg)',
});
const ROW_BG = {
  own: 'var(--mantine-color-yellow-1)',
  odd: 'var(--mantine-color-gray-0)',
  even: 'var(--mantine-color-body)',
};

function SortHeader(props: {
  label: string;
  title?: string;
  sortKey: string;
  sort: SortState;
  onSort: (key: string) => void;
  align?: 'left' | 'right';
  style?: React.CSSProperties;
}) {
  const t = useT();
  const active = props.sort.key === props.sortKey;
  const arrow = active ? (props.sort.dir === 'asc' ? ' ↑' : ' ↓') : '';
  return (
    <Table.Th
      aria-sort={active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      style={{ textAlign: props.align ?? 'left', whiteSpace: 'nowrap', ...props.style }}
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
    <Table.ScrollContainer minWidth={1040}>
      <Table highlightOnHover stickyHeader verticalSpacing={6} data-testid="ranking-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ whiteSpace: 'nowrap', ...RANK_CELL, ...pinned(0, true) }}>
              {t('indices.rank')}
            </Table.Th>
            <SortHeader
              label={t('indices.province')}
              sortKey="name"
              sort={sort}
              onSort={onSort}
              style={{
                ...pinned(RANK_WIDTH, true),
                boxShadow: 'inset -1px 0 var(--mantine-color-gray-3)',
              }}
            />
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
          {rows.map((row, index) => {
            const isOwn = props.own.has(row.unit.id);
            const bg = isOwn ? ROW_BG.own : index % 2 === 0 ? ROW_BG.odd : ROW_BG.even;
            return (
              <Table.Tr
                key={row.unit.id}
                style={{ '--row-bg': bg, background: 'var(--row-bg)' } as React.CSSProperties}
                data-own={isOwn || undefined}
              >
                <Table.Td style={{ ...pinned(0), ...RANK_CELL }}>{row.total.rank ?? '—'}</Table.Td>
                <Table.Td
                  style={{
                    whiteSpace: 'nowrap',
                    ...pinned(RANK_WIDTH),
                    boxShadow: 'inset -1px 0 var(--mantine-color-gray-3)',
                  }}
                >
                  <Anchor
                    component={Link}
                    to={`/indices/profile/${row.unit.id}?index=${props.indexCode}&year=${props.year}`}
                    size="sm"
                    fw={isOwn ? 700 : undefined}
                  >
                    {row.unit.name}
                  </Anchor>
                  {isOwn && (
                    <Text span size="xs" c="yellow.9" fw={600} ml={6}>
                      ★ {t('indices.ownProvince')}
                    </Text>
                  )}
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
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
