import { Alert, Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ListTable } from '../../components/ListTable.tsx';
import { useT } from '../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { DueText } from '../work/DueText.tsx';
import { itemKey, itemTitle, itemUnitName, type WorkItem } from '../work/workItems.ts';
import { useOverdueObligations, useRemindOverdue } from '../dashboard/api.ts';
import type { MessageKey } from '../../i18n/index.ts';

const KIND_KEYS: Record<Exclude<WorkItem['kind'], 'task' | 'plan_review'>, MessageKey> = {
  report: 'overdue.kind.report',
  plan: 'overdue.kind.plan',
  review_report: 'overdue.kind.reviewReport',
  feedback: 'overdue.kind.feedback',
};

/**
 * What a reminder about an item asks the server (reports and plans to issue). Review
 * reports and feedback have no button: the reminder scan reminds them every day.
 */
function remindBody(item: WorkItem) {
  if (item.kind === 'plan') return { kind: 'plan' as const, obligationId: item.obligation.id };
  if (item.kind !== 'report') return null;
  const r = item.report;
  return {
    kind: 'report' as const,
    regimeId: r.regimeId,
    periodKey: r.periodKey,
    unitId: r.unit.id,
    agencyId: r.agency?.id ?? null,
  };
}

/** The overdue board's reports not sent and plans not issued, each with a reminder. */
export function OverdueOthers({ unitId }: { unitId: number }) {
  const t = useT();
  const board = useOverdueObligations(unitId);
  const remind = useRemindOverdue();
  if (!board.data) return <QueryState error={board.error} retry={() => void board.refetch()} />;
  const { items, canRemind } = board.data;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('overdue.others.title')} ({items.length})
      </Title>
      {remind.error && <Alert color="red">{remind.error.message}</Alert>}
      <ListTable
        minWidth={720}
        testId="overdue-others"
        count={items.length}
        emptyText={t('overdue.others.none')}
        columns={[
          { label: t('task.field.deadline'), w: 150 },
          { label: t('overdue.col.what') },
          { label: t('overdue.col.who') },
          ...(canRemind ? [{ label: '', w: 90 }] : []),
        ]}
      >
        {items.map((item) => {
          const body = remindBody(item);
          const who = itemUnitName(item);
          return (
            <Table.Tr key={itemKey(item)}>
              <Table.Td>
                <DueText dueOn={item.dueOn} />
              </Table.Td>
              <Table.Td>
                <Badge variant="light" size="sm" mr={6}>
                  {item.kind !== 'task' && item.kind !== 'plan_review' && t(KIND_KEYS[item.kind])}
                </Badge>
                <Text span size="sm">
                  {itemTitle(item)}
                </Text>
              </Table.Td>
              <Table.Td>{who}</Table.Td>
              {canRemind && (
                <Table.Td>
                  {body && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      loading={remind.isPending && remind.variables === body}
                      onClick={() =>
                        remind.mutate(body, {
                          onSuccess: () =>
                            notifications.show({
                              color: 'green',
                              message: t('overdue.reminded', { who }),
                            }),
                        })
                      }
                    >
                      {t('overdue.remind')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </ListTable>
    </Stack>
  );
}
