import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { SurveyChoice } from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import { move, uniqueName } from './model.ts';

interface Props {
  name: string;
  choices: SurveyChoice[];
  onChange: (choices: SurveyChoice[]) => void;
}

/** A single/multiple question's answers: code and label each, added, moved, removed. */
export function ChoicesEditor({ name, choices, onChange }: Props) {
  const t = useT();
  const set = (i: number, patch: Partial<SurveyChoice>) =>
    onChange(choices.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const add = () => {
    const value = uniqueName(String(choices.length + 1), new Set(choices.map((c) => c.value)));
    onChange([...choices, { value, labelVi: '' }]);
  };
  return (
    <Stack gap={6} role="group" aria-label={t('surveyEditor.choices.of', { name })}>
      <Text size="sm" fw={500}>
        {t('surveyEditor.choices')}
      </Text>
      {choices.map((c, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="center">
          <TextInput
            aria-label={t('surveyEditor.choices.value', { n: i + 1 })}
            value={c.value}
            maxLength={64}
            onChange={(e) => set(i, { value: e.currentTarget.value })}
            w={96}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <TextInput
            aria-label={t('surveyEditor.choices.label', { n: i + 1 })}
            value={c.labelVi}
            onChange={(e) => set(i, { labelVi: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            aria-label={t('surveyEditor.choices.up', { n: i + 1 })}
            disabled={i === 0}
            onClick={() => onChange(move(choices, i, -1))}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('surveyEditor.choices.down', { n: i + 1 })}
            disabled={i === choices.length - 1}
            onClick={() => onChange(move(choices, i, 1))}
          >
            ↓
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('surveyEditor.choices.remove', { n: i + 1 })}
            onClick={() => onChange(choices.filter((_, j) => j !== i))}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="compact-xs" variant="light" onClick={add}>
          {t('surveyEditor.choices.add')}
        </Button>
      </Group>
    </Stack>
  );
}
