import { Text } from '@mantine/core';
import { formatDate } from '../../i18n/format.ts';
import { todayIso } from '../../api/clock.ts';
import { useT } from '../../i18n/index.ts';
import { dueState } from './workItems.ts';

/** "05/06/2026" with how pressing it is underneath: overdue in red, this week in orange. */
export function DueText({ dueOn, done = false }: { dueOn: string | null; done?: boolean }) {
  const t = useT();
  const state = dueState(dueOn, todayIso(), done);
  return (
    <div>
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {dueOn ? formatDate(dueOn) : t('work.noDue')}
      </Text>
      {state.kind === 'overdue' && (
        <Text size="xs" c="red.8" fw={600}>
          {t('work.due.overdue', { days: state.days })}
        </Text>
      )}
      {state.kind === 'today' && (
        <Text size="xs" c="orange.8" fw={600}>
          {t('work.due.today')}
        </Text>
      )}
      {state.kind === 'soon' && (
        <Text size="xs" c="orange.8">
          {t('work.due.soon', { days: state.days })}
        </Text>
      )}
    </div>
  );
}
