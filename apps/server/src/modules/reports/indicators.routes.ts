import type { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { getPlanIndicators, replacePlanIndicators } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import type { Executor } from '../../db/client.ts';
import { badRequest } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { bump, editable, readable } from '../plans/plans.access.ts';
import * as plans from '../plans/plans.repository.ts';
import { planIndicator } from './reports.table.ts';

export async function listIndicators(db: Executor, planId: number) {
  return db
    .select({ code: planIndicator.code, name: planIndicator.name, unit: planIndicator.unit })
    .from(planIndicator)
    .where(eq(planIndicator.planId, planId))
    .orderBy(planIndicator.position);
}

/** A plan's numeric indicators: part of the document, so edited with the draft only. */
export function registerIndicatorRoutes(app: Hono<AppEnv>) {
  register(app, getPlanIndicators, async ({ params, session, db }) => {
    const p = await readable(db, session, params.id);
    return { items: await listIndicators(db, p.id) };
  });

  register(app, replacePlanIndicators, async ({ params, body, session, db }) => {
    const p = await editable(db, session, params.id);
    const codes = new Set<string>();
    body.items.forEach((item, i) => {
      if (codes.has(item.code.toLowerCase())) {
        throw badRequest('VALIDATION', `Dòng ${i + 1}: mã chỉ tiêu “${item.code}” bị lặp.`, {
          row: i + 1,
        });
      }
      codes.add(item.code.toLowerCase());
    });
    await bump(db, p, body.version, {});
    const before = await listIndicators(db, p.id);
    await db.delete(planIndicator).where(eq(planIndicator.planId, p.id));
    if (body.items.length > 0) {
      await db
        .insert(planIndicator)
        .values(body.items.map((item, i) => ({ ...item, planId: p.id, position: i + 1 })));
    }
    await recordAudit(db, session, {
      action: 'update',
      entity: 'plan',
      entityId: p.id,
      unitPath: p.unitPath,
      summary: `Lưu ${body.items.length} chỉ tiêu số liệu của kế hoạch “${p.title}”`,
      before,
      after: body.items,
    });
    const after = (await plans.findPlan(db, p.id))!;
    return { items: await listIndicators(db, p.id), version: after.version };
  });
}
