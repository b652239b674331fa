import { Button } from '@mantine/core';
import type { TWorkItem } from '@papi/contracts';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/index.ts';
import { useCreateReport } from './api.ts';

type OwedReport = Extract<TWorkItem, { kind: 'report' }>['report'];

/** Starts the draft of a report the unit owes and opens it (My work and the reports page). */
export function StartReportButton({ report }: { report: OwedReport }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateReport();
  return (
    <Button
      size="xs"
      loading={create.isPending}
      onClick={() =>
        create.mutate(
          {
            regimeId: report.regimeId,
            periodKey: report.periodKey,
            unitId: report.unit.id,
            agencyId: report.agency?.id ?? null,
          },
          { onSuccess: (created) => void navigate(`/reports/${created.id}`) },
        )
      }
    >
      {t('work.startReport')}
    </Button>
  );
}
