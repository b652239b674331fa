import { useMemo } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useIndices } from '../indices/api.ts';
import { QueryState } from '../indices/QueryState.tsx';
import { DEFAULT_INDEX, editionFor, useElementLabels } from '../indices/selection.ts';
import { planDocumentUrl, usePlan, usePlanAction, usePlanDiff } from './api.ts';
import type { PlanAction, PlanDetail, PlanIssue, PlanTask } from './api.ts';
import {
  STATUS_COLORS,
  STATUS_KEYS,
  agencyName,
  deadlineLabel,
  numberLabel,
  typeLabel,
} from './labels.ts';

const ACTION_KEYS: Record<PlanAction, MessageKey> = {
  submit: 'plans.action.submit',
  withdraw: 'plans.action.withdraw',
  return: 'plans.action.return',
  issue: 'plans.action.issue',
  close: 'plans.action.close',
  amend: 'plans.action.amend',
};
const ACTION_COLORS: Record<PlanAction, string> = {
  submit: 'blue',
  withdraw: 'gray',
  return: 'orange',
  issue: 'green',
  close: 'dark',
  amend: 'blue',
};

const rowId = (number: string): string => `plan-task-${number}`;

function scrollToTask(number: string): void {
  const row = document.getElementById(rowId(number));
  row?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  row?.focus({ preventScroll: true });
}

export function PlanDetailPage() {
  const { id } = useParams();
  const planId = Number(id);
  if (!Number.isInteger(planId) || planId <= 0) return <NotFoundPage />;
  return <PlanDetail key={planId} id={planId} />;
}

function PlanDetail({ id }: { id: number }) {
  const plan = usePlan(id);
  if (!plan.data) return <QueryState error={plan.error} retry={() => void plan.refetch()} />;
  return <PlanView plan={plan.data} onReload={() => void plan.refetch()} />;
}

function PlanView({ plan, onReload }: { plan: PlanDetail; onReload: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const action = usePlanAction();

  const run = (name: PlanAction) =>
    action.mutate(
      { id: plan.id, action: name, version: plan.version },
      {
        onSuccess: (next) => {
          if (next.id !== plan.id) void navigate(`/plans/${next.id}`);
        },
      },
    );

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/plans" size="sm">
        ← {t('plans.back')}
      </Anchor>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="sm">
              <Text fw={600} c="dimmed">
                {numberLabel(t, plan)}
              </Text>
              <Badge color={STATUS_COLORS[plan.status]} variant="light">
                {t(STATUS_KEYS[plan.status])}
              </Badge>
              <Badge variant="outline" color="gray">
                {t('plans.version', { n: plan.versionNo })}
              </Badge>
            </Group>
            <Title order={2}>{plan.title}</Title>
            <Text size="sm">
              {typeLabel(t, plan.planType)} · {plan.unit.fullName} · {plan.year}
            </Text>
            <Text size="sm" c="dimmed">
              {t('plans.period', {
                from: formatDate(plan.period.from),
                to: formatDate(plan.period.to),
              })}
              {plan.issuedOn && ` · ${t('plans.col.issuedOn')}: ${formatDate(plan.issuedOn)}`}
            </Text>
          </Stack>
          <Group gap="xs">
            {plan.actions.map((name) => (
              <Button
                key={name}
                color={ACTION_COLORS[name]}
                variant={name === 'withdraw' || name === 'return' ? 'light' : 'filled'}
                loading={action.isPending && action.variables.action === name}
                disabled={action.isPending}
                onClick={() => run(name)}
              >
                {t(ACTION_KEYS[name])}
              </Button>
            ))}
            <Button component="a" href={planDocumentUrl(plan.id)} download variant="default">
              {t('plans.download')}
            </Button>
          </Group>
        </Group>
        {action.error && (
          <Stack mt="sm">
            <MutationErrorAlert error={action.error} onReload={onReload} />
          </Stack>
        )}
      </Paper>
      <IssuesPanel issues={plan.issues} />
      <TasksTable plan={plan} />
      {plan.amendsPlanId !== null && <DiffSection planId={plan.id} />}
    </Stack>
  );
}

