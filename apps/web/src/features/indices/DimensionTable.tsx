import { Table, Text } from '@mantine/core';
import { formatDecimal } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Profile } from './api.ts';
import { GroupBadge, StandingChange } from './GroupBadge.tsx';

interface Props {
  profile: Profile;
  label: (code: string) => string;
}

export function DimensionTable({ profile, label }: Props) {
  const t = useT();
  const lang = useLang();
  const fmt = (v: number | null) =>
    v === null ? t('indices.notAssessed') : formatDecimal(v, lang);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indices.dimension')}</Table.Th>
            <Table.Th ta="right">{t('indices.score')}</Table.Th>
            <Table.Th ta="right">{t('indices.rank')}</Table.Th>
            <Table.Th>{t('indices.group')}</Table.Th>
            <Table.Th>{t('indices.change')}</Table.Th>
            <Table.Th ta="right">{t('indices.nationalMedian')}</Table.Th>
            <Table.Th ta="right">{t('indices.best')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {profile.dimensions.map((d) => (
            <Table.Tr key={d.code}>
              <Table.Td>{label(d.code)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {fmt(d.score)}
              </Table.Td>
              <Table.Td ta="right">{d.rank ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <GroupBadge group={d.group} />
              </Table.Td>
              <Table.Td>
                <StandingChange standing={d} />
              </Table.Td>
              <Table.Td ta="right">{formatDecimal(d.median, lang)}</Table.Td>
              <Table.Td ta="right">{formatDecimal(d.best, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function SubDimensionTable({ profile, label }: Props) {
  const t = useT();
  const lang = useLang();
  if (profile.subDimensions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('indices.profile.noSubDimensions')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indices.subDimension')}</Table.Th>
            <Table.Th ta="right">{t('indices.score')}</Table.Th>
            <Table.Th ta="right">{t('indices.nationalMedian')}</Table.Th>
            <Table.Th ta="right">{t('indices.gap')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {profile.subDimensions.map((s) => (
            <Table.Tr key={s.code}>
              <Table.Td>{label(s.code)}</Table.Td>
              <Table.Td ta="right">{formatDecimal(s.score, lang, 3)}</Table.Td>
              <Table.Td ta="right">
                {s.median === null ? '—' : formatDecimal(s.median, lang, 3)}
              </Table.Td>
              <Table.Td
                ta="right"
                c={s.median !== null && s.score < s.median ? 'red.8' : undefined}
              >
                {s.median === null ? '—' : formatDecimal(s.score - s.median, lang, 3)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
