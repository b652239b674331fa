import { CountCards } from '../../components/CountCards.tsx';
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
    <CountCards
      cols={{ base: 2, xs: 4, lg: 7 }}
      cards={[
        ...CARDS.map((c) => ({
          key: `rate-${c.key}`,
          label: t(c.label),
          value: formatNumber(counts[c.key], lang),
          color: counts[c.key] > 0 ? c.color : undefined,
        })),
        {
          key: 'rate',
          label: t('monitoring.rate'),
          value: counts.rate === null ? '—' : `${formatDecimal(counts.rate, lang, 1)}%`,
        },
      ]}
    />
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
