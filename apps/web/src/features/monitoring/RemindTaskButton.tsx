import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useT } from '../../i18n/index.ts';
import { useRemindOverdue } from '../dashboard/api.ts';

/** Reminds the lead agency (or unit) of an overdue task; the error shows in a notice. */
export function RemindTaskButton({ taskId, who }: { taskId: number; who: string }) {
  const t = useT();
  const remind = useRemindOverdue();
  return (
    <Button
      size="compact-sm"
      variant="light"
      loading={remind.isPending}
      onClick={() =>
        remind.mutate(
          { kind: 'task', taskId },
          {
            onSuccess: () =>
              notifications.show({ color: 'green', message: t('overdue.reminded', { who }) }),
            onError: (e) => notifications.show({ color: 'red', message: e.message }),
          },
        )
      }
    >
      {t('overdue.remind')}
    </Button>
  );
}
