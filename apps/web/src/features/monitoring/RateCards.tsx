import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReportingBoard } from './api.ts';
import { formatDecimal, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';

type Counts = ReportingBoard['total'];
const CARDS: { key: Exclude<keyof Counts, 'rate'>; label: MessageKey; color?: string }[] = [
  { key: 'expected', label: 'monitoring.expected' },
  { key: 'submitted', label: 'monitoring.submitted' },
  { key: 'onTime', label: 'monitoring.onTime', color: 'green.8' },
  { key: 'late', label: 'monitoring.late', color: 'orange.8' },
  { key: 'missing', label: 'monitoring.missing', color: 'red.8' },
  { key: 'pending', label: 'monitoring.pending' },
];

export function RateCards({ counts }: { counts: Counts }) {
  const t = useT();
  const lang = useLang();
  return (
    <SimpleGrid cols={{ base: 2, xs: 4, lg: 7 }} spacing="sm">
      {CARDS.map((c) => (
        <Paper
          key={c.key}
          withBorder
          p="sm"
          radius="md"
          component="section"
          aria-label={t(c.label)}
        >
          <Text size="xs" c="dimmed">
            {t(c.label)}
          </Text>
          <Text
            fz={24}
            fw={700}
            c={counts[c.key] > 0 ? c.color : undefined}
            data-testid={`rate-${c.key}`}
          >
            {formatNumber(counts[c.key], lang)}
          </Text>
        </Paper>
      ))}
      <Paper withBorder p="sm" radius="md" component="section" aria-label={t('monitoring.rate')}>
        <Text size="xs" c="dimmed">
          {t('monitoring.rate')}
        </Text>
        <Text fz={24} fw={700}>
          {counts.rate === null ? '—' : `${formatDecimal(counts.rate, lang, 1)}%`}
        </Text>
      </Paper>
    </SimpleGrid>
  );
}

/** One row of counts in a table (per level, per province). */
export function RateCells({ counts }: { counts: Counts }) {
  const lang = useLang();
  const n = (v: number) => formatNumber(v, lang);
  return (
    <>
      <td>{n(counts.expected)}</td>
      <td>{n(counts.submitted)}</td>
      <td>{n(counts.onTime)}</td>
      <td>{n(counts.late)}</td>
      <td>{n(counts.missing)}</td>
      <td>{n(counts.pending)}</td>
      <td>{counts.rate === null ? '—' : `${formatDecimal(counts.rate, lang, 1)}%`}</td>
    </>
  );
}
