import { useState } from 'react';
import { Button, Checkbox, Group, NumberInput, Slider, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import type { TTaskDetail } from '@papi/contracts';
import { DateInputField } from '../../components/DateInputField.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { todayIso } from '../../api/clock.ts';
import { useT } from '../../i18n/index.ts';
import { useAddProgress } from './api.ts';
import { useProgressDraft } from './useProgressDraft.ts';
import { EvidenceUploader } from './EvidenceUploader.tsx';

interface Props {
  task: TTaskDetail;
  onReload: () => void;
}

/**
 * The lead agency's update: the day it speaks for, percent, what was done, and — when the
 * work is finished — the completion date. Files dropped here are attached to this update.
 * Ctrl+Enter saves.
 */
export function ProgressForm({ task, onReload }: Props) {
  const t = useT();
  const save = useAddProgress(task.id);
  const draft = useProgressDraft(task.id);
  const { reportedOn, note, files, saved } = draft;
  const [percent, setPercent] = useState(task.percent);
  const [finished, setFinished] = useState(task.completedOn !== null);
  const [completedOn, setCompletedOn] = useState<string | null>(task.completedOn ?? todayIso());

  const submit = () => {
    if (!reportedOn || save.isPending) return;
    save.mutate(
      {
        version: task.version,
        reportedOn,
        percent: finished ? 100 : percent,
        note,
        completedOn: finished ? completedOn : null,
        evidenceIds: draft.evidenceIds,
      },
      {
        onSuccess: (next) => {
          setPercent(next.percent);
          draft.markSaved();
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
      aria-label={t('task.update.title')}
    >
      <Group grow align="flex-start">
        <DateInputField
          label={t('task.update.reportedOn')}
          value={reportedOn}
          onChange={draft.setReportedOn}
          required
          maxDate={todayIso()}
        />
        <NumberInput
          label={t('task.update.percent')}
          min={0}
          max={100}
          suffix="%"
          value={finished ? 100 : percent}
          disabled={finished}
          onChange={(v) =>
            setPercent(typeof v === 'number' ? Math.max(0, Math.min(100, Math.round(v))) : 0)
          }
        />
      </Group>
      <Slider
        aria-label={t('task.update.percent')}
        value={finished ? 100 : percent}
        onChange={setPercent}
        disabled={finished}
        step={5}
        marks={[{ value: 0 }, { value: 25 }, { value: 50 }, { value: 75 }, { value: 100 }]}
        label={(v) => `${v}%`}
      />
      <Textarea
        label={t('task.update.note')}
        description={t('task.update.noteHint')}
        autosize
        minRows={3}
        maxRows={10}
        required
        value={note}
        onChange={(e) => draft.setNote(e.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
      />
      <Group align="flex-end">
        <Checkbox
          label={t('task.update.finished')}
          checked={finished}
          onChange={(e) => setFinished(e.currentTarget.checked)}
        />
        {finished && (
          <DateInputField
            label={t('task.update.completedOn')}
            value={completedOn}
            onChange={setCompletedOn}
            required
            maxDate={todayIso()}
            w={180}
          />
        )}
      </Group>
      <EvidenceUploader uploadFile={draft.uploadFile} onUploaded={draft.addFile} />
      {files.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('task.update.attaching', { names: files.map((f) => f.originalName).join(', ') })}
        </Text>
      )}
      <MutationErrorAlert error={save.error} onReload={onReload} />
      <Group justify="space-between">
        <Text size="xs" c={saved ? 'green.8' : 'dimmed'} aria-live="polite">
          {saved ? t('task.update.saved') : t('task.update.shortcut')}
        </Text>
        <Button
          type="submit"
          loading={save.isPending}
          disabled={!note.trim() || !reportedOn || (finished && !completedOn)}
        >
          {t('task.update.save')}
        </Button>
      </Group>
    </Stack>
  );
}
