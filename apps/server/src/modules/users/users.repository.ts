import { sql, type SQL } from 'drizzle-orm';
import { foldVietnamese, type Role } from '@papi/domain';
import type { TUser } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { pagedTotal } from '../../db/paging.ts';
import { inScopeSql } from '../units/units.repository.ts';

interface UserRow extends Record<string, unknown> {
  id: number;
  username: string;
  full_name: string;
  email: string;
  role: Role;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  agency_id: number | null;
  agency_name: string | null;
  active: boolean;
  must_change_password: boolean;
  last_login_at: Date | null;
  version: number;
  total: number;
}

export type UserRecord = TUser & { unitPath: string };

const present = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  fullName: r.full_name,
  email: r.email,
  role: r.role,
  unitId: r.unit_id,
  unitName: r.unit_name,
  unitPath: r.unit_path,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  active: r.active,
  mustChangePassword: r.must_change_password,
  lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
  version: r.version,
});

async function selectUsers(db: Executor, where: SQL, limit: number, offset: number) {
  const result = await db.execute<UserRow>(sql`
    select us.id, us.username, us.full_name, us.email, us.role, us.unit_id,
           u.full_name as unit_name, u.path as unit_path, us.agency_id, a.name as agency_name,
           us.active, us.must_change_password, us.last_login_at, us.version,
           count(*) over ()::int as total
      from app_user us
      join admin_unit u on u.id = us.unit_id
      left join agency a on a.id = us.agency_id
     where ${where}
     order by length(u.path), us.search, us.id
     limit ${limit} offset ${offset}`);
  const total = await pagedTotal(
    db,
    result.rows,
    offset,
    sql`app_user us join admin_unit u on u.id = us.unit_id`,
    where,
  );
  return { items: result.rows.map(present), total };
}

export interface UserFilter {
  scopePaths: string[] | null;
  onlyUserId?: number;
  unitId?: number | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export function listUsers(db: Executor, f: UserFilter) {
  const conditions: SQL[] = [];
  if (f.onlyUserId !== undefined) conditions.push(sql`us.id = ${f.onlyUserId}`);
  if (f.scopePaths) conditions.push(inScopeSql(sql`u.path`, f.scopePaths));
  if (f.unitId) conditions.push(sql`us.unit_id = ${f.unitId}`);
  for (const word of foldVietnamese(f.q ?? '')
    .split(' ')
    .filter(Boolean)) {
    conditions.push(sql`us.search like ${`%${word}%`}`);
  }
  const where = conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
  return selectUsers(db, where, f.pageSize, (f.page - 1) * f.pageSize);
}

export async function findUser(db: Executor, id: number) {
  const { items } = await selectUsers(db, sql`us.id = ${id}`, 1, 0);
  return items[0] ?? null;
}

export const userSearchText = (username: string, fullName: string, email: string) =>
  foldVietnamese(`${username} ${fullName} ${email}`);
