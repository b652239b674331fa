/**
 * When a PAPI survey of year Y ends, as this application assumes: 30 November of Y. PAPI's
 * face-to-face fieldwork runs in the second half of the year (roughly August to November);
 * the shipped methodology notes give no exact months, so the end of November is taken as
 * the latest day a year's answers can reflect. An assumption, stated wherever it is used.
 */
export const SURVEY_END_MONTH_DAY = '11-30';

/** How far back before the survey's end completed tasks are counted: 24 months. */
export const TASK_WINDOW_MONTHS = 24;

export const surveyEnd = (year: number) => `${year}-${SURVEY_END_MONTH_DAY}`;

/**
 * The days (ISO, inclusive) in which a task completed may plausibly show in year Y's
 * survey: the 24 months ending on the survey's end, 01/12/(Y−2) to 30/11/Y. The issue's
 * "12–24 months before the survey" is read as "at most 24 months before": a task finished
 * during the survey year counts too, since citizens answer about the last 12 months.
 */
export function taskWindow(year: number): { from: string; to: string } {
  return { from: `${year - TASK_WINDOW_MONTHS / 12}-12-01`, to: surveyEnd(year) };
}

export function inTaskWindow(completedOn: string | null, year: number): boolean {
  if (!completedOn) return false;
  const w = taskWindow(year);
  return completedOn >= w.from && completedOn <= w.to;
}

/**
 * Does a task listing these element codes target `code`? A task on a whole dimension ('D3')
 * targets each of its sub-dimensions; a task on a sub-dimension ('D3.2') targets it and its
 * dimension.
 */
export function taskTargets(taskCodes: readonly string[], code: string): boolean {
  const dimension = code.split('.')[0]!;
  const isSub = code.includes('.');
  return taskCodes.some((c) =>
    isSub ? c === code || c === dimension : c === code || c.startsWith(`${code}.`),
  );
}
