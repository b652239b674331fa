import { useMemo } from 'react';
import { Paper, Stack, Table, Text } from '@mantine/core';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDecimal, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { EChart } from '../indices/charts/EChart.tsx';
import type { ChartOption } from '../indices/charts/echarts.ts';
import { useFeedbackStats } from './api.ts';

const CHART_LIMIT = 15;

/** Per agency or commune: received, on time, late, overdue, days to answer, satisfaction. */
export function FeedbackStats() {
  const t = useT();
  const lang = useLang();
  const stats = useFeedbackStats();
  const rows = stats.data?.rows;
  const option = useMemo<ChartOption | null>(() => {
    if (!rows?.length) return null;
    const top = rows.slice(0, CHART_LIMIT).reverse();
    const series = [
      ['feedback.stats.onTime', (r: (typeof top)[number]) => r.onTime, '#2f9e44'],
      ['feedback.stats.late', (r: (typeof top)[number]) => r.late, '#f08c00'],
      ['feedback.stats.overdue', (r: (typeof top)[number]) => r.overdue, '#e03131'],
      [
        'feedback.status.assigned',
        (r: (typeof top)[number]) => r.received - r.answered - r.overdue,
        '#1c7ed6',
      ],
    ] as const;
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 28 },
      grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: top.map((r) => r.name),
        axisLabel: { width: 220, overflow: 'truncate' },
      },
      series: series.map(([key, value, color]) => ({
        name: t(key),
        type: 'bar',
        stack: 'all',
        itemStyle: { color },
        data: top.map(value),
      })),
    } as ChartOption;
  }, [rows, t]);
  if (!rows) return <QueryState error={stats.error} retry={() => void stats.refetch()} />;
  if (rows.length === 0) return <Text c="dimmed">{t('feedback.stats.none')}</Text>;
  const n = (v: number) => formatNumber(v, lang);
  const d = (v: number | null) => (v === null ? '—' : formatDecimal(v, lang, 1));
  return (
    <Stack gap="md">
      {option && (
        <Paper withBorder p="xs">
          <EChart
            option={option}
            title={t('feedback.stats.chart')}
            height={120 + Math.min(rows.length, CHART_LIMIT) * 32}
          />
        </Paper>
      )}
      <Table.ScrollContainer minWidth={820}>
        <Table striped withTableBorder data-testid="feedback-stats">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('feedback.stats.agency')}</Table.Th>
              <Table.Th ta="right">{t('feedback.stats.received')}</Table.Th>
              <Table.Th ta="right">{t('feedback.stats.answered')}</Table.Th>
              <Table.Th ta="right">{t('feedback.stats.onTime')}</Table.Th>
              <Table.Th ta="right">{t('feedback.stats.late')}</Table.Th>
              <Table.Th ta="right">{t('feedback.stats.overdue')}</Table.Th>
              <Table.Th ta="right">{t('feedback.stats.days')}</Table.Th>
              <Table.Th ta="right">{t('feedback.stats.satisfaction')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td ta="right">{n(r.received)}</Table.Td>
                <Table.Td ta="right">{n(r.answered)}</Table.Td>
                <Table.Td ta="right">{n(r.onTime)}</Table.Td>
                <Table.Td ta="right">{n(r.late)}</Table.Td>
                <Table.Td ta="right">{n(r.overdue)}</Table.Td>
                <Table.Td ta="right">{d(r.averageDays)}</Table.Td>
                <Table.Td ta="right">
                  {d(r.satisfaction)}
                  {r.ratings > 0 && ` (${n(r.ratings)})`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
