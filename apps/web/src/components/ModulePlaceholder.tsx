import { Paper, Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/index.ts';
import type { MessageKey } from '../i18n/index.ts';

/** One honest page for modules the server does not offer yet. */
export function ModulePlaceholder({ titleKey }: { titleKey: MessageKey }) {
  const t = useT();
  return (
    <Stack>
      <Title order={2}>{t(titleKey)}</Title>
      <Paper withBorder p="xl" radius="md">
        <Text fw={500}>{t('placeholder.title')}</Text>
        <Text c="dimmed" mt="xs">
          {t('placeholder.body')}
        </Text>
      </Paper>
    </Stack>
  );
}
