import { useMemo, useState } from 'react';
import { Grid, Group, Paper, Select, Text } from '@mantine/core';
import { todayIso } from '../../api/clock.ts';
import { usePlans } from '../plans/api.ts';
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
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState<string | null>(String(thisYear));
  const [planId, setPlanId] = useState<string | null>(null);
  const plans = usePlans({
    status: 'issued',
    page: 1,
    pageSize: 200,
    ...(year ? { year: Number(year) } : {}),
  });
  const board = useTaskBoard({
    unitId,
    ...(year ? { year: Number(year) } : {}),
    ...(planId ? { planId: Number(planId) } : {}),
  });
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
  const filters = (
    <Group align="flex-end" gap="sm" mb="sm">
      <Select
        label={t('monitoring.filterYear')}
        placeholder={t('plans.all')}
        clearable
        data={Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i))}
        value={year}
        onChange={(v) => {
          setYear(v);
          setPlanId(null);
        }}
        w={150}
      />
      <Select
        label={t('work.filterPlan')}
        placeholder={t('plans.all')}
        clearable
        searchable
        data={(plans.data?.items ?? []).map((p) => ({
          value: String(p.id),
          label: p.documentNumber ? `${p.documentNumber} – ${p.title}` : p.title,
        }))}
        value={planId}
        onChange={setPlanId}
        w={{ base: '100%', sm: 420 }}
      />
    </Group>
  );
  if (!board.data || !options)
    return (
      <>
        {filters}
        <QueryState error={board.error} retry={() => void board.refetch()} />
      </>
    );
  return (
    <>
      {filters}
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
    </>
  );
}
