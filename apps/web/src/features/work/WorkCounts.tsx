import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { MyWork } from './api.ts';

const CARDS: { key: keyof MyWork['counts']; label: MessageKey; color?: string }[] = [
  { key: 'overdue', label: 'work.count.overdue', color: 'red.8' },
  { key: 'dueThisWeek', label: 'work.count.dueThisWeek', color: 'orange.8' },
  { key: 'tasks', label: 'work.count.tasks' },
  { key: 'reports', label: 'work.count.reports' },
  { key: 'plans', label: 'work.count.plans' },
];

/** The numbers at the top of the inbox (and of the dashboard summary). */
export function WorkCounts({ counts }: { counts: MyWork['counts'] | undefined }) {
  const t = useT();
  const lang = useLang();
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="sm">
      {CARDS.map((card) => (
        <Paper
          key={card.key}
          withBorder
          p="sm"
          radius="md"
          component="section"
          aria-label={t(card.label)}
        >
          <Text size="xs" c="dimmed">
            {t(card.label)}
          </Text>
          <Text
            fz={26}
            fw={700}
            lh={1.2}
            c={counts && counts[card.key] > 0 ? card.color : undefined}
            data-testid={`count-${card.key}`}
          >
            {counts ? formatNumber(counts[card.key], lang) : '—'}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
