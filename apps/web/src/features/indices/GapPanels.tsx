import { List, Stack, Table, Text } from '@mantine/core';
import { formatDecimal, formatSigned } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Profile } from './api.ts';
import { GroupBadge } from './GroupBadge.tsx';

interface Props {
  profile: Profile;
  label: (code: string) => string;
}

/** "5 điểm yếu nhất so với trung vị toàn quốc": dimensions or sub-dimensions, worst gap first. */
export function WeakestPanel({ profile, label }: Props) {
  const t = useT();
  const lang = useLang();
  if (profile.weakest.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('indices.profile.noWeakest')}
      </Text>
    );
  }
  return (
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
  );
}

/** "Khoảng cách lên nhóm trên": threshold, points needed, and each dimension's gain alone. */
export function NextGroupPanel({ profile, label }: Props) {
  const t = useT();
  const lang = useLang();
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
      <Table.ScrollContainer minWidth={420}>
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
                  <Table.Td ta="right">
                    {score === null ? '—' : formatDecimal(score + g.gain, lang)}
                  </Table.Td>
                  <Table.Td>
                    {g.feasible ? (
                      <Text size="sm" c="teal.8">
                        ✓ {t('indices.profile.feasible')}
                      </Text>
                    ) : (
                      <Text size="sm" c="red.8" fw={600}>
                        ✗ {t('indices.profile.infeasible')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('indices.profile.gapNote')}
      </Text>
    </Stack>
  );
}
