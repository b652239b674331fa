import type { viWork } from '../vi/work.ts';

/**
 * English text of execution: my work, tasks, progress, evidence and reporting regimes;
 * typed against the Vietnamese keys, so a missing or extra key fails to compile.
 */
export const enWork: Record<keyof typeof viWork, string> = {
  'task.status.not_started': 'Not started',
  'task.status.in_progress': 'In progress',
  'task.status.done': 'Done',
  'task.status.done_late': 'Done late',
  'task.status.overdue': 'Overdue',
  'task.status.cancelled': 'Cancelled',

  'work.title': 'My work',

  'work.asOf': 'As of {date} · {unit}',

  'work.includeBelow': 'Include units below',

  'work.count.overdue': 'Overdue',
  'work.count.dueThisWeek': 'Due within 7 days',
  'work.count.tasks': 'Tasks',
  'work.count.reports': 'Reports to submit',
  'work.count.plans': 'Plans to issue',

  'work.filterKind': 'Kind',

  'work.kind.all': 'All',
  'work.kind.tasks': 'Tasks',
  'work.kind.reports': 'Reports',
  'work.kind.plans': 'Plans',
  'work.kind.task': 'Task',
  'work.kind.report': 'Report',
  'work.kind.plan': 'Issue a plan',

  'work.filterStatus': 'Task status',

  'work.status.open': 'Still to do',

  'work.filterPlan': 'Plan',

  'work.filterDimension': 'Dimension',

  'work.search': 'Search',

  'work.searchPlaceholder': 'Accents optional; press / to search',

  'work.empty': 'Nothing is waiting.',

  'work.noMatch': 'Nothing matches the filters.',

  'work.noDue': 'No due date',

  'work.due.overdue': '{days} days overdue',
  'work.due.today': 'Due today',
  'work.due.soon': '{days} days left',

  'work.role.lead': 'Lead',
  'work.role.cooperating': 'Cooperating',
  'work.role.below': 'Unit below',
  'work.role.own': 'Own unit',

  'work.leadBy': 'Lead: {name}',

  'work.planToIssue': 'Issue an implementing plan: {title}',

  'work.obligation.on_time': 'Issued on time',
  'work.obligation.late': 'Issued late',
  'work.obligation.not_yet': 'Not issued yet',
  'work.obligation.overdue': 'Not issued, overdue',

  'work.notStarted': 'Not started',

  'work.startReport': 'Start report',

  'work.openReport': 'Open report',

  'work.openAll': 'See all work',

  'task.back': 'My work',

  'task.number': 'Task {number}',

  'task.percent': 'Progress: {percent}%',

  'task.field.plan': 'Plan',
  'task.field.dimension': 'Dimension',
  'task.field.unit': 'Unit',
  'task.field.lead': 'Lead agency',
  'task.field.cooperating': 'Cooperating agencies',
  'task.field.deadline': 'Deadline',
  'task.field.result': 'Expected result',
  'task.field.completedOn': 'Completed on',
  'task.field.cancelReason': 'Cancellation reason',
  'task.field.lastUpdate': 'Last update',

  'task.dueShifted': 'The written deadline {date} is a day off; moved to the next working day.',

  'task.completedOn': 'Completed on {date}',

  'task.history': 'Update history',
  'task.history.empty': 'No updates yet.',
  'task.history.update': 'Progress update',
  'task.history.contribution': 'Contribution',
  'task.history.cancel': 'Cancelled',
  'task.history.file': 'File:',

  'task.evidence': 'Evidence files',

  'task.update.title': 'Update progress',
  'task.update.reportedOn': 'Update date',
  'task.update.percent': 'Percent complete',
  'task.update.note': 'What was done',
  'task.update.noteHint': 'Work done, results, difficulties (as of the update date)',
  'task.update.finished': 'Finished',
  'task.update.completedOn': 'Completion date',
  'task.update.attaching': 'Will attach: {names}',
  'task.update.save': 'Save update',
  'task.update.saved': 'Update saved.',
  'task.update.shortcut': 'Ctrl+Enter to save',

  'task.contribute.title': 'Record contribution',
  'task.contribute.note': 'What your agency contributed',
  'task.contribute.save': 'Save contribution',
  'task.contribute.saved': 'Contribution recorded.',

  'task.cancel.open': 'Cancel task…',
  'task.cancel.title': 'Cancel task',
  'task.cancel.body': 'A cancelled task no longer counts as work to do. Its history is kept.',
  'task.cancel.reason': 'Reason',
  'task.cancel.confirm': 'Cancel task',

  'evidence.drop': 'Drop evidence files here (several at once)',
  'evidence.rules':
    'Accepted: {types}; at most {size} MB each. The type is checked from the content.',
  'evidence.choose': 'Choose files…',
  'evidence.uploaded': 'uploaded',
  'evidence.none': 'No files yet.',
  'evidence.delete': 'Delete file {name}',

  'regime.title': 'Reporting regimes',
  'regime.create': 'Add regime',
  'regime.edit': 'Edit regime {code}',
  'regime.code': 'Code',
  'regime.name': 'Regime name',
  'regime.levels': 'Reporting levels',
  'regime.content': 'Report content',
  'regime.periods': 'Periods (days as dd/mm)',
  'regime.eventDue': 'Due: days after the index results are published',
  'regime.eventRule': 'Event: after the index results are published',
  'regime.periodKey': 'Key',
  'regime.periodLabel': 'Name',
  'regime.windowFrom': 'Data from',
  'regime.windowTo': 'to',
  'regime.previousYear': 'of the previous year',
  'regime.dueFor': 'Due: {level}',
  'regime.daysAfter': '{level} (days)',
  'regime.addPeriod': 'Add period',
  'regime.removePeriod': 'Remove period {label}',
  'regime.badDay': 'Not a valid day (dd/mm).',
  'regime.holidayNote': 'Due dates on a weekend or public holiday move to the next working day.',
  'regime.thisYear': "This year's periods (holidays applied)",
  'regime.noPeriodsYet': 'No period this year yet.',

  'work.count.plansToIssue': 'Plans awaiting issue',

  'work.kind.planReview': 'Plan approval',
  'work.kind.reviewReport': 'Review report',
  'work.kind.feedback': 'Citizen feedback',
  'work.reviewReportOf': 'Review report: {title}',
  'work.feedbackToAnswer': 'Answer citizen feedback {code}',
  'work.notSent': 'Not sent',
  'work.notAnswered': 'Not answered',

  'work.role.issue': 'For the leader',
  'work.role.returned': 'Returned',

  'work.planWaiting': 'Plan awaiting issue: {title}',

  'work.planReturned': 'Plan returned: {title}',

  'work.returnReason': 'Reason for return: {reason}',

  'work.review.waiting': 'Awaiting issue',
  'work.review.returned': 'To fix',
};
