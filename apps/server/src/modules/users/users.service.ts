import { and, eq, sql } from 'drizzle-orm';
import { assignableRoles, can, type Role } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { generateTemporaryPassword, hashPassword } from '../../platform/auth/password-hash.ts';
import { assertCurrent, findUnitById } from '../units/units.repository.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { agency } from '../agencies/agencies.table.ts';
import { userSession } from '../auth/auth.table.ts';
import { appUser } from './users.table.ts';
import { findUser, type UserRecord } from './users.repository.ts';

/** Loads a user the session may change, or explains why not. */
export async function loadWritableUser(db: Executor, session: Session, id: number) {
  const user = await findUser(db, id);
  if (!user || !can(session.actor, 'user.read', { unitPath: user.unitPath, userId: user.id })) {
    throw notFound('Tài khoản');
  }
  const assignable = assignableRoles(session.role);
  if (
    !can(session.actor, 'user.manage', {
      unitPath: user.unitPath,
      role: user.role,
      userId: user.id,
    }) ||
    !assignable.includes(user.role)
  ) {
    throw forbidden('Bạn không có quyền sửa tài khoản này.');
  }
  return user;
}

export function assertAssignable(session: Session, role: Role) {
  if (!assignableRoles(session.role).includes(role)) {
    throw forbidden('Bạn không được cấp vai trò cao hơn vai trò của mình.');
  }
}

/** The unit must be in scope and writable; the agency, if any, must belong to it. */
export async function resolvePlacement(
  db: Executor,
  session: Session,
  unitId: number,
  agencyId: number | null,
) {
  const unit = await findUnitById(db, unitId, todayVn());
  if (!unit || !can(session.actor, 'unit.read', { unitPath: unit.path })) throw notFound('Đơn vị');
  if (!can(session.actor, 'user.write', { unitPath: unit.path })) throw forbidden();
  assertCurrent(unit, todayVn());
  if (agencyId !== null) {
    const [row] = await db.select().from(agency).where(eq(agency.id, agencyId));
    if (!row || row.unitId !== unit.id) {
      throw badRequest('VALIDATION', 'Cơ quan được chọn không thuộc đơn vị của tài khoản.', {
        issues: [{ path: 'agencyId', message: 'Cơ quan không thuộc đơn vị' }],
      });
    }
  }
  return unit;
}

export async function assertUsernameFree(db: Executor, username: string) {
  const [taken] = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(eq(appUser.username, username));
  if (taken) throw conflict(`Tên đăng nhập "${username}" đã được dùng.`);
}

/** Issues a new temporary password: the user must change it and loses open sessions. */
export async function resetPassword(db: Executor, user: UserRecord) {
  const temporaryPassword = generateTemporaryPassword();
  await db
    .update(appUser)
    .set({
      passwordHash: await hashPassword(temporaryPassword),
      mustChangePassword: true,
      version: sql`${appUser.version} + 1`,
      updatedAt: now(),
    })
    .where(eq(appUser.id, user.id));
  await db.delete(userSession).where(eq(userSession.userId, user.id));
  return temporaryPassword;
}

export async function applyUserUpdate(
  db: Executor,
  id: number,
  version: number,
  changes: Partial<typeof appUser.$inferInsert>,
) {
  const updated = await db
    .update(appUser)
    .set({ ...changes, version: sql`${appUser.version} + 1`, updatedAt: now() })
    .where(and(eq(appUser.id, id), eq(appUser.version, version)))
    .returning({ id: appUser.id });
  if (updated.length === 0) {
    throw new AppError(
      409,
      'CONFLICT',
      'Tài khoản đã được người khác sửa sau khi bạn mở. Vui lòng tải lại rồi sửa lại.',
    );
  }
  if (changes.active === false) await db.delete(userSession).where(eq(userSession.userId, id));
}
