import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button, Group, Paper, Text, TextInput, Textarea } from '@mantine/core';
import { formatDate } from '../../../i18n/format.ts';
import { deadlineLabel } from '../labels.ts';
import type { ColumnId } from './columns.ts';
import { useEditorEnv } from './context.ts';
import type { EditorProps, Move } from './context.ts';
import { parseAmount } from './paste.ts';
import { deadlineFeedback } from './deadlineRead.ts';
import { CooperatingEditor, DimensionEditor, LeadEditor } from './PickerEditors.tsx';

/** Enter commits (Shift/Alt+Enter: new line), Tab commits sideways, Esc cancels. */
export function editKeys(
  e: KeyboardEvent,
  commit: (move: Move) => void,
  cancel: () => void,
  multiline: boolean,
): void {
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    cancel();
  } else if (e.key === 'Enter' && !(multiline && (e.shiftKey || e.altKey))) {
    e.preventDefault();
    e.stopPropagation();
    commit(e.ctrlKey || e.metaKey ? null : 'down');
  } else if (e.key === 'Tab') {
    e.preventDefault();
    e.stopPropagation();
    commit(e.shiftKey ? 'left' : 'right');
  }
}

type TextField = 'number' | 'content' | 'expectedResult' | 'budgetSource';

function TextEditor({ row, seed, field }: EditorProps & { field: TextField }) {
  const env = useEditorEnv();
  const [value, setValue] = useState(seed ?? row[field]);
  const multiline = field === 'content' || field === 'expectedResult';
  const commit = (move: Move) => env.commit(row.key, { [field]: value }, move);
  const common = {
    autoFocus: true,
    size: 'xs' as const,
    value,
    'aria-label': env.t(`plans.editor.col.${field}`),
    onChange: (e: { currentTarget: { value: string } }) => setValue(e.currentTarget.value),
    onKeyDown: (e: KeyboardEvent) => editKeys(e, commit, env.cancel, multiline),
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      const end = e.currentTarget.value.length;
      e.currentTarget.setSelectionRange(end, end);
    },
    onBlur: () => commit(null),
  };
  return multiline ? (
    <Textarea {...common} autosize minRows={3} maxRows={12} />
  ) : (
    <TextInput {...common} />
  );
}

function BudgetEditor({ row, seed }: EditorProps) {
  const env = useEditorEnv();
  const [value, setValue] = useState(
    seed ?? (row.budget === null ? '' : env.formatAmount(row.budget)),
  );
  const amount = parseAmount(value);
  const bad = amount !== null && Number.isNaN(amount);
  const commit = (move: Move) => {
    if (!bad) env.commit(row.key, { budget: amount }, move);
  };
  return (
    <TextInput
      autoFocus
      size="xs"
      value={value}
      aria-label={env.t('plans.editor.col.budget')}
      error={bad ? env.t('plans.editor.badAmount') : undefined}
      onChange={(e) => setValue(e.currentTarget.value)}
      onKeyDown={(e) => editKeys(e, commit, env.cancel, false)}
      onBlur={() => (bad ? env.cancel() : commit(null))}
    />
  );
}

const QUICK_DEADLINES = [
  'Thường xuyên',
  'Hằng tháng',
  'Hằng quý',
  '6 tháng/lần',
  'Hằng năm',
  '30 ngày sau khi ban hành kế hoạch',
];

/** A date (dd/mm/yyyy, "Quý II/2026"), a recurrence or "N ngày sau khi …", as typed. */
function DeadlineEditor({ row, seed }: EditorProps) {
  const env = useEditorEnv();
  const initial = seed ?? (row.deadline ? deadlineLabel(env.t, row.deadline, formatDate) : '');
  const [value, setValue] = useState(initial);
  const read = (text: string) =>
    deadlineFeedback(text, env.year, env.period, env.t('plans.editor.badDeadline'));
  const { deadline: parsed, error, warning } = read(value);
  const commitText = (text: string, move: Move) => {
    if (!text.trim()) return env.commit(row.key, { deadline: null }, move);
    // An impossible date stays in the editor with its reason; it is never saved.
    const { deadline } = read(text);
    if (deadline) env.commit(row.key, { deadline }, move);
  };
  return (
    <Paper shadow="md" p="xs" withBorder miw={300}>
      <TextInput
        autoFocus
        size="xs"
        value={value}
        aria-label={env.t('plans.editor.col.deadline')}
        placeholder={env.t('plans.editor.deadlineHint')}
        error={error ?? undefined}
        onChange={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => editKeys(e, (move) => commitText(value, move), env.cancel, false)}
      />
      {parsed?.kind === 'date' && (
        <Text size="xs" c="dimmed" mt={4} data-testid="deadline-read">
          {env.t('plans.editor.deadlineDate', { date: formatDate(parsed.date) })}
        </Text>
      )}
      {warning && (
        <Text size="xs" c="orange.9" mt={4}>
          {warning}
        </Text>
      )}
      <Group gap={4} mt={6}>
        {QUICK_DEADLINES.map((text) => (
          <Button
            key={text}
            size="compact-xs"
            variant="light"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => commitText(text, null)}
          >
            {text}
          </Button>
        ))}
      </Group>
    </Paper>
  );
}

export function CellEditor({ row, col, seed }: EditorProps & { col: ColumnId }) {
  switch (col) {
    case 'number':
    case 'content':
    case 'expectedResult':
    case 'budgetSource':
      return <TextEditor row={row} seed={seed} field={col} />;
    case 'budget':
      return <BudgetEditor row={row} seed={seed} />;
    case 'deadline':
      return <DeadlineEditor row={row} seed={seed} />;
    case 'dimensions':
      return <DimensionEditor row={row} seed={seed} />;
    case 'lead':
      return <LeadEditor row={row} seed={seed} />;
    case 'cooperating':
      return <CooperatingEditor row={row} seed={seed} />;
  }
}
