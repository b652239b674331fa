import { Anchor, Badge, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Dashboard } from './api.ts';

const SHOWN = 8;

function CountTable({
  rows,
  label,
}: {
  rows: { key: string; name: string; n: number }[];
  label: string;
}) {
  const lang = useLang();
  const t = useT();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Table withRowBorders={false} verticalSpacing={2} fz="sm">
        <Table.Tbody>
          {rows.slice(0, SHOWN).map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td ta="right" w={60}>
                <Text span c="red.8" fw={600}>
                  {formatNumber(r.n, lang)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('home.overdue.more', { count: formatNumber(rows.length - SHOWN, lang) })}
        </Text>
      )}
    </Stack>
  );
}

/** Overdue work of the unit and below (leaders, coordinators) by agency and by unit below. */
export function OverdueCard({ data, unitName }: { data: Dashboard; unitName: string }) {
  const t = useT();
  const lang = useLang();
  const o = data.overdue;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('home.overdue.title')}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm" align="baseline">
            <Title order={3} size="h4">
              {t('home.overdue.title')}
            </Title>
            <Badge color={o.total > 0 ? 'red' : 'gray'} size="lg" data-testid="home-overdue-total">
              {formatNumber(o.total, lang)}
            </Badge>
          </Group>
          <Anchor component={Link} to="/monitoring?tab=overdue" size="sm">
            {t('home.overdue.open')}
          </Anchor>
        </Group>
        <Text size="sm">
          {t('home.overdue.summary', {
            tasks: formatNumber(o.tasks, lang),
            reports: formatNumber(o.reports, lang),
            plans: formatNumber(o.plans, lang),
          })}
          {o.reviewReports + o.feedback > 0 &&
            t('home.overdue.summaryMore', {
              reviews: formatNumber(o.reviewReports, lang),
              feedback: formatNumber(o.feedback, lang),
            })}
        </Text>
        {o.total === 0 ? (
          <Text size="sm" c="dimmed">
            {t('home.overdue.none')}
          </Text>
        ) : (
          <Grid gap="md">
            {o.byAgency.length > 0 && (
              <Grid.Col span={{ base: 12, md: 6 }}>
                <CountTable
                  label={t('home.overdue.byAgency', { unit: unitName })}
                  rows={o.byAgency.map((a) => ({
                    key: String(a.agency?.id ?? 0),
                    name: a.agency?.name ?? t('home.overdue.unitItself'),
                    n: a.n,
                  }))}
                />
              </Grid.Col>
            )}
            {o.byUnit.length > 0 && (
              <Grid.Col span={{ base: 12, md: 6 }}>
                <CountTable
                  label={t('home.overdue.byUnit')}
                  rows={o.byUnit.map((u) => ({
                    key: String(u.unit.id),
                    name: u.unit.name,
                    n: u.n,
                  }))}
                />
              </Grid.Col>
            )}
          </Grid>
        )}
        <Text size="xs" c="dimmed">
          {t('home.overdue.sinceNote', { date: formatDate(data.inUseSince) })}
        </Text>
      </Stack>
    </Paper>
  );
}
