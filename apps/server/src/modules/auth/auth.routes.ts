import type { Hono } from 'hono';
import { and, eq, ne, sql } from 'drizzle-orm';
import { deleteCookie, setCookie } from 'hono/cookie';
import { changePassword, getMe, login, logout } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { badRequest } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/password-hash.ts';
import {
  claimLoginAttempt,
  foldUsername,
  markLoginSucceeded,
} from '../../platform/auth/rate-limit.ts';
import { clientIp } from '../../platform/auth/client-ip.ts';
import { assessPassword } from '../../platform/auth/password-strength.ts';
import { findUnitById } from '../units/units.repository.ts';
import {
  SESSION_COOKIE,
  createSession,
  destroySession,
  loadSession,
} from '../../platform/auth/session.ts';
import { appUser } from '../users/users.table.ts';
import { userSession } from './auth.table.ts';
import * as service from './auth.service.ts';
import { now, todayVn } from '../../platform/clock.ts';

export function registerAuthRoutes(app: Hono<AppEnv>) {
  register(
    app,
    login,
    async ({ body, db, c }) => {
      const username = foldUsername(body.username);
      // Counted before the password is checked (platform/auth/rate-limit.ts).
      const attemptId = await claimLoginAttempt(c.var.database, username, clientIp(c));
      const user = await service.checkCredentials(db, username, body.password);
      if (!user) throw service.invalidCredentials();
      await markLoginSucceeded(db, attemptId);
      const token = await createSession(db, user.id);
      await service.markLoggedIn(db, user.id);
      const session = (await loadSession(c.var.database, token))!;
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: c.var.config.cookieSecure,
        path: '/',
      });
      await recordAudit(db, session, {
        action: 'login',
        entity: 'session',
        entityId: user.id,
        unitPath: service.sessionUnitPath(session),
        summary: `Đăng nhập: ${user.username}`,
      });
      return service.buildMe(db, user.id, session.csrfToken);
    },
    { transaction: false },
  );

  register(
    app,
    logout,
    async ({ session, db, c }) => {
      await destroySession(db, session.tokenHash);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
    { allowPendingPasswordChange: true },
  );

  register(
    app,
    getMe,
    ({ session, db }) => service.buildMe(db, session.userId, session.csrfToken),
    {
      allowPendingPasswordChange: true,
    },
  );

  register(
    app,
    changePassword,
    async ({ body, session, db }) => {
      const [user] = await db.select().from(appUser).where(eq(appUser.id, session.userId));
      if (!user || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
        throw badRequest('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng.', {
          issues: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }],
        });
      }
      const unit = await findUnitById(db, user.unitId, todayVn());
      const problems = assessPassword(body.newPassword, {
        username: user.username,
        unitNames: unit ? [unit.name, unit.fullName] : [],
      });
      if (body.newPassword === body.currentPassword) {
        problems.push('Mật khẩu mới phải khác mật khẩu hiện tại.');
      }
      if (problems.length > 0) {
        throw badRequest('WEAK_PASSWORD', problems.join(' '), {
          issues: problems.map((message) => ({ path: 'newPassword', message })),
        });
      }
      await db
        .update(appUser)
        .set({
          passwordHash: await hashPassword(body.newPassword),
          mustChangePassword: false,
          version: sql`${appUser.version} + 1`,
          updatedAt: now(),
        })
        .where(eq(appUser.id, user.id));
      // Other sessions may belong to whoever knew the old password.
      await db
        .delete(userSession)
        .where(and(eq(userSession.userId, user.id), ne(userSession.tokenHash, session.tokenHash)));
      await recordAudit(db, session, {
        action: 'password',
        entity: 'user',
        entityId: user.id,
        unitPath: service.sessionUnitPath(session),
        summary: `Đổi mật khẩu: ${user.username}`,
      });
      return service.buildMe(db, user.id, session.csrfToken);
    },
    { allowPendingPasswordChange: true },
  );
}
