import type { ReporterLevel, ReportStatus, SubmissionState } from '@papi/domain';
import type { MessageKey } from '../../i18n/index.ts';

export const REPORT_STATUS_KEYS: Record<ReportStatus, MessageKey> = {
  draft: 'report.status.draft',
  submitted: 'report.status.submitted',
  accepted: 'report.status.accepted',
  returned: 'report.status.returned',
};

export const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  accepted: 'green',
  returned: 'orange',
};

export const SUBMISSION_KEYS: Record<SubmissionState, MessageKey> = {
  on_time: 'report.state.on_time',
  late: 'report.state.late',
  missing: 'report.state.missing',
  pending: 'report.state.pending',
};

export const SUBMISSION_COLORS: Record<SubmissionState, string> = {
  on_time: 'green',
  late: 'orange',
  missing: 'red',
  pending: 'gray',
};

export const SUBMISSION_HEX: Record<SubmissionState, string> = {
  on_time: '#2f9e44',
  late: '#f08c00',
  missing: '#e03131',
  pending: '#ced4da',
};

export const LEVEL_KEYS: Record<ReporterLevel, MessageKey> = {
  commune: 'report.level.commune',
  district: 'report.level.district',
  agency: 'report.level.agency',
  province: 'report.level.province',
};

export const NARRATIVE_KEYS = {
  results: 'report.narrative.results',
  shortcomings: 'report.narrative.shortcomings',
  proposals: 'report.narrative.proposals',
} as const satisfies Record<string, MessageKey>;
