import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { useT } from '../../../i18n/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { useSetWaivers } from '../api.ts';
import type { PlanDetail } from '../api.ts';

const ruleLabel = (t: ReturnType<typeof useT>, rule: string) =>
  t(`plans.rules.rule.${rule}` as MessageKey);

/**
 * A rule of the plan type that does not fit this one plan is waived here, with a reason
 * (printed nowhere, kept in the audit), instead of changing the rule for every plan.
 */
export function PlanWaivers({
  plan,
  editable,
  version,
  onSaved,
}: {
  plan: PlanDetail;
  editable: boolean;
  version: () => number;
  onSaved: (plan: PlanDetail) => void;
}) {
  const t = useT();
  const save = useSetWaivers(plan.id);
  const [rule, setRule] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const failing = [...new Set(plan.issues.filter((i) => i.severity === 'error').map((i) => i.rule))]
    .filter((r) => r !== 'obligations' && r !== 'document_number')
    .map((r) => ({ value: r, label: ruleLabel(t, r) }));
  if (plan.waivers.length === 0 && (!editable || failing.length === 0)) return null;
  const current = plan.waivers.map(({ rule: r, reason: why }) => ({ rule: r, reason: why }));
  const send = (waivers: typeof current) =>
    save.mutate(
      { version: version(), waivers },
      {
        onSuccess: (next) => {
          onSaved(next);
          setRule(null);
          setReason('');
        },
      },
    );
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('plans.waivers.title')}
        </Title>
        {plan.waivers.map((w) => (
          <Group key={w.rule} gap="xs" wrap="nowrap" justify="space-between">
            <Text size="sm">
              {t('plans.waivers.item', { rule: ruleLabel(t, w.rule), reason: w.reason, by: w.by })}
            </Text>
            {editable && (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => send(current.filter((c) => c.rule !== w.rule))}
              >
                {t('plans.waivers.remove')}
              </Button>
            )}
          </Group>
        ))}
        {editable && failing.length > 0 && (
          <Group align="flex-end" gap="xs">
            <Select
              label={t('plans.waivers.waive')}
              data={failing}
              value={rule}
              onChange={setRule}
              w={{ base: '100%', sm: 260 }}
            />
            <TextInput
              label={t('plans.waivers.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button
              variant="light"
              disabled={!rule || !reason.trim()}
              loading={save.isPending}
              onClick={() => rule && send([...current, { rule, reason: reason.trim() }])}
            >
              {t('plans.waivers.waive')}
            </Button>
          </Group>
        )}
        {save.error && <MutationErrorAlert error={save.error} />}
      </Stack>
    </Paper>
  );
}
