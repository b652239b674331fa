import { eq } from 'drizzle-orm';
import { draftsUnitPlans } from '@papi/domain';
import type { TMe, TUnitRef } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { appUser } from '../users/users.table.ts';
import { agency } from '../agencies/agencies.table.ts';
import { findUser } from '../users/users.repository.ts';
import { findAncestors, findUnitById } from '../units/units.repository.ts';
import { activeRights } from '../delegations/delegations.repository.ts';
import { todayVn } from '../../platform/clock.ts';
import { randomUUID } from 'node:crypto';
import { hashPassword, verifyPassword } from '../../platform/auth/password-hash.ts';
import { AppError } from '../../platform/errors.ts';
import { now } from '../../platform/clock.ts';

// Verifying against a real hash for unknown usernames keeps response times alike, so
// timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomUUID()));

export const invalidCredentials = () =>
  new AppError(401, 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');

export async function checkCredentials(db: Executor, username: string, password: string) {
  const [user] = await db
    .select()
    .from(appUser)
    .where(eq(appUser.username, username.toLowerCase()));
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !ok) return null;
  if (!user.active) {
    throw new AppError(
      403,
      'ACCOUNT_DISABLED',
      'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.',
    );
  }
  return user;
}

export async function buildMe(db: Executor, userId: number, csrfToken: string): Promise<TMe> {
  const user = await findUser(db, userId);
  if (!user) throw new AppError(401, 'UNAUTHENTICATED', 'Phiên làm việc không còn hiệu lực.');
  const unit = (await findUnitById(db, user.unitId, todayVn()))!;
  const kind = user.agencyId
    ? (await db.select({ kind: agency.kind }).from(agency).where(eq(agency.id, user.agencyId)))[0]
        ?.kind
    : null;
  const unitRef = {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    fullName: unit.fullName,
    level: unit.level,
  };
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unit: unitRef,
    province: await provinceOf(db, unitRef, unit.path),
    agency: user.agencyId && user.agencyName ? { id: user.agencyId, name: user.agencyName } : null,
    draftsForUnit: draftsUnitPlans({
      role: user.role,
      agencyKind: kind ?? null,
      delegated: await activeRights(db, user.id, user.unitId, todayVn()),
    }),
    mustChangePassword: user.mustChangePassword,
    csrfToken,
  };
}

/** The province of a unit: itself, or its ancestor at that level (charts mark it as "ours"). */
async function provinceOf(db: Executor, unit: TUnitRef, path: string): Promise<TUnitRef | null> {
  if (unit.level === 'province') return unit;
  if (unit.level === 'country') return null;
  return (await findAncestors(db, path)).find((a) => a.level === 'province') ?? null;
}

export async function markLoggedIn(db: Executor, userId: number) {
  await db.update(appUser).set({ lastLoginAt: now() }).where(eq(appUser.id, userId));
}

export function sessionUnitPath(session: Session) {
  return session.actor.scopePaths[0] ?? '/';
}
