import type { viImpact } from '../vi/impact.ts';

/** English of "what moved"; typed against the Vietnamese keys. */
export const enImpact: Record<keyof typeof viImpact, string> = {
  'impact.title': 'What moved',
  'impact.cardTitle': 'What moved: {index} {year} against {previous}',
  'impact.pageTitle': 'What moved — {unit}, {index} {year} against {previous}',
  'impact.reason.no_results': 'No results for this year yet.',
  'impact.reason.no_previous': 'No previous year to compare with.',
  'impact.reason.no_unit_result': 'The unit has no index results of its own (only provinces do).',
  'impact.reason.merged':
    'That year’s results are for the provinces before the merger; the province has no official result of its own.',
  'impact.noMoves': 'Nothing moved beyond the threshold since the previous year.',
  'impact.changeLabel': 'Change',
  'impact.rose': 'Rose',
  'impact.fell': 'Fell',
  'impact.change': '{change} points (national {national})',
  'impact.rank.up': 'Up {places} places (from {previous} to {rank})',
  'impact.rank.down': 'Down {places} places (from {previous} to {rank})',
  'impact.rank.same': 'Unchanged at {rank}',
  'impact.rank.notComparable':
    'Rank {rank}; not compared with the previous year (a different number of provinces)',
  'impact.rank.none': 'No rank yet',
  'impact.group.up': 'up {steps} group(s)',
  'impact.group.down': 'down {steps} group(s)',
  'impact.group.same': 'same group',
  'impact.targets': 'Targets: {met} met, {notMet} not met, {pending} pending',
  'impact.open': 'Open the full view',
  'impact.disclaimer': 'This is an association, not proof of cause.',
  'impact.estimated':
    'The {year} scores are an estimate from the provinces merged into this one ({names}), not official figures.',
  'impact.method':
    'A dimension counts as moved when its change differs from the national median’s change by more than {dimension} points ({sub} for sub-dimensions). Tasks count when completed from {from} to {to} (assuming the {year} survey ended on {end}).',
  'impact.assoc.title': 'Across provinces',
  'impact.assoc.few': 'Only {n} province(s) have task data — no comparison possible.',
  'impact.assoc.tooFew':
    '{with} province(s) with completed tasks, {without} without: too few cases (at least 3 per group needed), no test.',
  'impact.assoc.result':
    'With completed tasks (n = {with}): mean change {meanWith} points; without (n = {without}): {meanWithout} points; difference {diff} points. {test}: p = {p}.',
  'impact.test.exact': 'Two-sided permutation test, exact ({n} splits)',
  'impact.test.monteCarlo': 'Two-sided permutation test, {n} random permutations (seed {seed})',
  'impact.tasks': 'Tasks aimed at it ({n})',
  'impact.tasks.none': 'None of the unit’s tasks aimed at it.',
  'impact.tasks.more': 'and {n} more tasks',
  'impact.task.outside': 'outside the counted period',
  'impact.col.completed': 'Completed',
  'impact.col.evidence': 'Evidence',
  'impact.previous': 'Previous year',
  'impact.current': 'This year',
  'impact.relative': 'Against the national change',
};
