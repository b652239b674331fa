import { sql, type SQL } from 'drizzle-orm';
import { actsForUnit } from '@papi/domain';
import type { Session } from '../../platform/auth/session.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import { inScopeSql } from '../units/units.repository.ts';

/**
 * Which task_state rows `s` are a person's work at `unit` (My work, the dashboard): with
 * `below`, the unit's whole subtree; otherwise their agency's tasks and, for those who act
 * for the unit (its People's Committee, coordinators, leaders), the unit's own. A sở
 * officer's inbox listed the other departments' tasks as "đơn vị cấp dưới".
 */
export function workScopeSql(session: Session, unit: UnitRecord, below: boolean) {
  const own = unit.id === session.unitId;
  const agency = session.agencyId;
  const forUnit = actsForUnit(session);
  const byAgency = sql`(s.lead_agency_ids @> array[${agency}]::int[] or s.coop_agency_ids @> array[${agency}]::int[])`;
  const mine: SQL =
    own && agency !== null
      ? forUnit
        ? sql`(${byAgency} or s.unit_path = ${unit.path})`
        : byAgency
      : sql`s.unit_path = ${unit.path}`;
  const scope = below ? sql`(${mine} or ${inScopeSql(sql`s.unit_path`, [unit.path])})` : mine;
  /** Names the prepared statements by what decides the condition's shape. */
  const shape = `${own && agency !== null ? (forUnit ? 'a' : 'o') : 'u'}${below ? 'b' : ''}`;
  return { scope, shape };
}

/** Leaders, coordinators and admins oversee their subtree; others see their own work. */
export const overseesBelow = (session: Pick<Session, 'role'>) =>
  ['admin', 'coordinator', 'leader'].includes(session.role);
