import type { viPlans } from '../vi/plans.ts';

/**
 * English text of plans: list, detail, statuses and the approval loop (issue, return, waivers);
 * typed against the Vietnamese keys, so a missing or extra key fails to compile.
 */
export const enPlans: Record<keyof typeof viPlans, string> = {
  'plans.title': 'Plans',

  'plans.create': 'Create plan',

  'plans.search': 'Search by title or number',

  'plans.filterStatus': 'Status',

  'plans.filterYear': 'Year',

  'plans.all': 'All',

  'plans.draftNumber': 'Draft',

  'plans.status.draft': 'Draft',
  'plans.status.submitted': 'Awaiting approval',
  'plans.status.issued': 'Issued',
  'plans.status.closed': 'Ended',

  'plans.type.improvement': 'Index improvement plan',
  'plans.type.communication': 'Communication plan',
  'plans.type.programme_review': 'Programme review plan',
  'plans.type.project': 'Project implementation plan',

  'plans.form.title': 'New draft plan',
  'plans.form.type': 'Plan type',
  'plans.form.year': 'Year',
  'plans.form.planTitle': 'Title',
  'plans.form.from': 'From',
  'plans.form.to': 'To',
  'plans.form.required': 'Please enter the type, year, title and period.',
  'plans.form.submit': 'Create draft',

  'plans.back': 'All plans',

  'plans.version': 'Version {n}',

  'plans.period': 'Period: {from} – {to}',

  'plans.tasks.title': 'Tasks',
  'plans.tasks.stt': 'No.',
  'plans.tasks.content': 'Content',
  'plans.tasks.lead': 'Lead agency',
  'plans.tasks.cooperating': 'Cooperating agencies',
  'plans.tasks.deadline': 'Deadline',
  'plans.tasks.result': 'Result/output',
  'plans.tasks.empty': 'This plan has no tasks yet.',
  'plans.tasks.noDimension': 'No dimension',

  'plans.deadline.continuous': 'Ongoing',
  'plans.deadline.monthly': 'Monthly',
  'plans.deadline.quarterly': 'Quarterly',
  'plans.deadline.half_year': 'Every six months',
  'plans.deadline.yearly': 'Yearly',
  'plans.deadline.relative': '{days} days after {event}',
  'plans.deadline.issuance': 'the plan is issued',
  'plans.deadline.results_published': 'results are published',
  'plans.deadline.parent_issuance': 'the parent plan is issued',

  'plans.action.submit': 'Submit for approval',
  'plans.action.withdraw': 'Withdraw',
  'plans.action.return': 'Return',
  'plans.action.issue': 'Issue',
  'plans.action.close': 'End plan',
  'plans.action.amend': 'Amend',

  'plans.download': 'Download Word',

  'plans.downloadFailed': 'The document could not be downloaded',

  'plans.create.template':
    'The document starts from the plan type’s template (bases, purpose, requirements, organisation, recipients); everything can be edited on the “Document” tab.',

  'plans.more': 'More…',

  'plans.nav.list': 'Plans',

  'plans.flow.cancel': 'Cancel',
  'plans.flow.submit.title': 'Submit to the leader for approval?',
  'plans.flow.submit.body':
    'The plan goes to the unit’s leaders to issue or return. While it waits it cannot be edited (you may withdraw it).',
  'plans.flow.submit.blocked': '{n} error(s) left: fix every error under Checks before submitting.',
  'plans.flow.withdraw.title': 'Withdraw the submitted draft?',
  'plans.flow.withdraw.body': 'The draft returns to editing.',
  'plans.flow.close.title': 'End the plan?',
  'plans.flow.close.body': 'The plan is ended; it can no longer be followed or amended.',
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
