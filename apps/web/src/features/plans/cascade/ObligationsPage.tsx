import { Anchor, Badge, Button, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CardTable } from '../../../components/CardTable.tsx';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { formatDate, formatDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../auth/CurrentUser.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { PlansNav } from '../PlansNav.tsx';
import { useObligations, useStartObligation } from './api.ts';
import { COMPLIANCE_COLORS, COMPLIANCE_KEYS } from './labels.ts';

/** "Kế hoạch phải ban hành": what parent plans oblige the user's unit to issue, by when. */
export function ObligationsPage() {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [open, setOpen] = useState(true);
  const [page, setPage] = useState(1);
  const list = useObligations({
    unitId: me.unit.id,
    ...(open ? { open: 'true' } : {}),
    page,
    pageSize: 20,
  });
  const start = useStartObligation();
  return (
    <Stack gap="md">
      <PlansNav />
      <Title order={2}>{t('plans.obligations.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('plans.obligations.hint', { unit: me.unit.fullName })}
      </Text>
      <Switch
        label={t('plans.obligations.openOnly')}
        checked={open}
        onChange={(e) => {
          setOpen(e.currentTarget.checked);
          setPage(1);
        }}
      />
      <MutationErrorAlert error={start.error} />
      {!list.data ? (
        <QueryState error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('plans.obligations.empty')}
          </Text>
        </Paper>
      ) : (
        // One card per obligation on a phone (CardTable), so the start button is never
        // off-screen; the same rows as the wide table.
        <Paper withBorder radius="md">
          <CardTable minWidth={860} verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.obligations.parent')}</Table.Th>
                <Table.Th w={150}>{t('plans.obligations.due')}</Table.Th>
                <Table.Th w={130}>{t('plans.col.status')}</Table.Th>
                <Table.Th w={240}>{t('plans.obligations.child')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/plans/${o.parentPlan.id}`} fw={600} size="sm">
                      {o.parentPlan.documentNumber}
                    </Anchor>
                    <Text size="sm">{o.parentPlan.title}</Text>
                    <Text size="xs" c="dimmed">
                      {o.parentPlan.unit.fullName} ·{' '}
                      {t('plans.obligations.addressees', { text: o.addressees })}
                    </Text>
                    <Text size="xs" fw={500}>
                      {t('plans.obligations.obliged', { name: o.agency?.name ?? o.unit.fullName })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {o.due ? formatDate(o.due) : '—'}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {o.deadlineText}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={COMPLIANCE_COLORS[o.compliance]} variant="light">
                      {t(COMPLIANCE_KEYS[o.compliance])}
                    </Badge>
                    {o.lastRemindedAt && (
                      <Text size="xs" c="orange.8" mt={4}>
                        {t('plans.obligations.reminded', {
                          at: formatDateTime(o.lastRemindedAt),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {o.childPlan ? (
                      <Anchor component={Link} to={`/plans/${o.childPlan.id}`} size="sm">
                        {o.childPlan.documentNumber} · {t(`plans.status.${o.childPlan.status}`)}
                      </Anchor>
                    ) : o.actions.includes('start') ? (
                      <Button
                        size="xs"
                        loading={start.isPending && start.variables === o.id}
                        onClick={() =>
                          start.mutate(o.id, {
                            onSuccess: (plan) => void navigate(`/plans/${plan.id}`),
                          })
                        }
                      >
                        {t('plans.obligations.start')}
                      </Button>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('plans.obligations.notStarted')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CardTable>
        </Paper>
      )}
      {list.data && <Pager page={page} pageSize={20} total={list.data.total} onChange={setPage} />}
    </Stack>
  );
}
