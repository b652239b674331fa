import { sql, type SQL } from 'drizzle-orm';
import { foldVietnamese, type UnitLevel } from '@papi/domain';
import type { TUnit, TUnitRef } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { badRequest } from '../../platform/errors.ts';
import { executeMaybeNamed } from '../../db/named.ts';
import { remembered } from '../../platform/cache.ts';

interface UnitRow extends Record<string, unknown> {
  id: number;
  code: string;
  name: string;
  full_name: string;
  name_en: string;
  level: UnitLevel;
  type: string;
  parent_id: number | null;
  path: string;
  valid_from: string | null;
  valid_to: string | null;
  child_count: number;
}

export type UnitRecord = TUnit & { path: string };

const LEVEL_ORDER = sql`case u.level when 'country' then 0 when 'province' then 1 when 'district' then 2 else 3 end`;

const validOn = (asOf: string) =>
  sql`(u.valid_from is null or u.valid_from <= ${asOf}::date) and (u.valid_to is null or ${asOf}::date <= u.valid_to)`;

/**
 * `column` under any of the paths: the SQL twin of isWithinScope. OR-ed byte ranges [path,
 * path with its last character the next one: "/1/14/" → "/1/140"), each a range scan of a
 * text_pattern_ops path index, where `like any(array)` read the whole table (20× slower on
 * the 14,000 units, npm run bench). The bounds are parameters the index takes even in a
 * generic plan (a LIKE pattern must be a constant to become a range), so named statements
 * (db/named.ts) need not be planned per call.
 */
export function inScopeSql(column: SQL, paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  return sql`(${sql.join(
    paths.map((p) => sql`(${column} ~>=~ ${p}::text and ${column} ~<~ ${nextAfter(p)}::text)`),
    sql` or `,
  )})`;
}

/** The first string after every string that starts with `prefix` (byte order). */
const nextAfter = (prefix: string) =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

function present(row: UnitRow): UnitRecord {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    fullName: row.full_name,
    nameEn: row.name_en,
    level: row.level,
    type: row.type,
    parentId: row.parent_id,
    path: row.path,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    childCount: Number(row.child_count),
  };
}

async function selectUnits(
  db: Executor,
  where: SQL,
  asOf: string,
  limit = 500,
  /** A statement name for a fixed-shape lookup run on every request (see executeNamed). */
  name?: string,
) {
  const query = sql`
    select u.id, u.code, u.name, u.full_name, u.name_en, u.level, u.type, u.parent_id, u.path,
           u.valid_from, u.valid_to,
           (select count(*) from admin_unit ch where ch.parent_id = u.id
              and (ch.valid_from is null or ch.valid_from <= ${asOf}::date)
              and (ch.valid_to is null or ${asOf}::date <= ch.valid_to))::int as child_count
      from admin_unit u
     where ${where}
     order by ${LEVEL_ORDER}, u.search, u.code
     limit ${limit}`;
  const result = await executeMaybeNamed<UnitRow>(db, name, query);
  return result.rows.map(present);
}

export function findUnitById(db: Executor, id: number, asOf: string) {
  // Every monitoring, task list and My work request starts here: a named statement,
  // remembered for a second (platform/cache.ts).
  return remembered(db, 'unit', `${id}@${asOf}`, async () => {
    const rows = await selectUnits(db, sql`u.id = ${id}`, asOf, 1, 'unit-by-id');
    return rows[0] ?? null;
  });
}

export function listChildren(db: Executor, parentId: number, asOf: string, limit: number) {
  return selectUnits(db, sql`u.parent_id = ${parentId} and ${validOn(asOf)}`, asOf, limit);
}

/** Roots of a scope at a date: the scope units themselves when valid, else nothing. */
export function listScopeRoots(db: Executor, scopePaths: string[], asOf: string) {
  return selectUnits(
    db,
    sql`u.path = any(${sql.param(scopePaths)}::text[]) and ${validOn(asOf)}`,
    asOf,
  );
}

export function searchUnits(
  db: Executor,
  query: string,
  scopePaths: string[],
  asOf: string,
  limit: number,
) {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return Promise.resolve([]);
  const matches = sql.join(
    words.map((w) => sql`u.search like ${`%${w}%`}`),
    sql` and `,
  );
  return selectUnits(
    db,
    sql`${matches} and ${validOn(asOf)} and ${inScopeSql(sql`u.path`, scopePaths)}`,
    asOf,
    limit,
  );
}

export async function findAncestors(db: Executor, path: string): Promise<TUnitRef[]> {
  const ids = path.split('/').filter(Boolean).map(Number).slice(0, -1);
  if (ids.length === 0) return [];
  const result = await db.execute<UnitRow>(sql`
    select id, code, name, full_name, level from admin_unit where id = any(${sql.param(ids)}::int[])`);
  const byId = new Map(result.rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [{ id: r.id, code: r.code, name: r.name, fullName: r.full_name, level: r.level }]
      : [];
  });
}

/** Units this one was formed from (direction 'old') or became (direction 'new'). */
export async function findSuccession(db: Executor, id: number, direction: 'old' | 'new') {
  const [mine, other] =
    direction === 'old' ? ['new_unit_id', 'old_unit_id'] : ['old_unit_id', 'new_unit_id'];
  const result = await db.execute<UnitRow & { merge_type: string }>(sql`
    select u.id, u.code, u.name, u.full_name, u.level, s.merge_type
      from unit_succession s join admin_unit u on u.id = s.${sql.raw(other)}
     where s.${sql.raw(mine)} = ${id}
     order by u.search`);
  return result.rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    fullName: r.full_name,
    level: r.level,
    mergeType: r.merge_type,
  }));
}

/** A current unit can hold agencies and accounts; a dissolved one only history. */
export function assertCurrent(unit: UnitRecord, today: string) {
  if (unit.validTo !== null && unit.validTo < today) {
    throw badRequest(
      'UNIT_NOT_CURRENT',
      `${unit.fullName} đã hết hiệu lực từ sau ngày ${unit.validTo.split('-').reverse().join('/')}; hãy chọn đơn vị hiện hành.`,
    );
  }
}

export async function findUnitPath(db: Executor, id: number): Promise<string | null> {
  const result = await db.execute<{ path: string }>(
    sql`select path from admin_unit where id = ${id}`,
  );
  return result.rows[0]?.path ?? null;
}
