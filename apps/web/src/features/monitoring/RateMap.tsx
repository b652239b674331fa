import { useMemo } from 'react';
import { Paper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDecimal, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { EChart } from '../indices/charts/EChart.tsx';
import { escapeHtml } from '../indices/charts/echarts.ts';
import { ARCHIPELAGOS, mapFeatures, useProvinceMap } from '../indices/charts/mapData.ts';
import { QueryState } from '../../components/QueryState.tsx';
import type { ReportingBoard } from './api.ts';
import { rateMapOption } from './chartOptions.ts';

/** Reporting rate per province on the post-2025 (34-province) map. */
export function RateMap({ board, title }: { board: ReportingBoard; title: string }) {
  const t = useT();
  const lang = useLang();
  const compact = useMediaQuery('(max-width: 36em)') ?? false;
  const map = useProvinceMap(2025);
  const option = useMemo(() => {
    if (!map.data) return null;
    // Every province gets an entry (no data = grey); a region missing from the series
    // would be drawn in the series' default colour instead.
    const reported = new Set(board.byProvince.map((p) => p.unit.code));
    const others = [...mapFeatures(map.data).keys()]
      .filter((code) => !reported.has(code))
      .map((code) => ({ code, name: code, rate: null, tooltip: t('monitoring.noReporters') }));
    return rateMapOption({
      mapName: map.data,
      areas: [
        ...others,
        ...board.byProvince.map((p) => ({
          code: p.unit.code,
          name: p.unit.name,
          // Nothing due yet is not a 0 % rate: left grey like a province without reporters.
          rate: p.pending === p.expected ? null : p.rate,
          tooltip: [
            `<b>${escapeHtml(p.unit.name)}</b>`,
            t('monitoring.tooltip', {
              submitted: formatNumber(p.submitted, lang),
              expected: formatNumber(p.expected, lang),
              rate: p.rate === null ? '—' : `${formatDecimal(p.rate, lang, 1)}%`,
            }),
            `${t('monitoring.late')}: ${formatNumber(p.late, lang)} · ${t('monitoring.missing')}: ${formatNumber(p.missing, lang)}`,
          ].join('<br/>'),
        })),
      ],
      archipelagos: ARCHIPELAGOS.map((a) => ({ name: t(a.key), coord: a.coord })),
      compact,
    });
  }, [map.data, board, t, lang, compact]);
  return (
    <Paper withBorder p="xs" radius="md">
      {option ? (
        <EChart option={option} title={title} height={compact ? 520 : 640} />
      ) : (
        <QueryState error={map.error} retry={() => void map.refetch()} />
      )}
      <Text size="xs" c="dimmed">
        {t('monitoring.mapNote')}
      </Text>
    </Paper>
  );
}
