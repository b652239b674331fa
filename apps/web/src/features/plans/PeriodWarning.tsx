import { Alert } from '@mantine/core';
import { formatDateVi, periodProblem, type Period } from '@papi/domain';
import { useT } from '../../i18n/index.ts';

/** Said as soon as the plan's period does not fit its year (or runs backwards). */
export function PeriodWarning({ year, period }: { year: number; period: Period }) {
  const t = useT();
  const problem = periodProblem(year, period);
  if (!problem) return null;
  const range = `${formatDateVi(period.from)}–${formatDateVi(period.to)}`;
  return (
    <Alert color="orange" p="xs" role="status" data-testid="period-warning">
      {problem.kind === 'reversed'
        ? t('plans.form.periodReversed', { range })
        : t('plans.form.periodOutside', { range, year })}
    </Alert>
  );
}
