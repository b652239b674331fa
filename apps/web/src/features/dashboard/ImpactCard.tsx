import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatSigned } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { useImpact } from '../indices/impact/api.ts';
import { associationText, groupText, rankText } from '../indices/impact/impactText.ts';
import { DEFAULT_INDEX } from '../indices/selection.ts';

const TOP = 4;

/**
 * "What moved" on a leader's or coordinator's home: the biggest moves against the national
 * median, the rank and group change, the comparison of the first move with its test and n,
 * and the caveat that it is an association. The full view lists every move and task.
 */
export function ImpactCard({ provinceId }: { provinceId: number }) {
  const t = useT();
  const lang = useLang();
  const impact = useImpact(DEFAULT_INDEX, provinceId);
  const s = impact.data;
  if (!s || !s.available) return null;
  const first = s.moved[0];
  const group = groupText(s.standing, t);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('impact.title')}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4">
            {t('impact.cardTitle', {
              index: s.code,
              year: s.year,
              previous: s.previousYear ?? '',
            })}
          </Title>
          <Anchor component={Link} to={`/indices/impact/${s.unit.id}?year=${s.year}`} size="sm">
            {t('impact.open')}
          </Anchor>
        </Group>
        <Text size="sm" fw={600}>
          {rankText(s.standing, t)}
          {group ? ` · ${group}` : ''}
        </Text>
        {s.moved.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('impact.noMoves')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {s.moved.slice(0, TOP).map((m) => (
              <Group key={m.code} component="li" gap="xs" wrap="nowrap" align="flex-start">
                <Badge
                  color={m.direction === 'rose' ? 'green' : 'red'}
                  variant="light"
                  radius="sm"
                  style={{ flexShrink: 0 }}
                >
                  {m.direction === 'rose' ? t('impact.rose') : t('impact.fell')}
                </Badge>
                <Text size="sm" style={{ minWidth: 0 }}>
                  <b>{m.code}</b> {m.name}:{' '}
                  {t('impact.change', {
                    change: formatSigned(m.change, lang),
                    national: formatSigned(m.nationalChange, lang),
                  })}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
        {first && (
          <Text size="xs" c="dimmed">
            <b>{first.code}</b> — {associationText(first.association, t, lang)}
          </Text>
        )}
        <Text size="xs" fs="italic" fw={600}>
          {t('impact.disclaimer')}
        </Text>
      </Stack>
    </Paper>
  );
}
