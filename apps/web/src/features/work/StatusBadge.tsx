import { Badge } from '@mantine/core';
import type { TaskStatus } from '@papi/domain';
import { useT } from '../../i18n/index.ts';
import { TASK_STATUS_COLORS, TASK_STATUS_KEYS } from './labels.ts';

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const t = useT();
  return (
    <Badge color={TASK_STATUS_COLORS[status]} variant={status === 'overdue' ? 'filled' : 'light'}>
      {t(TASK_STATUS_KEYS[status])}
    </Badge>
  );
}
