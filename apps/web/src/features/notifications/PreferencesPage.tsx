import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { NOTIFICATION_KINDS } from '@papi/domain';
import { PageLoader } from '../../components/PageLoader.tsx';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { usePreferences, useSavePreferences, type Preferences } from './api.ts';

const HOURS = Array.from({ length: 24 }, (_, h) => ({
  value: String(h),
  label: `${String(h).padStart(2, '0')}:00`,
}));

export function PreferencesPage() {
  const stored = usePreferences();
  if (!stored.data) return <PageLoader />;
  // A new version (saved here or elsewhere) starts the form afresh from what is stored.
  return <PreferencesForm key={stored.data.version} initial={stored.data} />;
}

function PreferencesForm({ initial }: { initial: Preferences }) {
  const t = useT();
  const save = useSavePreferences();
  const [form, setForm] = useState<Preferences>(initial);
  const set = (patch: Partial<Preferences>) => setForm({ ...form, ...patch });
  const { emailAddress, ...body } = form;

  return (
    <Stack maw={640}>
      <Title order={2}>{t('notifications.prefs.title')}</Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(body, {
            onSuccess: () =>
              notifications.show({ color: 'green', message: t('notifications.prefs.saved') }),
          });
        }}
      >
        <Stack>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Switch
                label={t('notifications.prefs.inApp')}
                checked={form.inApp}
                onChange={(e) => set({ inApp: e.currentTarget.checked })}
              />
              <NumberInput
                label={t('notifications.prefs.remindDaysBefore')}
                description={t('notifications.prefs.remindDaysBeforeHint')}
                min={0}
                max={30}
                w={260}
                value={form.remindDaysBefore}
                onChange={(v) => set({ remindDaysBefore: typeof v === 'number' ? v : 0 })}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Text fw={600}>{t('notifications.prefs.email')}</Text>
              {emailAddress ? (
                <Text size="sm" c="dimmed">
                  {t('notifications.prefs.emailTo', { address: emailAddress })}
                </Text>
              ) : (
                <Alert color="yellow" p="xs">
                  {t('notifications.prefs.noAddress')}
                </Alert>
              )}
              {NOTIFICATION_KINDS.map((kind) => (
                <Checkbox
                  key={kind}
                  label={t(`notifications.kindLong.${kind}` as MessageKey)}
                  checked={form.email[kind] ?? false}
                  onChange={(e) =>
                    set({ email: { ...form.email, [kind]: e.currentTarget.checked } })
                  }
                />
              ))}
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Switch
                label={t('notifications.prefs.digest')}
                description={t('notifications.prefs.digestHint')}
                checked={form.digest}
                onChange={(e) => set({ digest: e.currentTarget.checked })}
              />
              <Select
                label={t('notifications.prefs.digestHour')}
                data={HOURS}
                w={200}
                disabled={!form.digest}
                allowDeselect={false}
                value={String(form.digestHour)}
                onChange={(v) => set({ digestHour: Number(v ?? 7) })}
              />
            </Stack>
          </Paper>
          {save.error && (
            <Alert color="red">
              {isApiError(save.error) ? save.error.message : t('notifications.prefs.failed')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
