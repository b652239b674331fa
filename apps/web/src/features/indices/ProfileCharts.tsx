import { useMemo, useState } from 'react';
import { Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Profile } from './api.ts';
import { EChart } from './charts/EChart.tsx';
import { radarOption, rankTrendOption, scoreTrendOption } from './charts/profileOptions.ts';

interface Props {
  profile: Profile;
  label: (code: string) => string;
  /** Shown in the grid's last cell, beside the radar. */
  children?: React.ReactNode;
}

export function ProfileCharts({ profile, label, children }: Props) {
  const t = useT();
  const lang = useLang();
  const compact = useMediaQuery('(max-width: 36em)') ?? false;
  const [basis, setBasis] = useState<'total' | 'total6'>('total');
  const name = profile.unit.name;
  const fmt = useMemo(() => (v: number) => formatDecimal(v, lang), [lang]);
  const marker = t('indices.frameworkChange');

  const scores = useMemo(
    () =>
      scoreTrendOption(
        profile,
        basis === 'total6',
        { series: t(basis === 'total6' ? 'indices.trend.total6' : 'indices.trend.total'), marker },
        fmt,
      ),
    [profile, basis, t, marker, fmt],
  );
  const ranks = useMemo(
    () =>
      rankTrendOption(profile, {
        series: t('indices.rank'),
        marker,
        rankOf: (rank, count) => t('indices.rankOf', { rank, count }),
      }),
    [profile, t, marker],
  );
  const radar = useMemo(
    () =>
      radarOption(
        profile,
        {
          province: name,
          mean: t('indices.nationalMean'),
          median: t('indices.nationalMedian'),
          best: t('indices.best'),
        },
        label,
        fmt,
        compact,
      ),
    [profile, name, t, label, fmt, compact],
  );

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Paper withBorder p="sm" radius="md">
        <Stack gap={6}>
          <Title order={4}>{t('indices.trend.title')}</Title>
          <SegmentedControl
            aria-label={t('indices.trend.basis')}
            size="xs"
            value={basis}
            onChange={(v) => setBasis(v === 'total6' ? 'total6' : 'total')}
            data={[
              { value: 'total', label: t('indices.trend.total') },
              { value: 'total6', label: t('indices.trend.total6') },
            ]}
          />
          <EChart
            option={scores}
            title={`${t('indices.trend.title')} ${name} ${profile.year}`}
            height={300}
          />
          <Text size="xs" c="dimmed">
            {t('indices.trend.note')}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="sm" radius="md">
        <Stack gap={6}>
          <Title order={4}>{t('indices.trend.rankTitle')}</Title>
          <EChart
            option={ranks}
            title={`${t('indices.trend.rankTitle')} ${name} ${profile.year}`}
            height={330}
          />
          <Text size="xs" c="dimmed">
            {t('indices.trend.rankNote')}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="sm" radius="md">
        <Stack gap={6}>
          <Title order={4}>{t('indices.radar.title')}</Title>
          <EChart
            option={radar}
            title={`${t('indices.radar.title')} ${name} ${profile.year}`}
            height={compact ? 340 : 400}
          />
          <Text size="xs" c="dimmed">
            {t('indices.radar.note')}
          </Text>
        </Stack>
      </Paper>
      {children}
    </SimpleGrid>
  );
}
