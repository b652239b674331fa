/**
 * Kinds of notification a user can switch e-mail on or off for. In-app delivery is one
 * switch for all; the digest is its own daily e-mail.
 */
export const NOTIFICATION_KINDS = ['deadline', 'escalation', 'report', 'plan', 'task'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  deadline: 'Nhắc hạn (trước hạn, đến hạn, quá hạn)',
  escalation: 'Cảnh báo đơn vị cấp dưới quá hạn',
  report: 'Báo cáo được gửi, trả lại, tiếp nhận',
  plan: 'Kế hoạch được ban hành, nghĩa vụ ban hành',
  task: 'Cập nhật tiến độ nhiệm vụ',
};

export interface NotificationPreferences {
  inApp: boolean;
  email: Record<NotificationKind, boolean>;
  digest: boolean;
  /** Hour of the day (Vietnam time) the digest goes out. */
  digestHour: number;
  /** Days ahead of a deadline for the first reminder (0 = none before the day). */
  remindDaysBefore: number;
}

export const DEFAULT_PREFERENCES: NotificationPreferences = {
  inApp: true,
  email: { deadline: true, escalation: true, report: true, plan: true, task: false },
  digest: true,
  digestHour: 7,
  remindDaysBefore: 3,
};

/** Stored preferences may predate a kind: fill what is missing from the defaults. */
export function completePreferences(
  stored: Partial<NotificationPreferences> | null | undefined,
): NotificationPreferences {
  return {
    ...DEFAULT_PREFERENCES,
    ...(stored ?? {}),
    email: { ...DEFAULT_PREFERENCES.email, ...(stored?.email ?? {}) },
  };
}
