import {
  Divider,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  QUESTION_TYPES,
  SCORABLE_TYPES,
  choicesOf,
  type QuestionType,
  type SurveyElement,
  type SurveyQuestion,
} from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import { ChoicesEditor } from './ChoicesEditor.tsx';
import { ConditionBuilder } from './ConditionBuilder.tsx';
import { changeType, type EdQuestion } from './model.ts';
import { ScoringPanel } from './ScoringPanel.tsx';

interface Props {
  q: EdQuestion;
  earlier: readonly SurveyQuestion[];
  leaves: readonly SurveyElement[];
  /** Field ("name", "labelVi"…) → its issues' text, shown under the input. */
  errors: ReadonlyMap<string, string>;
  onChange: (q: EdQuestion) => void;
  /** A new code: later skip logic naming the question follows it. */
  onRename: (name: string) => void;
}

const bound = (v: number | string) => (typeof v === 'number' ? v : undefined);

/** Everything about one question: text, kind, answers, skip logic, scoring. */
export function QuestionFields({ q, earlier, leaves, errors, onChange, onRename }: Props) {
  const t = useT();
  const set = (patch: Partial<EdQuestion>) => onChange({ ...q, ...patch });
  const fixed = q.type === 'scale5' || q.type === 'yes_no_dk';
  return (
    <Stack gap="sm">
      <Group gap="sm" align="start" wrap="wrap">
        <TextInput
          label={t('surveyEditor.q.name')}
          description={t('surveyEditor.q.nameHelp')}
          value={q.name}
          maxLength={64}
          onChange={(e) => onRename(e.currentTarget.value)}
          error={errors.get('name')}
          w={{ base: '100%', sm: 220 }}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <Select
          label={t('surveyEditor.q.type')}
          data={QUESTION_TYPES.map((k) => ({ value: k, label: t(`surveyEditor.type.${k}`) }))}
          value={q.type}
          allowDeselect={false}
          onChange={(v) => {
            const type = QUESTION_TYPES.find((k) => k === v) as QuestionType | undefined;
            if (type && type !== q.type) onChange(changeType(q, type));
          }}
          w={{ base: '100%', sm: 240 }}
        />
        <Switch
          mt={{ base: 0, sm: 30 }}
          label={t('surveyEditor.q.required')}
          checked={q.required}
          disabled={q.type === 'note'}
          onChange={(e) => set({ required: e.currentTarget.checked })}
        />
      </Group>
      <Textarea
        label={t('surveyEditor.q.labelVi')}
        value={q.labelVi}
        autosize
        minRows={1}
        onChange={(e) => set({ labelVi: e.currentTarget.value })}
        error={errors.get('labelVi')}
      />
      <TextInput
        label={t('surveyEditor.q.labelEn')}
        value={q.labelEn ?? ''}
        onChange={(e) => set({ labelEn: e.currentTarget.value || undefined })}
      />
      <TextInput
        label={t('surveyEditor.q.hint')}
        value={q.hintVi ?? ''}
        onChange={(e) => set({ hintVi: e.currentTarget.value || undefined })}
      />
      {(q.type === 'single' || q.type === 'multiple') && (
        <>
          <ChoicesEditor
            name={q.name}
            choices={q.choices ?? []}
            onChange={(choices) => set({ choices })}
          />
          {errors.get('choices') && (
            <Text size="sm" c="red.8">
              {errors.get('choices')}
            </Text>
          )}
        </>
      )}
      {fixed && (
        <Text size="sm" c="dimmed">
          {t('surveyEditor.q.fixedChoices')}{' '}
          {choicesOf(q)
            .map((c) => c.labelVi)
            .join(' · ')}
        </Text>
      )}
      {q.type === 'number' && (
        <Group gap="sm">
          <NumberInput
            label={t('surveyEditor.q.min')}
            value={q.min ?? ''}
            decimalSeparator=","
            onChange={(v) => set({ min: bound(v) })}
            error={errors.get('min')}
            w={140}
          />
          <NumberInput
            label={t('surveyEditor.q.max')}
            value={q.max ?? ''}
            decimalSeparator=","
            onChange={(v) => set({ max: bound(v) })}
            w={140}
          />
        </Group>
      )}
      <Divider />
      <ConditionBuilder
        name={q.name}
        value={q.relevant}
        earlier={earlier}
        onChange={(relevant) => set({ relevant })}
      />
      {errors.get('relevant') && (
        <Text size="sm" c="red.8">
          {errors.get('relevant')}
        </Text>
      )}
      {SCORABLE_TYPES.includes(q.type) && (
        <>
          <Divider />
          <ScoringPanel q={q} leaves={leaves} onChange={(scoring) => set({ scoring })} />
          {errors.get('scoring') && (
            <Text size="sm" c="red.8">
              {errors.get('scoring')}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
