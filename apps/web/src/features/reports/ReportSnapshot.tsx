import { Alert, Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { TTaskSnapshot } from '@papi/contracts';
import { Link } from 'react-router';
import { ListTable } from '../../components/ListTable.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { TASK_STATUS_COLORS, TASK_STATUS_KEYS, TASK_STATUSES } from '../work/labels.ts';
import { TaskStatusBadge } from '../work/StatusBadge.tsx';

/** Task statuses at the end of the data window: a preview while drafting, frozen once sent. */
export function ReportSnapshot({ snapshot, frozen }: { snapshot: TTaskSnapshot; frozen: boolean }) {
  const t = useT();
  const lang = useLang();
  return (
    <Stack gap="sm">
      <Alert color={frozen ? 'blue' : 'gray'} variant="light" data-testid="snapshot-note">
        {frozen
          ? t('report.snapshot.frozen', {
              date: formatDate(snapshot.asOf),
              at: formatDateTime(snapshot.takenAt),
            })
          : t('report.snapshot.preview', { date: formatDate(snapshot.asOf) })}
      </Alert>
      <Group gap="xs">
        {TASK_STATUSES.map((s) => (
          <Badge key={s} color={TASK_STATUS_COLORS[s]} variant="light" size="lg">
            {t(TASK_STATUS_KEYS[s])}: {formatNumber(snapshot.counts[s], lang)}
          </Badge>
        ))}
      </Group>
      <ListTable
        minWidth={720}
        verticalSpacing={6}
        count={snapshot.tasks.length}
        emptyText={t('report.snapshot.empty')}
        columns={[
          { label: t('report.snapshot.number') },
          { label: t('report.snapshot.content') },
          { label: t('task.field.lead') },
          { label: t('task.field.deadline') },
          { label: t('report.snapshot.status'), w: 170 },
        ]}
      >
        {snapshot.tasks.map((task) => (
          <Table.Tr key={task.taskId}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{task.number}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/tasks/${task.taskId}`} c="inherit" size="sm">
                {task.content}
              </Anchor>
              <Text size="xs" c="dimmed">
                {task.planTitle}
              </Text>
            </Table.Td>
            <Table.Td>{task.lead ?? '—'}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(task.dueOn) || '—'}</Table.Td>
            <Table.Td>
              <TaskStatusBadge status={task.status} />
              <Text size="xs" c="dimmed">
                {task.percent}%{task.completedOn && ` · ${formatDate(task.completedOn)}`}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Stack>
  );
}
