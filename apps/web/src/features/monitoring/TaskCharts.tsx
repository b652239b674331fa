import { useMemo } from 'react';
import { Grid, Paper, Text } from '@mantine/core';
import type { TaskStatus } from '@papi/domain';
import { formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { EChart } from '../indices/charts/EChart.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TASK_STATUS_KEYS } from '../work/labels.ts';
import { useTaskBoard } from './api.ts';
import { stackedStatusOption } from './chartOptions.ts';

const AGENCY_LIMIT = 15;

/** Tasks by status per dimension and per lead agency (largest first), as stacked bars. */
export function TaskCharts({ unitId }: { unitId: number }) {
  const t = useT();
  const lang = useLang();
  const board = useTaskBoard(unitId);
  const options = useMemo(() => {
    if (!board.data) return null;
    const label = (s: TaskStatus) => t(TASK_STATUS_KEYS[s]);
    const fmt = (n: number) => formatNumber(n, lang);
    const dims = board.data.byDimension.map((d) => ({
      label: d.code || t('monitoring.noDimension'),
      byStatus: d.byStatus,
    }));
    const agencies = [...board.data.byAgency]
      .sort((a, b) => b.total - a.total)
      .slice(0, AGENCY_LIMIT)
      .map((a) => ({ label: a.agency?.name ?? t('monitoring.noAgency'), byStatus: a.byStatus }));
    return {
      dims: stackedStatusOption(dims, label, fmt),
      agencies: stackedStatusOption(agencies, label, fmt),
      dimHeight: 110 + dims.length * 32,
      agencyHeight: 110 + agencies.length * 32,
    };
  }, [board.data, t, lang]);
  if (!board.data || !options)
    return <QueryState error={board.error} retry={() => void board.refetch()} />;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Paper withBorder p="xs" radius="md">
          <EChart
            option={options.dims}
            title={t('monitoring.byDimension', { total: formatNumber(board.data.total, lang) })}
            height={options.dimHeight}
          />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Paper withBorder p="xs" radius="md">
          <EChart
            option={options.agencies}
            title={t('monitoring.byAgency')}
            height={options.agencyHeight}
          />
          {board.data.byAgency.length > AGENCY_LIMIT && (
            <Text size="xs" c="dimmed">
              {t('monitoring.agencyLimit', { count: AGENCY_LIMIT })}
            </Text>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
