import { can } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { notFound } from '../../platform/errors.ts';
import { findUnitById, type UnitRecord } from '../units/units.repository.ts';
import { todayVn } from '../../platform/clock.ts';

/** A unit named in a query, in the caller's scope (404 otherwise); default: their own. */
export async function scopedUnit(db: Executor, session: Session, unitId?: number) {
  const unit = await findUnitById(db, unitId ?? session.unitId, todayVn());
  if (!unit || !can(session.actor, 'monitoring.read', { unitPath: unit.path })) {
    throw notFound('Đơn vị');
  }
  return unit;
}

/** The short reference of a unit that responses carry. */
export const unitRefOf = (u: UnitRecord) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  fullName: u.fullName,
  level: u.level,
});
