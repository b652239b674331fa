import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { countByStatus, type TaskStatus } from '@papi/domain';
import { getTaskMonitoring, listOverdueTasks } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { loadCalendar } from './holidays.service.ts';
import { overdueTaskSql, presentTask, selectTasks } from './tasks.repository.ts';
import { executeNamed } from '../../db/named.ts';
import { inUseSinceSql } from '../system/in-use-since.ts';
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

  // Hot query (c): counts by derived status from task_count (kept by triggers on every
  // task_state write), a few hundred rows per province instead of every task. Open rows keep
  // their due date, so overdue is derived here on today, exactly as statusSql does.
  register(app, getTaskMonitoring, async ({ query, session, db }) => {
    const today = todayVn();
    const unit = await scopedUnit(db, session, query.unitId);
    const planId = query.planId ?? null;
    const year = query.year ?? null;
    const rows = (
      await executeNamed<{
        dimension: string | null;
        agency_id: number | null;
        name: string | null;
        status: TaskStatus;
        n: number;
      }>(
        db,
        'task-counts',
        sql`with c as (
          select c.dimension, c.agency_id, c.n, case
                   when c.bucket in ('started', 'not_started') and c.due_on < ${today}::date
                        and c.due_on >= ${inUseSinceSql} then 'overdue'
                   when c.bucket = 'started' then 'in_progress'
                   when c.bucket = 'not_started' then 'not_started'
                   else c.bucket end as status
            from task_count c
           where ${inScopeSql(sql`c.unit_path`, [unit.path])}
             and (${planId}::int is null or c.plan_id = ${planId}::int)
             and (${year}::int is null or c.plan_id in (select id from plan where year = ${year}::int)))
        select g.dimension, a.id as agency_id, a.name, g.status, g.n
          from (select case when grouping(c.dimension) = 0 then c.dimension end as dimension,
                       case when grouping(c.agency_id) = 0 then c.agency_id end as agency_id,
                       c.status,
                       (case when grouping(c.agency_id) = 0 then sum(c.n) filter (where c.dimension = '')
                             else sum(c.n) end)::int as n
                  from c group by grouping sets ((c.dimension, c.status), (c.agency_id, c.status))) g
          left join agency a on a.id = g.agency_id
         where g.n > 0`,
      )
    ).rows;
    // Dimension '' is every task once: the totals. Agency rows carry only those counts.
    const total = rows.filter((r) => r.dimension === '');
    const byDimension = rows
      .filter((r) => r.dimension !== null && r.dimension !== '')
      .map((r) => ({ code: r.dimension!, status: r.status, n: r.n }));
    const byAgency = rows
      .filter((r) => r.dimension === null)
      .map((r) => ({ agency_id: r.agency_id, name: r.name, status: r.status, n: r.n }));
    const group = <K extends string | number | null>(
      rows: ({ status: TaskStatus; n: number } & Record<string, unknown>)[],
      key: (r: (typeof rows)[number]) => K,
    ) => {
      const m = new Map<K, typeof rows>();
      for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
      return m;
    };
    const dims = group(byDimension, (r) => r.code as string);
    const agencies = group(byAgency, (r) => r.agency_id as number | null);
    return {
      unit: unitRefOf(unit),
      asOf: today,
      ...counts(total),
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
