import type { Hono } from 'hono';
import { createUser, listUsers, resetUserPassword, updateUser } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { forbidden } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { generateTemporaryPassword, hashPassword } from '../../platform/auth/password-hash.ts';
import { appUser } from './users.table.ts';
import * as repo from './users.repository.ts';
import * as service from './users.service.ts';

const READ_ALL_ROLES = new Set(['admin', 'coordinator', 'leader']);
const auditable = (u: repo.UserRecord) => ({
  fullName: u.fullName,
  email: u.email,
  role: u.role,
  unitId: u.unitId,
  agencyId: u.agencyId,
  active: u.active,
});

export function registerUserRoutes(app: Hono<AppEnv>) {
  register(app, listUsers, ({ query, session, db }) =>
    READ_ALL_ROLES.has(session.role)
      ? repo.listUsers(db, { ...query, scopePaths: session.actor.scopePaths })
      : repo.listUsers(db, { ...query, scopePaths: null, onlyUserId: session.userId }),
  );

  register(app, createUser, async ({ body, session, db }) => {
    service.assertAssignable(session, body.role);
    const unit = await service.resolvePlacement(db, session, body.unitId, body.agencyId);
    await service.assertUsernameFree(db, body.username);
    const temporaryPassword = generateTemporaryPassword();
    const [row] = await db
      .insert(appUser)
      .values({
        ...body,
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
        search: repo.userSearchText(body.username, body.fullName, body.email),
      })
      .returning({ id: appUser.id });
    const user = (await repo.findUser(db, row!.id))!;
    await recordAudit(db, session, {
      action: 'create',
      entity: 'user',
      entityId: user.id,
      unitPath: unit.path,
      summary: `Tạo tài khoản "${user.username}" (${user.fullName})`,
      after: auditable(user),
    });
    return { user, temporaryPassword };
  });

  register(app, updateUser, async ({ params, body, session, db }) => {
    const before = await service.loadWritableUser(db, session, params.id);
    const { version, ...changes } = body;
    if (before.id === session.userId && (changes.role !== undefined || changes.active === false)) {
      throw forbidden('Bạn không thể tự đổi vai trò hoặc khóa tài khoản của chính mình.');
    }
    if (changes.role) service.assertAssignable(session, changes.role);
    if (changes.agencyId !== undefined) {
      await service.resolvePlacement(db, session, before.unitId, changes.agencyId);
    }
    await service.applyUserUpdate(db, before.id, version, {
      ...changes,
      search: repo.userSearchText(
        before.username,
        changes.fullName ?? before.fullName,
        changes.email ?? before.email,
      ),
    });
    const after = (await repo.findUser(db, before.id))!;
    await recordAudit(db, session, {
      action: 'update',
      entity: 'user',
      entityId: after.id,
      unitPath: after.unitPath,
      summary: `Sửa tài khoản "${after.username}"`,
      before: auditable(before),
      after: auditable(after),
    });
    return after;
  });

  register(app, resetUserPassword, async ({ params, session, db }) => {
    const user = await service.loadWritableUser(db, session, params.id);
    if (user.id === session.userId) {
      throw forbidden('Bạn không thể tự cấp lại mật khẩu tạm; hãy dùng chức năng đổi mật khẩu.');
    }
    const temporaryPassword = await service.resetPassword(db, user);
    await recordAudit(db, session, {
      action: 'password',
      entity: 'user',
      entityId: user.id,
      unitPath: user.unitPath,
      summary: `Cấp lại mật khẩu tạm cho "${user.username}"`,
    });
    return { temporaryPassword };
  });
}
