import { Checkbox, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import { choicesOf, type SurveyQuestion } from '@papi/domain';
import { useT } from '../../../i18n/index.ts';

/** The question as the respondent sees it; trying an answer here stores nothing. */
export function QuestionPreview({ q }: { q: SurveyQuestion }) {
  const t = useT();
  const choices = choicesOf(q);
  return (
    <Paper
      bg="gray.0"
      p="sm"
      radius="sm"
      aria-label={t('surveyEditor.preview.of', { name: q.name })}
      role="figure"
    >
      <Text size="xs" c="dimmed" mb={4}>
        {t('surveyEditor.preview')}
      </Text>
      <Stack gap={6}>
        <Text size="sm" fw={q.type === 'note' ? 400 : 600}>
          {q.labelVi || '…'}
          {q.required && (
            <Text span c="red">
              {' '}
              *
            </Text>
          )}
        </Text>
        {q.hintVi && (
          <Text size="xs" c="dimmed">
            {q.hintVi}
          </Text>
        )}
        {(q.type === 'single' || q.type === 'scale5' || q.type === 'yes_no_dk') &&
          choices.map((c) => (
            <Radio key={c.value} label={c.labelVi || c.value} name={`preview-${q.name}`} />
          ))}
        {q.type === 'multiple' &&
          choices.map((c) => <Checkbox key={c.value} label={c.labelVi || c.value} />)}
        {(q.type === 'number' || q.type === 'text' || q.type === 'date') && (
          <TextInput
            aria-label={q.labelVi}
            placeholder={q.type === 'date' ? 'dd/mm/yyyy' : undefined}
            maw={q.type === 'text' ? undefined : 200}
          />
        )}
      </Stack>
    </Paper>
  );
}
