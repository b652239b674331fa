import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Profile } from './api.ts';
import { GroupBadge, StandingChange } from './GroupBadge.tsx';

function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

export function ProfileHeader({ profile }: { profile: Profile }) {
  const t = useT();
  const lang = useLang();
  const point = profile.trend.find((p) => p.year === profile.year);
  const { total } = profile;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group gap="sm" align="baseline">
          <Title order={2}>{profile.unit.fullName}</Title>
          <Text c="dimmed">
            {t('indices.profile.yearOf', { index: profile.code, year: profile.year })}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <Stat label={t('indices.total')}>
            <Text fz={28} fw={700} lh={1.1} data-testid="profile-total">
              {total.score === null ? t('indices.notAssessed') : formatDecimal(total.score, lang)}
            </Text>
          </Stat>
          <Stat label={t('indices.rank')}>
            <Text fz={22} fw={600}>
              {total.rank === null
                ? '—'
                : t('indices.rankOf', { rank: total.rank, count: point?.assessedCount ?? '—' })}
            </Text>
          </Stat>
          <Stat label={t('indices.group')}>
            <div>
              <GroupBadge group={total.group} wrap />
            </div>
          </Stat>
          <Stat label={t('indices.changeVs', { year: profile.year - 1 })}>
            <StandingChange standing={total} />
          </Stat>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
