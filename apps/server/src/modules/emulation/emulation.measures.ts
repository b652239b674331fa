import { sql, type SQL } from 'drizzle-orm';
import {
  deliveryOutcome,
  measureOf,
  taskTimeliness,
  type Measure,
  type MeasureId,
  type RecordRef,
  VIETNAM_UTC_OFFSET_HOURS,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { inScopeSql } from '../units/units.repository.ts';
import { assignedElementsByAgency } from '../programmes/programmes.assignments.repository.ts';

export interface EmulationSubjectRow extends Record<string, unknown> {
  kind: 'agency' | 'commune';
  id: number;
  name: string;
  path: string;
}

export interface MeasureQuery {
  unitId: number;
  unitPath: string;
  year: number;
  asOf: string;
  inUseSince: string;
  subjects: EmulationSubjectRow[];
}

export const subjectKey = (kind: string, id: number) => `${kind}:${id}`;

/** Records of one measure, per subject key. */
type Source = (db: Executor, q: MeasureQuery) => Promise<Map<string, RecordRef[]>>;

const yearRange = (column: SQL, year: number) =>
  sql`${column} between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`;

function collector(q: MeasureQuery) {
  const agencies = new Set(q.subjects.filter((s) => s.kind === 'agency').map((s) => s.id));
  const communes = new Map(
    q.subjects.filter((s) => s.kind === 'commune').map((s) => [s.path, s.id] as const),
  );
  const communeIds = new Set(communes.values());
  const out = new Map<string, RecordRef[]>();
  const add = (key: string, ref: RecordRef) => {
    const list = out.get(key);
    if (list) list.push(ref);
    else out.set(key, [ref]);
  };
  return { agencies, communes, communeIds, out, add };
}

/**
 * Tasks due in the year, by execution's status rules (domain taskTimeliness): an agency's are
 * those it leads; a commune's are those its unit is responsible for.
 */
const tasksOnTime: Source = async (db, q) => {
  const c = collector(q);
  const rows = await db.execute<{
    id: number;
    lead_agency_ids: number[];
    unit_path: string;
    due_on: string;
    completed_on: string | null;
    cancelled_on: string | null;
    percent: number;
  }>(sql`
    select ts.task_id as id, ts.lead_agency_ids, ts.unit_path, ts.due_on, ts.completed_on,
           ts.cancelled_on, ts.percent
      from task_state ts
     where ${inScopeSql(sql`ts.unit_path`, [q.unitPath])} and ${yearRange(sql.raw('ts.due_on'), q.year)}
     order by ts.task_id`);
  for (const r of rows.rows) {
    const outcome = taskTimeliness(
      {
        dueOn: r.due_on,
        completedOn: r.completed_on,
        cancelledOn: r.cancelled_on,
        percent: r.percent,
      },
      q.asOf,
      q.inUseSince,
    );
    if (outcome === null) continue;
    const ref: RecordRef = { kind: 'task', id: r.id, outcome };
    for (const a of new Set(r.lead_agency_ids))
      if (c.agencies.has(a)) c.add(subjectKey('agency', a), ref);
    const commune = c.communes.get(r.unit_path);
    if (commune !== undefined) c.add(subjectKey('commune', commune), ref);
  }
  return c.out;
};

const vnDate = (column: string) =>
  sql.raw(`((${column} at time zone 'UTC') + interval '${VIETNAM_UTC_OFFSET_HOURS} hours')::date`);

/** A record delivered by a date: a report, an obliged plan, an answer to a citizen. */
interface DeliveryRow extends Record<string, unknown> {
  id: number;
  unit_id: number;
  agency_id: number | null;
  due_on: string;
  delivered_on: string | null;
}

/**
 * The agency's records (`agency_id`) or, without one, the commune's (`unit_id`), each on time,
 * late or missing by reporting's delivery rule.
 */
function deliveries(q: MeasureQuery, rows: readonly DeliveryRow[], kind: RecordRef['kind']) {
  const c = collector(q);
  for (const r of rows) {
    const key =
      r.agency_id !== null
        ? c.agencies.has(r.agency_id) && subjectKey('agency', r.agency_id)
        : c.communeIds.has(r.unit_id) && subjectKey('commune', r.unit_id);
    if (!key) continue;
    const outcome = deliveryOutcome(r.due_on, r.delivered_on, q.asOf, q.inUseSince);
    if (outcome !== null) c.add(key, { kind, id: r.id, outcome });
  }
  return c.out;
}

/** Reports due in the year, judged on their first submission (reporting's rule). */
const reportsOnTime: Source = async (db, q) => {
  const rows = await db.execute<DeliveryRow>(sql`
    select r.id, r.unit_id, r.agency_id, r.due_on, ${vnDate('r.first_submitted_at')} as delivered_on
      from report r
     where ${inScopeSql(sql`r.unit_path`, [q.unitPath])} and ${yearRange(sql.raw('r.due_on'), q.year)}
     order by r.id`);
  return deliveries(q, rows.rows, 'report');
};

/** Plans an issued plan obliged the subject to issue by a date: issued by then or not. */
const plansOnTime: Source = async (db, q) => {
  const rows = await db.execute<DeliveryRow>(sql`
    select o.id, o.unit_id, o.agency_id, o.due as due_on, p.issued_on as delivered_on
      from plan_obligation o
      join admin_unit u on u.id = o.unit_id
      left join plan p on p.id = o.child_plan_id
     where ${inScopeSql(sql`u.path`, [q.unitPath])} and ${yearRange(sql.raw('o.due'), q.year)}
     order by o.id`);
  return deliveries(q, rows.rows, 'plan_obligation');
};

/**
 * Citizens' feedback due in the year (feedback module): answered (approved) by its due date
 * or not. An agency's are the cases assigned to it; a commune's, the unassigned cases that
 * sit with the commune (`handler_path`), as My work and the reminders count them.
 */
const feedbackOnTime: Source = async (db, q) => {
  const rows = await db.execute<DeliveryRow>(sql`
    select f.id, u.id as unit_id, f.assignee_agency_id as agency_id, f.due_on,
           f.answered_on as delivered_on
      from feedback f join admin_unit u on u.path = f.handler_path
     where ${inScopeSql(sql`f.handler_path`, [q.unitPath])} and ${yearRange(sql.raw('f.due_on'), q.year)}
     order by f.id`);
  return deliveries(q, rows.rows, 'feedback');
};

const score = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

/**
 * Sub-dimensions an agency leads in the unit's programme (modules/programmes assignment) against
 * the unit's latest official PAPI result up to the year and the one of the year before it:
 * an element counts as on time when its score rose. A post-2025 province formed from one
 * province reads that one's results before 2025; formed from several, only its own.
 */
const subdimensionsImproved: Source = async (db, q) => {
  const out = new Map<string, RecordRef[]>();
  const assigned = await assignedElementsByAgency(db, { unitId: q.unitId, year: q.year });
  if (assigned.size === 0) return out;
  const rows = await db.execute<{
    release_id: number;
    year: number;
    scores: Record<string, number>;
  }>(sql`
    select rl.id as release_id, rl.year, r.scores
      from index_result r join index_release rl on rl.id = r.release_id
     where rl.framework_code = 'PAPI' and rl.year <= ${q.year} and r.assessed
       and (r.unit_id = ${q.unitId} or r.unit_id = (
             select min(s.old_unit_id) from unit_succession s where s.new_unit_id = ${q.unitId}
             having count(distinct s.old_unit_id) = 1))
     order by rl.year desc`);
  const [now, before] = rows.rows;
  if (!now || !before || before.year !== now.year - 1) return out;
  for (const s of q.subjects) {
    if (s.kind !== 'agency') continue;
    for (const code of assigned.get(s.id) ?? []) {
      const a = before.scores[code];
      const b = now.scores[code];
      if (a === undefined || b === undefined) continue;
      const list = out.get(subjectKey('agency', s.id)) ?? [];
      list.push({
        kind: 'index_element',
        id: now.release_id,
        outcome: b > a ? 'on_time' : 'late',
        code,
        note: `${code}: ${score(a)} → ${score(b)} (PAPI ${before.year} → ${now.year})`,
      });
      out.set(subjectKey('agency', s.id), list);
    }
  }
  return out;
};

/**
 * The registry: every measure a criterion may name, computed from the system's records.
 * A new measure (survey satisfaction) is one more entry here and in MEASURE_IDS.
 */
export const MEASURE_SOURCES: Record<MeasureId, Source> = {
  tasks_on_time: tasksOnTime,
  reports_on_time: reportsOnTime,
  plans_on_time: plansOnTime,
  subdimensions_improved: subdimensionsImproved,
  feedback_on_time: feedbackOnTime,
};

/** The measures the criteria name, for every subject (subjects without records get none). */
export async function gatherMeasures(
  db: Executor,
  q: MeasureQuery,
  ids: readonly MeasureId[],
): Promise<Map<string, Partial<Record<MeasureId, Measure>>>> {
  const result = new Map<string, Partial<Record<MeasureId, Measure>>>(
    q.subjects.map((s) => [subjectKey(s.kind, s.id), {}]),
  );
  for (const id of ids) {
    const refs = await MEASURE_SOURCES[id](db, q);
    for (const [key, measures] of result) measures[id] = measureOf(refs.get(key) ?? []);
  }
  return result;
}
