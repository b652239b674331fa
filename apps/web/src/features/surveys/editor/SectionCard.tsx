import { ActionIcon, Button, Card, Group, Menu, Stack, Text, TextInput } from '@mantine/core';
import { QUESTION_TYPES, type InstrumentIssue, type SurveyElement } from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import { domainText } from '../../../i18n/domain-text.ts';
import type { PlacedIssues } from './issues.ts';
import {
  duplicateQuestion,
  earlierQuestions,
  move,
  newQuestion,
  renameItem,
  type EdDoc,
  type EdQuestion,
} from './model.ts';
import { ConditionBuilder } from './ConditionBuilder.tsx';
import { QuestionCard } from './QuestionCard.tsx';

interface Props {
  ed: EdDoc;
  si: number;
  /** Number of the section's first question in the whole instrument. */
  firstNumber: number;
  placed: PlacedIssues;
  leaves: readonly SurveyElement[];
  open: ReadonlySet<string>;
  toggle: (key: string, force?: boolean) => void;
  edit: (change: (d: EdDoc) => void) => void;
  askDelete: (what: { si: number; qi?: number; label: string }) => void;
}

const none: InstrumentIssue[] = [];

/** A section: its name and title, moved or removed, and its questions. */
export function SectionCard({
  ed,
  si,
  firstNumber,
  placed,
  leaves,
  open,
  toggle,
  edit,
  askDelete,
}: Props) {
  const t = useT();
  const section = ed.sections[si]!;
  const issues = placed.sections.get(String(si)) ?? none;
  const nameIssue = issues.find((i) => i.path.endsWith('.name'));
  const setQuestion = (qi: number, q: EdQuestion) =>
    edit((d) => {
      d.sections[si]!.questions[qi] = q;
    });
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="section"
      aria-label={t('surveyEditor.section.of', { name: section.labelVi || section.name })}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="end" wrap="wrap" gap="xs">
          <Group gap="xs" align="end" wrap="wrap" style={{ flex: 1 }}>
            <TextInput
              label={t('surveyEditor.section.title', { n: si + 1 })}
              value={section.labelVi}
              onChange={(e) => {
                const labelVi = e.currentTarget.value;
                edit((d) => {
                  d.sections[si]!.labelVi = labelVi;
                });
              }}
              style={{ flex: 1, minWidth: 220 }}
            />
            <TextInput
              label={t('surveyEditor.section.name', { n: si + 1 })}
              value={section.name}
              maxLength={64}
              onChange={(e) => {
                const name = e.currentTarget.value;
                edit((d) => renameItem(d, si, null, name));
              }}
              error={nameIssue ? domainText(nameIssue.message) : undefined}
              w={180}
              styles={{ input: { fontFamily: 'monospace' } }}
            />
          </Group>
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              aria-label={t('surveyEditor.section.up', { n: si + 1 })}
              disabled={si === 0}
              onClick={() => edit((d) => void (d.sections = move(d.sections, si, -1)))}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={t('surveyEditor.section.down', { n: si + 1 })}
              disabled={si === ed.sections.length - 1}
              onClick={() => edit((d) => void (d.sections = move(d.sections, si, 1)))}
            >
              ↓
            </ActionIcon>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={t('surveyEditor.section.delete', { n: si + 1 })}
              onClick={() => askDelete({ si, label: section.labelVi || section.name })}
            >
              {t('surveyEditor.q.deleteShort')}
            </Button>
          </Group>
        </Group>
        {issues
          .filter((i) => i !== nameIssue)
          .map((i, n) => (
            <Text key={n} size="sm" c="red.8">
              {domainText(i.message)}
            </Text>
          ))}
        {si > 0 && (
          <ConditionBuilder
            section
            name={section.name}
            value={section.relevant}
            earlier={earlierQuestions(ed, si, 0)}
            onChange={(relevant) => edit((d) => void (d.sections[si]!.relevant = relevant))}
          />
        )}
        {section.questions.map((q, qi) => (
          <QuestionCard
            key={q.key}
            q={q}
            number={firstNumber + qi}
            first={si === 0 && qi === 0}
            last={si === ed.sections.length - 1 && qi === section.questions.length - 1}
            open={open.has(q.key)}
            issues={placed.questions.get(`${si}.${qi}`) ?? none}
            earlier={earlierQuestions(ed, si, qi)}
            leaves={leaves}
            onToggle={() => toggle(q.key)}
            onChange={(next) => setQuestion(qi, next)}
            onRename={(name) => edit((d) => renameItem(d, si, qi, name))}
            onMove={(delta) =>
              edit((d) => {
                const list = d.sections[si]!.questions;
                const to = qi + delta;
                // Past the section's edge the question moves into the next or previous section.
                if (to >= 0 && to < list.length) d.sections[si]!.questions = move(list, qi, delta);
                else if (delta < 0 && si > 0)
                  d.sections[si - 1]!.questions.push(list.splice(qi, 1)[0]!);
                else if (delta > 0 && si < d.sections.length - 1)
                  d.sections[si + 1]!.questions.unshift(list.splice(qi, 1)[0]!);
              })
            }
            onDuplicate={() => {
              const copy = duplicateQuestion(ed, q);
              edit((d) => void d.sections[si]!.questions.splice(qi + 1, 0, copy));
              toggle(copy.key, true);
            }}
            onDelete={() => askDelete({ si, qi, label: q.name })}
          />
        ))}
        <Group>
          <Menu position="bottom-start">
            <Menu.Target>
              <Button
                size="xs"
                variant="light"
                aria-label={t('surveyEditor.q.addTo', { n: si + 1 })}
              >
                {t('surveyEditor.q.add')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {QUESTION_TYPES.map((type) => (
                <Menu.Item
                  key={type}
                  onClick={() => {
                    const q = newQuestion(ed, type);
                    edit((d) => void d.sections[si]!.questions.push(q));
                    toggle(q.key, true);
                  }}
                >
                  {t(`surveyEditor.type.${type}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Stack>
    </Card>
  );
}
