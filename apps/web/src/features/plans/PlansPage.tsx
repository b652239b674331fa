import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';
import type { PlanStatus } from '@papi/domain';
import { Pager } from '../../components/Pager.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { usePlans, usePlanTypes } from './api.ts';
import { CreatePlanModal } from './CreatePlanModal.tsx';
import { PlansNav } from './PlansNav.tsx';
import { ObligationsNotice } from './cascade/ObligationsNotice.tsx';
import { STATUSES, STATUS_COLORS, STATUS_KEYS, numberLabel, typeLabel } from './labels.ts';
import { thisYear } from '../../api/clock.ts';

const PAGE_SIZE = 50;

/** A sở officer acts for their agency: the server refuses them plans (`draftsForUnit`). */
export const canCreatePlan = (me: { role: string; draftsForUnit: boolean }): boolean =>
  me.role === 'admin' || me.role === 'coordinator' || (me.role === 'officer' && me.draftsForUnit);

function yearOptions(): string[] {
  const now = thisYear();
  return Array.from({ length: 8 }, (_, i) => String(now + 1 - i));
}

export function PlansPage() {
  const t = useT();
  const me = useCurrentUser();
  const types = usePlanTypes().data?.types;
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<PlanStatus | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const plans = usePlans({
    q: q || undefined,
    status: status ?? undefined,
    year: year ? Number(year) : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const items = plans.data?.items ?? [];

  return (
    <Stack gap="md">
      <PlansNav />
      <ObligationsNotice />
      <Group justify="space-between">
        <Title order={2}>{t('plans.title')}</Title>
        {canCreatePlan(me) && (
          <Button onClick={() => setCreating(true)}>{t('plans.create')}</Button>
        )}
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('plans.search')}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('plans.filterStatus')}
          placeholder={t('plans.all')}
          clearable
          data={STATUSES.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) }))}
          value={status}
          onChange={(value) => {
            setStatus(value as PlanStatus | null);
            setPage(1);
          }}
          w={200}
        />
        <Select
          label={t('plans.filterYear')}
          placeholder={t('plans.all')}
          clearable
          data={yearOptions()}
          value={year}
          onChange={(value) => {
            setYear(value);
            setPage(1);
          }}
          w={140}
        />
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.col.number')}</Table.Th>
              <Table.Th>{t('plans.col.title')}</Table.Th>
              <Table.Th>{t('plans.col.year')}</Table.Th>
              <Table.Th>{t('plans.col.type')}</Table.Th>
              <Table.Th>{t('plans.col.status')}</Table.Th>
              <Table.Th>{t('plans.col.version')}</Table.Th>
              <Table.Th>{t('plans.col.issuedOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((plan) => (
              <Table.Tr key={plan.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`/plans/${plan.id}`}>
                    {numberLabel(t, plan)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/plans/${plan.id}`} c="inherit">
                    {plan.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {plan.unit.name}
                  </Text>
                </Table.Td>
                <Table.Td>{plan.year}</Table.Td>
                <Table.Td>{typeLabel(t, plan.planType, types)}</Table.Td>
                <Table.Td>
                  {/* Mantine badges truncate by default; a status must be read whole. */}
                  <Badge
                    color={STATUS_COLORS[plan.status]}
                    variant="light"
                    style={{ overflow: 'visible' }}
                    styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
                  >
                    {t(STATUS_KEYS[plan.status])}
                  </Badge>
                </Table.Td>
                <Table.Td>{plan.versionNo}</Table.Td>
                <Table.Td>{formatDate(plan.issuedOn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {plans.data && items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('common.noData')}
        </Text>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={plans.data?.total ?? 0} onChange={setPage} />
      <CreatePlanModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
