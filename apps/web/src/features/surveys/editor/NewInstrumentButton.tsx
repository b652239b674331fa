import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { useT } from '../../../i18n/index.ts';
import type { InstrumentSummary } from '../api.ts';
import { useCreateInstrument } from './editorApi.ts';

/** "Tạo bộ câu hỏi mới": blank, or a copy of a published version, then straight to the editor. */
export function NewInstrumentButton({
  instruments,
}: {
  instruments: readonly InstrumentSummary[];
}) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateInstrument();
  const [opened, setOpened] = useState(false);
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState<string>('blank');
  const sources = instruments.filter((i) => i.latestVersion !== null);
  const close = () => {
    setOpened(false);
    create.reset();
  };
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t('surveyEditor.new')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('surveyEditor.new')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const source = sources.find((i) => String(i.id) === from);
            create.mutate(
              {
                code: code.trim(),
                titleVi: title.trim(),
                from: source ? { id: source.id, version: source.latestVersion! } : null,
              },
              { onSuccess: (d) => void navigate(`/surveys/instruments/${d.id}/edit`) },
            );
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('surveyEditor.titleVi')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              maxLength={300}
              required
              data-autofocus
            />
            <TextInput
              label={t('surveys.code')}
              description={t('surveyEditor.codeHelp')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              maxLength={64}
              required
              styles={{ input: { fontFamily: 'monospace' } }}
            />
            <Select
              label={t('surveyEditor.from')}
              value={from}
              onChange={(v) => setFrom(v ?? 'blank')}
              allowDeselect={false}
              data={[
                { value: 'blank', label: t('surveyEditor.fromBlank') },
                ...sources.map((i) => ({
                  value: String(i.id),
                  label: t('surveyEditor.fromVersion', {
                    title: i.titleVi,
                    n: i.latestVersion ?? 0,
                  }),
                })),
              ]}
            />
            <MutationErrorAlert error={create.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('surveyEditor.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
