import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { EVIDENCE_EXTENSIONS, EVIDENCE_MAX_FILE_BYTES } from '@papi/contracts/paths';
import { formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Evidence } from './api.ts';

/** Keys of upload rows: unique within the page's life. */
let uploadSeq = 0;

interface Entry {
  key: string;
  name: string;
  state: 'uploading' | 'done' | 'failed';
  message?: string;
}

interface Props {
  /** Uploads one file; rejects with the server's (Vietnamese) reason. */
  uploadFile: (file: File) => Promise<Evidence>;
  onUploaded?: (evidence: Evidence) => void;
  disabled?: boolean;
}

const ACCEPT = EVIDENCE_EXTENSIONS.map((ext) => `.${ext}`).join(',');

/**
 * Drop files here or pick them (keyboard: the button). Files go up one after another so
 * each shows its own outcome; the server checks the type by content and the size, and its
 * message is shown as is when it refuses one.
 */
export function EvidenceUploader({ uploadFile, onUploaded, disabled }: Props) {
  const t = useT();
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [over, setOver] = useState(false);

  const update = (key: string, patch: Partial<Entry>) =>
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  const send = async (files: File[]) => {
    const batch = files.map((file, i) => ({
      file,
      entry: {
        key: `${(uploadSeq += 1)}-${i}-${file.name}`,
        name: file.name,
        state: 'uploading' as const,
      },
    }));
    setEntries((list) => [...batch.map((b) => b.entry), ...list].slice(0, 20));
    for (const { file, entry } of batch) {
      try {
        const saved = await uploadFile(file);
        update(entry.key, { state: 'done' });
        onUploaded?.(saved);
      } catch (error) {
        update(entry.key, {
          state: 'failed',
          message: error instanceof Error ? error.message : t('error.unknown'),
        });
      }
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled && event.dataTransfer.files.length > 0) void send([...event.dataTransfer.files]);
  };

  return (
    <Stack gap="xs">
      <Paper
        withBorder
        p="md"
        radius="md"
        data-testid="evidence-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          background: over ? 'var(--mantine-color-blue-0)' : undefined,
        }}
      >
        <Group justify="space-between" gap="sm">
          <div>
            <Text size="sm" fw={500}>
              {t('evidence.drop')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('evidence.rules', {
                types: EVIDENCE_EXTENSIONS.join(', '),
                size: formatNumber(EVIDENCE_MAX_FILE_BYTES / 1024 / 1024, lang),
              })}
            </Text>
          </div>
          <Button
            variant="default"
            size="xs"
            disabled={disabled}
            onClick={() => input.current?.click()}
          >
            {t('evidence.choose')}
          </Button>
        </Group>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          aria-label={t('evidence.choose')}
          data-testid="evidence-input"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length > 0) void send(files);
          }}
        />
      </Paper>
      {entries.length > 0 && (
        <Stack gap={4} aria-live="polite">
          {entries.map((entry) => (
            <Group key={entry.key} gap="xs" wrap="nowrap" align="flex-start">
              {entry.state === 'uploading' && <Loader size={14} mt={3} />}
              <div style={{ minWidth: 0 }}>
                <Text size="sm" truncate>
                  {entry.name}
                  {entry.state === 'done' && ` – ${t('evidence.uploaded')}`}
                </Text>
                {entry.state === 'failed' && (
                  <Text size="sm" c="red.8" role="alert">
                    {entry.message}
                  </Text>
                )}
              </div>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