function IssuesPanel({ issues }: { issues: PlanIssue[] }) {
  const t = useT();
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="plan-issues-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="plan-issues-title">
          {t('plans.issues.title')}
        </Title>
        {issues.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('plans.issues.summary', { errors, warnings })}
          </Text>
        )}
      </Group>
      {issues.length === 0 ? (
        <Text size="sm" c="green.9">
          {t('plans.issues.none')}
        </Text>
      ) : (
        <List spacing={4} size="sm" listStyleType="none">
          {issues.map((issue, index) => {
            const color = issue.severity === 'error' ? 'red.8' : 'orange.8';
            return (
              <List.Item key={`${issue.rule}-${issue.taskNumber ?? ''}-${index}`}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge
                    color={issue.severity === 'error' ? 'red' : 'orange'}
                    variant="light"
                    style={{ flexShrink: 0 }}
                  >
                    {t(issue.severity === 'error' ? 'plans.issues.error' : 'plans.issues.warning')}
                  </Badge>
                  {issue.taskNumber ? (
                    <UnstyledButton
                      onClick={() => scrollToTask(issue.taskNumber ?? '')}
                      aria-label={t('plans.issues.goTo', { number: issue.taskNumber })}
                    >
                      <Text size="sm" fw={600} c={color} td="underline" span>
                        {t('plans.issues.task', { number: issue.taskNumber })}
                      </Text>
                    </UnstyledButton>
                  ) : (
                    <Text size="sm" fw={600} c={color} span>
                      {t('plans.issues.whole')}
                    </Text>
                  )}
                  <Text size="sm" c={color}>
                    {issue.message}
                  </Text>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </Paper>
  );
}

/** Top-level dimension of a task ("D2.3" → "D2"), or '' when it has none. */
const dimensionOf = (task: PlanTask): string => task.dimensionCodes[0]?.split('.')[0] ?? '';

function TasksTable({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const indices = useIndices();
  const papi = indices.data?.items.find((i) => i.framework.code === DEFAULT_INDEX);
  const edition = editionFor(papi, plan.year);
  const labels = useElementLabels(edition);

  const groups = useMemo(() => {
    const order = (edition?.dimensions ?? []).map((d) => d.code);
    const byCode = new Map<string, PlanTask[]>();
    for (const task of plan.tasks) {
      const code = dimensionOf(task);
      byCode.set(code, [...(byCode.get(code) ?? []), task]);
    }
    const rank = (code: string) => {
      if (code === '') return Number.MAX_SAFE_INTEGER;
      const i = order.indexOf(code);
      return i === -1 ? order.length + Number(code.slice(1)) : i;
    };
    return [...byCode.entries()].sort(([a], [b]) => rank(a) - rank(b));
  }, [plan.tasks, edition]);

  const severityByTask = useMemo(() => {
    const map = new Map<string, 'error' | 'warning'>();
    for (const issue of plan.issues) {
      if (!issue.taskNumber) continue;
      if (issue.severity === 'error' || !map.has(issue.taskNumber)) {
        map.set(issue.taskNumber, issue.severity);
      }
    }
    return map;
  }, [plan.issues]);

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="xs">
        {t('plans.tasks.title')}
      </Title>
      {plan.tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plans.tasks.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={960}>
          <Table withTableBorder withColumnBorders verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{t('plans.tasks.stt')}</Table.Th>
                <Table.Th>{t('plans.tasks.content')}</Table.Th>
                <Table.Th w={170}>{t('plans.tasks.lead')}</Table.Th>
                <Table.Th w={170}>{t('plans.tasks.cooperating')}</Table.Th>
                <Table.Th w={120}>{t('plans.tasks.deadline')}</Table.Th>
                <Table.Th w={200}>{t('plans.tasks.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            {groups.map(([code, tasks]) => (
              <Table.Tbody key={code || 'none'}>
                <Table.Tr bg="gray.1">
                  <Table.Td colSpan={6}>
                    <Text fw={600} size="sm">
                      {code ? labels.long(code) : t('plans.tasks.noDimension')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
                {tasks.map((task) => {
                  const severity = severityByTask.get(task.number);
                  return (
                    <Table.Tr
                      key={task.id}
                      id={rowId(task.number)}
                      tabIndex={-1}
                      bg={
                        severity === 'error'
                          ? 'red.0'
                          : severity === 'warning'
                            ? 'orange.0'
                            : undefined
                      }
                      style={{ scrollMarginTop: 80 }}
                    >
                      <Table.Td fw={600}>{task.number}</Table.Td>
                      <Table.Td>
                        {task.title && (
                          <Text size="sm" fw={600}>
                            {task.title}
                          </Text>
                        )}
                        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                          {task.content}
                        </Text>
                      </Table.Td>
                      <Table.Td>{task.lead ? agencyName(task.lead) : ''}</Table.Td>
                      <Table.Td>{task.cooperating.map(agencyName).join('; ')}</Table.Td>
                      <Table.Td>{deadlineLabel(t, task.deadline, formatDate)}</Table.Td>
                      <Table.Td>{task.expectedResult ?? ''}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            ))}
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function DiffSection({ planId }: { planId: number }) {
  const t = useT();
  const diff = usePlanDiff(planId, true);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="xs">
        {t('plans.diff.title')}
      </Title>
      {!diff.data ? (
        <QueryState error={diff.error} retry={() => void diff.refetch()} />
      ) : diff.data.lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plans.diff.none')}
        </Text>
      ) : (
        <Stack gap={4}>
          <List size="sm" spacing={4}>
            {diff.data.lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed">
            {t('plans.diff.unchanged', { count: diff.data.unchanged })}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
