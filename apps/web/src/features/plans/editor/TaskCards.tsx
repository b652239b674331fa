import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { formatDate } from '../../../i18n/format.ts';
import { agencyName, deadlineLabel } from '../labels.ts';
import { AgencyPicker } from './AgencyPicker.tsx';
import { useEditorEnv } from './context.ts';
import { deadlineFeedback } from './deadlineRead.ts';
import type { LiveIssues, Marker } from './liveIssues.ts';
import type { EditorRow } from './rows.ts';
import { domainText } from '../../../i18n/domain-text.ts';

interface Props {
  rows: readonly EditorRow[];
  issues: LiveIssues;
  onPatch: (key: string, patch: Partial<EditorRow>) => void;
  onDelete: (key: string) => void;
}

/** The deadline typed as words, read at once; an impossible date is refused at the field. */
function DeadlineField({ row, onPatch }: { row: EditorRow; onPatch: Props['onPatch'] }) {
  const env = useEditorEnv();
  const [value, setValue] = useState(
    row.deadline ? deadlineLabel(env.t, row.deadline, formatDate) : '',
  );
  const read = deadlineFeedback(value, env.year, env.period, env.t('plans.editor.badDeadline'));
  return (
    <TextInput
      size="sm"
      label={env.t('plans.editor.col.deadline')}
      placeholder={env.t('plans.editor.deadlineHint')}
      value={value}
      error={read.error ?? undefined}
      description={
        read.deadline?.kind === 'date'
          ? env.t('plans.editor.deadlineDate', { date: formatDate(read.deadline.date) })
          : undefined
      }
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => {
        if (!value.trim()) onPatch(row.key, { deadline: null });
        else if (read.deadline) onPatch(row.key, { deadline: read.deadline });
      }}
    />
  );
}

function Markers({ list }: { list: Marker[] }) {
  return (
    <Stack gap={2}>
      {list.map((m) => (
        <Text
          key={domainText(m.message)}
          size="xs"
          c={m.severity === 'error' ? 'red.8' : 'orange.9'}
        >
          {domainText(m.message)}
        </Text>
      ))}
    </Stack>
  );
}

/** One task as a card with its fields stacked: the appendix on a phone, instead of the grid. */
function TaskCard({ row, issues, onPatch, onDelete }: Omit<Props, 'rows'> & { row: EditorRow }) {
  const env = useEditorEnv();
  const markers = [...(issues.byRow.get(row.key)?.values() ?? [])].flat();
  const errors = markers.filter((m) => m.severity === 'error').length;
  return (
    <Paper
      withBorder
      p="sm"
      data-task-card={row.number}
      data-task-key={row.key}
      style={errors ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap={6}>
            <TextInput
              size="sm"
              w={72}
              aria-label={env.t('plans.editor.col.number')}
              value={row.number}
              onChange={(e) => onPatch(row.key, { number: e.currentTarget.value })}
            />
            {errors > 0 && (
              <Badge color="red" variant="light">
                {env.t('plans.issues.summary', { errors, warnings: markers.length - errors })}
              </Badge>
            )}
          </Group>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            style={{ flexShrink: 0 }}
            onClick={() => onDelete(row.key)}
          >
            {env.t('plans.editor.delete')}
          </Button>
        </Group>
        <Textarea
          size="sm"
          label={env.t('plans.editor.col.content')}
          autosize
          minRows={2}
          maxRows={8}
          value={row.content}
          onChange={(e) => onPatch(row.key, { content: e.currentTarget.value })}
        />
        <Select
          size="sm"
          label={env.t('plans.editor.col.dimensions')}
          data={env.dimensions.map((d) => ({ value: d.code, label: `${d.code} – ${d.name}` }))}
          value={row.dimensionCodes[0] ?? null}
          onChange={(v) => onPatch(row.key, { dimensionCodes: v ? [v] : [] })}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {env.t('plans.editor.col.lead')}
          </Text>
          {row.lead && <Text size="sm">{agencyName(row.lead)}</Text>}
          <AgencyPicker
            planId={env.planId}
            agencies={env.agencies}
            allowClear
            placeholder={
              row.lead ? env.t('plans.editor.changeLead') : env.t('plans.editor.agencySearch')
            }
            onPick={(lead) => onPatch(row.key, { lead })}
          />
        </Stack>
        <DeadlineField row={row} onPatch={onPatch} />
        <Textarea
          size="sm"
          label={env.t('plans.editor.col.expectedResult')}
          autosize
          minRows={1}
          maxRows={4}
          value={row.expectedResult}
          onChange={(e) => onPatch(row.key, { expectedResult: e.currentTarget.value })}
        />
        {markers.length > 0 && <Markers list={markers} />}
      </Stack>
    </Paper>
  );
}

export function TaskCards({ rows, ...rest }: Props) {
  return (
    <Stack gap="sm" data-task-cards>
      {rows.map((row) => (
        <TaskCard key={row.key} row={row} {...rest} />
      ))}
    </Stack>
  );
}
