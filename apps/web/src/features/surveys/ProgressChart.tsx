import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { EChart } from '../indices/charts/EChart.tsx';
import type { ChartOption } from '../indices/charts/echarts.ts';
import type { RunProgress } from './api.ts';

/** Responses per day (bars) and the running total against the run's target (line). */
export function ProgressChart({ progress }: { progress: RunProgress }) {
  const t = useT();
  const option = useMemo<ChartOption>(() => {
    const perDay = progress.days.map((_, i) =>
      progress.strata.reduce((n, s) => n + (s.byDay[i] ?? 0), 0),
    );
    const cumulative = perDay.map((_, i) => perDay.slice(0, i + 1).reduce((a, b) => a + b, 0));
    const sum = cumulative.at(-1) ?? 0;
    return {
      grid: { left: 40, right: 44, top: 40, bottom: 44 },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, itemWidth: 14, textStyle: { fontSize: 11 } },
      xAxis: { type: 'category', data: progress.days.map((d) => formatDate(d).slice(0, 5)) },
      // No axis names (the legend says which is which): they collide with the title.
      yAxis: [
        { type: 'value', minInterval: 1 },
        {
          type: 'value',
          max: Math.max(progress.target, sum),
          minInterval: 1,
          splitLine: { show: false },
        },
      ],
      series: [
        { name: t('surveys.progress.perDay'), type: 'bar', data: perDay, color: '#4c6ef5' },
        {
          name: t('surveys.progress.total'),
          type: 'line',
          yAxisIndex: 1,
          data: cumulative,
          color: '#e8590c',
          markLine: {
            symbol: 'none',
            data: [{ yAxis: progress.target, name: t('surveys.progress.target') }],
            label: { formatter: t('surveys.progress.target'), position: 'insideEndTop' },
            lineStyle: { type: 'dashed', color: '#2b8a3e' },
          },
        },
      ],
    };
  }, [progress, t]);
  if (progress.days.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('surveys.progress.noResponses')}
      </Text>
    );
  return <EChart option={option} title={t('surveys.progress.chartTitle')} height={260} />;
}
