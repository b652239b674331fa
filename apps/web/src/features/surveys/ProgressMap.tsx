import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { useElementSize, useMediaQuery } from '@mantine/hooks';
import { QueryState } from '../../components/QueryState.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { communeMapOption } from '../indices/charts/communeMapOption.ts';
import { EChart } from '../indices/charts/EChart.tsx';
import { escapeHtml } from '../indices/charts/echarts.ts';
import { mapFeatures, useCommuneMap } from '../indices/charts/mapData.ts';
import type { RunProgress } from './api.ts';
import { bandPieces, joinStrata } from './progressBands.ts';

/**
 * The run's communes on the province's commune map, coloured by the tiles' completion
 * bands (lazy chunk: ECharts and the map file load only for a province's run).
 */
export function ProgressMap({
  provinceCode,
  codeOfUnit,
  strata,
}: {
  provinceCode: string;
  codeOfUnit: ReadonlyMap<number, string>;
  strata: RunProgress['strata'];
}) {
  const t = useT();
  const lang = useLang();
  const compact = useMediaQuery('(max-width: 36em)') ?? false;
  // The legend's layout follows the chart's own width (a 5/12 column on a wide screen).
  const { ref, width } = useElementSize();
  const map = useCommuneMap(provinceCode);
  const option = useMemo(() => {
    if (!map.data) return null;
    const features = mapFeatures(map.data);
    const { onMap } = joinStrata(strata, codeOfUnit, new Set(features.keys()));
    return communeMapOption({
      mapName: map.data,
      features,
      areas: onMap.map((a) => ({
        code: a.code,
        value: a.pct,
        tooltip: [
          `<b>${escapeHtml(features.get(a.code) ?? a.code)}</b>`,
          ...(a.strata.length > 1 ? a.strata.map((s) => escapeHtml(s.name)) : []),
          t('surveys.progress.mapTooltip', {
            responses: formatNumber(a.responses, lang),
            target: formatNumber(a.target, lang),
            pct: a.pct,
          }),
        ].join('<br/>'),
      })),
      pieces: bandPieces((b) => t(`surveys.progress.band.${b}`)),
      noDataTooltip: (name) =>
        `<b>${escapeHtml(name)}</b><br/>${escapeHtml(t('surveys.progress.notSampled'))}`,
      width: Math.round(width),
    });
  }, [map.data, strata, codeOfUnit, t, lang, width]);
  if (!option) return <QueryState error={map.error} retry={() => void map.refetch()} />;
  return (
    <div data-testid="progress-map" ref={ref}>
      <EChart option={option} title={t('surveys.progress.map')} height={compact ? 440 : 560} />
      <Text size="xs" c="dimmed">
        {t('surveys.progress.mapNote')}
      </Text>
    </div>
  );
}
