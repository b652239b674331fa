import { actsForUnit } from '../auth/policies.ts';

/**
 * A unit's report for a period moves draft → submitted → accepted | returned; a returned
 * report is corrected in a NEW version and submitted again. Versions are never rewritten.
 */
export const REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã gửi, chờ tiếp nhận',
  accepted: 'Đã tiếp nhận',
  returned: 'Bị trả lại',
};

export type ReportAction = 'edit' | 'submit' | 'accept' | 'return';

/** What an action does from a status: the next status and whether a new version starts. */
export function reportTransition(
  status: ReportStatus,
  action: ReportAction,
): { ok: true; to: ReportStatus; newVersion: boolean } | { ok: false; reason: string } {
  switch (action) {
    case 'edit':
      if (status === 'draft') return { ok: true, to: 'draft', newVersion: false };
      if (status === 'returned') return { ok: true, to: 'draft', newVersion: true };
      return { ok: false, reason: REPORT_LOCKED[status] };
    case 'submit':
      if (status === 'draft' || status === 'returned')
        return { ok: true, to: 'submitted', newVersion: status === 'returned' };
      return { ok: false, reason: REPORT_LOCKED[status] };
    case 'accept':
    case 'return':
      if (status === 'submitted')
        return { ok: true, to: action === 'accept' ? 'accepted' : 'returned', newVersion: false };
      return { ok: false, reason: 'Chỉ tiếp nhận hoặc trả lại được báo cáo đã gửi.' };
  }
}

const REPORT_LOCKED: Record<ReportStatus, string> = {
  draft: '',
  submitted: 'Báo cáo đã gửi, đang chờ cấp trên tiếp nhận; không thể sửa.',
  accepted: 'Báo cáo đã được tiếp nhận; không thể sửa.',
  returned: '',
};

/**
 * Whether a user owes their unit's own report (the one no sở/ban/ngành sends) in their
 * inbox: the unit's coordinators, leaders and admins and its People's Committee's staff —
 * not a sở officer, who owes their agency's report instead (and may not write the unit's:
 * policy `report.write`) unless the unit's coordinator delegated it to them.
 */
export function owesUnitReport(user: {
  role: string;
  agencyId: number | null;
  agencyKind: string | null;
  /** A right to draft the unit's report its coordinator delegated to this officer. */
  delegated?: { reports: boolean };
}): boolean {
  return actsForUnit(user) || (user.role === 'officer' && user.delegated?.reports === true);
}
