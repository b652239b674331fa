import { sql, type SQL } from 'drizzle-orm';
import type { TDelegation } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';

interface DelegationRow extends Record<string, unknown> {
  id: number;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  user_id: number;
  username: string;
  full_name: string;
  agency_name: string | null;
  plans: boolean;
  reports: boolean;
  ends_on: string | null;
  granted_by: string;
  granted_at: Date;
  revoked_by: string | null;
  revoked_at: Date | null;
}

export type DelegationRecord = TDelegation & { unitPath: string };

const toRecord = (r: DelegationRow, today: string): DelegationRecord => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  unitPath: r.unit_path,
  user: { id: r.user_id, username: r.username, fullName: r.full_name, agencyName: r.agency_name },
  plans: r.plans,
  reports: r.reports,
  endsOn: r.ends_on,
  grantedBy: r.granted_by,
  grantedAt: new Date(r.granted_at).toISOString(),
  revokedBy: r.revoked_by,
  revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
  status: r.revoked_at ? 'revoked' : r.ends_on !== null && r.ends_on < today ? 'expired' : 'active',
});

async function select(db: Executor, where: SQL, today: string) {
  const result = await db.execute<DelegationRow>(sql`
    select d.id, d.unit_id, un.full_name as unit_name, un.path as unit_path, d.user_id,
           u.username, u.full_name, ag.name as agency_name, d.plans, d.reports, d.ends_on,
           gb.full_name as granted_by, d.granted_at, rb.full_name as revoked_by, d.revoked_at
      from unit_delegation d
      join admin_unit un on un.id = d.unit_id
      join app_user u on u.id = d.user_id
      left join agency ag on ag.id = u.agency_id
      join app_user gb on gb.id = d.granted_by
      left join app_user rb on rb.id = d.revoked_by
     where ${where}
     order by d.granted_at desc, d.id desc`);
  return result.rows.map((r) => toRecord(r, today));
}

export const listDelegations = (db: Executor, unitId: number, today: string) =>
  select(db, sql`d.unit_id = ${unitId}`, today);

export const findDelegation = async (db: Executor, id: number, today: string) =>
  (await select(db, sql`d.id = ${id}`, today))[0] ?? null;

/** The drafting rights in force today for a user in their unit (what the session loads). */
export async function activeRights(db: Executor, userId: number, unitId: number, today: string) {
  const result = await db.execute<{ plans: boolean | null; reports: boolean | null }>(sql`
    select bool_or(plans) as plans, bool_or(reports) as reports from unit_delegation
     where user_id = ${userId} and unit_id = ${unitId} and revoked_at is null
       and (ends_on is null or ends_on >= ${today}::date)`);
  const row = result.rows[0];
  return { plans: row?.plans === true, reports: row?.reports === true };
}
