import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { countByStatus, type TaskStatus } from '@papi/domain';
import { getTaskMonitoring, listOverdueTasks } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { loadCalendar } from './holidays.service.ts';
import { overdueTaskSql, presentTask, selectTasks, statusSql } from './tasks.repository.ts';
import { scopedUnit, unitRefOf } from './scoped-unit.ts';
import { todayVn } from '../../platform/clock.ts';
import { inScopeSql } from '../units/units.repository.ts';

const counts = (rows: { status: TaskStatus; n: number }[]) => {
  const byStatus = countByStatus([]);
  for (const r of rows) byStatus[r.status] += r.n;
  return { total: rows.reduce((a, r) => a + r.n, 0), byStatus };
};

export function registerMonitoringRoutes(app: Hono<AppEnv>) {
  // Hot queries (a) and (b): the partial index on open tasks by (unit_path, due_on).
  register(app, listOverdueTasks, async ({ query, session, db }) => {
    const today = todayVn();
    const unit = await scopedUnit(db, session, query.unitId);
    const cutoff = query.cutoff ?? today;
    // One fixed shape, prepared once per connection: its five joins were planned on every
    // call in about as long as one commune's page took to run (npm run bench (b)). The path
    // is a byte range a generic plan still takes to the index (inScopeSql).
    const { rows, total } = await selectTasks(
      db,
      // Cut-off today: overdueTaskSql, the twin of the domain's isOverdue.
      sql`${overdueTaskSql(cutoff)} and ${inScopeSql(sql`s.unit_path`, [unit.path])}`,
      sql`s.due_on, s.task_id`,
      query.pageSize,
      (query.page - 1) * query.pageSize,
      today,
      sql`task_state s`,
      'overdue-page',
    );
    const calendar = await loadCalendar(db, unit.path);
    return { items: rows.map((r) => presentTask(r, calendar, today)), total };
  });

  // Hot query (c): counts by derived status over the task_state rows of a subtree.
  register(app, getTaskMonitoring, async ({ query, session, db }) => {
    const today = todayVn();
    const unit = await scopedUnit(db, session, query.unitId);
    const where = sql`s.unit_path like ${`${unit.path}%`} ${query.planId ? sql`and s.plan_id = ${query.planId}` : sql``}
      ${query.year ? sql`and s.plan_id in (select id from plan where year = ${query.year})` : sql``}`;
    const status = statusSql(today);
    const total = await db.execute<{ status: TaskStatus; n: number }>(sql`
      select ${status} as status, count(*)::int as n from task_state s where ${where} group by 1`);
    const byDimension = await db.execute<{ code: string; status: TaskStatus; n: number }>(sql`
      select d.code, ${status} as status, count(distinct s.task_id)::int as n
        from task_state s join plan_task t on t.id = s.task_id
        cross join lateral (select distinct split_part(x, '.', 1) as code
                              from unnest(t.dimension_codes) x) d
       where ${where} group by 1, 2`);
    const byAgency = await db.execute<{
      agency_id: number | null;
      name: string | null;
      status: TaskStatus;
      n: number;
    }>(sql`
      select a.id as agency_id, a.name, ${status} as status, count(*)::int as n
        from task_state s left join agency a on a.id = s.lead_agency_ids[1]
       where ${where} group by 1, 2, 3`);
    const group = <K extends string | number | null>(
      rows: ({ status: TaskStatus; n: number } & Record<string, unknown>)[],
      key: (r: (typeof rows)[number]) => K,
    ) => {
      const m = new Map<K, typeof rows>();
      for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
      return m;
    };
    const dims = group(byDimension.rows, (r) => r.code as string);
    const agencies = group(byAgency.rows, (r) => r.agency_id as number | null);
    return {
      unit: unitRefOf(unit),
      asOf: today,
      ...counts(total.rows),
      byDimension: [...dims.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
        .map(([code, rows]) => ({ code, ...counts(rows) })),
      byAgency: [...agencies.entries()]
        .map(([id, rows]) => ({
          agency: id === null ? null : { id, name: String(rows[0]!.name ?? '') },
          ...counts(rows),
        }))
        .sort((a, b) => b.total - a.total),
    };
  });
}
