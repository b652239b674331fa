import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { useT } from '../../../i18n/index.ts';
import { useSaveSolution } from './api.ts';
import type { Solution } from './api.ts';

interface Props {
  solution: Solution | null;
  dimensions: { value: string; label: string }[];
  onClose: () => void;
}

/** Adds a unit's own solution or edits one (with its version). */
export function SolutionFormModal({ solution, dimensions, onClose }: Props) {
  const t = useT();
  const save = useSaveSolution();
  const [form, setForm] = useState({
    dimensionCode: solution?.dimensionCode ?? '',
    title: solution?.title ?? '',
    content: solution?.content ?? '',
    expectedResult: solution?.expectedResult ?? '',
    suggestedLead: solution?.suggestedLead ?? '',
    source: solution?.source ?? '',
  });
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const opt = (v: string) => (v.trim() ? v.trim() : null);
  const submit = () => {
    const fields = {
      dimensionCode: form.dimensionCode,
      title: form.title.trim(),
      content: form.content.trim(),
      expectedResult: opt(form.expectedResult),
      suggestedLead: opt(form.suggestedLead),
      source: opt(form.source),
    };
    save.mutate(
      solution
        ? { id: solution.id, body: { version: solution.version, ...fields } }
        : { id: null, body: { frameworkCode: 'PAPI', ...fields } },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(solution ? 'plans.library.edit' : 'plans.library.add')}
      size="lg"
    >
      <Stack gap="sm">
        <Select
          label={t('plans.library.dimension')}
          required
          searchable
          data={dimensions}
          value={form.dimensionCode || null}
          onChange={(v) => set({ dimensionCode: v ?? '' })}
        />
        <TextInput
          label={t('plans.library.solutionTitle')}
          required
          value={form.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
        />
        <Textarea
          label={t('plans.library.content')}
          required
          autosize
          minRows={4}
          value={form.content}
          onChange={(e) => set({ content: e.currentTarget.value })}
        />
        <Textarea
          label={t('plans.library.expectedResult')}
          autosize
          minRows={2}
          value={form.expectedResult}
          onChange={(e) => set({ expectedResult: e.currentTarget.value })}
        />
        <TextInput
          label={t('plans.library.suggestedLead')}
          value={form.suggestedLead}
          onChange={(e) => set({ suggestedLead: e.currentTarget.value })}
        />
        <TextInput
          label={t('plans.library.source')}
          value={form.source}
          onChange={(e) => set({ source: e.currentTarget.value })}
        />
        <MutationErrorAlert error={save.error} onReload={onClose} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={save.isPending}
            disabled={!form.dimensionCode || !form.title.trim() || !form.content.trim()}
            onClick={submit}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
