import { Anchor, Badge, Group, Text, Timeline } from '@mantine/core';
import type { TProgressEntry } from '@papi/contracts';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { evidenceDownloadUrl } from './api.ts';
import { formatBytes } from './files.ts';
import { TaskStatusBadge } from './StatusBadge.tsx';

const KIND_KEYS: Record<TProgressEntry['kind'], MessageKey> = {
  update: 'task.history.update',
  contribution: 'task.history.contribution',
  cancel: 'task.history.cancel',
};

/** Every update, newest first; nothing is ever rewritten, so this is the task's record. */
export function ProgressTimeline({ entries }: { entries: TProgressEntry[] }) {
  const t = useT();
  const lang = useLang();
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('task.history.empty')}
      </Text>
    );
  return (
    <Timeline active={entries.length} bulletSize={14} lineWidth={2} data-testid="progress-timeline">
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.id}
          color={
            entry.kind === 'cancel' ? 'dark' : entry.kind === 'contribution' ? 'grape' : 'blue'
          }
          title={
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {formatDate(entry.reportedOn)} · {t(KIND_KEYS[entry.kind])}
              </Text>
              {entry.kind !== 'contribution' && <TaskStatusBadge status={entry.status} />}
              {entry.percent !== null && entry.kind === 'update' && (
                <Badge variant="outline" color="gray">
                  {entry.percent}%
                </Badge>
              )}
            </Group>
          }
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {entry.kind === 'cancel' ? entry.cancelReason : entry.note}
          </Text>
          {entry.completedOn && (
            <Text size="xs" c="green.8">
              {t('task.completedOn', { date: formatDate(entry.completedOn) })}
            </Text>
          )}
          {entry.evidence.map((file) => (
            <Text key={file.id} size="xs">
              {t('task.history.file')}{' '}
              <Anchor href={evidenceDownloadUrl(file.id)} download={file.originalName} size="xs">
                {file.originalName}
              </Anchor>{' '}
              ({formatBytes(file.size, lang)})
            </Text>
          ))}
          <Text size="xs" c="dimmed" mt={2}>
            {entry.user.fullName}
            {entry.agency && ` – ${entry.agency.name}`} · {formatDateTime(entry.createdAt)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
