import { Badge, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/index.ts';

/**
 * The top line of a plan editor (tasks, document): its title, any status badges, "unsaved"
 * while dirty, and the discard/save buttons (children) on the right.
 */
export function EditorTitleBar({
  title,
  badges,
  dirty,
  children,
}: {
  title: string;
  badges?: ReactNode;
  dirty: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Group justify="space-between">
      <Group gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {badges}
        {dirty && <Badge color="yellow">{t('plans.editor.dirty')}</Badge>}
      </Group>
      <Group gap="xs">{children}</Group>
    </Group>
  );
}
