import type { Hono } from 'hono';
import { sql, type SQL } from 'drizzle-orm';
import { foldVietnamese } from '@papi/domain';
import {
  addTaskContribution,
  addTaskProgress,
  cancelTask as cancelTaskRoute,
  getTask,
  listTaskProgress,
  listTasks,
} from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { transactionWithEvents } from '../../platform/events.ts';
import { loadCalendar } from './holidays.service.ts';
import { presentTask, selectTasks, statusCondition, taskVisibleSql } from './tasks.repository.ts';
import { readableTask, taskDetail } from './tasks.access.ts';
import { addContribution, addProgress, cancelTask, listProgress } from './progress.service.ts';
import { scopedUnit } from './scoped-unit.ts';
import { todayVn } from '../../platform/clock.ts';

export function registerTaskRoutes(app: Hono<AppEnv>) {
  register(app, listTasks, async ({ query, session, db }) => {
    const today = todayVn();
    const where: SQL[] = [taskVisibleSql(session.actor.scopePaths, session.agencyId)];
    if (query.unitId) {
      const unit = await scopedUnit(db, session, query.unitId);
      where.push(sql`s.unit_path like ${`${unit.path}%`}`);
    }
    if (query.planId) where.push(sql`s.plan_id = ${query.planId}`);
    if (query.agencyId) {
      where.push(
        sql`(s.lead_agency_ids @> array[${query.agencyId}]::int[] or s.coop_agency_ids @> array[${query.agencyId}]::int[])`,
      );
    }
    if (query.status) where.push(statusCondition(query.status, today));
    if (query.dimension) {
      where.push(sql`exists (select 1 from unnest(t.dimension_codes) d
        where d = ${query.dimension} or d like ${`${query.dimension}.%`})`);
    }
    for (const word of foldVietnamese(query.q ?? '')
      .split(' ')
      .filter(Boolean)) {
      where.push(sql`s.search like ${`%${word}%`}`);
    }
    const { rows, total } = await selectTasks(
      db,
      sql.join(where, sql` and `),
      sql`p.id desc, t.position, t.id`,
      query.pageSize,
      (query.page - 1) * query.pageSize,
      today,
      // The dimension filter reads the task row.
      sql`task_state s join plan_task t on t.id = s.task_id`,
    );
    const calendar = await loadCalendar(db, session.actor.scopePaths[0]);
    return { items: rows.map((r) => presentTask(r, calendar, today)), total };
  });

  register(app, getTask, async ({ params, session, db }) => {
    const row = await readableTask(db, session, params.id);
    return taskDetail(db, session, params.id, row);
  });

  register(app, listTaskProgress, async ({ params, query, session, db }) => {
    const t = await readableTask(db, session, params.id);
    return listProgress(db, session, t, query.page, query.pageSize);
  });

  // Writes raise task.progress.updated after the commit: their own transaction with events.
  register(
    app,
    addTaskProgress,
    async ({ params, body, session, c }) =>
      transactionWithEvents(c.var.database.db, async (tx, emit) => {
        const t = await readableTask(tx, session, params.id);
        await addProgress(tx, emit, session, t, body);
        return taskDetail(tx, session, t.id);
      }),
    { transaction: false },
  );

  register(
    app,
    addTaskContribution,
    async ({ params, body, session, c }) =>
      transactionWithEvents(c.var.database.db, async (tx, emit) => {
        const t = await readableTask(tx, session, params.id);
        const id = await addContribution(tx, emit, session, t, body);
        const { items } = await listProgress(tx, session, t, 1, 1);
        return items.find((e) => e.id === id)!;
      }),
    { transaction: false },
  );

  register(
    app,
    cancelTaskRoute,
    async ({ params, body, session, c }) =>
      transactionWithEvents(c.var.database.db, async (tx, emit) => {
        const t = await readableTask(tx, session, params.id);
        await cancelTask(tx, emit, session, t, body);
        return taskDetail(tx, session, t.id);
      }),
    { transaction: false },
  );
}
