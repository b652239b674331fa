import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { formatNumber } from '../../../i18n/format.ts';
import { useLang, useT } from '../../../i18n/index.ts';
import type { useFieldEntry } from './useFieldEntry.ts';

/** What is still on the device: waiting forms, refused ones with the reason, and a sync button. */
export function PendingList({ field }: { field: ReturnType<typeof useFieldEntry> }) {
  const t = useT();
  const lang = useLang();
  const waiting = field.pending.filter((p) => !p.refused);
  const refused = field.pending.filter((p) => p.refused);
  const last = field.lastSync;
  return (
    <Stack gap="xs" aria-live="polite">
      {waiting.length > 0 && (
        <Alert
          color="orange"
          title={t('field.waitingTitle', { n: formatNumber(waiting.length, lang) })}
        >
          <Stack gap="xs">
            <Text size="sm">
              {field.online ? t('field.waitingOnline') : t('field.waitingOffline')}
            </Text>
            {last?.lastError && (
              <Text size="sm" c="red">
                {t('field.lastError', { message: last.lastError })}
              </Text>
            )}
            <Group>
              <Button
                size="sm"
                onClick={() => void field.sync()}
                loading={field.syncing}
                disabled={!field.online}
              >
                {t('field.syncNow')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {waiting.length === 0 && last && last.stored + last.duplicates > 0 && (
        <Alert color="green">
          {t('field.synced', { n: formatNumber(last.stored + last.duplicates, lang) })}
        </Alert>
      )}
      {refused.length > 0 && (
        <Alert
          color="red"
          title={t('field.refusedTitle', { n: formatNumber(refused.length, lang) })}
        >
          <List size="sm" spacing="xs">
            {refused.map((p) => (
              <List.Item key={p.clientId}>
                {p.runName} — {p.stratumName}: {p.refused}{' '}
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => void field.discard(p.clientId)}
                >
                  {t('field.discard')}
                </Button>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
