import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useNavigate } from 'react-router';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { useT } from '../../../i18n/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { usePlanAction } from '../api.ts';
import type { PlanAction, PlanActionExtra, PlanDetail } from '../api.ts';
import { IssueFields, useIssueForm } from './IssueFields.tsx';

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
/** Steps that change who holds the plan ask first; amend only opens a new draft. */
const CONFIRM: Partial<Record<PlanAction, { title: MessageKey; body?: MessageKey }>> = {
  submit: { title: 'plans.flow.submit.title', body: 'plans.flow.submit.body' },
  withdraw: { title: 'plans.flow.withdraw.title', body: 'plans.flow.withdraw.body' },
  close: { title: 'plans.flow.close.title', body: 'plans.flow.close.body' },
  return: { title: 'plans.flow.return.title' },
  issue: { title: 'plans.flow.issue.title' },
};

interface Props {
  plan: PlanDetail;
  version: () => number;
  /** Unsaved edits: submitting would send the saved version, not what is on screen. */
  dirty: boolean;
  onReload: () => void;
}

/**
 * The workflow buttons of a plan. Submit is disabled while the check finds errors (the
 * same check the server runs at submit and issue) and says why; each step asks for
 * confirmation, returning asks for the reason, issuing for the number and signing date.
 */
export function PlanWorkflowButtons({ plan, version, dirty, onReload }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const action = usePlanAction();
  const [asking, setAsking] = useState<PlanAction | null>(null);
  const errors = plan.issues.filter((i) => i.severity === 'error').length;

  const run = (name: PlanAction, extra?: PlanActionExtra) =>
    action.mutate(
      { id: plan.id, action: name, version: version(), ...(extra ? { extra } : {}) },
      {
        onSuccess: (next) => {
          setAsking(null);
          if (next.id !== plan.id) void navigate(`/plans/${next.id}`);
        },
      },
    );
  const open = (name: PlanAction) => {
    action.reset();
    if (CONFIRM[name]) setAsking(name);
    else run(name);
  };
  const blockedReason = (name: PlanAction) => {
    if (name !== 'submit') return null;
    if (errors > 0) return t('plans.flow.submit.blocked', { n: errors });
    if (dirty) return t('plans.editor.saveFirst');
    return null;
  };

  return (
    <>
      {plan.actions.map((name) => {
        const blocked = blockedReason(name);
        const button = (
          <Button
            key={name}
            color={ACTION_COLORS[name]}
            variant={name === 'withdraw' || name === 'return' ? 'light' : 'filled'}
            loading={action.isPending && action.variables.action === name && asking === null}
            disabled={action.isPending || blocked !== null}
            onClick={() => open(name)}
          >
            {t(ACTION_KEYS[name])}
          </Button>
        );
        return blocked ? (
          <Tooltip key={name} label={blocked} multiline w={260} withArrow>
            {/* A disabled button fires no hover events: the wrapper carries the tooltip. */}
            <span tabIndex={0} aria-label={`${t(ACTION_KEYS[name])}: ${blocked}`}>
              {button}
            </span>
          </Tooltip>
        ) : (
          button
        );
      })}
      {asking && (
        <ConfirmModal
          plan={plan}
          action={asking}
          pending={action.isPending}
          error={action.error}
          onReload={onReload}
          onClose={() => setAsking(null)}
          onConfirm={(extra) => run(asking, extra)}
        />
      )}
    </>
  );
}

function ConfirmModal({
  plan,
  action,
  pending,
  error,
  onReload,
  onClose,
  onConfirm,
}: {
  plan: PlanDetail;
  action: PlanAction;
  pending: boolean;
  error: Error | null;
  onReload: () => void;
  onClose: () => void;
  onConfirm: (extra?: PlanActionExtra) => void;
}) {
  const t = useT();
  const spec = CONFIRM[action]!;
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const issue = useIssueForm(plan.id, action === 'issue');

  const confirm = () => {
    if (action === 'return') {
      if (!reason.trim()) return setReasonError(t('plans.flow.return.reasonRequired'));
      return onConfirm({ reason: reason.trim() });
    }
    if (action === 'issue') {
      const extra = issue.submit();
      if (extra) onConfirm(extra);
      return;
    }
    onConfirm();
  };

  return (
    <Modal opened onClose={onClose} title={t(spec.title)} centered>
      <Stack gap="sm">
        {spec.body && <Text size="sm">{t(spec.body)}</Text>}
        {action === 'return' && (
          <Textarea
            label={t('plans.flow.return.reason')}
            description={t('plans.flow.return.reasonHint')}
            required
            autosize
            minRows={3}
            value={reason}
            error={reasonError}
            data-autofocus
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
          />
        )}
        {action === 'issue' && <IssueFields form={issue} />}
        {error && <MutationErrorAlert error={error} onReload={onReload} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('plans.flow.cancel')}
          </Button>
          <Button color={ACTION_COLORS[action]} loading={pending} onClick={confirm}>
            {action === 'issue' || action === 'return'
              ? t(ACTION_KEYS[action])
              : t('plans.flow.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
