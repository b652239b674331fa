import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { TTaskDetail } from '@papi/contracts';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import { useCancelTask } from './api.ts';

export function CancelTaskModal({
  task,
  opened,
  onClose,
}: {
  task: TTaskDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const cancel = useCancelTask(task.id);
  const [reason, setReason] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={t('task.cancel.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('task.cancel.body')}</Text>
        <Textarea
          label={t('task.cancel.reason')}
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <MutationErrorAlert error={cancel.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={cancel.isPending}
            disabled={!reason.trim()}
            onClick={() => cancel.mutate({ version: task.version, reason }, { onSuccess: onClose })}
          >
            {t('task.cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
