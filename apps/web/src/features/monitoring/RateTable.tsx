import { Table } from '@mantine/core';
import { useT } from '../../i18n/index.ts';
import type { ReportingBoard } from './api.ts';
import { RateCells } from './RateCards.tsx';
import { CardTable } from '../../components/CardTable.tsx';

type Row = { key: string; label: string; counts: ReportingBoard['total'] };

export function RateTable({ rows, firstHeader }: { rows: Row[]; firstHeader: string }) {
  const t = useT();
  return (
    <CardTable minWidth={640} striped fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{firstHeader}</Table.Th>
          <Table.Th>{t('monitoring.expected')}</Table.Th>
          <Table.Th>{t('monitoring.submitted')}</Table.Th>
          <Table.Th>{t('monitoring.onTime')}</Table.Th>
          <Table.Th>{t('monitoring.late')}</Table.Th>
          <Table.Th>{t('monitoring.missing')}</Table.Th>
          <Table.Th>{t('monitoring.pending')}</Table.Th>
          <Table.Th>{t('monitoring.rate')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{r.label}</Table.Td>
            <RateCells counts={r.counts} />
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CardTable>
  );
}
