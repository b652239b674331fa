import { Group, NumberInput, Select, Stack, Switch, Table, Text } from '@mantine/core';
import {
  choicesOf,
  type SurveyElement,
  type SurveyQuestion,
  type QuestionScoring,
} from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import { defaultScoring } from './model.ts';

interface Props {
  q: SurveyQuestion;
  /** Leaves of the instrument's element tree: the only ones a question can measure. */
  leaves: readonly SurveyElement[];
  onChange: (scoring: QuestionScoring | undefined) => void;
}

const num = (v: number | string, fallback: number) =>
  typeof v === 'number'
    ? v
    : Number.isFinite(Number(v.replace(',', '.'))) && v !== ''
      ? Number(v.replace(',', '.'))
      : fallback;

/** What a scored question measures and how each answer scores (blank = left out). */
export function ScoringPanel({ q, leaves, onChange }: Props) {
  const t = useT();
  const s = q.scoring;
  return (
    <Stack gap="xs" role="group" aria-label={t('surveyEditor.scoring.of', { name: q.name })}>
      <Switch
        label={t('surveyEditor.scoring.on')}
        checked={!!s}
        onChange={(e) =>
          onChange(e.currentTarget.checked ? defaultScoring(q, leaves[0]?.code ?? '') : undefined)
        }
      />
      {leaves.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('surveyEditor.scoring.noElements')}
        </Text>
      )}
      {s && (
        <>
          <Group gap="xs" align="end" wrap="wrap">
            <Select
              label={t('surveyEditor.scoring.element')}
              data={leaves.map((e) => ({ value: e.code, label: `${e.code} ${e.nameVi}` }))}
              value={s.element || null}
              onChange={(v) => onChange({ ...s, element: v ?? '' })}
              searchable
              allowDeselect={false}
              w={{ base: '100%', sm: 320 }}
            />
            <NumberInput
              label={t('surveyEditor.scoring.max')}
              value={s.max}
              min={0}
              decimalSeparator=","
              onChange={(v) => onChange({ ...s, max: num(v, 0) })}
              w={120}
            />
            <NumberInput
              label={t('surveyEditor.scoring.weight')}
              value={s.weight}
              min={0}
              decimalSeparator=","
              onChange={(v) => onChange({ ...s, weight: num(v, 0) })}
              w={120}
            />
          </Group>
          <Table withRowBorders={false} verticalSpacing={2} maw={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveyEditor.scoring.answer')}</Table.Th>
                <Table.Th w={140}>{t('surveyEditor.scoring.points')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {choicesOf(q).map((c) => (
                <Table.Tr key={c.value}>
                  <Table.Td>
                    <Text size="sm">
                      {c.labelVi || c.value}{' '}
                      <Text span c="dimmed" size="xs">
                        ({c.value})
                      </Text>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      aria-label={t('surveyEditor.scoring.pointsOf', { value: c.value })}
                      placeholder={t('surveyEditor.scoring.excluded')}
                      value={s.scores[c.value] ?? ''}
                      min={0}
                      decimalSeparator=","
                      onChange={(v) => {
                        const scores = { ...s.scores };
                        if (v === '' || !Number.isFinite(num(v, NaN))) delete scores[c.value];
                        else scores[c.value] = num(v, 0);
                        onChange({ ...s, scores });
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('surveyEditor.scoring.help')}
          </Text>
        </>
      )}
    </Stack>
  );
}
