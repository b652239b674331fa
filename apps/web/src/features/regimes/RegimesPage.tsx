import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { TRegime } from '@papi/contracts';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format.ts';
import { todayIso } from '../../api/clock.ts';
import { useT } from '../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useRegimePeriods, useRegimes } from '../reports/api.ts';
import { LEVEL_KEYS } from '../reports/labels.ts';
import { RegimeFormModal } from './RegimeFormModal.tsx';
import { domainText } from '../../i18n/domain-text.ts';

/** This year's periods with due dates after the working-day shift: what the rules produce. */
function PeriodsPreview({ regime }: { regime: TRegime }) {
  const t = useT();
  const periods = useRegimePeriods(regime.id, Number(todayIso().slice(0, 4)));
  if (!periods.data) return null;
  if (periods.data.items.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('regime.noPeriodsYet')}
      </Text>
    );
  return (
    <Stack gap={2}>
      {periods.data.items.map((p) => (
        <Text key={p.key} size="xs">
          <b>{domainText(p.label)}</b>: {formatDate(p.window.from)}–{formatDate(p.window.to)};{' '}
          {Object.entries(p.due)
            .map(
              ([level, date]) =>
                `${t(LEVEL_KEYS[level as keyof typeof LEVEL_KEYS])} ${formatDate(date)}`,
            )
            .join(', ')}
        </Text>
      ))}
    </Stack>
  );
}

export function RegimesPage() {
  const t = useT();
  const regimes = useRegimes(true);
  const [editing, setEditing] = useState<TRegime | 'new' | null>(null);
  const items = regimes.data?.items ?? [];
  const template = items.find((r) => r.definition.trigger === 'periodic')?.definition;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/reports" size="sm">
        ← {t('report.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={2}>{t('regime.title')}</Title>
        {template && <Button onClick={() => setEditing('new')}>{t('regime.create')}</Button>}
      </Group>
      {!regimes.data ? (
        <QueryState error={regimes.error} retry={() => void regimes.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('regime.code')}</Table.Th>
                <Table.Th>{t('regime.name')}</Table.Th>
                <Table.Th>{t('regime.thisYear')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {r.code}
                    {!r.active && (
                      <Badge display="block" mt={4} color="gray" variant="light">
                        {t('common.inactive')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.name}
                    <Text size="xs" c="dimmed">
                      {r.unit.fullName} ·{' '}
                      {r.definition.levels.map((l) => t(LEVEL_KEYS[l])).join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {r.definition.trigger === 'event' ? (
                      <Text size="xs">{t('regime.eventRule')}</Text>
                    ) : (
                      <PeriodsPreview regime={r} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setEditing(r)}>
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && template && (
        <RegimeFormModal
          regime={editing === 'new' ? null : editing}
          template={template}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
