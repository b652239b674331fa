import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';

/**
 * A unit's subtree and those of the units it was formed from in 2025: a province's regime
 * also governs its predecessors' reports for periods before the merger.
 */
export async function lineagePaths(db: Executor, unitId: number): Promise<string[]> {
  const r = await db.execute<{ path: string }>(sql`
    select path from admin_unit where id = ${unitId}
    union all
    select old.path from unit_succession s join admin_unit old on old.id = s.old_unit_id
     where s.new_unit_id = ${unitId}`);
  return r.rows.map((x) => x.path);
}
