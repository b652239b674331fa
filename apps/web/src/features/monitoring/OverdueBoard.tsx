import { useState } from 'react';
import { Anchor, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { DateInputField } from '../../components/DateInputField.tsx';
import { ListTable } from '../../components/ListTable.tsx';
import { Pager } from '../../components/Pager.tsx';
import { formatDate } from '../../i18n/format.ts';
import { todayIso } from '../../api/clock.ts';
import { useT } from '../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { agencyName } from '../plans/labels.ts';
import { DueText } from '../work/DueText.tsx';
import { useOverdueBoard } from './api.ts';
import { OverdueOthers } from './OverdueOthers.tsx';
import { RemindTaskButton } from './RemindTaskButton.tsx';

const PAGE_SIZE = 50;

/**
 * Everything overdue for the unit and below, by the one rule (domain isOverdue): open tasks
 * whose due date is before the cut-off, oldest first, then reports and plans to issue.
 */
export function OverdueBoard({ unitId, canRemind }: { unitId: number; canRemind: boolean }) {
  const t = useT();
  const [cutoff, setCutoff] = useState<string | null>(todayIso());
  const [page, setPage] = useState(1);
  const board = useOverdueBoard({ unitId, cutoff: cutoff ?? undefined, page, pageSize: PAGE_SIZE });
  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('overdue.tasksTitle')} {board.data ? `(${board.data.total})` : ''}
        </Title>
        <Group align="flex-end">
          <DateInputField
            label={t('monitoring.cutoff')}
            value={cutoff}
            onChange={(v) => {
              setCutoff(v);
              setPage(1);
            }}
            w={180}
            clearable={false}
          />
        </Group>
        {!board.data ? (
          <QueryState error={board.error} retry={() => void board.refetch()} />
        ) : (
          <ListTable
            minWidth={820}
            testId="overdue-table"
            count={board.data.items.length}
            emptyText={t('monitoring.noOverdue', { date: formatDate(cutoff) })}
            columns={[
              { label: t('task.field.deadline') },
              { label: t('report.snapshot.content') },
              { label: t('task.field.lead') },
              { label: t('task.field.unit') },
              { label: t('monitoring.percent'), w: 120 },
              ...(canRemind ? [{ label: '', w: 90 }] : []),
            ]}
          >
            {board.data.items.map((task) => (
              <Table.Tr key={task.id}>
                <Table.Td>
                  <DueText dueOn={task.dueOn} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/tasks/${task.id}`} c="inherit">
                    {task.number}. {task.title ?? task.content}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {task.plan.documentNumber || task.plan.title}
                  </Text>
                </Table.Td>
                <Table.Td>{task.lead ? agencyName(task.lead) : '—'}</Table.Td>
                <Table.Td>{task.unit.name}</Table.Td>
                <Table.Td>
                  <Progress value={task.percent} size="sm" aria-label={`${task.percent}%`} />
                  <Text size="xs" c="dimmed">
                    {task.percent}%
                  </Text>
                </Table.Td>
                {canRemind && (
                  <Table.Td>
                    <RemindTaskButton
                      taskId={task.id}
                      who={task.lead ? agencyName(task.lead) : task.unit.name}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </ListTable>
        )}
        {board.data && (
          <Pager page={page} pageSize={PAGE_SIZE} total={board.data.total} onChange={setPage} />
        )}
      </Stack>
      <OverdueOthers unitId={unitId} />
    </Stack>
  );
}
