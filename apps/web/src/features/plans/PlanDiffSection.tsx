import { List, Paper, Stack, Text, Title } from '@mantine/core';

import { useT } from '../../i18n/index.ts';

import { QueryState } from '../../components/QueryState.tsx';

import { usePlanDiff } from './api.ts';

export function PlanDiffSection({ planId }: { planId: number }) {
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
