import type { viPlanflow } from './vi.planflow.ts';

/** English text of the plan approval loop: issuing, returning, waivers, work items. */
export const enPlanflow: Record<keyof typeof viPlanflow, string> = {
  'work.count.plansToIssue': 'Plans awaiting issue',
  'work.kind.planReview': 'Plan approval',
  'work.role.issue': 'For the leader',
  'work.role.returned': 'Returned',
  'work.planWaiting': 'Plan awaiting issue: {title}',
  'work.planReturned': 'Plan returned: {title}',
  'work.returnReason': 'Reason for return: {reason}',
  'work.review.waiting': 'Awaiting issue',
  'work.review.returned': 'To fix',

  'plans.flow.cancel': 'Cancel',
  'plans.flow.submit.title': 'Submit to the leader for approval?',
  'plans.flow.submit.body':
    'The plan goes to the unit’s leaders to issue or return. While it waits it cannot be edited (you may withdraw it).',
  'plans.flow.submit.blocked': '{n} error(s) left: fix every error under Checks before submitting.',
  'plans.flow.withdraw.title': 'Withdraw the submitted draft?',
  'plans.flow.withdraw.body': 'The draft returns to editing.',
  'plans.flow.close.title': 'Close the plan?',
  'plans.flow.close.body': 'The plan becomes closed; it can no longer be followed or amended.',
  'plans.flow.return.title': 'Return the draft for changes',
  'plans.flow.return.reason': 'Reason for return',
  'plans.flow.return.reasonHint': 'The author sees this reason on the plan and in a notification.',
  'plans.flow.return.reasonRequired': 'Please give the reason for returning.',
  'plans.flow.issue.title': 'Issue the plan',
  'plans.flow.issue.intro':
    'Enter the number and signing date from the clerk’s register. The proposed number is the unit’s next free number in the year.',
  'plans.flow.issue.number': 'Document number',
  'plans.flow.issue.preview': 'No.: {number}',
  'plans.flow.issue.date': 'Signing date',
  'plans.flow.issue.past':
    'Signed before today: the plan is entered after signing; the audit log records it.',
  'plans.flow.issue.dateRequired': 'Please enter the signing date.',
  'plans.flow.confirm': 'Confirm',
  'plans.returned.title': 'The leader returned this draft',
  'plans.returned.by': '{by}, {at}',

  'plans.waivers.title': 'Rules waived for this plan',
  'plans.waivers.waive': 'Waive',
  'plans.waivers.modalTitle': 'Waive a rule for this plan only',
  'plans.waivers.intro':
    'Rule “{rule}” will not check this plan. The reason is not printed; the audit log keeps it.',
  'plans.waivers.reason': 'Reason for the waiver',
  'plans.waivers.remove': 'Remove waiver',
  'plans.waivers.item': '{rule} — {reason} ({by})',
};
