import { ActionIcon, Anchor, Group, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { evidenceDownloadUrl, useDeleteEvidence, type Evidence } from './api.ts';
import { formatBytes } from './files.ts';

interface Props {
  items: Evidence[];
  /** The query the list came from: deleting removes the row from it at once. */
  queryKey: readonly unknown[];
}

export function EvidenceList({ items, queryKey }: Props) {
  const t = useT();
  const lang = useLang();
  const remove = useDeleteEvidence(queryKey);
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('evidence.none')}
      </Text>
    );
  return (
    <Stack
      gap={6}
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      data-testid="evidence-list"
    >
      {items.map((file) => (
        <Group key={file.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Anchor
              href={evidenceDownloadUrl(file.id)}
              download={file.originalName}
              size="sm"
              style={{ wordBreak: 'break-word' }}
            >
              {file.originalName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {formatBytes(file.size, lang)} · {file.uploadedBy.fullName} ·{' '}
              {formatDateTime(file.uploadedAt)}
            </Text>
          </div>
          {file.canDelete && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('evidence.delete', { name: file.originalName })}
              onClick={() => remove.mutate(file.id)}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
    </Stack>
  );
}
