import { Alert, Group, Paper, Stack, Text } from '@mantine/core';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { useMyWork } from '../work/api.ts';
import { StartReportButton } from './StartReportButton.tsx';
import { domainText } from '../../i18n/domain-text.ts';

/**
 * The reports the unit owes and has not started, each with its start button: the reports
 * page is where an officer looks for them, not only My work. Same list as My work's
 * (one query), so both always agree.
 */
export function OwedReports() {
  const t = useT();
  const owed = useMyWork({ kind: 'report', page: 1, pageSize: 50, status: 'open' });
  const items = (owed.data?.items ?? []).filter(
    (i) => i.kind === 'report' && i.role === 'own' && i.report.reportId === null,
  );
  if (!items.length) return null;
  return (
    <Alert color="blue" variant="light" title={t('report.owed.title', { n: items.length })}>
      <Stack gap="xs" data-testid="owed-reports">
        {items.map((i) =>
          i.kind !== 'report' ? null : (
            <Paper
              key={`${i.report.regimeId}-${i.report.periodKey}-${i.report.agency?.id ?? 0}`}
              p="xs"
              withBorder
            >
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={0} style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <Text size="sm" fw={500}>
                    {i.report.regimeName} — {domainText(i.report.periodLabel)}
                  </Text>
                  <Text size="xs" c={i.overdue ? 'red' : 'dimmed'}>
                    {i.report.agency?.name ?? i.report.unit.fullName} ·{' '}
                    {t(i.overdue ? 'report.owed.overdue' : 'report.owed.due', {
                      date: formatDate(i.dueOn),
                    })}
                  </Text>
                </Stack>
                <StartReportButton report={i.report} />
              </Group>
            </Paper>
          ),
        )}
      </Stack>
    </Alert>
  );
}
