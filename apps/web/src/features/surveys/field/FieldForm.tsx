import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  checkResponse,
  visibleAnswers,
  type AnswerValue,
  type ResponseAnswers,
  type SurveyInstrument,
} from '@papi/domain';
import { useLang, useT } from '../../../i18n/index.ts';
import { domainText } from '../../../i18n/domain-text.ts';
import { QuestionInput } from './QuestionInput.tsx';
import classes from './FieldEntry.module.css';

interface Props {
  document: SurveyInstrument;
  /** Changes for every new form, so the inputs start empty. */
  formKey: number;
  onSave: (answers: ResponseAnswers) => Promise<void>;
}

/**
 * One questionnaire with its skip logic applied as the enumerator answers; checked with the
 * same domain rules as the server before it is kept, so a saved form is one the server takes.
 */
export function FieldForm({ document, formKey, onSave }: Props) {
  const t = useT();
  const lang = useLang();
  const [answers, setAnswers] = useState<ResponseAnswers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const shown = new Set(visibleAnswers(document, answers).shown.map((q) => q.name));
  const set = (name: string, value: AnswerValue | undefined) => {
    setAnswers((prev) => {
      const next = { ...prev };
      if (value === undefined) delete next[name];
      else next[name] = value;
      return next;
    });
    setErrors((prev) => {
      const { [name]: _, ...rest } = prev;
      return rest;
    });
  };
  const submit = async () => {
    const checked = checkResponse(document, answers);
    if (checked.issues.length > 0) {
      setErrors(Object.fromEntries(checked.issues.map((i) => [i.question, domainText(i.message)])));
      window.document.getElementById(`q-${checked.issues[0]!.question}`)?.scrollIntoView();
      return;
    }
    setSaving(true);
    try {
      await onSave(checked.answers);
      setAnswers({});
      setErrors({});
      window.scrollTo(0, 0);
    } finally {
      setSaving(false);
    }
  };
  let number = 0;
  return (
    <form
      key={formKey}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="lg">
        {document.sections.map((section) => {
          const questions = section.questions.filter((q) => shown.has(q.name));
          if (questions.length === 0) return null;
          return (
            <Paper key={section.name} withBorder p="md">
              <Stack gap="md">
                <Title order={3} size="h4">
                  {(lang === 'en' && section.labelEn) || section.labelVi}
                </Title>
                {questions.map((q) => (
                  <div key={q.name} id={`q-${q.name}`}>
                    <QuestionInput
                      question={q}
                      number={q.type === 'note' ? 0 : ++number}
                      value={answers[q.name]}
                      error={errors[q.name]}
                      onChange={(v) => set(q.name, v)}
                    />
                  </div>
                ))}
              </Stack>
            </Paper>
          );
        })}
        <Group className={classes.sticky} justify="space-between">
          <Text size="sm" c={Object.keys(errors).length > 0 ? 'red' : 'dimmed'}>
            {Object.keys(errors).length > 0
              ? t('field.fixErrors', { n: Object.keys(errors).length })
              : t('field.keptOnDevice')}
          </Text>
          <Button type="submit" size="md" loading={saving}>
            {t('field.saveForm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
