import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { DateInputField } from '../../components/DateInputField.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { todayIso } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { useAddContribution, useUploadTaskEvidence, type Evidence } from './api.ts';
import { EvidenceUploader } from './EvidenceUploader.tsx';

/** A cooperating agency's part of the work; it never changes the task's status. */
export function ContributionForm({ taskId }: { taskId: number }) {
  const t = useT();
  const save = useAddContribution(taskId);
  const uploader = useUploadTaskEvidence(taskId);
  const [reportedOn, setReportedOn] = useState<string | null>(todayIso());
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<Evidence[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = () => {
    if (!reportedOn || !note.trim() || save.isPending) return;
    save.mutate(
      { reportedOn, note, evidenceIds: files.map((f) => f.id) },
      {
        onSuccess: () => {
          setNote('');
          setFiles([]);
          setSaved(true);
        },
      },
    );
  };

  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={t('task.contribute.title')}
    >
      <DateInputField
        label={t('task.update.reportedOn')}
        value={reportedOn}
        onChange={setReportedOn}
        required
        maxDate={todayIso()}
        w={200}
      />
      <Textarea
        label={t('task.contribute.note')}
        autosize
        minRows={3}
        required
        value={note}
        onChange={(e) => {
          setNote(e.currentTarget.value);
          setSaved(false);
        }}
        onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
      />
      <EvidenceUploader
        uploadFile={(file) => uploader.mutateAsync(file)}
        onUploaded={(e) => setFiles((l) => [...l, e])}
      />
      <MutationErrorAlert error={save.error} />
      <Group justify="space-between">
        <Text size="xs" c={saved ? 'green.8' : 'dimmed'} aria-live="polite">
          {saved ? t('task.contribute.saved') : t('task.update.shortcut')}
        </Text>
        <Button type="submit" loading={save.isPending} disabled={!note.trim() || !reportedOn}>
          {t('task.contribute.save')}
        </Button>
      </Group>
    </Stack>
  );
}
