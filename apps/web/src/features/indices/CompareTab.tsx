import { useMemo, useState } from 'react';
import { Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import type { Edition, Ranking } from './api.ts';
import { useProfiles } from './api.ts';
import { compareBarsOption, compareTrendOption } from './charts/compareOptions.ts';
import { EChart } from './charts/EChart.tsx';
import { ProvincePicker } from './ProvincePicker.tsx';
import { ownProvinceId, ownProvinceIds } from './rankingRows.ts';
import { dimensionCodes } from './selection.ts';

interface CompareTabProps {
  ranking: Ranking;
  edition: Edition | undefined;
  indexCode: string;
}

export function CompareTab({ ranking, edition, indexCode }: CompareTabProps) {
  const t = useT();
  const lang = useLang();
  const me = useCurrentUser();
  const [picked, setPicked] = useState<string[]>(() => {
    const ids = ownProvinceIds(ranking.rows, ownProvinceId(me));
    const own = ranking.rows.find((r) => ids.has(r.unit.id));
    return own ? [String(own.unit.id)] : [];
  });
  const [basis, setBasis] = useState<'total' | 'total6'>('total6');
  const rows = useMemo(
    () =>
      picked
        .map((id) => ranking.rows.find((r) => String(r.unit.id) === id))
        .filter((r) => r !== undefined),
    [picked, ranking.rows],
  );
  const dims = useMemo(() => dimensionCodes(edition), [edition]);
  const profiles = useProfiles(
    indexCode,
    rows.map((r) => r.unit.id),
    ranking.year,
  );

  const bars = useMemo(
    () =>
      compareBarsOption(rows, dims, ranking, t('indices.nationalMedian'), (v) =>
        formatDecimal(v, lang),
      ),
    [rows, dims, ranking, t, lang],
  );
  const lines = useMemo(
    () =>
      compareTrendOption(
        profiles.flatMap((p) => (p ? [{ name: p.unit.name, trend: p.trend }] : [])),
        basis === 'total6',
        t('indices.frameworkChange'),
        (v) => formatDecimal(v, lang),
      ),
    [profiles, basis, t, lang],
  );

  return (
    <Stack gap="md">
      <ProvincePicker rows={ranking.rows} value={picked} onChange={setPicked} />
      {rows.length === 0 ? (
        <Text c="dimmed">{t('indices.compare.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Paper withBorder p="xs" radius="md">
            <EChart
              option={bars}
              title={t('indices.compare.barsTitle', { year: ranking.year })}
              height={380}
            />
          </Paper>
          <Paper withBorder p="xs" radius="md">
            <Stack gap={4}>
              <SegmentedControl
                aria-label={t('indices.trend.basis')}
                size="xs"
                value={basis}
                onChange={(v) => setBasis(v === 'total' ? 'total' : 'total6')}
                data={[
                  { value: 'total6', label: t('indices.trend.total6') },
                  { value: 'total', label: t('indices.trend.total') },
                ]}
              />
              <EChart option={lines} title={t('indices.compare.trendTitle')} height={340} />
              <Text size="xs" c="dimmed">
                {t('indices.trend.note')}
              </Text>
            </Stack>
          </Paper>
        </SimpleGrid>
      )}
    </Stack>
  );
}
