import { Anchor, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, formatDecimal, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { useReportingBoard } from '../monitoring/api.ts';
import { domainText } from '../../i18n/domain-text.ts';

/** The reporting rate of the period due now (or most recently), as monitoring opens on it. */
export function RateCard({ unitId }: { unitId: number }) {
  const t = useT();
  const lang = useLang();
  const board = useReportingBoard({ unitId, page: 1, pageSize: 1 });
  const data = board.data;
  const total = data?.total;
  const due = data ? Object.values(data.period.due).sort().at(-1) : undefined;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={t('monitoring.tab.reporting')}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {data
              ? t('home.rate.title', { period: domainText(data.period.label) })
              : t('monitoring.tab.reporting')}
          </Title>
          <Anchor component={Link} to="/monitoring" size="sm">
            {t('home.rate.open')}
          </Anchor>
        </Group>
        {!data || !total ? (
          <Text size="sm" c="dimmed">
            {board.isError ? t('home.rate.none') : '…'}
          </Text>
        ) : (
          <>
            <Text fz={28} fw={700} lh={1.1} data-testid="home-rate">
              {total.rate === null ? '—' : `${formatDecimal(total.rate, lang, 1)}%`}
            </Text>
            <Progress
              value={total.rate ?? 0}
              color={(total.rate ?? 0) >= 80 ? 'teal' : 'orange'}
              aria-hidden
            />
            <Text size="sm" c="dimmed">
              {t('home.rate.line', {
                submitted: formatNumber(total.submitted, lang),
                expected: formatNumber(total.expected, lang),
                due: due ? formatDate(due) : '—',
              })}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
