import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { StartReportButton } from '../reports/StartReportButton.tsx';
import { ReportStatusBadge } from '../reports/ReportStatusBadge.tsx';
import { DueText } from './DueText.tsx';
import { TaskStatusBadge } from './StatusBadge.tsx';
import { isOpenStatus } from './labels.ts';
import { itemTitle, itemUnitName, type WorkItem } from './workItems.ts';

const ROLE_KEYS: Record<WorkItem['role'], MessageKey> = {
  lead: 'work.role.lead',
  cooperating: 'work.role.cooperating',
  below: 'work.role.below',
  own: 'work.role.own',
  issue: 'work.role.issue',
  returned: 'work.role.returned',
};
const KIND_KEYS: Record<WorkItem['kind'], MessageKey> = {
  task: 'work.kind.task',
  report: 'work.kind.report',
  plan: 'work.kind.plan',
  plan_review: 'work.kind.planReview',
  review_report: 'work.kind.reviewReport',
  feedback: 'work.kind.feedback',
};
/** Cascade compliance of an obligation to issue a plan (plans-cascade contract). */
const OBLIGATION_KEYS: Record<string, MessageKey> = {
  on_time: 'work.obligation.on_time',
  late: 'work.obligation.late',
  not_yet: 'work.obligation.not_yet',
  overdue: 'work.obligation.overdue',
};
const KIND_COLORS: Record<WorkItem['kind'], string> = {
  task: 'indigo',
  report: 'grape',
  plan: 'cyan',
  plan_review: 'teal',
  review_report: 'violet',
  feedback: 'orange',
};

function ReportAction({ item }: { item: Extract<WorkItem, { kind: 'report' }> }) {
  const t = useT();
  const { report } = item;
  if (report.reportId !== null)
    return (
      <Button component={Link} to={`/reports/${report.reportId}`} size="xs" variant="light">
        {t('work.openReport')}
      </Button>
    );
  if (item.role !== 'own') return null;
  return <StartReportButton report={report} />;
}

function Detail({ item }: { item: WorkItem }) {
  const t = useT();
  switch (item.kind) {
    case 'task': {
      const { task } = item;
      return (
        <Stack gap={4}>
          <Anchor component={Link} to={`/tasks/${task.id}`} fw={600} c="inherit" lineClamp={2}>
            {task.number}. {itemTitle(item)}
          </Anchor>
          <Text size="xs" c="dimmed">
            {task.plan.documentNumber || task.plan.title} ·{' '}
            {t('work.leadBy', { name: itemUnitName(item) })}
            {task.dimensionCodes.length > 0 && ` · ${task.dimensionCodes.join(', ')}`}
          </Text>
        </Stack>
      );
    }
    case 'report':
      return (
        <Stack gap={4}>
          <Text fw={600}>{itemTitle(item)}</Text>
          <Text size="xs" c="dimmed">
            {itemUnitName(item)}
          </Text>
        </Stack>
      );
    case 'plan_review':
      return (
        <Stack gap={4}>
          <Anchor component={Link} to={`/plans/${item.plan.id}`} fw={600} c="inherit">
            {t(item.role === 'issue' ? 'work.planWaiting' : 'work.planReturned', {
              title: item.plan.title,
            })}
          </Anchor>
          <Text size="xs" c="dimmed">
            {item.plan.returnReason
              ? t('work.returnReason', { reason: item.plan.returnReason })
              : item.plan.unit.name}
          </Text>
        </Stack>
      );
    case 'review_report':
      return (
        <Stack gap={4}>
          <Anchor component={Link} to={`/programme-reviews/${item.review.id}`} fw={600} c="inherit">
            {t('work.reviewReportOf', { title: item.review.programmeTitle })}
          </Anchor>
          <Text size="xs" c="dimmed">
            {itemUnitName(item)}
          </Text>
        </Stack>
      );
    case 'feedback':
      return (
        <Stack gap={4}>
          <Anchor component={Link} to={`/feedback/${item.feedback.id}`} fw={600} c="inherit">
            {t('work.feedbackToAnswer', { code: item.feedback.code })}
          </Anchor>
          <Text size="xs" c="dimmed">
            {itemUnitName(item)}
          </Text>
        </Stack>
      );
    case 'plan': {
      const { obligation } = item;
      const to = obligation.planId
        ? `/plans/${obligation.planId}`
        : `/plans/${obligation.parentPlan.id}`;
      return (
        <Stack gap={4}>
          <Anchor component={Link} to={to} fw={600} c="inherit">
            {t('work.planToIssue', { title: obligation.parentPlan.title })}
          </Anchor>
          <Text size="xs" c="dimmed">
            {obligation.parentPlan.documentNumber} · {itemUnitName(item)}
          </Text>
        </Stack>
      );
    }
  }
}

function State({ item }: { item: WorkItem }) {
  const t = useT();
  if (item.kind === 'task') {
    const { task } = item;
    return (
      <Stack gap={4} w={{ base: '100%', xs: 170 }}>
        <TaskStatusBadge status={task.status} />
        {task.status !== 'cancelled' && (
          <Group gap={6} wrap="nowrap">
            <Progress value={task.percent} size="sm" style={{ flex: 1 }} aria-hidden />
            <Text size="xs" c="dimmed">
              {task.percent}%
            </Text>
          </Group>
        )}
      </Stack>
    );
  }
  if (item.kind === 'report')
    return (
      <Group gap="xs">
        {item.report.status ? (
          <ReportStatusBadge status={item.report.status} />
        ) : (
          <Badge color="gray" variant="light">
            {t('work.notStarted')}
          </Badge>
        )}
        <ReportAction item={item} />
      </Group>
    );
  if (item.kind === 'plan_review')
    return (
      <Badge variant="light" color={item.role === 'issue' ? 'teal' : 'orange'}>
        {t(item.role === 'issue' ? 'work.review.waiting' : 'work.review.returned')}
      </Badge>
    );
  if (item.kind === 'review_report')
    return (
      <Badge variant="light" color={item.overdue ? 'red' : 'violet'}>
        {t(item.review.status === 'returned' ? 'work.review.returned' : 'work.notSent')}
      </Badge>
    );
  if (item.kind === 'feedback')
    return (
      <Badge variant="light" color={item.overdue ? 'red' : 'orange'}>
        {t('work.notAnswered')}
      </Badge>
    );
  const key = OBLIGATION_KEYS[item.obligation.status];
  return (
    <Badge variant="light" color={item.overdue ? 'red' : 'cyan'}>
      {key ? t(key) : item.obligation.status}
    </Badge>
  );
}

export function WorkItemRow({ item }: { item: WorkItem }) {
  const t = useT();
  const done = item.kind === 'task' && !isOpenStatus(item.task.status);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="li"
      data-testid="work-item"
      style={item.overdue ? { borderLeft: '4px solid var(--mantine-color-red-7)' } : undefined}
    >
      <Group align="flex-start" wrap="wrap" gap="md">
        <div style={{ width: 120 }}>
          <DueText dueOn={item.dueOn} done={done} />
        </div>
        <Stack gap={6} style={{ flex: '1 1 280px', minWidth: 0 }}>
          <Group gap={6}>
            <Badge size="xs" variant="outline" color={KIND_COLORS[item.kind]}>
              {t(KIND_KEYS[item.kind])}
            </Badge>
            <Badge size="xs" variant="dot" color="gray">
              {t(ROLE_KEYS[item.role])}
            </Badge>
          </Group>
          <Detail item={item} />
        </Stack>
        <State item={item} />
      </Group>
    </Paper>
  );
}
