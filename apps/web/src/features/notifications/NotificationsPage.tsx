import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Pager } from '../../components/Pager.tsx';
import { useT } from '../../i18n/index.ts';
import { NoticeList } from './NoticeList.tsx';
import { useMarkAllRead, useNotices } from './api.ts';

const PAGE_SIZE = 20;

export function NotificationsPage() {
  const t = useT();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [page, setPage] = useState(1);
  const notices = useNotices({
    page,
    pageSize: PAGE_SIZE,
    unread: filter === 'unread' ? 'true' : undefined,
  });
  const markAll = useMarkAllRead();
  const unread = notices.data?.unread ?? 0;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('notifications.title')}</Title>
        <Group gap="sm">
          <Button
            variant="default"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.markAll')}
          </Button>
          <Button component={Link} to="/notifications/settings" variant="light">
            {t('notifications.settings')}
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        w="fit-content"
        value={filter}
        onChange={(v) => {
          setFilter(v as 'all' | 'unread');
          setPage(1);
        }}
        data={[
          { value: 'all', label: t('notifications.filter.all') },
          { value: 'unread', label: t('notifications.filter.unread', { count: String(unread) }) },
        ]}
      />
      <Paper withBorder>
        <NoticeList items={notices.data?.items ?? []} />
      </Paper>
      <Pager page={page} pageSize={PAGE_SIZE} total={notices.data?.total ?? 0} onChange={setPage} />
    </Stack>
  );
}
