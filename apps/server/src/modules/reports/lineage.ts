import { sql, type SQL } from 'drizzle-orm';
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

/**
 * `column` under any of `paths`, as OR-ed prefix LIKEs: each one is a range scan of the
 * path index (text_pattern_ops), where `like any(array)` reads the whole table — measured
 * 20× slower on the 14,000 units (npm run bench, reporting rates).
 */
export function underAnySql(column: SQL, paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  return sql`(${sql.join(
    paths.map((p) => sql`${column} like ${`${p}%`}`),
    sql` or `,
  )})`;
}

/**
 * Paths under one of `a` and one of `b` at once, as one list: for each pair the deeper
 * path when one contains the other (paths end in "/"), none otherwise. Fewer LIKEs for the
 * planner than the two OR-ed lists AND-ed (npm run bench, reporting rate: planning cost
 * several times the execution).
 */
export function intersectPaths(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (y.startsWith(x)) out.add(y);
      else if (x.startsWith(y)) out.add(x);
    }
  }
  // A path under another of the list adds nothing.
  return [...out].filter((p) => ![...out].some((q) => q !== p && p.startsWith(q)));
}

/**
 * `column` under any of `paths`, as OR-ed byte ranges [path, path with its last character
 * the next one: "/1/14/" → "/1/140") on the text_pattern_ops index: the same rows and index scans as `underAnySql`, but
 * the bounds are parameters the index takes even in a generic plan (a LIKE pattern must be
 * a constant to become a range), so a named statement need not be planned per call.
 */
export function underAnyRangeSql(column: SQL, paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  return sql`(${sql.join(
    paths.map((p) => sql`(${column} ~>=~ ${p}::text and ${column} ~<~ ${after(p)}::text)`),
    sql` or `,
  )})`;
}

/** The first string after every string that starts with `prefix` (byte order). */
const after = (prefix: string) =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
