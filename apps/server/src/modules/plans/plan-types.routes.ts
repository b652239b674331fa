import type { Hono } from 'hono';
import { can } from '@papi/domain';
import { getPlanTypes, updatePlanTypes } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { badRequest, forbidden, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { installationPath } from '../indices/indices.import.routes.ts';
import { overrideProblems, planTypeSettings, savePlanTypeOverrides } from './plan-types.service.ts';

/** Plan types and their rules: read by everyone, overridden by admins and coordinators. */
export function registerPlanTypeRoutes(app: Hono<AppEnv>) {
  register(app, getPlanTypes, async ({ db }) => planTypeSettings(db));

  register(app, updatePlanTypes, async ({ body, session, db }) => {
    const unitPath = await installationPath(db);
    if (!can(session.actor, 'plan.configure', { unitPath }))
      throw forbidden('Chỉ quản trị viên và cán bộ điều phối được điều chỉnh quy tắc kế hoạch.');
    const problems = overrideProblems(body.overrides);
    if (problems.length > 0) {
      throw badRequest('INVALID_RULES', `Quy tắc không hợp lệ: ${problems.join('; ')}`, {
        problems,
      });
    }
    const before = await planTypeSettings(db);
    if (!(await savePlanTypeOverrides(db, body.overrides, body.version)))
      throw staleVersion(before.version);
    await recordAudit(db, session, {
      action: 'update',
      entity: 'plan_types',
      entityId: 'installation',
      unitPath,
      summary: 'Điều chỉnh quy tắc kiểm tra theo loại kế hoạch',
      before: before.overrides,
      after: body.overrides,
    });
    return planTypeSettings(db);
  });
}
