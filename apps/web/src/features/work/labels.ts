import { OPEN_STATUSES, TASK_STATUSES } from '@papi/domain';
import type { TaskStatus } from '@papi/domain';
import type { MessageKey } from '../../i18n/index.ts';

export { TASK_STATUSES };

export const TASK_STATUS_KEYS: Record<TaskStatus, MessageKey> = {
  not_started: 'task.status.not_started',
  in_progress: 'task.status.in_progress',
  done: 'task.status.done',
  done_late: 'task.status.done_late',
  overdue: 'task.status.overdue',
  cancelled: 'task.status.cancelled',
};

/** Mantine colours; also the order of the stacked bars (work left, finished right). */
export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  overdue: 'red',
  not_started: 'gray',
  in_progress: 'blue',
  done: 'green',
  done_late: 'teal',
  cancelled: 'dark',
};

/** The same colours as hex, for charts (ECharts does not read Mantine's palette). */
export const TASK_STATUS_HEX: Record<TaskStatus, string> = {
  overdue: '#e03131',
  not_started: '#adb5bd',
  in_progress: '#1c7ed6',
  done: '#2f9e44',
  done_late: '#0ca678',
  cancelled: '#495057',
};

export const CHART_STATUS_ORDER: TaskStatus[] = [
  'overdue',
  'not_started',
  'in_progress',
  'done_late',
  'done',
  'cancelled',
];

export const isOpenStatus = (status: TaskStatus): boolean => OPEN_STATUSES.includes(status);
