import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Code,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { choicesOf, conditionToXPath, type Condition, type SurveyQuestion } from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import {
  conditionToDraft,
  draftToCondition,
  opsFor,
  type ConditionDraft,
  type ConditionRow,
} from './conditionRows.ts';

interface Props {
  /** Used in the labels: "Hiện câu cau_3 khi". */
  name: string;
  value: Condition | undefined;
  /** Only questions before this one may be named. */
  earlier: readonly SurveyQuestion[];
  onChange: (c: Condition | undefined) => void;
  /** A section's condition: "Hiện phần này khi". */
  section?: boolean;
}

/**
 * "Hiện câu này khi: [câu hỏi] [bằng/khác/có chọn/≥…] [giá trị]", rows joined by AND or OR.
 * The rows are kept here while being filled; the question gets only the complete ones.
 */
export function ConditionBuilder({ name, value, earlier, onChange, section = false }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<ConditionDraft | null>(() => conditionToDraft(value));
  // The condition the rows were last read from or written to: a different one came from
  // outside (a question renamed), and the rows start again from it.
  const [synced, setSynced] = useState(() => JSON.stringify(value ?? null));
  const current = JSON.stringify(value ?? null);
  if (current !== synced) {
    setSynced(current);
    setDraft(conditionToDraft(value));
  }
  const types = new Map(earlier.map((q) => [q.name, q.type]));
  const change = (next: ConditionDraft) => {
    const condition = draftToCondition(next, types);
    setDraft(next);
    setSynced(JSON.stringify(condition ?? null));
    onChange(condition);
  };
  const xpath = value ? conditionToXPath(value) : '';
  if (draft === null)
    return (
      <Stack gap={4}>
        <Text size="sm">{t('surveyEditor.condition.advanced')}</Text>
        <Code block>{xpath}</Code>
        <Group>
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            onClick={() => change({ join: 'all', rows: [] })}
          >
            {t('surveyEditor.condition.clear')}
          </Button>
        </Group>
      </Stack>
    );
  const askable = earlier.filter((q) => q.type !== 'note');
  const setRow = (i: number, patch: Partial<ConditionRow>) =>
    change({ ...draft, rows: draft.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <Stack
      gap="xs"
      role="group"
      aria-label={t(section ? 'surveyEditor.condition.ofSection' : 'surveyEditor.condition.of', {
        name,
      })}
    >
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t(
            section ? 'surveyEditor.condition.showSectionWhen' : 'surveyEditor.condition.showWhen',
          )}
        </Text>
        {draft.rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('surveyEditor.condition.always')}
          </Text>
        )}
        {draft.rows.length > 1 && (
          <SegmentedControl
            size="xs"
            aria-label={t('surveyEditor.condition.join')}
            value={draft.join}
            onChange={(v) => change({ ...draft, join: v === 'any' ? 'any' : 'all' })}
            data={[
              { value: 'all', label: t('surveyEditor.condition.all') },
              { value: 'any', label: t('surveyEditor.condition.any') },
            ]}
          />
        )}
      </Group>
      {draft.rows.map((row, i) => {
        const q = askable.find((x) => x.name === row.q);
        const ops = q ? opsFor(q.type) : [];
        const choices = q ? choicesOf(q) : [];
        return (
          <Group key={i} gap="xs" align="end" wrap="wrap">
            <Select
              aria-label={t('surveyEditor.condition.question', { n: i + 1 })}
              placeholder={t('surveyEditor.condition.pickQuestion')}
              data={askable.map((x) => ({
                value: x.name,
                label: `${x.name} — ${x.labelVi || '…'}`,
              }))}
              value={row.q || null}
              onChange={(v) => {
                const next = askable.find((x) => x.name === v);
                setRow(i, { q: v ?? '', op: next ? opsFor(next.type)[0]! : 'eq', value: '' });
              }}
              searchable
              w={{ base: '100%', sm: 260 }}
            />
            <Select
              aria-label={t('surveyEditor.condition.op', { n: i + 1 })}
              data={ops.map((op) => ({ value: op, label: t(`surveyEditor.op.${op}`) }))}
              value={q ? row.op : null}
              onChange={(v) => {
                const op = ops.find((o) => o === v);
                if (op) setRow(i, { op });
              }}
              disabled={!q}
              allowDeselect={false}
              w={{ base: '100%', sm: 150 }}
            />
            {row.op !== 'answered' &&
              (choices.length > 0 ? (
                <Select
                  aria-label={t('surveyEditor.condition.value', { n: i + 1 })}
                  data={choices.map((c) => ({
                    value: c.value,
                    label: `${c.labelVi || c.value} (${c.value})`,
                  }))}
                  value={row.value || null}
                  onChange={(v) => setRow(i, { value: v ?? '' })}
                  disabled={!q}
                  w={{ base: '100%', sm: 220 }}
                />
              ) : (
                <TextInput
                  aria-label={t('surveyEditor.condition.value', { n: i + 1 })}
                  value={row.value}
                  onChange={(e) => setRow(i, { value: e.currentTarget.value })}
                  placeholder={q?.type === 'date' ? 'yyyy-mm-dd' : undefined}
                  disabled={!q}
                  w={{ base: '100%', sm: 160 }}
                />
              ))}
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('surveyEditor.condition.remove', { n: i + 1 })}
              onClick={() => change({ ...draft, rows: draft.rows.filter((_, j) => j !== i) })}
            >
              ✕
            </ActionIcon>
          </Group>
        );
      })}
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="light"
          disabled={askable.length === 0}
          onClick={() =>
            change({ ...draft, rows: [...draft.rows, { q: '', op: 'eq', value: '' }] })
          }
        >
          {t('surveyEditor.condition.add')}
        </Button>
        {askable.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('surveyEditor.condition.noEarlier')}
          </Text>
        )}
      </Group>
      {xpath && (
        <Text size="xs" c="dimmed">
          {t('surveyEditor.condition.xpath')} <Code>{xpath}</Code>
        </Text>
      )}
    </Stack>
  );
}
