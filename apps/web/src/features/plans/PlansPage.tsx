import { useState } from 'react';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PlanStatus } from '@papi/domain';
import { ListPage, useListParams } from '../../components/ListPage.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { usePlans, usePlanTypes, type PlanSummary } from './api.ts';
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
  const list = useListParams();
  const [status, setStatus] = useState<PlanStatus | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const plans = usePlans({
    q: list.q,
    status: status ?? undefined,
    year: year ? Number(year) : undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const items = plans.data?.items ?? [];

  const row = (plan: PlanSummary) => (
    <>
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
    </>
  );

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
      <ListPage
        query={plans}
        items={items}
        rowKey={(p) => p.id}
        row={row}
        minWidth={900}
        columns={[
          { label: t('plans.col.number') },
          { label: t('plans.col.title') },
          { label: t('plans.col.year') },
          { label: t('plans.col.type') },
          { label: t('plans.col.status') },
          { label: t('plans.col.version') },
          { label: t('plans.col.issuedOn') },
        ]}
        search={{ label: t('plans.search'), params: list }}
        filters={
          <>
            <Select
              label={t('plans.filterStatus')}
              placeholder={t('plans.all')}
              clearable
              data={STATUSES.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) }))}
              value={status}
              onChange={list.resetting((value: string | null) =>
                setStatus(value as PlanStatus | null),
              )}
              w={200}
            />
            <Select
              label={t('plans.filterYear')}
              placeholder={t('plans.all')}
              clearable
              data={yearOptions()}
              value={year}
              onChange={list.resetting(setYear)}
              w={140}
            />
          </>
        }
        paging={{ total: plans.data?.total ?? 0, pageSize: PAGE_SIZE, params: list }}
      />
      <CreatePlanModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
