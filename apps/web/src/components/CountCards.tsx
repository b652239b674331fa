import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { SimpleGridProps } from '@mantine/core';

export interface CountCard {
  key: string;
  label: string;
  /** Already formatted ("1.234", "75,0%"), or null while loading ("—"). */
  value: string | null;
  /** Colour of the number when it deserves attention (e.g. red for overdue > 0). */
  color?: string;
}

/** A row of labelled numbers at the top of a board. */
export function CountCards({ cards, cols }: { cards: CountCard[]; cols: SimpleGridProps['cols'] }) {
  return (
    <SimpleGrid cols={cols} spacing="sm">
      {cards.map((card) => (
        <Paper
          key={card.key}
          withBorder
          p="sm"
          radius="md"
          component="section"
          aria-label={card.label}
        >
          <Text size="xs" c="dimmed">
            {card.label}
          </Text>
          <Text fz={26} fw={700} lh={1.2} c={card.color} data-testid={`count-${card.key}`}>
            {card.value ?? '—'}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
