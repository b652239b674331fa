import { Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/index.ts';

/** What one item's editor gets: a partial update, its removal, and its 1-based place. */
export interface ItemControls<T> {
  set: (patch: Partial<T>) => void;
  remove: () => void;
  n: number;
}

/**
 * A list of document items (sections, responsibilities, obligations), each in its own box,
 * with an add button under them. The caller draws one item from its controls.
 */
export function ItemList<T>({
  title,
  value,
  onChange,
  itemKey = (_, i) => i,
  addLabel,
  newItem,
  children,
}: {
  title: ReactNode;
  value: readonly T[];
  onChange: (value: T[]) => void;
  itemKey?: (item: T, i: number) => string | number;
  addLabel: string;
  /** The blank item added; gets the current count (for numbering). */
  newItem: (count: number) => T;
  children: (item: T, controls: ItemControls<T>) => ReactNode;
}) {
  const controls = (i: number): ItemControls<T> => ({
    set: (patch) => onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x))),
    remove: () => onChange(value.filter((_, j) => j !== i)),
    n: i + 1,
  });
  return (
    <Stack gap="xs">
      {title}
      {value.map((item, i) => (
        <Paper key={itemKey(item, i)} withBorder p="xs">
          <Stack gap={6}>{children(item, controls(i))}</Stack>
        </Paper>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => onChange([...value, newItem(value.length)])}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** An item's number (I, 1, …) and heading on one line, then its badges and × (children). */
export function NumberedHeading({
  number,
  onNumber,
  heading,
  onHeading,
  headingLabel,
  placeholder,
  children,
}: {
  number: string;
  onNumber: (v: string) => void;
  heading: string;
  onHeading: (v: string) => void;
  headingLabel: string;
  placeholder?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    // On a phone the heading keeps a usable width and the badges wrap under it.
    <Group gap={4} wrap="wrap">
      <TextInput
        w={70}
        aria-label={t('plans.body.numeral')}
        value={number}
        onChange={(e) => onNumber(e.currentTarget.value)}
      />
      <TextInput
        style={{ flex: '1 1 180px' }}
        placeholder={placeholder}
        aria-label={headingLabel}
        value={heading}
        onChange={(e) => onHeading(e.currentTarget.value)}
      />
      {children}
    </Group>
  );
}
