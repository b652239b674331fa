import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { useLineage, useProfile } from '../indices/api.ts';
import { WeakestPanel } from '../indices/GapPanels.tsx';
import { GroupBadge, StandingChange } from '../indices/GroupBadge.tsx';
import { DEFAULT_INDEX, editionFor, useElementLabels } from '../indices/selection.ts';
import { useIndices } from '../indices/api.ts';

/**
 * The province's latest index position: score, rank, group, change and weakest dimensions.
 * A post-2025 province formed from one province reads that one's official result.
 */
export function IndexPositionCard({ provinceId }: { provinceId: number }) {
  const t = useT();
  const lang = useLang();
  const indices = useIndices();
  const summary = indices.data?.items.find((i) => i.framework.code === DEFAULT_INDEX);
  const year = summary?.years.at(-1)?.year ?? null;
  const own = useProfile(DEFAULT_INDEX, provinceId, year);
  const lineage = useLineage(DEFAULT_INDEX, own.isError ? provinceId : null);
  const single =
    lineage.data && lineage.data.predecessors.length === 1
      ? lineage.data.predecessors[0]!.unit.id
      : null;
  // Only once the lineage names another province: asking with the province's own id again
  // re-sent the request that had just answered 404 (four identical requests per home load).
  const fallback = useProfile(DEFAULT_INDEX, single ?? provinceId, single ? year : null);
  const profile = own.data ?? fallback.data;
  const labels = useElementLabels(editionFor(summary, year));
  const point = profile?.trend.find((p) => p.year === profile.year);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={t('home.index.title', { index: DEFAULT_INDEX, year: year ?? '' })}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('home.index.title', { index: DEFAULT_INDEX, year: year ?? '—' })}
          </Title>
          {profile && (
            <Anchor
              component={Link}
              to={`/indices/profile/${profile.unit.id}?year=${profile.year}`}
              size="sm"
            >
              {t('home.index.open')}
            </Anchor>
          )}
        </Group>
        {!profile ? (
          <Text size="sm" c="dimmed">
            {t('home.index.none')}
          </Text>
        ) : (
          <>
            <SimpleGrid cols={2} spacing="md">
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('indices.total')}
                </Text>
                <Text fz={26} fw={700} lh={1.1} data-testid="home-index-total">
                  {profile.total.score === null
                    ? t('indices.notAssessed')
                    : formatDecimal(profile.total.score, lang)}
                </Text>
              </Stack>
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('indices.rank')}
                </Text>
                <Text fz={20} fw={600}>
                  {profile.total.rank === null
                    ? '—'
                    : t('indices.rankOf', {
                        rank: profile.total.rank,
                        count: point?.assessedCount ?? '—',
                      })}
                </Text>
              </Stack>
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('indices.group')}
                </Text>
                <div>
                  <GroupBadge group={profile.total.group} wrap />
                </div>
              </Stack>
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('indices.changeVs', { year: profile.year - 1 })}
                </Text>
                <StandingChange standing={profile.total} />
              </Stack>
            </SimpleGrid>
            <Text size="sm" fw={600}>
              {t('home.index.weakest')}
            </Text>
            <WeakestPanel profile={profile} label={labels.long} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
