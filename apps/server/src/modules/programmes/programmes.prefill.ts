import { sql } from 'drizzle-orm';
import {
  countOutcomes,
  rankAndGroup,
  reportTimeliness,
  taskOutcome,
  type TaskOutcome,
} from '@papi/domain';
import type { TReviewReport } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { todayVn } from '../../platform/clock.ts';
import { loadIndexData } from '../indices/indices.cache.ts';
import { viewYear } from '../indices/indices.service.ts';
import type { ProgrammeRecord, ReviewReportRecord } from './programmes.repository.ts';
import { elementNames, programmeEdition, programmeGoals, unitRef } from './programmes.service.ts';

type Prefill = Pick<TReviewReport, 'elements' | 'tasks' | 'reports'>;

/**
 * The element's score, rank and group of the programme's unit each year: its own result,
 * or, before 2025, its single predecessor's (a province formed from several has none).
 * Dimensions are ranked by the indices service; sub-dimensions here, the same way.
 */
async function yearsOf(db: Executor, p: ProgrammeRecord, codes: string[]) {
  const data = await loadIndexData(db, p.frameworkCode);
  const out = new Map<string, Prefill['elements'][number]['years']>();
  for (const c of codes) out.set(c, []);
  if (!data) return out;
  const predecessors = (
    await db.execute<{ id: number }>(
      sql`select old_unit_id as id from unit_succession where new_unit_id = ${p.unitId}`,
    )
  ).rows.map((r) => r.id);
  for (let year = p.yearFrom; year <= p.yearTo; year++) {
    const view = viewYear(data.framework, data.all, year);
    const own = view?.rows.find((r) => r.unit.id === p.unitId);
    const before = view?.rows.filter((r) => predecessors.includes(r.unit.id)) ?? [];
    const basis = own ?? (before.length === 1 ? before[0]! : null);
    for (const code of codes) {
      let standing: { score: number | null; rank: number | null; group: string | null } | null =
        null;
      if (view && basis) {
        standing = view.standings.get(code)?.get(basis.unit.id) ?? null;
        if (!standing && basis.scores[code] !== undefined) {
          const ranked = rankAndGroup(
            view.rows.map((r) => ({
              key: r.unit.id,
              score: r.assessed ? (r.scores[code] ?? null) : null,
            })),
          );
          standing = ranked.find((r) => r.key === basis.unit.id) ?? null;
        }
      }
      // Sub-dimension scores are published for few years: the dimension's figure stands in.
      const dimension = code.split('.')[0]!;
      const shown =
        standing?.score == null && view && basis && code !== dimension
          ? (view.standings.get(dimension)?.get(basis.unit.id) ?? null)
          : null;
      if (shown) standing = shown;
      out.get(code)!.push({
        year,
        code: shown ? dimension : code,
        score: standing?.score ?? null,
        rank: standing?.rank ?? null,
        group: (standing?.group ?? null) as never,
      });
    }
  }
  return out;
}

interface TaskRow extends Record<string, unknown> {
  task_id: number;
  dimension_codes: string[];
  due_on: string | null;
  completed_on: string | null;
  cancelled_on: string | null;
  percent: number;
}

/**
 * Tasks of the programme's plans (and the plans issued under them, and the reporter's own
 * plans of the programme's years) that the reporter leads: the agency's, or for a
 * subordinate unit's report, the tasks that unit answers for.
 */
async function reporterTasks(db: Executor, p: ProgrammeRecord, r: ReviewReportRecord) {
  const ids = sql.param(p.planIds);
  const who =
    r.agencyId !== null
      ? sql`${r.agencyId} = any(s.lead_agency_ids)`
      : sql`s.unit_id = ${r.unitId}`;
  const rows = await db.execute<TaskRow>(sql`
    select s.task_id, t.dimension_codes, s.due_on::text as due_on,
           s.completed_on::text as completed_on, s.cancelled_on::text as cancelled_on, s.percent
      from task_state s
      join plan_task t on t.id = s.task_id
      join plan pl on pl.id = s.plan_id
     where (pl.id = any(${ids}::int[]) or pl.parent_plan_id = any(${ids}::int[])
            or (pl.unit_id = ${r.unitId} and pl.year between ${p.yearFrom} and ${p.yearTo}))
       and ${who}`);
  return rows.rows;
}

/** A task counts for an element when tagged with it, or only with its dimension. */
const taskCovers = (codes: string[], element: string) =>
  codes.includes(element) ||
  (codes.includes(element.split('.')[0]!) &&
    !codes.some((c) => c.startsWith(`${element.split('.')[0]}.`)));

export async function prefillReport(
  db: Executor,
  p: ProgrammeRecord,
  r: ReviewReportRecord,
): Promise<Prefill> {
  const data = await loadIndexData(db, p.frameworkCode);
  const names = elementNames(data ? programmeEdition(data.framework, p) : null);
  const years = await yearsOf(db, p, r.elementCodes);
  const goals = await programmeGoals(db, p, await unitRef(db, p.unitId));
  const asOf = todayVn();
  const tasks = await reporterTasks(db, p, r);
  const outcome = (t: TaskRow): TaskOutcome =>
    taskOutcome(
      {
        dueOn: t.due_on,
        completedOn: t.completed_on,
        cancelledOn: t.cancelled_on,
        percent: t.percent,
      },
      asOf,
    );
  const reports = await db.execute<{ due_on: string; submitted_on: string | null }>(sql`
    select due_on::text as due_on,
           (first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date::text as submitted_on
      from report
     where unit_id = ${r.unitId} and coalesce(agency_id, 0) = ${r.agencyId ?? 0}
       and extract(year from due_on) between ${p.yearFrom} and ${p.yearTo + 1}
       and due_on < ${asOf}::date`);
  const timeliness = { on_time: 0, late: 0, missing: 0 };
  for (const x of reports.rows) timeliness[reportTimeliness(x.submitted_on, x.due_on)] += 1;
  return {
    elements: r.elementCodes.map((code) => ({
      code,
      name: names.get(code) ?? '',
      years: years.get(code) ?? [],
      targets: goals
        .filter(
          (g) =>
            g.elementCode === null ||
            code === g.elementCode ||
            code.startsWith(`${g.elementCode}.`),
        )
        .map((g) => ({ year: g.year, title: g.title, status: g.evaluation.status })),
      tasks: countOutcomes(tasks.filter((t) => taskCovers(t.dimension_codes, code)).map(outcome)),
    })),
    tasks: countOutcomes(tasks.map(outcome)),
    reports: timeliness,
  };
}
