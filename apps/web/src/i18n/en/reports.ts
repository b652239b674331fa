import type { viReports } from '../vi/reports.ts';

/**
 * English text of periodic reports and monitoring;
 * typed against the Vietnamese keys, so a missing or extra key fails to compile.
 */
export const enReports: Record<keyof typeof viReports, string> = {
  'report.title': 'Reports',

  'report.tab.own': "Our unit's reports",
  'report.tab.received': 'Reports from units below',

  'report.regime': 'Reporting regime',

  'report.year': 'Year',

  'report.period': 'Period',
  'report.owed.title': 'Reports your unit owes, not started ({n})',
  'report.owed.due': 'due {date}',
  'report.owed.overdue': 'overdue since {date}',

  'report.list.empty': 'No matching report.',

  'report.col.reporter': 'Reporting unit',
  'report.col.period': 'Period',
  'report.col.due': 'Due',
  'report.col.status': 'Status',
  'report.col.timeliness': 'On time/late',
  'report.col.version': 'Version',
  'report.col.updated': 'Updated',

  'report.status.draft': 'Draft',
  'report.status.submitted': 'Submitted, awaiting review',
  'report.status.accepted': 'Accepted',
  'report.status.returned': 'Returned',

  'report.state.on_time': 'On time',
  'report.state.late': 'Late',
  'report.state.missing': 'Missing (overdue)',
  'report.state.pending': 'Not yet due',

  'report.level.commune': 'Commune',
  'report.level.district': 'District (before 01/07/2025)',
  'report.level.agency': 'Provincial agency',
  'report.level.province': 'Province',

  'report.back': 'Reports',

  'report.heading': 'Report: {period}',

  'report.window': 'Data from {from} to {to}',

  'report.dueOn': 'due {date}',

  'report.firstSubmitted': 'first submitted {at}',

  'report.versionNo': 'Version {n}',

  'report.save': 'Save draft',

  'report.submit': 'Submit report',

  'report.resubmit': 'Resubmit report',

  'report.unsaved': 'Unsaved changes (Ctrl+S saves).',

  'report.confirmTitle': 'Submit report',

  'report.confirmBody':
    'Submit the report to {receiver}? Task statuses are frozen at the end of the period and cannot be changed unless the report is returned.',

  'report.returnedTitle': 'Returned by the receiving level ({name}):',

  'report.section.snapshot': 'Task statuses',
  'report.section.indicators': 'Numeric indicators',
  'report.section.narratives': 'Narrative by dimension',
  'report.section.attachments': 'Attachments',
  'report.section.versions': 'Version history',

  'report.snapshot.frozen': 'Figures frozen as of {date} (at submission, {at}).',
  'report.snapshot.preview':
    'Provisional figures as of {date}; they are frozen when the report is submitted.',
  'report.snapshot.empty': 'The unit has no tasks in the period.',
  'report.snapshot.number': 'No.',
  'report.snapshot.content': 'Task',
  'report.snapshot.status': 'Status',

  'report.indicators.none': 'The plans define no numeric indicators.',
  'report.indicators.name': 'Indicator',
  'report.indicators.value': 'Value',
  'report.indicators.note': 'Note',
  'report.indicators.noteFor': 'Note: {name}',

  'report.narrative.general': 'General',
  'report.narrative.dimension': 'Dimension {code}',
  'report.narrative.emptyMark': 'not written',
  'report.narrative.results': 'Results',
  'report.narrative.shortcomings': 'Shortcomings and causes',
  'report.narrative.proposals': 'Proposals',

  'report.consolidated': 'Consolidated report of the receiving level:',
  'report.consolidated.docx': 'Download Word',
  'report.consolidated.xlsx': 'Download Excel figures',

  'report.review.title': 'Review',
  'report.review.comment': 'Reviewer comment',
  'report.review.commentHint': 'Required when returning: say what to add or correct.',
  'report.review.accept': 'Accept',
  'report.review.return': 'Return',

  'report.sentBy': 'Submitted by {name} at {at}',

  'report.reviewedBy': 'Reviewed by {name} at {at}',

  'report.change.none': 'No change since the previous version.',
  'report.change.indicator': 'Indicator {code}: {before} → {after}',
  'report.change.narrative': '{section} ({dimension}) now reads: {after}',
  'report.change.status': 'Tasks "{status}": {before} → {after}',

  'monitoring.title': 'Monitoring',
  'monitoring.tab.reporting': 'Reporting rates',
  'monitoring.tab.tasks': 'Tasks by status',
  'monitoring.tab.overdue': 'Overdue tasks',
  'monitoring.periodLine': 'Data period {from} – {to}; as of {asOf}.',
  'monitoring.expected': 'Expected',
  'monitoring.submitted': 'Submitted',
  'monitoring.onTime': 'On time',
  'monitoring.late': 'Late',
  'monitoring.missing': 'Missing (overdue)',
  'monitoring.pending': 'Not yet due',
  'monitoring.rate': 'Submission rate',
  'monitoring.perLevel': 'By level',
  'monitoring.perProvince': 'By province',
  'monitoring.communeMapNote':
    "The province's communes, wards and special zones since 1 July 2025 (islands included). A commune submits one report a period: colour by its state; grey: not expected.",
  'monitoring.communeMapTitle': 'Commune reports, {period}',
  'monitoring.perUnit': 'Each unit',
  'monitoring.level': 'Level',
  'monitoring.province': 'Province',
  'monitoring.mapTitle': 'Reporting rate, {period}',
  'monitoring.mapNote':
    'The 34 provinces since 1 July 2025, including the Hoàng Sa and Trường Sa archipelagos. Colour: share of units that submitted; grey: no unit expected.',
  'monitoring.tooltip': 'Submitted {submitted}/{expected} ({rate})',
  'monitoring.noReporters': 'No reporting unit in scope',
  'monitoring.filterState': 'Submission state',
  'monitoring.filterLevel': 'Level',
  'monitoring.view': 'View',
  'monitoring.view.tiles': 'Tiles',
  'monitoring.view.table': 'Table',
  'monitoring.firstSubmitted': 'First submitted',
  'monitoring.byDimension': 'Tasks by dimension and status (total {total})',
  'monitoring.byAgency': 'Tasks by lead agency',
  'monitoring.agencyLimit': 'Showing the {count} agencies with the most tasks.',
  'monitoring.noDimension': 'No dimension',
  'monitoring.noAgency': 'No lead agency',
  'monitoring.cutoff': 'Due before',
  'monitoring.noOverdue': 'No open task is due before {date}.',
  'monitoring.percent': 'Progress',
};
