/**
 * Citizen feedback and petitions (phản ánh, kiến nghị): the states a case goes through and
 * who moves it. A case is received from the public page, assigned to an agency (a commune's
 * People's Committee or a sở), answered by that agency's staff, approved by a leader and
 * only then shown to the citizen and the public.
 */
export const FEEDBACK_STATUSES = ['received', 'assigned', 'drafted', 'answered'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const FEEDBACK_ACTIONS = ['assign', 'transfer', 'draft', 'approve', 'return'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

/** Action → the states it starts from and the state it leads to. */
export const FEEDBACK_TRANSITIONS: Record<
  FeedbackAction,
  { from: readonly FeedbackStatus[]; to: FeedbackStatus }
> = {
  // A coordinator (or the routing rule at submission) gives a new case to an agency.
  assign: { from: ['received'], to: 'assigned' },
  // To another agency, with a reason; a draft of the former agency is dropped.
  transfer: { from: ['assigned', 'drafted'], to: 'assigned' },
  // The assignee writes (or rewrites) the answer and sends it to a leader.
  draft: { from: ['assigned', 'drafted'], to: 'drafted' },
  approve: { from: ['drafted'], to: 'answered' },
  // The leader sends the draft back with a reason.
  return: { from: ['drafted'], to: 'assigned' },
};

/** The state after `action`, or null when the action does not apply in `status`. */
export function feedbackNext(
  status: FeedbackStatus,
  action: FeedbackAction,
): FeedbackStatus | null {
  const t = FEEDBACK_TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

export const FEEDBACK_ACTION_LABEL: Record<FeedbackAction, string> = {
  assign: 'giao xử lý',
  transfer: 'chuyển cơ quan khác',
  draft: 'trình dự thảo trả lời',
  approve: 'duyệt trả lời',
  return: 'trả lại dự thảo',
};

/** What the citizen sees: the four public states of the issue. */
export type FeedbackPublicStatus = 'received' | 'processing' | 'answered' | 'transferred';

export const FEEDBACK_PUBLIC_LABEL: Record<FeedbackPublicStatus, string> = {
  received: 'Đã tiếp nhận',
  processing: 'Đang xử lý',
  answered: 'Đã trả lời',
  transferred: 'Chuyển cơ quan khác',
};

/**
 * The citizen's view of a case: a draft is never shown (it is "being handled"); a case
 * whose latest step moved it to another agency says so until that agency drafts.
 */
export function feedbackPublicStatus(
  status: FeedbackStatus,
  lastAction: FeedbackAction | 'submit' | null,
): FeedbackPublicStatus {
  if (status === 'answered') return 'answered';
  if (status === 'received') return 'received';
  return lastAction === 'transfer' ? 'transferred' : 'processing';
}

/** Topics of the public form: the eight PAPI dimensions, a public service, anything else. */
export const FEEDBACK_TOPIC_LABEL: Record<string, string> = {
  D1: 'Tham gia của người dân ở cơ sở',
  D2: 'Công khai, minh bạch',
  D3: 'Trách nhiệm giải trình với người dân',
  D4: 'Kiểm soát tham nhũng trong khu vực công',
  D5: 'Thủ tục hành chính công',
  D6: 'Cung ứng dịch vụ công (y tế, giáo dục, điện, nước…)',
  D7: 'Quản trị môi trường',
  D8: 'Quản trị điện tử',
  service: 'Một dịch vụ công cụ thể',
  other: 'Vấn đề khác',
};
