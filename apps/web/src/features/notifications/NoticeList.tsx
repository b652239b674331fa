import { Box, Stack, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { domainText } from '../../i18n/domain-text.ts';
import { useMarkRead, type Notice } from './api.ts';
import classes from './notifications.module.css';

const KIND_KEYS: Record<string, MessageKey> = {
  deadline: 'notifications.kind.deadline',
  escalation: 'notifications.kind.escalation',
  report: 'notifications.kind.report',
  plan: 'notifications.kind.plan',
  task: 'notifications.kind.task',
};

/** Notices as rows: unread ones marked; opening one marks it read and goes to its page. */
export function NoticeList({
  items,
  compact = false,
  onOpen,
}: {
  items: Notice[];
  compact?: boolean;
  onOpen?: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  if (!items.length) {
    return (
      <Text size="sm" c="dimmed" p="sm">
        {t('notifications.empty')}
      </Text>
    );
  }
  return (
    <Stack gap={0} component="ul" className={classes.list}>
      {items.map((n) => (
        <li key={n.id}>
          <UnstyledButton
            className={classes.item}
            data-unread={n.readAt ? undefined : true}
            onClick={() => {
              if (!n.readAt) markRead.mutate(n.id);
              onOpen?.();
              if (n.link) void navigate(n.link);
            }}
          >
            <Box>
              <Text size="xs" c="dimmed">
                {KIND_KEYS[n.kind] ? t(KIND_KEYS[n.kind]!) : n.kind} · {formatDateTime(n.createdAt)}
                {n.readAt ? '' : ` · ${t('notifications.unreadMark')}`}
              </Text>
              <Text size="sm" fw={n.readAt ? 400 : 600} lineClamp={compact ? 2 : undefined}>
                {domainText(n.title)}
              </Text>
              {!compact && n.body && (
                <Text size="sm" c="dimmed">
                  {domainText(n.body)}
                </Text>
              )}
            </Box>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
