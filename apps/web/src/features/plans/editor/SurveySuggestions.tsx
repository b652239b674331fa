import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { formatDecimal } from '../../../i18n/format.ts';
import { useLang, useT } from '../../../i18n/index.ts';
import { useSurveySuggestions } from '../../surveys/resultsApi.ts';

/**
 * The weakest sub-dimensions of the plan's unit in its latest citizens' survey, labelled
 * with the run: picking one filters the solution library on it. Nothing shows when the
 * unit has no scored survey (or the user cannot read it).
 */
export function SurveySuggestions({
  unitId,
  active,
  onPick,
}: {
  unitId: number;
  active: string | null;
  onPick: (code: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const list = useSurveySuggestions(unitId);
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  const first = items[0]!;
  const num = (v: number) => formatDecimal(v, lang, first.scale.max - first.scale.min > 20 ? 1 : 2);
  return (
    <Paper withBorder p="xs" bg="var(--mantine-color-yellow-0)">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('surveyResults.suggestions')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('surveyResults.suggestionsHint', { unit: first.stratumName, run: first.runLabel })}
        </Text>
        <Group gap="xs">
          {items.map((s) => (
            <Button
              key={s.code}
              size="compact-sm"
              variant={active === s.code ? 'filled' : 'light'}
              color="orange"
              onClick={() => onPick(s.code)}
              title={s.label}
            >
              {s.code} {s.label.length > 40 ? `${s.label.slice(0, 38)}…` : s.label} ·{' '}
              {t('surveyResults.suggestionScore', {
                score: num(s.score),
                low: num(s.low),
                high: num(s.high),
              })}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
