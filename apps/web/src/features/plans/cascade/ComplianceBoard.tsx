import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { formatDate, formatDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/index.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { useComplianceBoard, useRemind } from './api.ts';
import { COMPLIANCE_COLORS, COMPLIANCE_KEYS, COMPLIANCE_ORDER } from './labels.ts';

/** Who has issued their own plan under this one: on time, late, not yet, overdue. */
export function ComplianceBoard({ planId }: { planId: number }) {
  const t = useT();
  const board = useComplianceBoard(planId, true);
  const remind = useRemind();
  if (!board.data) return <QueryState error={board.error} retry={() => void board.refetch()} />;
  const { summary, rows, canRemind, obligations } = board.data;
  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="compliance-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="compliance-title">
            {t('plans.compliance.title')}
          </Title>
          <Group gap="xs">
            {COMPLIANCE_ORDER.map((c) => (
              <Badge key={c} color={COMPLIANCE_COLORS[c]} variant="light" size="lg">
                {t(COMPLIANCE_KEYS[c])}: {summary[c]}
              </Badge>
            ))}
          </Group>
        </Group>
        {obligations.map((o) => (
          <Text key={o.obligationId} size="sm" c="dimmed">
            {t('plans.compliance.obligation', {
              addressees: o.addressees,
              deadline: o.deadlineText,
              due: o.due ? formatDate(o.due) : '—',
              n: o.counts.total,
            })}
          </Text>
        ))}
        <MutationErrorAlert error={remind.error} />
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('plans.compliance.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={980}>
            <Table withTableBorder verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plans.col.unit')}</Table.Th>
                  <Table.Th w={110}>{t('plans.obligations.due')}</Table.Th>
                  <Table.Th w={120}>{t('plans.col.issuedOn')}</Table.Th>
                  <Table.Th w={120}>{t('plans.col.status')}</Table.Th>
                  <Table.Th w={170}>{t('plans.compliance.uncovered')}</Table.Th>
                  <Table.Th w={170}>{t('plans.compliance.dropped')}</Table.Th>
                  <Table.Th w={150} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.obligationRowId}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {r.agency?.name ?? r.unit.fullName}
                      </Text>
                      {r.childPlan && (
                        <Anchor component={Link} to={`/plans/${r.childPlan.id}`} size="xs">
                          {r.childPlan.documentNumber} · {t(`plans.status.${r.childPlan.status}`)}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>{r.due ? formatDate(r.due) : '—'}</Table.Td>
                    <Table.Td>{r.issuedOn ? formatDate(r.issuedOn) : '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={COMPLIANCE_COLORS[r.compliance]} variant="light">
                        {t(COMPLIANCE_KEYS[r.compliance])}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={r.uncovered.length ? 'red.8' : 'dimmed'}>
                        {r.childPlan ? r.uncovered.join(', ') || t('plans.compliance.none') : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={r.missingParentTasks.length ? 'orange.8' : 'dimmed'}>
                        {r.childPlan
                          ? r.missingParentTasks.join(', ') || t('plans.compliance.none')
                          : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {canRemind && (r.compliance === 'not_yet' || r.compliance === 'overdue') && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          color="orange"
                          loading={remind.isPending && remind.variables === r.obligationRowId}
                          onClick={() => remind.mutate(r.obligationRowId)}
                        >
                          {t('plans.compliance.remind')}
                        </Button>
                      )}
                      {r.lastRemindedAt && (
                        <Text size="xs" c="dimmed">
                          {t('plans.obligations.reminded', {
                            at: formatDateTime(r.lastRemindedAt),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
