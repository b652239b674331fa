// The questions of the national bench: each an HTTP route and the raw SQL of the same
// question, run on the same pool.
import type { Database } from '../../apps/server/src/db/client.ts';
import {
  listPlans,
  listTasks,
  findPlan,
} from '../../apps/server/src/modules/plans/plans.repository.ts';

export interface BenchCase {
  name: string;
  /** Route path with query string. */
  path: string;
  /** Account whose session sends the request. */
  user: string;
  sql: () => Promise<unknown>;
}

export interface Fixture {
  province: { id: number; code: string; path: string };
  commune: { id: number; code: string; path: string };
  communePlanId: number;
}

/** A large province (most communes) and one of its communes, picked by the data, not by hand. */
export async function pickFixture(database: Database): Promise<Fixture> {
  const { rows } = await database.pool.query<{ id: number; code: string; path: string }>(
    `select p.id, p.code, p.path from admin_unit p
       join admin_unit c on c.parent_id = p.id and c.era = 'post2025'
      where p.era = 'post2025' and p.level = 'province'
      group by p.id order by count(*) desc, p.code limit 1`,
  );
  const province = rows[0]!;
  const commune = (
    await database.pool.query<{ id: number; code: string; path: string }>(
      `select id, code, path from admin_unit where parent_id = $1 order by code limit 1`,
      [province.id],
    )
  ).rows[0]!;
  const communePlanId = (
    await database.pool.query<{ id: number }>('select id from plan where unit_id = $1', [
      commune.id,
    ])
  ).rows[0]!.id;
  return { province, commune, communePlanId };
}

/** Plan-based questions (what main offers before the execution tables). */
export function planCases(database: Database, f: Fixture): BenchCase[] {
  const db = database.db;
  return [
    {
      name: 'plans of a province, first 100 (list)',
      path: '/api/plans?pageSize=100',
      user: `t${f.province.code}.dieuphoi`,
      sql: () => listPlans(db, { scopePaths: [f.province.path], page: 1, pageSize: 100 }),
    },
    {
      name: 'one commune plan with its tasks',
      path: `/api/plans/${f.communePlanId}`,
      user: `t${f.province.code}.dieuphoi`,
      sql: async () => Promise.all([findPlan(db, f.communePlanId), listTasks(db, f.communePlanId)]),
    },
  ];
}
