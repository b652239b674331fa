import type { MessageKey } from '../../../i18n/index.ts';
import type { Compliance } from './api.ts';

export const COMPLIANCE_KEYS: Record<Compliance, MessageKey> = {
  on_time: 'plans.compliance.on_time',
  late: 'plans.compliance.late',
  not_yet: 'plans.compliance.not_yet',
  overdue: 'plans.compliance.overdue',
};

export const COMPLIANCE_COLORS: Record<Compliance, string> = {
  on_time: 'green',
  late: 'orange',
  not_yet: 'gray',
  overdue: 'red',
};

export const COMPLIANCE_ORDER: Compliance[] = ['on_time', 'late', 'not_yet', 'overdue'];
