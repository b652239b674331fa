import { CountCards } from '../../components/CountCards.tsx';
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
  { key: 'plansToIssue', label: 'work.count.plansToIssue', color: 'teal.8' },
];

/** The numbers at the top of the inbox (and of the dashboard summary). */
export function WorkCounts({ counts }: { counts: MyWork['counts'] | undefined }) {
  const t = useT();
  const lang = useLang();
  return (
    <CountCards
      cols={{ base: 2, xs: 3, md: 6 }}
      cards={CARDS.map((c) => ({
        key: c.key,
        label: t(c.label),
        value: counts ? formatNumber(counts[c.key], lang) : null,
        color: counts && counts[c.key] > 0 ? c.color : undefined,
      }))}
    />
  );
}
