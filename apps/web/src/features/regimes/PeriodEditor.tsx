import { ActionIcon, Checkbox, Group, Paper, Stack, TextInput } from '@mantine/core';
import type { TRegime } from '@papi/contracts';
import type { ReporterLevel } from '@papi/domain';
import { useT } from '../../i18n/index.ts';
import { LEVEL_KEYS } from '../reports/labels.ts';
import { DayRefInput } from './DayRefInput.tsx';

type Periodic = Extract<TRegime['definition'], { trigger: 'periodic' }>;
export type PeriodDef = Periodic['periods'][number];

interface Props {
  period: PeriodDef;
  levels: ReporterLevel[];
  onChange: (period: PeriodDef) => void;
  onRemove: () => void;
}

/** One period: key, label, data window, and the due date of every reporting level. */
export function PeriodEditor({ period, levels, onChange, onRemove }: Props) {
  const t = useT();
  const from = period.window.from;
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('regime.periodKey')}
            value={period.key}
            w={90}
            onChange={(e) => onChange({ ...period, key: e.currentTarget.value.toUpperCase() })}
          />
          <TextInput
            label={t('regime.periodLabel')}
            value={period.label}
            style={{ flex: 1, minWidth: 180 }}
            onChange={(e) => onChange({ ...period, label: e.currentTarget.value })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('regime.removePeriod', { label: period.label })}
            onClick={onRemove}
            mb={4}
          >
            ×
          </ActionIcon>
        </Group>
        <Group align="flex-end" gap="sm">
          <DayRefInput
            label={t('regime.windowFrom')}
            value={from}
            onChange={(v) => v && onChange({ ...period, window: { ...period.window, from: v } })}
          />
          <Checkbox
            label={t('regime.previousYear')}
            checked={from.yearOffset === -1}
            onChange={(e) =>
              onChange({
                ...period,
                window: {
                  ...period.window,
                  from: { ...from, yearOffset: e.currentTarget.checked ? -1 : 0 },
                },
              })
            }
            mb={8}
          />
          <DayRefInput
            label={t('regime.windowTo')}
            value={period.window.to}
            onChange={(v) => v && onChange({ ...period, window: { ...period.window, to: v } })}
          />
        </Group>
        <Group align="flex-end" gap="sm">
          {levels.map((level) => (
            <DayRefInput
              key={level}
              optional
              label={t('regime.dueFor', { level: t(LEVEL_KEYS[level]) })}
              value={period.due[level]}
              onChange={(v) => {
                const due = { ...period.due };
                if (v) due[level] = v;
                else delete due[level];
                onChange({ ...period, due });
              }}
            />
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
