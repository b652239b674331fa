import { useCallback } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';

import { QueryState } from '../../components/QueryState.tsx';

import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { PlanBodyForm } from './body/PlanBodyForm.tsx';
import { PlanTaskEditor } from './editor/PlanTaskEditor.tsx';
import { PlanExtraActions } from './PlanExtraActions.tsx';
import { ComplianceBoard } from './cascade/ComplianceBoard.tsx';
import { useEditSession, useParentLabels } from './useEditSession.ts';
import { PlanIssuesPanel } from './PlanIssuesPanel.tsx';
import { PlanTasksTable } from './PlanTasksTable.tsx';
import { PlanDiffSection } from './PlanDiffSection.tsx';
import { planDocumentUrl, usePlan, usePlanTrace, usePlanTypes } from './api.ts';
import type { PlanDetail } from './api.ts';
import { PlanWorkflowButtons } from './workflow/PlanWorkflowButtons.tsx';
import { ReturnedNotice } from './workflow/ReturnedNotice.tsx';
import { PlanWaivers } from './workflow/PlanWaivers.tsx';
import { STATUS_COLORS, STATUS_KEYS, numberLabel, typeLabel } from './labels.ts';

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
  const me = useCurrentUser();
  const session = useEditSession(plan);
  const trace = usePlanTrace(plan.id);
  const parentLabels = useParentLabels(
    trace.data,
    useCallback((number: string, doc: string) => t('plans.trace.parent', { number, doc }), [t]),
  );
  const parentTaskLabel = useCallback(
    (id: number | null) =>
      id === null ? null : (parentLabels.get(id) ?? t('plans.trace.parentUnknown')),
    [parentLabels, t],
  );
  const editable =
    plan.status === 'draft' &&
    (me.role === 'admin' ||
      me.role === 'coordinator' ||
      (me.role === 'officer' &&
        plan.unit.id === me.unit.id &&
        // A sở's officer drafts the sở's own plan (one its obligation started), not the unit's.
        (me.draftsForUnit || (plan.agencyId !== null && plan.agencyId === me.agency?.id))));
  const types = usePlanTypes().data?.types;

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
              {typeLabel(t, plan.planType, types)} · {plan.unit.fullName} · {plan.year}
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
            <PlanWorkflowButtons
              plan={plan}
              version={session.version}
              dirty={session.dirty}
              onReload={onReload}
            />
            <Button component="a" href={planDocumentUrl(plan.id)} download variant="default">
              {t('plans.download')}
            </Button>
            <PlanExtraActions plan={plan} editable={editable} />
          </Group>
        </Group>
        {plan.returned && plan.status === 'draft' && <ReturnedNotice returned={plan.returned} />}
      </Paper>
      <PlanIssuesPanel issues={plan.issues} />
      <PlanWaivers
        plan={plan}
        editable={editable}
        version={session.version}
        onSaved={session.onSaved}
      />
      {editable ? (
        <Tabs defaultValue="tasks" keepMounted>
          <Tabs.List>
            <Tabs.Tab value="tasks">{t('plans.editor.tab')}</Tabs.Tab>
            <Tabs.Tab value="body">{t('plans.body.tab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="tasks" pt="sm">
            <PlanTaskEditor
              plan={plan}
              version={session.version}
              onSaved={session.onSaved}
              onReload={onReload}
              onDirty={session.tasksDirty}
              parentTaskLabel={parentTaskLabel}
            />
          </Tabs.Panel>
          <Tabs.Panel value="body" pt="sm">
            <PlanBodyForm
              plan={plan}
              version={session.version}
              onSaved={session.onSaved}
              onReload={onReload}
              onDirty={session.bodyDirty}
            />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <PlanTasksTable plan={plan} trace={trace.data} />
      )}
      {(plan.status === 'issued' || plan.status === 'closed') &&
        plan.body.obligations.length > 0 && <ComplianceBoard planId={plan.id} />}
      {plan.amendsPlanId !== null && <PlanDiffSection planId={plan.id} />}
    </Stack>
  );
}
