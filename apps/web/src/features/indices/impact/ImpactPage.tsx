import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatDate, formatDecimal, formatSigned } from '../../../i18n/format.ts';
import { useLang, useT, type MessageKey } from '../../../i18n/index.ts';
import { TASK_STATUS_COLORS, TASK_STATUS_KEYS } from '../../work/labels.ts';
import { DEFAULT_INDEX } from '../selection.ts';
import { useImpact, type MovedElement } from './api.ts';
import { associationText, groupText, methodText, rankText } from './impactText.ts';

// A long status ("Hoàn thành muộn") wraps in a narrow column instead of being cut.
const WRAP = {
  root: { height: 'auto', maxWidth: '100%' },
  label: { whiteSpace: 'normal' as const },
};

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Stack>
  );
}

function MovedSection({ m }: { m: MovedElement }) {
  const t = useT();
  const lang = useLang();
  const rose = m.direction === 'rose';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={`${m.code} ${m.name}`}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge
            color={rose ? 'green' : 'red'}
            variant="light"
            radius="sm"
            style={{ flexShrink: 0 }}
          >
            {rose ? t('impact.rose') : t('impact.fell')}
          </Badge>
          <Title order={3} size="h5">
            {m.code}. {m.name}
          </Title>
        </Group>
        <Group gap="xl" wrap="wrap" style={{ rowGap: 8 }}>
          <Figure label={t('impact.previous')} value={formatDecimal(m.previous, lang)} />
          <Figure label={t('impact.current')} value={formatDecimal(m.current, lang)} />
          <Figure
            label={t('impact.changeLabel')}
            value={t('impact.change', {
              change: formatSigned(m.change, lang),
              national: formatSigned(m.nationalChange, lang),
            })}
          />
          <Figure label={t('impact.relative')} value={formatSigned(m.relativeChange, lang)} />
        </Group>
        <Text size="sm" fw={600}>
          {t('impact.tasks', { n: m.tasksTotal })}
        </Text>
        {m.tasks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('impact.tasks.none')}
          </Text>
        ) : (
          // A list rather than a table: it reads the same on a phone, nothing scrolls sideways.
          <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {m.tasks.map((task) => (
              <Group
                key={task.id}
                component="li"
                justify="space-between"
                align="flex-start"
                gap="xs"
                py={8}
                style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
              >
                <Stack gap={0} style={{ flex: '1 1 320px', minWidth: 0 }}>
                  <Anchor component={Link} to={`/plans/${task.planId}`} size="sm">
                    {task.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {task.planTitle}
                  </Text>
                </Stack>
                <Group gap="sm" wrap="wrap" style={{ flex: '0 1 auto' }}>
                  <Badge
                    color={TASK_STATUS_COLORS[task.status]}
                    variant="light"
                    radius="sm"
                    style={{ textTransform: 'none' }}
                    styles={WRAP}
                  >
                    {t(TASK_STATUS_KEYS[task.status])}
                  </Badge>
                  <Text size="sm">
                    {t('impact.col.completed')}:{' '}
                    {task.completedOn ? formatDate(task.completedOn) : '—'}
                    {task.completedOn && !task.inWindow ? ` (${t('impact.task.outside')})` : ''}
                  </Text>
                  <Text size="sm">
                    {t('impact.col.evidence')}: {task.evidence}
                  </Text>
                </Group>
              </Group>
            ))}
          </Stack>
        )}
        {m.tasksTotal > m.tasks.length && (
          <Text size="xs" c="dimmed">
            {t('impact.tasks.more', { n: m.tasksTotal - m.tasks.length })}
          </Text>
        )}
        <Text size="sm">
          <b>{t('impact.assoc.title')}:</b> {associationText(m.association, t, lang)}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The full "what moved" view of a unit: every move, its tasks and the comparison. */
export function ImpactPage() {
  const t = useT();
  const lang = useLang();
  const unitId = Number(useParams().unitId);
  const [params] = useSearchParams();
  const year = params.get('year') ? Number(params.get('year')) : null;
  const impact = useImpact(DEFAULT_INDEX, Number.isInteger(unitId) ? unitId : null, year);
  const s = impact.data;
  if (!s) return <QueryState error={impact.error} retry={() => void impact.refetch()} />;
  const group = groupText(s.standing, t);
  return (
    <Stack gap="md">
      <Title order={2}>
        {t('impact.pageTitle', {
          unit: s.unit.name,
          index: s.code,
          year: s.year,
          previous: s.previousYear ?? '—',
        })}
      </Title>
      {!s.available ? (
        <Alert color="gray">{t(`impact.reason.${s.reason ?? 'no_results'}` as MessageKey)}</Alert>
      ) : (
        <>
          <Paper withBorder p="md" radius="md">
            <Stack gap="xs">
              <Text fw={600}>
                {rankText(s.standing, t)}
                {group ? ` · ${group}` : ''}
              </Text>
              <Text size="sm">
                {t('impact.targets', {
                  met: s.targets.met,
                  notMet: s.targets.notMet,
                  pending: s.targets.pending,
                })}
              </Text>
              {s.previousEstimated && (
                <Text size="sm" c="orange.9">
                  {t('impact.estimated', {
                    year: s.previousYear ?? '',
                    names: s.previousBasis.map((u) => u.name).join(', '),
                  })}
                </Text>
              )}
              <Text size="sm" c="dimmed">
                {methodText(s, t, lang)}
              </Text>
            </Stack>
          </Paper>
          <Alert color="yellow" title={t('impact.disclaimer')} />
          {s.moved.length === 0 ? (
            <Text c="dimmed">{t('impact.noMoves')}</Text>
          ) : (
            s.moved.map((m) => <MovedSection key={m.code} m={m} />)
          )}
        </>
      )}
    </Stack>
  );
}
