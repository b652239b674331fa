import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useT } from '../../../i18n/index.ts';
import { RemoveButton } from './RemoveButton.tsx';

interface Props {
  label: string;
  description?: string;
  value: string[];
  onChange: (value: string[]) => void;
  addLabel: string;
}

/** An ordered list of paragraphs (purpose, requirements, recipients), each its own box. */
export function StringListField({ label, description, value, onChange, addLabel }: Props) {
  const t = useT();
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
        {description && (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        )}
      </div>
      {value.map((item, i) => (
        <Group key={i} gap={4} align="flex-start" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            autosize
            minRows={1}
            maxRows={8}
            value={item}
            aria-label={`${label} ${i + 1}`}
            onChange={(e) => set(i, e.currentTarget.value)}
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
