import { Badge } from '@mantine/core';
import type { ReportStatus, SubmissionState } from '@papi/domain';
import { useT } from '../../i18n/index.ts';
import {
  REPORT_STATUS_COLORS,
  REPORT_STATUS_KEYS,
  SUBMISSION_COLORS,
  SUBMISSION_KEYS,
} from './labels.ts';

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const t = useT();
  return (
    <Badge color={REPORT_STATUS_COLORS[status]} variant="light">
      {t(REPORT_STATUS_KEYS[status])}
    </Badge>
  );
}

export function SubmissionBadge({ state }: { state: SubmissionState }) {
  const t = useT();
  return (
    <Badge color={SUBMISSION_COLORS[state]} variant="dot">
      {t(SUBMISSION_KEYS[state])}
    </Badge>
  );
}
