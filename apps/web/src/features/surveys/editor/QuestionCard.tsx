import { ActionIcon, Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { InstrumentIssue, SurveyElement, SurveyQuestion } from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import { domainText } from '../../../i18n/domain-text.ts';
import { issueField } from './issues.ts';
import type { EdQuestion } from './model.ts';
import { QuestionFields } from './QuestionFields.tsx';
import { QuestionPreview } from './QuestionPreview.tsx';

interface Props {
  q: EdQuestion;
  /** Numbered through the whole instrument, as the respondent counts. */
  number: number;
  first: boolean;
  last: boolean;
  open: boolean;
  issues: readonly InstrumentIssue[];
  earlier: readonly SurveyQuestion[];
  leaves: readonly SurveyElement[];
  onToggle: () => void;
  onChange: (q: EdQuestion) => void;
  onRename: (name: string) => void;
  onMove: (delta: -1 | 1) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** One question: a summary line with its actions and issues; opened, all its fields. */
export function QuestionCard(p: Props) {
  const t = useT();
  const { q } = p;
  const errors = new Map<string, string>();
  for (const issue of p.issues) {
    const field = issueField(issue.path);
    if (!errors.has(field)) errors.set(field, domainText(issue.message));
  }
  const title = q.labelVi.trim() || t('surveyEditor.q.noLabel');
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      id={`q-${q.key}`}
      data-testid={`question-${q.name}`}
      style={p.issues.length > 0 ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
            <Text size="sm" fw={700} c="dimmed">
              {p.number}.
            </Text>
            <Text size="sm" ff="monospace">
              {q.name}
            </Text>
            <Text size="sm" truncate style={{ minWidth: 0 }}>
              {title}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Badge variant="light" size="sm">
              {t(`surveyEditor.type.${q.type}`)}
            </Badge>
            {q.relevant && (
              <Badge variant="light" color="grape" size="sm">
                {t('surveyEditor.q.conditional')}
              </Badge>
            )}
            {q.scoring && (
              <Badge variant="light" color="teal" size="sm">
                {q.scoring.element || t('surveyEditor.q.scored')}
              </Badge>
            )}
          </Group>
        </Group>
        {p.issues.length > 0 && (
          <List size="sm" c="red.8" spacing={0} data-testid="question-issues">
            {p.issues.map((i, n) => (
              <List.Item key={n}>{domainText(i.message)}</List.Item>
            ))}
          </List>
        )}
        <Group gap={4} wrap="wrap">
          <Button
            size="compact-xs"
            variant={p.open ? 'filled' : 'light'}
            aria-expanded={p.open}
            aria-label={t(p.open ? 'surveyEditor.q.close' : 'surveyEditor.q.edit', {
              name: q.name,
            })}
            onClick={p.onToggle}
          >
            {t(p.open ? 'surveyEditor.q.closeShort' : 'surveyEditor.q.editShort')}
          </Button>
          <ActionIcon
            variant="subtle"
            aria-label={t('surveyEditor.q.up', { name: q.name })}
            disabled={p.first}
            onClick={() => p.onMove(-1)}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('surveyEditor.q.down', { name: q.name })}
            disabled={p.last}
            onClick={() => p.onMove(1)}
          >
            ↓
          </ActionIcon>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={p.onDuplicate}
            aria-label={t('surveyEditor.q.duplicate', { name: q.name })}
          >
            {t('surveyEditor.q.duplicateShort')}
          </Button>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={p.onDelete}
            aria-label={t('surveyEditor.q.delete', { name: q.name })}
          >
            {t('surveyEditor.q.deleteShort')}
          </Button>
        </Group>
        {p.open && (
          <>
            <QuestionFields
              q={q}
              earlier={p.earlier}
              leaves={p.leaves}
              errors={errors}
              onChange={p.onChange}
              onRename={p.onRename}
            />
            <QuestionPreview q={q} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
