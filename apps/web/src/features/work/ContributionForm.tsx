import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { DateInputField } from '../../components/DateInputField.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { todayIso } from '../../api/clock.ts';
import { useT } from '../../i18n/index.ts';
import { useAddContribution } from './api.ts';
import { EvidenceUploader } from './EvidenceUploader.tsx';
import { useProgressDraft } from './useProgressDraft.ts';

/** A cooperating agency's part of the work; it never changes the task's status. */
export function ContributionForm({ taskId }: { taskId: number }) {
  const t = useT();
  const save = useAddContribution(taskId);
  const draft = useProgressDraft(taskId);

  const submit = () => {
    if (!draft.reportedOn || !draft.note.trim() || save.isPending) return;
    save.mutate(
      { reportedOn: draft.reportedOn, note: draft.note, evidenceIds: draft.evidenceIds },
      { onSuccess: draft.markSaved },
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
        value={draft.reportedOn}
        onChange={draft.setReportedOn}
        required
        maxDate={todayIso()}
        w={200}
      />
      <Textarea
        label={t('task.contribute.note')}
        autosize
        minRows={3}
        required
        value={draft.note}
        onChange={(e) => draft.setNote(e.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
      />
      <EvidenceUploader uploadFile={draft.uploadFile} onUploaded={draft.addFile} />
      <MutationErrorAlert error={save.error} />
      <Group justify="space-between">
        <Text size="xs" c={draft.saved ? 'green.8' : 'dimmed'} aria-live="polite">
          {draft.saved ? t('task.contribute.saved') : t('task.update.shortcut')}
        </Text>
        <Button
          type="submit"
          loading={save.isPending}
          disabled={!draft.note.trim() || !draft.reportedOn}
        >
          {t('task.contribute.save')}
        </Button>
      </Group>
    </Stack>
  );
}
