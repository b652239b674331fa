import { useMemo, useState } from 'react';
import { Group, Paper, Select, Stack, Text } from '@mantine/core';
import { formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Edition, Ranking } from './api.ts';
import { EChart } from './charts/EChart.tsx';
import { pearson, scatterOption, scatterPoints } from './charts/scatterOption.ts';
import { GroupLegend } from './GroupBadge.tsx';
import { groupLabel } from './groups.ts';
import { dimensionCodes, useElementLabels } from './selection.ts';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { ownProvinceId, ownProvinceIds } from './rankingRows.ts';

interface ScatterTabProps {
  ranking: Ranking;
  edition: Edition | undefined;
  indexCode: string;
}

export function ScatterTab({ ranking, edition, indexCode }: ScatterTabProps) {
  const t = useT();
  const lang = useLang();
  const labels = useElementLabels(edition);
  const elements = useMemo(() => ['total', ...dimensionCodes(edition)], [edition]);
  const [x, setX] = useState(() => elements[1] ?? 'total');
  const [y, setY] = useState(() => elements[2] ?? 'total');
  const data = elements.map((code) => ({ value: code, label: labels.short(code) }));

  const me = useCurrentUser();
  const own = useMemo(() => ownProvinceIds(ranking.rows, ownProvinceId(me)), [ranking.rows, me]);
  const option = useMemo(
    () =>
      scatterOption({
        rows: ranking.rows,
        x,
        y,
        xLabel: labels.short(x),
        yLabel: labels.short(y),
        groupLabel: (g) => groupLabel(g, lang),
        fmt: (v) => formatDecimal(v, lang),
        own,
      }),
    [ranking.rows, x, y, labels, lang, own],
  );
  const r = pearson(scatterPoints(ranking.rows, x, y));

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <Select
          label={t('indices.scatter.x')}
          data={data}
          value={x}
          allowDeselect={false}
          onChange={(v) => setX(v ?? 'total')}
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label={t('indices.scatter.y')}
          data={data}
          value={y}
          allowDeselect={false}
          onChange={(v) => setY(v ?? 'total')}
          w={{ base: '100%', xs: 260 }}
        />
        {r !== null && (
          <Text size="sm" pb={6}>
            {t('indices.scatter.r', { r: formatDecimal(r, lang) })}
          </Text>
        )}
      </Group>
      <Paper withBorder p="xs" radius="md">
        <EChart
          option={option}
          title={t('indices.scatter.title', {
            index: indexCode,
            year: ranking.year,
            x: labels.short(x),
            y: labels.short(y),
          })}
          height={480}
        />
      </Paper>
      <GroupLegend />
      <Text size="xs" c="dimmed">
        {t('indices.scatter.note')}
      </Text>
    </Stack>
  );
}
