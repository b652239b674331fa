import { List, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDecimal, formatSigned } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Edition, Profile } from './api.ts';
import { GroupBadge } from './GroupBadge.tsx';

interface Props {
  profile: Profile;
  label: (code: string) => string;
}

/** Up to five weakest elements, only those below the national median, worst gap first. */
export function WeakestPanel({ profile, label }: Props) {
  const t = useT();
  const lang = useLang();
  if (profile.weakest.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t(profile.assessed ? 'indices.profile.noneBelowMedian' : 'indices.profile.noWeakest')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {profile.weakest.length < 5 && (
        <Text size="sm" c="dimmed" data-testid="weakest-fewer">
          {t('indices.profile.weakestFewer', { count: profile.weakest.length })}
        </Text>
      )}
      <List type="ordered" spacing={6}>
        {profile.weakest.map((w) => (
          <List.Item key={w.code}>
            <Text size="sm" span fw={600}>
              {label(w.code)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('indices.profile.weakLine', {
                score: formatDecimal(w.score, lang),
                median: formatDecimal(w.median, lang),
              })}{' '}
              <Text span c={w.gap < 0 ? 'red.8' : undefined} fw={600}>
                {formatSigned(w.gap, lang)}
              </Text>
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

type Gain = NonNullable<Profile['nextGroup']>['gains'][number];

const VERDICT_COLOR: Record<Gain['verdict'], string> = {
  above_max: 'red.8',
  above_national_best: 'red.8',
  above_own_best: 'orange.9',
  feasible: 'teal.8',
};

/** The verdict on one dimension's needed gain, with the figure it was judged against. */
function Verdict({ gain, max }: { gain: Gain; max: number }) {
  const t = useT();
  const lang = useLang();
  const fmt = (v: number) => formatDecimal(v, lang);
  const own = gain.ownBest;
  const text =
    gain.verdict === 'above_max'
      ? t('indices.profile.verdict.above_max', { max: fmt(max) })
      : gain.verdict === 'above_national_best'
        ? t('indices.profile.verdict.above_national_best', { best: fmt(gain.nationalBest) })
        : own === null
          ? t('indices.profile.verdict.feasibleNoHistory', { best: fmt(gain.nationalBest) })
          : t(`indices.profile.verdict.${gain.verdict}`, { best: fmt(own.score), year: own.year });
  const ok = gain.verdict === 'feasible';
  return (
    <Text size="sm" c={VERDICT_COLOR[gain.verdict]} fw={ok ? undefined : 600}>
      {ok ? '✓' : gain.verdict === 'above_own_best' ? '!' : '✗'} {text}
    </Text>
  );
}

/** "Khoảng cách lên nhóm trên": threshold, points needed, and each dimension's gain alone. */
export function NextGroupPanel({
  profile,
  label,
  edition,
}: Props & { edition: Edition | undefined }) {
  const t = useT();
  const lang = useLang();
  const compact = useMediaQuery('(max-width: 36em)') ?? false;
  const next = profile.nextGroup;
  if (!profile.assessed) {
    return (
      <Text size="sm" c="dimmed">
        {t('indices.profile.noGapUnassessed')}
      </Text>
    );
  }
  if (!next) {
    return <Text size="sm">{t('indices.profile.topGroup')}</Text>;
  }
  const scoreOf = (code: string) => profile.dimensions.find((d) => d.code === code)?.score ?? null;
  const maxOf = (code: string) => edition?.dimensions.find((d) => d.code === code)?.max ?? 10;
  return (
    <Stack gap="xs">
      <Text size="sm" component="div">
        {t('indices.profile.nextGroupIntro')} <GroupBadge group={next.group} />
      </Text>
      <Text size="sm">
        {t('indices.profile.threshold', { value: formatDecimal(next.threshold, lang) })}
        {' · '}
        <b>
          {t('indices.profile.pointsNeeded', { value: formatDecimal(next.pointsNeeded, lang) })}
        </b>
      </Text>
      {compact ? (
        // A phone: one block per dimension, so the verdict is read without scrolling sideways.
        <Stack gap="xs" data-testid="gap-list">
          {next.gains.map((g) => {
            const score = scoreOf(g.code);
            return (
              <div key={g.code}>
                <Text size="sm" fw={600}>
                  {label(g.code)}
                </Text>
                <Text size="sm" c="dimmed">
                  {score === null ? '—' : formatDecimal(score, lang)} +{formatDecimal(g.gain, lang)}{' '}
                  → {formatDecimal(g.target, lang)}
                </Text>
                <Verdict gain={g} max={maxOf(g.code)} />
              </div>
            );
          })}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('indices.dimension')}</Table.Th>
                <Table.Th ta="right">{t('indices.score')}</Table.Th>
                <Table.Th ta="right">{t('indices.profile.gainNeeded')}</Table.Th>
                <Table.Th ta="right">{t('indices.profile.after')}</Table.Th>
                <Table.Th>{t('indices.profile.feasibility')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {next.gains.map((g) => {
                const score = scoreOf(g.code);
                return (
                  <Table.Tr key={g.code}>
                    <Table.Td>{label(g.code)}</Table.Td>
                    <Table.Td ta="right">
                      {score === null ? '—' : formatDecimal(score, lang)}
                    </Table.Td>
                    <Table.Td ta="right">+{formatDecimal(g.gain, lang)}</Table.Td>
                    <Table.Td ta="right">{formatDecimal(g.target, lang)}</Table.Td>
                    <Table.Td>
                      <Verdict gain={g} max={maxOf(g.code)} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        {t('indices.profile.gapNote')} {t('indices.profile.verdictNote')}
      </Text>
    </Stack>
  );
}
