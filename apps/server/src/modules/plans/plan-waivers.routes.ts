/**
 * A rule of the plan type that does not fit one plan is waived for that plan alone, with a
 * reason, instead of changing the rule for every plan of the type. The waiver is printed
 * nowhere; the audit keeps who waived what and why.
 */
import type { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { findPlanType } from '@papi/domain';
import { setPlanWaivers } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { badRequest } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now } from '../../platform/clock.ts';
import { bump, editable } from './plans.access.ts';
import * as repo from './plans.repository.ts';
import { planDetail } from './plans.service.ts';
import { planTypesInForce } from './plan-types.service.ts';
import { plan, type PlanRuleWaiver } from './plans.table.ts';

export function registerPlanWaiverRoutes(app: Hono<AppEnv>) {
  register(app, setPlanWaivers, async ({ params, body, session, db }) => {
    const before = await editable(db, session, params.id);
    const type = findPlanType(await planTypesInForce(db), before.planType);
    const known = new Set<string>(type?.rules.map((r) => r.rule) ?? []);
    const seen = new Set<string>();
    body.waivers.forEach((w, i) => {
      if (!known.has(w.rule))
        throw badRequest(
          'UNKNOWN_RULE',
          `Miễn áp dụng, dòng ${i + 1}: loại kế hoạch này không có quy tắc "${w.rule}".`,
        );
      if (seen.has(w.rule))
        throw badRequest(
          'DUPLICATE_RULE',
          `Miễn áp dụng, dòng ${i + 1}: quy tắc "${w.rule}" lặp lại.`,
        );
      seen.add(w.rule);
    });
    // A waiver kept unchanged keeps who granted it and when.
    const [stored] = await db
      .select({ waivers: plan.ruleWaivers })
      .from(plan)
      .where(eq(plan.id, before.id));
    const kept = new Map((stored?.waivers ?? []).map((w) => [`${w.rule}\n${w.reason}`, w]));
    const at = now().toISOString();
    const waivers: PlanRuleWaiver[] = body.waivers.map(
      (w) =>
        kept.get(`${w.rule}\n${w.reason}`) ?? {
          rule: w.rule,
          reason: w.reason,
          by: session.userId,
          byName: session.fullName,
          at,
        },
    );
    await bump(db, before, body.version, { ruleWaivers: waivers });
    const after = (await repo.findPlan(db, before.id))!;
    const list = waivers.map((w) => `${w.rule} (lý do: ${w.reason})`).join('; ');
    await recordAudit(db, session, {
      action: 'update',
      entity: 'plan',
      entityId: after.id,
      unitPath: after.unitPath,
      summary: waivers.length
        ? `Miễn áp dụng quy tắc cho kế hoạch "${after.title}": ${list}`
        : `Bỏ mọi miễn áp dụng quy tắc của kế hoạch "${after.title}"`,
      before: { waivers: before.waivers },
      after: {
        waivers: waivers.map(({ rule, reason, byName, at: when }) => ({
          rule,
          reason,
          by: byName,
          at: when,
        })),
      },
    });
    return planDetail(db, session, after);
  });
}
