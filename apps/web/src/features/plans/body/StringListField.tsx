import type { ClipboardEvent } from 'react';
import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useT } from '../../../i18n/index.ts';
import { RemoveButton } from './RemoveButton.tsx';
import { insertLines, isMultiLine, pastedLines } from './pasteLines.ts';

interface Props {
  label: string;
  description?: string;
  value: string[];
  onChange: (value: string[]) => void;
  addLabel: string;
  /** Drop a pasted line's closing ";" (Nơi nhận: printing adds it). */
  dropEndMark?: boolean;
  /** Takes pasted lines that belong elsewhere (the "Lưu: …" line); returns the rest. */
  takePasted?: (lines: string[]) => string[];
}

/**
 * An ordered list of paragraphs (purpose, requirements, recipients), each its own box. A
 * block of several lines pasted into a box becomes one item per line.
 */
export function StringListField({
  label,
  description,
  value,
  onChange,
  addLabel,
  dropEndMark,
  takePasted = (lines) => lines,
}: Props) {
  const t = useT();
  const paste = (i: number, e: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isMultiLine(text)) return;
    e.preventDefault();
    onChange(insertLines(value, i, takePasted(pastedLines(text, { dropEndMark }))));
  };
  // A list with no item yet still takes a paste: into a first, empty box.
  const items = value.length ? value : [''];
  const set = (i: number, text: string) => onChange(value.map((v, j) => (j === i ? text : v)));
  const move = (i: number, d: -1 | 1) => {
    const next = [...value];
    const j = i + d;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  return (
    <Stack gap={6}>
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {description ? `${description} ${t('plans.body.pasteHint')}` : t('plans.body.pasteHint')}
        </Text>
      </div>
      {items.map((item, i) => (
        <Group key={i} gap={4} align="flex-start" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            autosize
            minRows={1}
            maxRows={8}
            value={item}
            aria-label={`${label} ${i + 1}`}
            onChange={(e) =>
              value.length ? set(i, e.currentTarget.value) : onChange([e.currentTarget.value])
            }
            onPaste={(e) => paste(i, e)}
          />
          <ActionIcon
            variant="subtle"
            aria-label={t('plans.editor.moveUp')}
            onClick={() => move(i, -1)}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('plans.editor.moveDown')}
            onClick={() => move(i, 1)}
          >
            ↓
          </ActionIcon>
          <RemoveButton n={i + 1} onClick={() => onChange(value.filter((_, j) => j !== i))} />
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={() => onChange([...value, ''])}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
