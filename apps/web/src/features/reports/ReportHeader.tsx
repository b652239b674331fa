import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TReport } from '@papi/contracts';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { LEVEL_KEYS } from './labels.ts';
import { ReportStatusBadge, SubmissionBadge } from './ReportStatusBadge.tsx';
import { domainText } from '../../i18n/domain-text.ts';

export function ReportHeader({ report, actions }: { report: TReport; actions: React.ReactNode }) {
  const t = useT();
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 420px', minWidth: 0 }}>
          <Group gap="xs">
            <ReportStatusBadge status={report.status} />
            <SubmissionBadge state={report.submissionState} />
            <Badge variant="outline" color="gray">
              {t('report.versionNo', { n: report.versionNo })}
            </Badge>
          </Group>
          <Title order={2} size="h3">
            {t('report.heading', { period: domainText(report.periodLabel) })}
          </Title>
          <Text size="sm">{report.regime.name}</Text>
          <Text size="sm" c="dimmed">
            {report.agency?.name ?? report.unit.fullName} · {t(LEVEL_KEYS[report.level])} →{' '}
            {report.receiver.fullName}
          </Text>
          <Text size="sm" c="dimmed">
            {t('report.window', {
              from: formatDate(report.period.window.from),
              to: formatDate(report.period.window.to),
            })}{' '}
            · {t('report.dueOn', { date: formatDate(report.dueOn) })}
            {report.firstSubmittedAt &&
              ` · ${t('report.firstSubmitted', { at: formatDateTime(report.firstSubmittedAt) })}`}
          </Text>
        </Stack>
        <Group gap="xs">{actions}</Group>
      </Group>
      {report.pendingReturn && (
        <Alert
          color="orange"
          mt="sm"
          title={t('report.returnedTitle', {
            name: report.pendingReturn.reviewedBy?.fullName ?? '',
          })}
          data-testid="return-comment"
        >
          {report.pendingReturn.comment}
        </Alert>
      )}
    </Paper>
  );
}
