import { useMemo } from 'react';
import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';

import { useIndices } from '../indices/api.ts';

import { DEFAULT_INDEX, editionFor, useElementLabels } from '../indices/selection.ts';

import type { PlanDetail, PlanTask, PlanTrace } from './api.ts';
import { agencyName, deadlineLabel } from './labels.ts';
import { CardTable } from '../../components/CardTable.tsx';

const rowId = (number: string): string => `plan-task-${number}`;

export function scrollToTask(number: string): void {
  const row = document.getElementById(rowId(number));
  row?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  row?.focus({ preventScroll: true });
}

const dimensionOf = (task: PlanTask): string => task.dimensionCodes[0]?.split('.')[0] ?? '';

type TaskTrace = PlanTrace['tasks'][number];

/** Both directions of the cascade for one task: what it implements, who implements it. */
function TraceLinks({ trace }: { trace: TaskTrace | undefined }) {
  const t = useT();
  if (!trace) return null;
  const { parentTask, childTasks } = trace;
  return (
    <>
      {parentTask && (
        <Text size="xs" c="blue.8">
          ↳{' '}
          <Anchor
            component={Link}
            to={`/plans/${parentTask.plan.id}#plan-task-${parentTask.number}`}
            size="xs"
          >
            {t('plans.trace.parent', {
              number: parentTask.number,
              doc: parentTask.plan.documentNumber,
            })}
          </Anchor>
        </Text>
      )}
      {childTasks.length > 0 && (
        <Text size="xs" c="teal.8">
          {t('plans.trace.children')}{' '}
          {childTasks.map((c, i) => (
            <span key={c.taskId}>
              {i > 0 && '; '}
              <Anchor component={Link} to={`/plans/${c.plan.id}`} size="xs">
                {t('plans.trace.child', { unit: c.plan.unit.name, number: c.number })}
              </Anchor>
            </span>
          ))}
        </Text>
      )}
    </>
  );
}

export function PlanTasksTable({
  plan,
  trace,
}: {
  plan: PlanDetail;
  trace?: PlanTrace | undefined;
}) {
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

  const traceByTask = useMemo(
    () => new Map((trace?.tasks ?? []).map((x) => [x.taskId, x])),
    [trace],
  );

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
        <CardTable minWidth={960} withTableBorder withColumnBorders verticalSpacing="xs">
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
                      <TraceLinks trace={traceByTask.get(task.id)} />
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
        </CardTable>
      )}
    </Paper>
  );
}
