import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { getTaskMonitoring, listOverdueTasks, type ResponseOf } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { loadCalendar } from './holidays.service.ts';
import { overdueTaskSql, presentTask, selectTasks } from './tasks.repository.ts';
import { scopedUnit, unitRefOf } from './scoped-unit.ts';
import { todayVn } from '../../platform/clock.ts';
import { inScopeSql } from '../units/units.repository.ts';
import { taskCounts, type TaskCounts } from './task-counts.ts';

/** Answers of (c) by remembered counts and unit (name included), so a hit is one object. */
const responses = new WeakMap<TaskCounts, Map<string, ResponseOf<typeof getTaskMonitoring>>>();

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

  // Hot query (c): counts by derived status, remembered per change counter (task-counts.ts).
  register(
    app,
    getTaskMonitoring,
    async ({ query, session, db }) => {
      const today = todayVn();
      const unit = await scopedUnit(db, session, query.unitId);
      const answer = await taskCounts(db, {
        unitPath: unit.path,
        planId: query.planId ?? null,
        year: query.year ?? null,
        today,
      });
      // The same object for the same remembered answer: its JSON is written once (register).
      const ref = unitRefOf(unit);
      let byUnit = responses.get(answer);
      if (!byUnit) responses.set(answer, (byUnit = new Map()));
      const key = `${JSON.stringify(ref)}|${today}`;
      let response = byUnit.get(key);
      if (!response) byUnit.set(key, (response = { unit: ref, asOf: today, ...answer }));
      return response;
    },
    { sameObjectSameBody: true },
  );
}
