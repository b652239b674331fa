import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PUBLIC_PAGE_SECTIONS } from '@papi/contracts/paths';
import type { TPublicPageSetting } from '@papi/contracts';
import { useT } from '../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { usePublicPageSetting, useSavePublicPageSetting } from './api.ts';

/**
 * The public transparency page (/cong-khai): on or off, and which sections it shows. The
 * preview opens the page as the public sees it, even while it is off (the server lets the
 * installation's admins and coordinators see it by their session).
 */
export function PublicPageCard() {
  const t = useT();
  const current = usePublicPageSetting();
  const save = useSavePublicPageSetting();
  const [draft, setDraft] = useState<TPublicPageSetting | null>(null);
  const saved = current.data;
  if (!saved) return <QueryState error={current.error} retry={() => void current.refetch()} />;
  const stored: TPublicPageSetting = { enabled: saved.enabled, sections: saved.sections };
  const shown = draft ?? stored;
  const changed = draft !== null && JSON.stringify(draft) !== JSON.stringify(stored);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="public-page-title">
      <Stack gap="xs">
        <Title order={3} size="h4" id="public-page-title">
          {t('publicPage.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('publicPage.help')}{' '}
          <Anchor href="/cong-khai" target="_blank" rel="noopener">
            /cong-khai
          </Anchor>
        </Text>
        <Switch
          label={t('publicPage.enabled')}
          checked={shown.enabled}
          onChange={(e) => setDraft({ ...shown, enabled: e.currentTarget.checked })}
        />
        <Group gap="lg">
          {PUBLIC_PAGE_SECTIONS.map((s) => (
            <Switch
              key={s}
              size="sm"
              label={t(`publicPage.section.${s}`)}
              checked={shown.sections[s]}
              disabled={!shown.enabled}
              onChange={(e) =>
                setDraft({
                  ...shown,
                  sections: { ...shown.sections, [s]: e.currentTarget.checked },
                })
              }
            />
          ))}
        </Group>
        {!saved.pdfAvailable && (
          <Text size="xs" c="dimmed">
            {t('publicPage.noPdf')}
          </Text>
        )}
        <Group gap="sm">
          <Button
            disabled={!changed}
            loading={save.isPending}
            onClick={() =>
              draft &&
              save.mutate(draft, {
                onSuccess: () => {
                  setDraft(null);
                  notifications.show({ color: 'green', message: t('publicPage.saved') });
                },
              })
            }
          >
            {t('common.save')}
          </Button>
          <Button
            variant="default"
            component="a"
            href="/cong-khai?xem-truoc=1"
            target="_blank"
            rel="noopener"
          >
            {t('publicPage.preview')}
          </Button>
        </Group>
        {save.error && <Alert color="red">{save.error.message}</Alert>}
      </Stack>
    </Paper>
  );
}
