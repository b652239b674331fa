import type { ReactNode } from 'react';
import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useT } from '../../i18n/index.ts';
import { useInstallation } from './api.ts';

/** The frame shared by the login and password-change screens. */
export function AuthCard({ heading, children }: { heading: string; children: ReactNode }) {
  const t = useT();
  const installation = useInstallation();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper
        withBorder
        shadow="sm"
        p={{ base: 'lg', xs: 'xl' }}
        radius="md"
        w="100%"
        maw={420}
        component="main"
      >
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={1} size="h3" c="red.8">
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed">
                {installation.data?.name ?? t('app.tagline')}
              </Text>
            </div>
            {/* Never squeezed: the name beside it wraps instead. */}
            <div style={{ flexShrink: 0 }}>
              <LanguageSwitch />
            </div>
          </Group>
          <Title order={2} size="h4">
            {heading}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
