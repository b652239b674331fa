import { sql, type SQL } from 'drizzle-orm';
import { matchesSearch, searchWords } from '@papi/domain';
import type { TWorkItem } from '@papi/contracts';

export interface WorkFilter {
  planId?: number | undefined;
  /** "D3": tasks carrying the dimension or one of its sub-dimensions ("D3.1"). */
  dimension?: string | undefined;
  /** Free text: every word must appear, accents and case ignored. */
  q?: string | undefined;
}

/**
 * The filters as conditions on task_state `s` alone (subqueries for the task's dimensions
 * and its agencies' names), so the page and the counts share them. The server filters, not
 * the browser over its loaded page: a province's inbox runs to thousands of tasks.
 */
export function taskFilterSql(f: WorkFilter): SQL[] {
  const out: SQL[] = [];
  if (f.planId !== undefined) out.push(sql`s.plan_id = ${f.planId}`);
  if (f.dimension !== undefined) {
    out.push(sql`exists (select 1 from plan_task dt, unnest(dt.dimension_codes) d(code)
      where dt.id = s.task_id and (d.code = ${f.dimension} or d.code like ${`${f.dimension}.%`}))`);
  }
  for (const w of searchWords(f.q ?? '')) {
    const like = `%${w}%`;
    // task_state.search holds the number, content and plan title; agencies are named apart.
    out.push(sql`(s.search like ${like}
      or exists (select 1 from plan pp where pp.id = s.plan_id and pp.search like ${like})
      or exists (select 1 from agency sa
                  where sa.id = any(s.lead_agency_ids || s.coop_agency_ids) and sa.search like ${like}))`);
  }
  return out;
}

/** Whether a report or plan item passes the filters (tasks are filtered in SQL). */
export function keepOther(item: Exclude<TWorkItem, { kind: 'task' }>, f: WorkFilter): boolean {
  if (f.dimension !== undefined) return false;
  if (item.kind === 'report') {
    if (f.planId !== undefined) return false;
    const r = item.report;
    return matchesSearch(
      `${r.regimeName} ${r.periodLabel} ${r.unit.fullName} ${r.agency?.name ?? ''}`,
      f.q ?? '',
    );
  }
  if (item.kind === 'review_report' || item.kind === 'feedback') {
    if (f.planId !== undefined) return false;
    const o = item.kind === 'feedback' ? item.feedback : item.review;
    const label = item.kind === 'feedback' ? item.feedback.code : item.review.programmeTitle;
    return matchesSearch(`${label} ${o.unit.fullName} ${o.agency?.name ?? ''}`, f.q ?? '');
  }
  if (item.kind === 'plan_review') {
    if (f.planId !== undefined && item.plan.id !== f.planId) return false;
    return matchesSearch(`${item.plan.title} ${item.plan.documentNumber}`, f.q ?? '');
  }
  const o = item.obligation;
  if (f.planId !== undefined && o.parentPlan.id !== f.planId) return false;
  return matchesSearch(
    `${o.parentPlan.title} ${o.parentPlan.documentNumber} ${o.unit.fullName}`,
    f.q ?? '',
  );
}
