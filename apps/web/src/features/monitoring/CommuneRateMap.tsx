import { useMemo } from 'react';
import { Paper, Text } from '@mantine/core';
import { useElementSize, useMediaQuery } from '@mantine/hooks';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { communeMapOption } from '../indices/charts/communeMapOption.ts';
import { EChart } from '../indices/charts/EChart.tsx';
import { escapeHtml } from '../indices/charts/echarts.ts';
import { mapFeatures, useCommuneMap } from '../indices/charts/mapData.ts';
import { SUBMISSION_KEYS } from '../reports/labels.ts';
import { useReportingBoard, type ReportingQuery } from './api.ts';
import { communeStateAreas, communeStatePieces } from './chartOptions.ts';

/**
 * A province's board: its communes and wards on the province's commune map, each coloured
 * by the state of its report for the period. The commune rows come from the same board
 * route filtered to the commune level (at most 168 communes in a province: one page of 200).
 */
export function CommuneRateMap({
  query,
  provinceCode,
  title,
}: {
  query: Pick<ReportingQuery, 'regimeId' | 'periodKey' | 'unitId'>;
  provinceCode: string;
  title: string;
}) {
  const t = useT();
  const compact = useMediaQuery('(max-width: 36em)') ?? false;
  // The legend's layout follows the chart's own width (a 5/12 column on a wide screen).
  const { ref, width } = useElementSize();
  const map = useCommuneMap(provinceCode);
  const communes = useReportingBoard({ ...query, level: 'commune', page: 1, pageSize: 200 });
  const rows = communes.data?.reporters.items;
  const option = useMemo(() => {
    if (!map.data || !rows) return null;
    return communeMapOption({
      mapName: map.data,
      features: mapFeatures(map.data),
      areas: communeStateAreas(rows, (row) =>
        [
          `<b>${escapeHtml(row.unit.name)}</b>`,
          escapeHtml(t(SUBMISSION_KEYS[row.state])),
          `${escapeHtml(t('report.col.due'))}: ${formatDate(row.dueOn)}`,
          ...(row.firstSubmittedAt
            ? [
                `${escapeHtml(t('monitoring.firstSubmitted'))}: ${formatDateTime(row.firstSubmittedAt)}`,
              ]
            : []),
        ].join('<br/>'),
      ),
      pieces: communeStatePieces((s) => t(SUBMISSION_KEYS[s])),
      noDataTooltip: (name) =>
        `<b>${escapeHtml(name)}</b><br/>${escapeHtml(t('monitoring.noReporters'))}`,
      width: Math.round(width),
    });
  }, [map.data, rows, t, width]);
  return (
    <Paper withBorder p="xs" radius="md" data-testid="commune-rate-map" ref={ref}>
      {option ? (
        <EChart option={option} title={title} height={compact ? 480 : 600} />
      ) : (
        <QueryState
          error={map.error ?? communes.error}
          retry={() => void (map.error ? map.refetch() : communes.refetch())}
        />
      )}
      <Text size="xs" c="dimmed">
        {t('monitoring.communeMapNote')}
      </Text>
    </Paper>
  );
}
