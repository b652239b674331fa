import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n/index.ts';
import { canMonitor, useCurrentUser } from '../auth/CurrentUser.tsx';
import { useMyWork } from './api.ts';
import { WorkCounts } from './WorkCounts.tsx';
import { WorkItemRow } from './WorkItemRow.tsx';
import { itemKey } from './workItems.ts';

/** The dashboard's first block: what is owed, the five most pressing items, a way in. */
export function WorkSummary() {
  const t = useT();
  const me = useCurrentUser();
  const work = useMyWork({
    kind: 'all',
    status: 'open',
    below: String(canMonitor(me.role)),
    page: 1,
    pageSize: 5,
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('work.title')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('work.title')}
          </Title>
          <Anchor component={Link} to="/tasks" size="sm">
            {t('work.openAll')}
          </Anchor>
        </Group>
        <WorkCounts counts={work.data?.counts} />
        {work.data && work.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('work.empty')}
          </Text>
        )}
        {work.data && work.data.items.length > 0 && (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {work.data.items.map((item) => (
              <WorkItemRow key={itemKey(item)} item={item} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
