import { sql } from 'drizzle-orm';
import { countByStatus, type TaskStatus } from '@papi/domain';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { executeNamed } from '../../db/named.ts';
import { inUseSinceSql } from '../system/in-use-since.ts';
import { inScopeSql } from '../units/units.repository.ts';

export interface CountsQuery {
  unitPath: string;
  planId: number | null;
  year: number | null;
  today: string;
}

const counts = (rows: { status: TaskStatus; n: number }[]) => {
  const byStatus = countByStatus([]);
  for (const r of rows) byStatus[r.status] += r.n;
  return { total: rows.reduce((a, r) => a + r.n, 0), byStatus };
};

/**
 * Task counts of a unit's subtree (computed, never remembered) by derived status: in total, per dimension, per first lead
 * agency. Read from task_count (kept by triggers on every task_state write); open rows keep
 * their due date, so overdue is derived on `today` exactly as statusSql does.
 */
export async function countTasks(db: Executor, q: CountsQuery) {
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
                 when c.bucket in ('started', 'not_started') and c.due_on < ${q.today}::date
                      and c.due_on >= ${inUseSinceSql} then 'overdue'
                 when c.bucket = 'started' then 'in_progress'
                 when c.bucket = 'not_started' then 'not_started'
                 else c.bucket end as status
          from task_count c
         where ${inScopeSql(sql`c.unit_path`, [q.unitPath])}
           and (${q.planId}::int is null or c.plan_id = ${q.planId}::int)
           and (${q.year}::int is null or c.plan_id in (select id from plan where year = ${q.year}::int)))
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
  const dims = new Map<string, typeof rows>();
  const agencies = new Map<number | null, typeof rows>();
  for (const r of rows) {
    if (r.dimension === null) agencies.set(r.agency_id, [...(agencies.get(r.agency_id) ?? []), r]);
    else if (r.dimension !== '') dims.set(r.dimension, [...(dims.get(r.dimension) ?? []), r]);
  }
  return {
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
}

export type TaskCounts = Awaited<ReturnType<typeof countTasks>>;

/** The change counter a path's counts are kept under (its province), as the triggers say. */
export function countScopeOf(path: string): string {
  return /^\/[^/]+\/[^/]+\//.exec(path)?.[0] ?? path;
}

/**
 * The sum of the change counters an answer for `path` depends on: its province's (every
 * province's, above that level) and the installation-wide one. Counters only grow, so the
 * sum changes whenever one of them does (migration 20261207213737_task_count_version).
 */
async function versionOf(db: Executor, path: string): Promise<string> {
  const scope = countScopeOf(path);
  const { rows } = await executeNamed<{ v: string | null }>(
    db,
    'task-counts-version',
    sql`select sum(version)::text as v from papi_cache.task_count_version
         where scope = '' or ${inScopeSql(sql`scope`, [scope])}`,
  );
  return rows[0]?.v ?? '0';
}

interface Remembered {
  version: string;
  answer: Promise<TaskCounts>;
}
/** How often an answer was computed and given again (tests, and a look at the hit rate). */
export const taskCountStats = { computed: 0, remembered: 0 };

/**
 * Answers per database, oldest first out. A province's answer is tens of KB (one entry per
 * lead agency), so this bounds the memory to a few MB while every province's usual
 * questions (all plans, this year, one plan) fit.
 */
const MAX_ANSWERS = 300;
const answersOf = new WeakMap<object, Map<string, Remembered>>();

/**
 * The task counts, remembered with the change counters they were computed at and given again
 * while those counters stay the same: one key lookup instead of thousands of summary rows
 * for a province. Exact: every write that moves a count bumps its province's counter in the
 * same transaction, and the counter is read before the counts, so a write committed in
 * between only makes the remembered answer look older than it is (it is recomputed next
 * time). Today is part of the key: overdue changes with the day.
 */
export async function taskCounts(db: Executor, q: CountsQuery): Promise<TaskCounts> {
  // Inside a transaction the counts must see its own writes.
  if ((db as object) instanceof PgTransaction) return countTasks(db, q);
  let answers = answersOf.get(db);
  if (!answers) answersOf.set(db, (answers = new Map()));
  const key = `${q.unitPath}|${q.planId ?? ''}|${q.year ?? ''}|${q.today}`;
  const version = await versionOf(db, q.unitPath);
  const hit = answers.get(key);
  if (hit && hit.version === version) {
    taskCountStats.remembered++;
    return hit.answer;
  }
  taskCountStats.computed++;
  const answer = countTasks(db, q);
  answers.delete(key);
  answers.set(key, { version, answer });
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
  answer.catch(() => {
    if (answers.get(key)?.answer === answer) answers.delete(key);
  });
  return answer;
}
