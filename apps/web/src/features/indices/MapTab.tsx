import { useMemo, useState } from 'react';
import { Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Edition, Ranking, RankingRow } from './api.ts';
import { EChart } from './charts/EChart.tsx';
import { escapeHtml } from './charts/echarts.ts';
import { ARCHIPELAGOS, useProvinceMap } from './charts/mapData.ts';
import { mapOption } from './charts/mapOption.ts';
import { groupLabel } from './groups.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { ownProvinceId, ownProvinceIds } from './rankingRows.ts';
import { RankingSummary, useBandText } from './RankingSummary.tsx';
import { dimensionCodes, useElementLabels } from './selection.ts';

interface MapTabProps {
  ranking: Ranking;
  edition: Edition | undefined;
  indexCode: string;
}

export function MapTab({ ranking, edition, indexCode }: MapTabProps) {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const compact = useMediaQuery('(max-width: 36em)') ?? false;
  const labels = useElementLabels(edition);
  const map = useProvinceMap(ranking.year);
  const [colorBy, setColorBy] = useState('group');
  const element = colorBy === 'group' ? 'total' : colorBy;
  const me = useCurrentUser();
  const bandText = useBandText();
  const own = useMemo(() => {
    const ids = ownProvinceIds(ranking.rows, ownProvinceId(me));
    return new Set(ranking.rows.filter((r) => ids.has(r.unit.id)).map((r) => r.unit.code));
  }, [ranking.rows, me]);

  const option = useMemo(() => {
    if (!map.data) return null;
    const stats = ranking.stats[element];
    const tooltip = (row: RankingRow) => {
      const standing = element === 'total' ? row.total : row.dimensions[element];
      const lines = [`<b>${escapeHtml(row.unit.name)}</b>`];
      if (!standing || standing.score === null) lines.push(t('indices.notAssessed'));
      else {
        lines.push(`${escapeHtml(labels.short(element))}: ${formatDecimal(standing.score, lang)}`);
        lines.push(t('indices.rankOf', { rank: standing.rank ?? '—', count: ranking.assessed }));
        if (standing.group) lines.push(escapeHtml(groupLabel(standing.group, lang)));
      }
      return lines.join('<br/>');
    };
    return mapOption({
      mapName: map.data,
      rows: ranking.rows,
      colorBy,
      range: stats ? { min: stats.min, max: stats.max } : null,
      // The legend states each group's score range and size, like the ranking's.
      groupLabel: (g) => {
        const band = ranking.bands.find((b) => b.group === g);
        return band ? `${groupLabel(g, lang)}: ${bandText(band)}` : groupLabel(g, lang);
      },
      tooltip,
      archipelagos: ARCHIPELAGOS.map((a) => ({ name: t(a.key), coord: a.coord })),
      compact,
      own,
    });
  }, [map.data, ranking, colorBy, element, labels, lang, t, compact, own, bandText]);

  const open = (code: string | undefined) => {
    const row = ranking.rows.find((r) => r.unit.code === code);
    if (row)
      void navigate(`/indices/profile/${row.unit.id}?index=${indexCode}&year=${ranking.year}`);
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('indices.map.colorBy')}
          value={colorBy}
          allowDeselect={false}
          onChange={(value) => setColorBy(value ?? 'group')}
          data={[
            { value: 'group', label: t('indices.map.byGroup') },
            ...['total', ...dimensionCodes(edition)].map((code) => ({
              value: code,
              label: t('indices.map.byScore', { element: labels.short(code) }),
            })),
          ]}
          w={{ base: '100%', xs: 320 }}
        />
      </Group>
      <RankingSummary ranking={ranking} />
      <Paper withBorder p="xs" radius="md">
        {option ? (
          <EChart
            option={option}
            title={t('indices.map.title', { index: indexCode, year: ranking.year })}
            height={compact ? 560 : 720}
            onClick={(event) => open(event.name)}
          />
        ) : (
          <QueryState error={map.error} retry={() => void map.refetch()} />
        )}
      </Paper>
      <Text size="xs" c="dimmed">
        {t(ranking.year >= 2025 ? 'indices.map.note34' : 'indices.map.note')}
      </Text>
    </Stack>
  );
}
