import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import type { SurveyRun } from './api.ts';
import { useRun } from './api.ts';
import { useSetRunStatus } from './runApi.ts';

const STATUSES = ['draft', 'open', 'closed'] as const;

/** Opens or closes a run (managers); a run changed meanwhile asks to reload (409). */
export function RunStatusControl({ run }: { run: SurveyRun }) {
  const t = useT();
  const save = useSetRunStatus(run);
  const reread = useRun(run.id);
  return (
    <Stack gap={4}>
      <Group gap="sm" align="center">
        <Text size="sm" fw={500} id="run-status-label">
          {t('surveys.status')}
        </Text>
        <SegmentedControl
          aria-labelledby="run-status-label"
          size="xs"
          value={save.isPending && save.variables ? save.variables : run.status}
          disabled={save.isPending}
          onChange={(v) => {
            const next = STATUSES.find((s) => s === v);
            if (next && next !== run.status) save.mutate(next);
          }}
          data={STATUSES.map((s) => ({ value: s, label: t(`surveys.status.${s}`) }))}
        />
      </Group>
      <MutationErrorAlert
        error={save.error}
        onReload={() => {
          save.reset();
          void reread.refetch();
        }}
      />
    </Stack>
  );
}
