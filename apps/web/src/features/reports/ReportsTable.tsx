import { Anchor, Table, Text } from '@mantine/core';
import type { TReportSummary } from '@papi/contracts';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { LEVEL_KEYS } from './labels.ts';
import { ReportStatusBadge, SubmissionBadge } from './ReportStatusBadge.tsx';
import { CardTable } from '../../components/CardTable.tsx';
import { domainText } from '../../i18n/domain-text.ts';

export function ReportsTable({ items }: { items: TReportSummary[] }) {
  const t = useT();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('report.list.empty')}
      </Text>
    );
  return (
    <CardTable minWidth={860} striped highlightOnHover data-testid="reports-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('report.col.reporter')}</Table.Th>
          <Table.Th>{t('report.col.period')}</Table.Th>
          <Table.Th>{t('report.col.due')}</Table.Th>
          <Table.Th>{t('report.col.status')}</Table.Th>
          <Table.Th>{t('report.col.timeliness')}</Table.Th>
          <Table.Th>{t('report.col.version')}</Table.Th>
          <Table.Th>{t('report.col.updated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <Anchor component={Link} to={`/reports/${r.id}`} fw={500}>
                {r.agency?.name ?? r.unit.fullName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t(LEVEL_KEYS[r.level])} → {r.receiver.name}
              </Text>
            </Table.Td>
            <Table.Td>
              {domainText(r.periodLabel)}
              <Text size="xs" c="dimmed">
                {r.regime.code}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.dueOn)}</Table.Td>
            <Table.Td>
              <ReportStatusBadge status={r.status} />
            </Table.Td>
            <Table.Td>
              <SubmissionBadge state={r.submissionState} />
            </Table.Td>
            <Table.Td>{r.versionNo}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.updatedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CardTable>
  );
}
