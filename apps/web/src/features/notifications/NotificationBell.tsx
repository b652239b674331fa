import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { NoticeList } from './NoticeList.tsx';
import { useMarkAllRead, useNotices, useUnreadCount } from './api.ts';

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header bell: unread count, and the latest notices in a dropdown. */
export function NotificationBell() {
  const t = useT();
  const lang = useLang();
  const [opened, { toggle, close }] = useDisclosure(false);
  const unread = useUnreadCount().data?.unread ?? 0;
  const latest = useNotices({ page: 1, pageSize: 8 }, opened);
  const markAll = useMarkAllRead();
  const label =
    unread > 0
      ? t('notifications.bellUnread', { count: formatNumber(unread, lang) })
      : t('notifications.bell');
  return (
    <Popover
      opened={opened}
      onChange={(o) => (o ? undefined : close())}
      width={380}
      position="bottom-end"
      shadow="md"
      withArrow
    >
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : formatNumber(unread, lang)}
          size={18}
          color="red.7"
          disabled={unread === 0}
          offset={4}
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={label}
            aria-expanded={opened}
            onClick={toggle}
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.markAll')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={420}>
          <NoticeList items={latest.data?.items ?? []} compact onOpen={close} />
        </ScrollArea.Autosize>
        <Group justify="space-between" px="sm" py="xs">
          <Button
            component={Link}
            to="/notifications"
            variant="subtle"
            size="compact-sm"
            onClick={close}
          >
            {t('notifications.seeAll')}
          </Button>
          <Button
            component={Link}
            to="/notifications/settings"
            variant="subtle"
            size="compact-sm"
            onClick={close}
          >
            {t('notifications.settings')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
