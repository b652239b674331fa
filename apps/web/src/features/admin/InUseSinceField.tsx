import { useState } from 'react';
import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DateInputField } from '../../components/DateInputField.tsx';
import { useT } from '../../i18n/index.ts';
import { useInUseSince, useSaveInUseSince } from '../dashboard/api.ts';

/** The installation's first day of use: before it, periods and obligations are history. */
export function InUseSinceField() {
  const t = useT();
  const current = useInUseSince();
  const save = useSaveInUseSince();
  const [value, setValue] = useState<string | null>(null);
  const shown = value ?? current.data?.date ?? null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('settings.inUseSince')}>
      <Group align="flex-end" gap="sm">
        <DateInputField
          label={t('settings.inUseSince')}
          value={shown}
          onChange={setValue}
          clearable={false}
          w={200}
          // The label is longer than the field: kept on one line above it.
          styles={{ label: { whiteSpace: 'nowrap' } }}
        />
        <Button
          disabled={!value || value === current.data?.date}
          loading={save.isPending}
          onClick={() =>
            value &&
            save.mutate(value, {
              onSuccess: () => {
                setValue(null);
                notifications.show({ color: 'green', message: t('settings.inUseSince.saved') });
              },
            })
          }
        >
          {t('common.save')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('settings.inUseSince.help')}
      </Text>
      {save.error && (
        <Alert color="red" mt="xs">
          {save.error.message}
        </Alert>
      )}
    </Paper>
  );
}
