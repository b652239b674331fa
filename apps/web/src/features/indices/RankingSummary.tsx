import { useCallback } from 'react';
import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Ranking } from './api.ts';
import { GROUP_COLORS, groupLabel } from './groups.ts';

type Band = Ranking['bands'][number];

/** "44,61–48,20 · 16 tỉnh": a group's score range and size, as the legend states it. */
export function useBandText() {
  const t = useT();
  const lang = useLang();
  return useCallback(
    (band: Band) =>
      band.min === null || band.max === null
        ? t('indices.bandEmpty')
        : `${t('indices.bandRange', {
            min: formatDecimal(band.min, lang),
            max: formatDecimal(band.max, lang),
          })} · ${t('indices.bandCount', { count: band.count })}`,
    [t, lang],
  );
}

/**
 * The year at a glance, above the ranking and the map: national mean and median of the
 * total, and the four groups with their score ranges and counts (the colour key).
 */
export function RankingSummary({ ranking }: { ranking: Ranking }) {
  const t = useT();
  const lang = useLang();
  const bandText = useBandText();
  const total = ranking.stats.total;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="ranking-summary">
      <Stack gap={6}>
        {total && (
          <Text size="sm" fw={600}>
            {t('indices.meanMedian', {
              mean: formatDecimal(total.mean, lang),
              median: formatDecimal(total.median, lang),
              count: ranking.assessed,
            })}
          </Text>
        )}
        <Group
          gap="md"
          role="list"
          aria-label={t('indices.legendBands', { year: ranking.year })}
          data-testid="group-bands"
        >
          {ranking.bands.map((band) => (
            <Group key={band.group} gap={6} role="listitem" wrap="nowrap" align="flex-start">
              <Box
                w={14}
                h={14}
                mt={3}
                style={{ background: GROUP_COLORS[band.group], borderRadius: 3, flexShrink: 0 }}
              />
              <Text size="sm">
                {groupLabel(band.group, lang)}:{' '}
                <Text span size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {bandText(band)}
                </Text>
              </Text>
            </Group>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
