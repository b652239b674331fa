import { useState } from 'react';
import {
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { TTaskDetail } from '@papi/contracts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { agencyName } from '../plans/labels.ts';
import { useTask, useTaskEvidence, useTaskProgress } from './api.ts';
import { CancelTaskModal } from './CancelTaskModal.tsx';
import { ContributionForm } from './ContributionForm.tsx';
import { DueText } from './DueText.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { isOpenStatus } from './labels.ts';
import { ProgressForm } from './ProgressForm.tsx';
import { ProgressTimeline } from './ProgressTimeline.tsx';
import { TaskStatusBadge } from './StatusBadge.tsx';

export function TaskPage() {
  const { id } = useParams();
  const taskId = Number(id);
  if (!Number.isInteger(taskId) || taskId <= 0) return <NotFoundPage />;
  return <TaskLoader key={taskId} id={taskId} />;
}

function TaskLoader({ id }: { id: number }) {
  const task = useTask(id);
  if (!task.data) return <QueryState error={task.error} retry={() => void task.refetch()} />;
  return <TaskView task={task.data} onReload={() => void task.refetch()} />;
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function TaskFacts({ task }: { task: TTaskDetail }) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="sm">
      <Field label={t('task.field.plan')}>
        <Anchor component={Link} to={`/plans/${task.plan.id}`}>
          {task.plan.documentNumber ? `${task.plan.documentNumber} – ` : ''}
          {task.plan.title}
        </Anchor>
      </Field>
      <Field label={t('task.field.dimension')}>{task.dimensionCodes.join(', ') || '—'}</Field>
      <Field label={t('task.field.unit')}>{task.unit.fullName}</Field>
      <Field label={t('task.field.lead')}>{task.lead ? agencyName(task.lead) : '—'}</Field>
      <Field label={t('task.field.cooperating')}>
        {task.cooperating.map(agencyName).join('; ') || '—'}
      </Field>
      <Field label={t('task.field.deadline')}>
        {task.deadlineLabel !== formatDate(task.dueOn) && task.deadlineLabel}
        {task.pendingEvent && ` (${task.pendingEvent})`}
        <DueText dueOn={task.nextDueOn ?? task.dueOn} done={!isOpenStatus(task.status)} />
        {task.deadline?.kind === 'date' && task.dueOn && task.deadline.date !== task.dueOn && (
          <Text size="xs" c="dimmed">
            {t('task.dueShifted', { date: formatDate(task.deadline.date) })}
          </Text>
        )}
      </Field>
      {task.expectedResult && <Field label={t('task.field.result')}>{task.expectedResult}</Field>}
      {task.completedOn && (
        <Field label={t('task.field.completedOn')}>{formatDate(task.completedOn)}</Field>
      )}
      {task.cancelReason && <Field label={t('task.field.cancelReason')}>{task.cancelReason}</Field>}
      {task.lastUpdateAt && (
        <Field label={t('task.field.lastUpdate')}>{formatDateTime(task.lastUpdateAt)}</Field>
      )}
    </SimpleGrid>
  );
}

function TaskView({ task, onReload }: { task: TTaskDetail; onReload: () => void }) {
  const t = useT();
  const progress = useTaskProgress(task.id);
  const evidence = useTaskEvidence(task.id);
  const [cancelling, setCancelling] = useState(false);
  const editable = task.canUpdate && task.status !== 'cancelled';

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/tasks" size="sm">
        ← {t('task.back')}
      </Anchor>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} style={{ flex: '1 1 420px', minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={600} c="dimmed">
                {t('task.number', { number: task.number })}
              </Text>
              <TaskStatusBadge status={task.status} />
            </Group>
            <Title order={2} size="h3">
              {task.title ?? task.content}
            </Title>
            {task.title && <Text size="sm">{task.content}</Text>}
          </Stack>
          <Stack gap={4} w={{ base: '100%', xs: 220 }}>
            <Text size="xs" c="dimmed">
              {t('task.percent', { percent: task.percent })}
            </Text>
            <Progress
              value={task.percent}
              size="lg"
              aria-label={t('task.percent', { percent: task.percent })}
            />
            {editable && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => setCancelling(true)}
                mt={4}
              >
                {t('task.cancel.open')}
              </Button>
            )}
          </Stack>
        </Group>
        <Stack mt="md">
          <TaskFacts task={task} />
        </Stack>
      </Paper>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {editable && (
              <Paper withBorder p="md" radius="md">
                <Title order={3} size="h4" mb="sm">
                  {t('task.update.title')}
                </Title>
                <ProgressForm task={task} onReload={onReload} />
              </Paper>
            )}
            {task.canContribute && !task.canUpdate && task.status !== 'cancelled' && (
              <Paper withBorder p="md" radius="md">
                <Title order={3} size="h4" mb="sm">
                  {t('task.contribute.title')}
                </Title>
                <ContributionForm taskId={task.id} />
              </Paper>
            )}
            <Paper withBorder p="md" radius="md">
              <Title order={3} size="h4" mb="sm">
                {t('task.evidence')}
              </Title>
              {evidence.data ? (
                <EvidenceList
                  items={evidence.data.items}
                  queryKey={['work', 'evidence', task.id]}
                />
              ) : (
                <QueryState error={evidence.error} retry={() => void evidence.refetch()} />
              )}
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={3} size="h4" mb="sm">
              {t('task.history')}
            </Title>
            {progress.data ? (
              <ProgressTimeline entries={progress.data.items} />
            ) : (
              <QueryState error={progress.error} retry={() => void progress.refetch()} />
            )}
          </Paper>
        </Grid.Col>
      </Grid>
      <CancelTaskModal task={task} opened={cancelling} onClose={() => setCancelling(false)} />
    </Stack>
  );
}
