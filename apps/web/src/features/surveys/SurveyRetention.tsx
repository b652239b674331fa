import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInputField } from '../../components/DateInputField.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { useDeleteAnswers, useSetRetention, type Retention } from './resultsApi.ts';

/** How long the raw answers are kept; after that date the managers delete them (scores stay). */
export function SurveyRetention({ id, retention }: { id: number; retention: Retention }) {
  const t = useT();
  const lang = useLang();
  const [keepUntil, setKeepUntil] = useState<string | null>(retention.keepUntil);
  const [note, setNote] = useState(retention.note);
  const save = useSetRetention(id);
  const remove = useDeleteAnswers(id);
  const [confirming, setConfirming] = useState(false);
  if (retention.deletedAt)
    return (
      <Stack gap="xs">
        <Title order={3}>{t('surveyResults.retention')}</Title>
        <Text size="sm">
          {t('surveyResults.deletedOn', {
            date: formatDate(retention.deletedAt.slice(0, 10)),
            user: retention.deletedBy ?? '—',
          })}
        </Text>
      </Stack>
    );
  return (
    <Stack gap="xs">
      <Title order={3}>{t('surveyResults.retention')}</Title>
      <Text size="sm">
        {retention.keepUntil
          ? t('surveyResults.keptUntil', {
              date: formatDate(retention.keepUntil),
              n: formatNumber(retention.answers, lang),
            })
          : t('surveyResults.noRetention', { n: formatNumber(retention.answers, lang) })}
      </Text>
      {retention.mayManage && (
        <>
          <Group align="end">
            <DateInputField
              label={t('surveyResults.keepUntil')}
              value={keepUntil}
              onChange={setKeepUntil}
              w={200}
            />
            <TextInput
              label={t('surveyResults.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              w={320}
            />
            <Button
              variant="light"
              loading={save.isPending}
              onClick={() => save.mutate({ version: retention.version, keepUntil, note })}
            >
              {t('surveyResults.saveRetention')}
            </Button>
          </Group>
          <Group>
            {confirming ? (
              <>
                <Text size="sm" c="red">
                  {t('surveyResults.deleteConfirm')}
                </Text>
                <Button
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(retention.version)}
                >
                  {t('surveyResults.deleteNow')}
                </Button>
                <Button variant="default" onClick={() => setConfirming(false)}>
                  {t('surveyResults.cancel')}
                </Button>
              </>
            ) : (
              <Button color="red" variant="outline" onClick={() => setConfirming(true)}>
                {t('surveyResults.deleteAnswers')}
              </Button>
            )}
          </Group>
          {save.error && <MutationErrorAlert error={save.error} />}
          {remove.error && <MutationErrorAlert error={remove.error} />}
        </>
      )}
    </Stack>
  );
}
