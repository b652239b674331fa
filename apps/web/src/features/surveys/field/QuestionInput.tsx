import { Checkbox, NumberInput, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { choicesOf, type AnswerValue, type SurveyQuestion } from '@papi/domain';
import { parseTypedDate } from '../../../components/parseTypedDate.ts';
import { useLang } from '../../../i18n/index.ts';
import classes from './FieldEntry.module.css';

interface Props {
  question: SurveyQuestion;
  number: number;
  value: AnswerValue | undefined;
  error?: string;
  onChange: (value: AnswerValue | undefined) => void;
}

/**
 * One question, sized for a thumb on a cheap phone: every choice is a full-width row.
 * Choices answer with arrow keys and Space, so entering paper forms needs no mouse.
 */
export function QuestionInput({ question: q, number, value, error, onChange }: Props) {
  const lang = useLang();
  const label = (
    <>
      {number}. {(lang === 'en' && q.labelEn) || q.labelVi}
    </>
  );
  const hint = q.hintVi ? (
    <Text size="sm" c="dimmed">
      {q.hintVi}
    </Text>
  ) : null;
  const choiceLabel = (c: { labelVi: string; labelEn?: string }) =>
    (lang === 'en' && c.labelEn) || c.labelVi;
  switch (q.type) {
    case 'note':
      return <Text fw={500}>{(lang === 'en' && q.labelEn) || q.labelVi}</Text>;
    case 'single':
    case 'scale5':
    case 'yes_no_dk':
      return (
        <Radio.Group
          label={label}
          description={hint}
          error={error}
          required={q.required}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => onChange(v)}
          name={q.name}
        >
          <Stack gap={4} mt="xs">
            {choicesOf(q).map((c) => (
              <Radio
                key={c.value}
                value={c.value}
                label={choiceLabel(c)}
                size="md"
                className={classes.choice}
              />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple':
      return (
        <Checkbox.Group
          label={label}
          description={hint}
          error={error}
          required={q.required}
          value={Array.isArray(value) ? value : []}
          onChange={(v) => onChange(v.length > 0 ? v : undefined)}
        >
          <Stack gap={4} mt="xs">
            {choicesOf(q).map((c) => (
              <Checkbox
                key={c.value}
                value={c.value}
                label={choiceLabel(c)}
                size="md"
                className={classes.choice}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'number':
      return (
        <NumberInput
          label={label}
          description={hint}
          error={error}
          withAsterisk={q.required}
          size="md"
          min={q.min}
          max={q.max}
          decimalSeparator=","
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
        />
      );
    case 'date':
      return (
        <TextInput
          label={label}
          description={hint ?? 'dd/mm/yyyy'}
          error={error}
          withAsterisk={q.required}
          size="md"
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          defaultValue={typeof value === 'string' ? value.split('-').reverse().join('/') : ''}
          onBlur={(e) => onChange(parseTypedDate(e.currentTarget.value) ?? undefined)}
        />
      );
    case 'text':
      return (
        <Textarea
          label={label}
          description={hint}
          error={error}
          withAsterisk={q.required}
          size="md"
          autosize
          minRows={2}
          maxLength={500}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value || undefined)}
        />
      );
  }
}
